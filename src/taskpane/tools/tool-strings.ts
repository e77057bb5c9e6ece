// Strings of the writing tools (措辞, 填写指标, 自评报告, 报告核对). They live in the tools chunk, not in the startup
// bundle: only users who open a tool download them. zh-CN and en-US kept in step (a test compares their keys).
import type { ToolKind } from "./types";

export interface ToolStrings {
  tabNames: { [kind in ToolKind]: string };
  loadingFailed: (reason: string) => string;
  close: string;
  selectCell: (address: string) => string;

  wordingTitle: string;
  wordingIntro: string;
  wordingNone: string;
  wordingNoCell: string;
  proposalLabel: (i: number) => string;
  wordingEdit: (cell: string) => string;
  wordingInsert: (cell: string) => string;
  wordingEmpty: string;
  existing: string;
  confirmReplace: (cell: string) => string;
  replace: string;
  cancel: string;
  wordingReason: (subject: string) => string;
  wordingInserted: (cell: string) => string;

  fillTitle: string;
  fillIntro: string;
  fillNone: string;
  fillRow: (label: string, cells: string) => string;
  fillNoCandidates: string;
  needsLabel: string;
  needsHint: (keys: string) => string;
  fillWrite: string;
  fillWritten: (cells: string) => string;
  fillSkipped: string;
  actualHint: (text: string) => string;
  insertTitle: string;
  insertIntro: string;
  insertGroup: (label: string, cells: string) => string;
  insertWrite: string;
  insertDone: (row: string, name: string) => string;
  insertUnsupported: string;
  customTitle: (count: number) => string;
  customIntro: string;
  customLevel2: string;
  customName: string;
  customTarget: string;
  customUnit: string;
  customNote: string;
  customAdd: string;
  customAdded: (name: string) => string;
  customDelete: (name: string) => string;
  customDeleted: (name: string) => string;
  customBadge: string;
  customStoredErrors: string;
  customRequired: string;

  weightsTitle: string;
  weightsLevel1: (name: string, sum: string, declared: string) => string;
  weightsTotal: (sum: string, expected: string) => string;
  weightsBalanced: string;
  weightsNewRow: (name: string) => string;
  weightsPropose: string;
  weightsColRow: string;
  weightsColWeight: string;
  weightsColScore: string;
  weightsSum: (sum: string, target: string) => string;
  weightsApply: string;
  weightsApplied: (n: number) => string;
  weightsReason: string;

  reportTitle: string;
  reportIntro: string;
  reportInsert: string;
  reportInserted: (sheet: string) => string;
  reportUndoNote: string;
  reportUnsupported: string;
  reportReset: string;
  paragraphLabel: (i: number) => string;

  checkTitle: string;
  checkIntro: string;
  checkText: string;
  checkRun: string;
  checkRead: (sheet: string) => string;
  checkNone: string;
  checkCount: (n: number) => string;
  checkFound: string;
  checkExpected: string;
  checkEmpty: string;
  checkSheetEmpty: (sheet: string) => string;
}

