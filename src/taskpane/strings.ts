// Every string the pane shows. zh-CN first; en-US when Office's display language is English.
// Findings' messages come from the core rules and stay zh-CN (the forms themselves are Chinese).
import type { Severity } from "../core/rule";

export interface Strings {
  lang: string;
  /** Between items of a list of cells. */
  listSep: string;
  appTitle: string;
  check: string;
  checkTitle: string;
  recheck: string;
  recalc: string;
  recalcTitle: string;
  writeFormulas: string;
  writeFormulasHint: string;
  clearMarks: string;
  clearMarksTitle: string;
  undo: string;
  undoTitle: string;
  toolbarLabel: string;
  busyChecking: string;
  busyWriting: string;
  busyWorking: string;
  marksOn: string;

  projectName: string;
  noProjectName: string;
  variant: string;
  total: string;
  declared: string;
  computed: string;
  grade: string;
  mismatch: string;
  none: string;
  summaryLabel: string;

  severity: { [s in Severity]: string };
  severityPlural: { [s in Severity]: string };
  countsLabel: string;

  findingsLabel: string;
  notChecked: string;
  noForm: string;
  noFindings: string;
  allIgnored: string;
  selectCell: (address: string) => string;
  cellsOf: string;
  fixTo: (value: string) => string;
  fixMany: (n: number) => string;
  fixLabel: (cells: string, value: string) => string;
  ignore: string;
  ignoreReason: string;
  ignorePlaceholder: string;
  ignoreConfirm: string;
  cancel: string;
  reasonRequired: string;

  ignoredTitle: (n: number) => string;
  restore: string;
  restoreAll: string;
  staleBadge: string;
  staleHint: string;
  remove: string;
  reasonPrefix: string;

  navLabel: string;
  prev: string;
  next: string;
  position: (i: number, n: number) => string;
  noCurrent: (n: number) => string;

  modified: string;
  dismiss: string;

  sheetPicker: string;
  formPicker: string;
  formOption: (i: number, range: string, name: string) => string;

  applied: (cells: string) => string;
  appliedCount: (n: number) => string;
  nothingToRecalc: string;
  skippedTitle: string;
  staleCells: (cells: string) => string;
  undone: string;
  cleared: string;
  readOnly: (reason: string) => string;
  notMarked: (reason: string) => string;
  ignoredSaved: string;
  ignoreFailed: (reason: string) => string;
  restored: string;
  failed: (reason: string) => string;

  featuresTitle: (n: number) => string;
  featureName: { [id: string]: string };
  requires: (what: string) => string;

  firstRunTitle: string;
  firstRunIntro: string;
  firstRunSteps: Array<{ title: string; text: string }>;
  firstRunStart: string;
  firstRunSkip: string;
  help: string;

  toolsLabel: string;
  /** The button a finding offers: 建议措辞 / 从指标库填写. */
  toolOpen: { wording: string; fill: string };

  cannotStart: (reason: string) => string;
  officeMissing: string;
}