export const TOOLS_ZH: ToolStrings = {
  tabNames: { wording: "措辞", fill: "填写指标", report: "自评报告", check: "报告核对" },
  loadingFailed: (reason) => "未能加载此功能：" + reason,
  close: "关闭",
  selectCell: (address) => "选择单元格 " + address,

  wordingTitle: "建议措辞：偏差原因分析及改进措施",
  wordingIntro: "以下指标扣分或超额完成较多。选择一条建议，修改后写入该行的“偏差原因分析及改进措施”单元格。",
  wordingNone: "没有需要说明偏差原因的指标。",
  wordingNoCell: "表中没有对应的偏差原因单元格，此措辞可用于自评报告。",
  proposalLabel: (i) => "建议 " + i,
  wordingEdit: (cell) => "写入 " + cell + " 的内容",
  wordingInsert: (cell) => "写入 " + cell,
  wordingEmpty: "请先填写要写入的内容。",
  existing: "现有内容：",
  confirmReplace: (cell) => cell + " 已有内容，确定用新内容替换吗？可点击“撤销”还原。",
  replace: "替换",
  cancel: "取消",
  wordingReason: (subject) => "填写“" + subject + "”的偏差原因分析及改进措施",
  wordingInserted: (cell) => "已写入 " + cell + "。可点击“撤销”还原。",

  fillTitle: "从指标库填写空的二级指标行",
  fillIntro: "选择一个指标，写入空行的三级指标、年度指标值和（已知时）实际完成值。",
  fillNone: "没有空的二级指标行。",
  fillRow: (label, cells) => label + "（" + cells + "）",
  fillNoCandidates: "指标库中没有此二级指标的条目。",
  needsLabel: "请先填写：",
  needsHint: (keys) => "还缺少：" + keys,
  fillWrite: "写入此行",
  fillWritten: (cells) => "已写入 " + cells + "。可点击“撤销”还原。",
  fillSkipped: "以下单元格未写入：",
  actualHint: (text) => "实际完成值：" + text,
  insertTitle: "在二级指标组内插入新行",
  insertIntro: "选择二级指标和指标，在该组最后一行下方插入一行：合并的一级/二级指标单元格和合计公式随之扩展，分值在下方“分值”中调整。",
  insertGroup: (label, cells) => label + "（" + cells + "）",
  insertWrite: "插入新行",
  insertDone: (row, name) => "已在第 " + row + " 行插入“" + name + "”。请在下方为它分配分值。可点击“撤销”删除该行。",
  insertUnsupported: "此环境不能插入行：请在 Excel 中插入行后重新检查，再从指标库填写。",
  customTitle: (count) => "自定义指标（保存在本工作簿，" + count + " 条）",
  customIntro: "添加本单位常用的三级指标：之后“填写”和“插入新行”会把它们与标准指标一起列出。年度指标值可以使用占位符，如 {年度}、{全年预算数}、{数量}。",
  customLevel2: "二级指标",
  customName: "三级指标名称",
  customTarget: "年度指标值",
  customUnit: "度量单位（可选）",
  customNote: "填写说明（可选）",
  customAdd: "加入指标库",
  customAdded: (name) => "已将“" + name + "”加入本工作簿的指标库。",
  customDelete: (name) => "删除“" + name + "”",
  customDeleted: (name) => "已从本工作簿的指标库删除“" + name + "”。",
  customBadge: "自定义",
  customStoredErrors: "工作簿中保存的自定义指标有以下问题，相关条目未使用：",
  customRequired: "请填写三级指标名称和年度指标值。",

  weightsTitle: "分值",
  weightsLevel1: (name, sum, declared) => name + "：各指标分值合计 " + sum + "，一级指标分值 " + declared,
  weightsTotal: (sum, expected) => "全部指标分值合计 " + sum + "，应为 " + expected,
  weightsBalanced: "各一级指标的分值合计与表中一致。",
  weightsNewRow: (name) => "新指标“" + name + "”还没有分值。下面是建议的分值调整（同一一级指标的其他指标按比例让出分值），可修改后应用：",
  weightsPropose: "建议调整分值",
  weightsColRow: "指标",
  weightsColWeight: "分值",
  weightsColScore: "得分",
  weightsSum: (sum, target) => "合计 " + sum + " / " + target,
  weightsApply: "应用分值调整",
  weightsApplied: (n) => "已调整 " + n + " 个单元格的分值和得分。可点击“撤销”还原。",
  weightsReason: "按比例调整同一一级指标内的分值",

  reportTitle: "自评报告",
  reportIntro: "根据表中的数字生成的自评报告草稿。可逐段修改，再插入新工作表（每段一行，自动换行，便于打印）。",
  reportInsert: "插入新工作表",
  reportInserted: (sheet) => "已插入工作表“" + sheet + "”。可点击“撤销”删除该表。",
  reportUndoNote: "提示：较早版本的 Excel 中，Ctrl+Z 可能无法删除新插入的工作表，请使用助手的“撤销”。",
  reportUnsupported: "此版本 Excel 不支持插入工作表。",
  reportReset: "恢复原稿",
  paragraphLabel: (i) => "第 " + i + " 段",

  checkTitle: "报告核对",
  checkIntro: "粘贴已有的自评报告，或从“自评报告”工作表读取，核对其中的金额、执行率、得分、等级和指标值是否与表格一致。",
  checkText: "自评报告全文",
  checkRun: "核对",
  checkRead: (sheet) => "读取工作表“" + sheet + "”",
  checkNone: "未发现与表格矛盾的数字或等级。",
  checkCount: (n) => "发现 " + n + " 处与表格不一致：",
  checkFound: "报告：",
  checkExpected: "表格：",
  checkEmpty: "请先粘贴报告内容。",
  checkSheetEmpty: (sheet) => "工作表“" + sheet + "”中没有文字。",
};

export const TOOLS_EN: ToolStrings = {
  tabNames: { wording: "Wording", fill: "Fill rows", report: "Report", check: "Check report" },
  loadingFailed: (reason) => "Could not load this feature: " + reason,
  close: "Close",
  selectCell: (address) => "Select cell " + address,

  wordingTitle: "Suggested wording: reasons for deviation and measures",
  wordingIntro: "These indicators lost points or over-achieved strongly. Pick a suggestion, edit it, and write it into the row's reason cell.",
  wordingNone: "No indicator needs a reason for deviation.",
  wordingNoCell: "The form has no reason cell for this; the wording can go into the report.",
  proposalLabel: (i) => "Suggestion " + i,
  wordingEdit: (cell) => "Text to write into " + cell,
  wordingInsert: (cell) => "Write into " + cell,
  wordingEmpty: "Enter the text to write first.",
  existing: "Current text: ",
  confirmReplace: (cell) => cell + " already has text. Replace it? Undo restores it.",
  replace: "Replace",
  cancel: "Cancel",
  wordingReason: (subject) => "Reason for deviation of “" + subject + "”",
  wordingInserted: (cell) => "Wrote " + cell + ". Undo restores it.",

  fillTitle: "Fill empty indicator rows from the library",
  fillIntro: "Pick an indicator to write its name, annual target and (when known) actual value into the empty row.",
  fillNone: "No empty indicator row.",
  fillRow: (label, cells) => label + " (" + cells + ")",
  fillNoCandidates: "The library has no entry for this indicator group.",
  needsLabel: "Fill in first:",
  needsHint: (keys) => "Still missing: " + keys,
  fillWrite: "Write this row",
  fillWritten: (cells) => "Wrote " + cells + ". Undo restores them.",
  fillSkipped: "Cells not written:",
  actualHint: (text) => "Actual value: " + text,
  insertTitle: "Insert a row inside an indicator group",
  insertIntro: "Pick a group and an indicator to insert a row below the group's last row: merged group labels and SUM formulas grow with it; set its weight below under Weights.",
  insertGroup: (label, cells) => label + " (" + cells + ")",
  insertWrite: "Insert row",
  insertDone: (row, name) => "Inserted “" + name + "” as row " + row + ". Give it a weight below. Undo deletes the row.",
  insertUnsupported: "Rows cannot be inserted here: insert the row in Excel, check again, then fill it from the library.",
  customTitle: (count) => "Custom indicators (kept in this workbook, " + count + ")",
  customIntro: "Add the indicators your unit uses: filling and inserting rows then list them with the standard ones. Targets may use placeholders such as {年度}, {全年预算数}, {数量}.",
  customLevel2: "Indicator group",
  customName: "Indicator name",
  customTarget: "Annual target",
  customUnit: "Unit (optional)",
  customNote: "Note for filling in (optional)",
  customAdd: "Add to the library",
  customAdded: (name) => "Added “" + name + "” to this workbook's library.",
  customDelete: (name) => "Delete “" + name + "”",
  customDeleted: (name) => "Deleted “" + name + "” from this workbook's library.",
  customBadge: "custom",
  customStoredErrors: "The custom indicators stored in this workbook have problems; these entries are not used:",
  customRequired: "Fill in the indicator name and the annual target.",

  weightsTitle: "Weights",
  weightsLevel1: (name, sum, declared) => name + ": indicator weights add up to " + sum + ", group weight " + declared,
  weightsTotal: (sum, expected) => "All indicator weights add up to " + sum + ", expected " + expected,
  weightsBalanced: "Every group's weights add up as the form declares.",
  weightsNewRow: (name) => "The new indicator “" + name + "” has no weight yet. Proposed weights (the other indicators of the group give points in proportion); edit them, then apply:",
  weightsPropose: "Propose weights",
  weightsColRow: "Indicator",
  weightsColWeight: "Weight",
  weightsColScore: "Score",
  weightsSum: (sum, target) => "Total " + sum + " / " + target,
  weightsApply: "Apply weights",
  weightsApplied: (n) => "Changed weights and scores in " + n + " cells. Undo restores them.",
  weightsReason: "Weights redistributed within the group",

  reportTitle: "Self-evaluation report",
  reportIntro: "A draft report built from the form's numbers. Edit any paragraph, then insert it into a new worksheet (one paragraph per row, wrapped, printable).",
  reportInsert: "Insert new worksheet",
  reportInserted: (sheet) => "Inserted worksheet “" + sheet + "”. Undo deletes it.",
  reportUndoNote: "Note: on older Excel, Ctrl+Z may not remove an inserted worksheet; use the add-in's Undo.",
  reportUnsupported: "This Excel cannot insert worksheets.",
  reportReset: "Restore draft",
  paragraphLabel: (i) => "Paragraph " + i,

  checkTitle: "Check a report",
  checkIntro: "Paste an existing report, or read it from the “自评报告” worksheet, to check its amounts, rates, scores, grade and indicator values against the form.",
  checkText: "Report text",
  checkRun: "Check",
  checkRead: (sheet) => "Read worksheet “" + sheet + "”",
  checkNone: "No number or grade contradicts the form.",
  checkCount: (n) => n + " statements contradict the form:",
  checkFound: "Report: ",
  checkExpected: "Form: ",
  checkEmpty: "Paste the report text first.",
  checkSheetEmpty: (sheet) => "Worksheet “" + sheet + "” holds no text.",
};

export function toolStrings(lang: string): ToolStrings {
  return lang.indexOf("en") === 0 ? TOOLS_EN : TOOLS_ZH;
}