export const ZH: Strings = {
  lang: "zh-CN",
  listSep: "、",
  appTitle: "自评表助手",
  check: "检查",
  checkTitle: "检查当前工作表，并在表格中标记问题单元格",
  recheck: "重新检查",
  recalc: "全部重算",
  recalcTitle: "按计算结果改写执行率、得分、小计、总分和等级",
  writeFormulas: "以公式写入",
  writeFormulasHint: "重算时写入公式，之后修改数据会自动更新",
  clearMarks: "清除标记",
  clearMarksTitle: "清除助手加的所有标记，恢复单元格原有格式",
  undo: "撤销",
  undoTitle: "撤销助手的上一次修改（数值、公式和格式）",
  toolbarLabel: "操作",
  busyChecking: "正在检查…",
  busyWriting: "正在写入…",
  busyWorking: "正在处理…",
  marksOn: "表格中的标记已显示",

  projectName: "项目名称",
  noProjectName: "（未填写）",
  variant: "样式",
  total: "总分",
  declared: "表中",
  computed: "计算",
  grade: "等级",
  mismatch: "不一致",
  none: "—",
  summaryLabel: "表格概况",

  severity: { error: "错误", warning: "警告", info: "提示" },
  severityPlural: { error: "错误", warning: "警告", info: "提示" },
  countsLabel: "问题数",

  findingsLabel: "检查结果",
  notChecked: "打开要检查的自评表，点击“检查”。",
  noForm: "未在此工作表中识别到项目支出绩效自评表。",
  noFindings: "未发现问题。",
  allIgnored: "其余问题均已忽略。",
  selectCell: (address) => "选择单元格 " + address,
  cellsOf: "单元格",
  fixTo: (value) => "改为 " + value,
  fixMany: (n) => "修正 " + n + " 处",
  fixLabel: (cells, value) => "将 " + cells + " " + value,
  ignore: "忽略",
  ignoreReason: "忽略原因",
  ignorePlaceholder: "例如：按主管部门口径填写",
  ignoreConfirm: "确定忽略",
  cancel: "取消",
  reasonRequired: "请填写忽略原因。",

  ignoredTitle: (n) => "已忽略 (" + n + ")",
  restore: "恢复",
  restoreAll: "全部恢复",
  staleBadge: "已失效",
  staleHint: "对应的问题已不再出现，可以移除。",
  remove: "移除",
  reasonPrefix: "原因：",

  navLabel: "逐项查看",
  prev: "上一个",
  next: "下一个",
  position: (i, n) => "第 " + i + " / " + n + " 项",
  noCurrent: (n) => "共 " + n + " 项",

  modified: "表格已修改，请重新检查。",
  dismiss: "关闭消息",

  sheetPicker: "工作表",
  formPicker: "表格",
  formOption: (i, range, name) => "第 " + i + " 张（" + range + "）" + name,

  applied: (cells) => "已修改 " + cells + "。可点击“撤销”还原。",
  appliedCount: (n) => "已改写 " + n + " 个单元格。可点击“撤销”还原。",
  nothingToRecalc: "无需重算：表中数值与计算结果一致。",
  skippedTitle: "以下单元格未改写：",
  staleCells: (cells) => "检查之后以下单元格已被修改，未写入任何内容：" + cells + "。已重新检查。",
  undone: "已撤销助手的上一次修改。",
  cleared: "已清除标记，单元格格式已恢复。",
  readOnly: (reason) => "只能检查，不能修改：" + reason,
  notMarked: (reason) => "未在表格中标记：" + reason + " 问题列在下方。",
  ignoredSaved: "已忽略，原因已保存在工作簿中。",
  ignoreFailed: (reason) => "未能保存忽略：" + reason,
  restored: "已恢复。",
  failed: (reason) => "操作未完成：" + reason,

  featuresTitle: (n) => "此版本 Excel 未启用的功能 (" + n + ")",
  featureName: {},
  requires: (what) => "需要 " + what,

  firstRunTitle: "欢迎使用自评表助手",
  firstRunIntro: "三步完成项目支出绩效自评表的检查：",
  firstRunSteps: [
    { title: "检查", text: "打开自评表所在的工作表，点击“检查”。有问题的单元格会被标记。" },
    { title: "查看并修正", text: "逐项查看问题，点击单元格地址跳转；有“改为…”按钮的可一键修正，不适用的可填写原因后忽略。" },
    { title: "重算或撤销", text: "“全部重算”按计算结果改写得分和总分；不满意可点“撤销”，“清除标记”恢复原有格式。" },
  ],
  firstRunStart: "开始使用",
  firstRunSkip: "跳过",
  help: "使用说明",

  toolsLabel: "写作工具",
  toolOpen: { wording: "建议措辞", fill: "从指标库填写" },

  cannotStart: (reason) => "自评表助手未能启动：" + reason,
  officeMissing: "未能加载 Office.js。请在 Excel 中打开此加载项。",
};

export function wantsEnglish(displayLanguage?: string): boolean {
  return !!displayLanguage && displayLanguage.toLowerCase().indexOf("en") === 0;
}

/** English strings are their own chunk: zh-CN users, nearly all of them, never download them. */
export function loadStrings(displayLanguage?: string): Promise<Strings> {
  if (!wantsEnglish(displayLanguage)) return Promise.resolve(ZH);
  return import(/* webpackChunkName: "strings-en" */ "./strings-en").then((m) => m.EN);
}

export function joinCells(strings: Strings, cells: string[]): string {
  return cells.join(strings.listSep);
}
