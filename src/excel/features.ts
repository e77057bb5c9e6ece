/// <reference types="office-js" />
// Which optional Excel APIs this Excel has, and a zh-CN line for every extra that is off (shown in the pane).
// The core path (read, check, highlight by direct formatting, write, Ziping's own undo) needs only ExcelApi 1.1.
//
// Office.js used here: Office.context.requirements.isSetSupported("ExcelApi", "1.x") (Common API, injectable).

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export interface Features {
  /** Highest ExcelApi 1.x the host reports ("0" outside Excel). */
  api: string;
  /** ExcelApi 1.1: Excel.run, ranges, values/formulas/text/numberFormat, fill, borders. */
  core: boolean;
  /** 1.2: Worksheet.protection.protected — refuse writes up front on a protected sheet. */
  protection: boolean;
  /** 1.4: Worksheet.getUsedRangeOrNullObject, Range.getIntersectionOrNullObject, worksheets.getItemOrNullObject. */
  usedRangeOrNull: boolean;
  /** 1.4: Workbook.settings — undo and mark state stored in the workbook within the same batch. */
  workbookSettings: boolean;
  /** 1.6: Range.conditionalFormats — highlights that never touch the user's own formatting. */
  conditionalFormats: boolean;
  /** 1.6: Application.suspendApiCalculationUntilNextSync. */
  calculationSuspend: boolean;
  /** 1.7: Worksheet.onChanged — re-check after the user edits. */
  events: boolean;
  /** 1.8: Runtime.enableEvents (not required: own writes are filtered by address). */
  enableEvents: boolean;
  /** 1.8: Workbook.readOnly — refuse writes up front in a read-only workbook. */
  readOnlyFlag: boolean;
  /** 1.9: Range.getCellProperties / setCellProperties — exact format snapshots (fill pattern: "no fill" vs white). */
  cellProperties: boolean;
  /** 1.9: Application.suspendScreenUpdatingUntilNextSync. */
  screenUpdatingSuspend: boolean;
  /** 1.10: threaded comments (explanations on the cell when notes are not available). */
  comments: boolean;
  /** 1.13: Range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** 1.14: WorksheetChangedEventArgs.triggerSource ("ThisLocalAddin"). */
  triggerSource: boolean;
  /** 1.18: notes (Worksheet.notes) — the preferred place for explanations. */
  notes: boolean;
  /** 1.20: Excel.run({ mergeUndoGroup: true }) — a whole recalculation is one Ctrl+Z step. */
  mergeUndoGroup: boolean;
}

export type FeatureName = Exclude<keyof Features, "api">;

/** Every optional feature with the ExcelApi version it needs. */
export const FEATURE_REQUIREMENTS: { [name in FeatureName]: string } = {
  core: "1.1",
  protection: "1.2",
  usedRangeOrNull: "1.4",
  workbookSettings: "1.4",
  conditionalFormats: "1.6",
  calculationSuspend: "1.6",
  events: "1.7",
  enableEvents: "1.8",
  readOnlyFlag: "1.8",
  cellProperties: "1.9",
  screenUpdatingSuspend: "1.9",
  comments: "1.10",
  mergedAreas: "1.13",
  triggerSource: "1.14",
  notes: "1.18",
  mergeUndoGroup: "1.20",
};

const KNOWN_VERSIONS = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17", "1.18", "1.19", "1.20", "1.21"];

/** The host's isSetSupported, or "nothing supported" outside Office (tests, playground, CLI). */
export function officeIsSetSupported(): IsSetSupported {
  const office = typeof Office !== "undefined" ? Office : undefined;
  const requirements = office && office.context && office.context.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") return () => false;
  return (name, version) => requirements.isSetSupported(name, version);
}

export function detectFeatures(isSetSupported: IsSetSupported = officeIsSetSupported()): Features {
  const has = (version: string) => {
    try {
      return !!isSetSupported("ExcelApi", version);
    } catch (e) {
      return false;
    }
  };
  let api = "0";
  for (let i = 0; i < KNOWN_VERSIONS.length; i++) if (has(KNOWN_VERSIONS[i])) api = KNOWN_VERSIONS[i];
  const out = { api } as Features;
  const names = Object.keys(FEATURE_REQUIREMENTS) as FeatureName[];
  for (let i = 0; i < names.length; i++) out[names[i]] = has(FEATURE_REQUIREMENTS[names[i]]);
  return out;
}

/** Features of a host that reports exactly ExcelApi 1.1 … `version` (tests, playground). */
export function featuresForVersion(version: string): Features {
  return detectFeatures((name, v) => name === "ExcelApi" && compareVersions(v || "1.1", version) <= 0);
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (parseInt(pa[i] || "0", 10) || 0) - (parseInt(pb[i] || "0", 10) || 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

export interface FeatureNote {
  feature: FeatureName;
  requires: string;
  message: string;
}

/** What is off on this Excel and what that means for the user, zh-CN, most important first. */
export function featureNotes(f: Features): FeatureNote[] {
  const notes: FeatureNote[] = [];
  const add = (feature: FeatureName, message: string) => notes.push({ feature, requires: "ExcelApi " + FEATURE_REQUIREMENTS[feature], message });
  if (!f.core) {
    add("core", "当前环境不是 Excel，或 Excel 版本过旧（需要 ExcelApi 1.1），自评表助手无法读取表格。");
    return notes;
  }
  if (!f.conditionalFormats) {
    add(
      "conditionalFormats",
      "此版本 Excel 不支持条件格式（需要 ExcelApi 1.6），标记改为直接设置单元格填充和边框，“清除标记”时按快照恢复原格式。",
    );
    if (!f.cellProperties) {
      add(
        "cellProperties",
        "此版本 Excel 无法区分“无填充”和白色填充（需要 ExcelApi 1.9），清除标记后原为白色填充的单元格会恢复为无填充；主题色和图案填充按近似颜色恢复。",
      );
    }
  }
  if (!f.notes) {
    if (f.comments) add("notes", "此版本 Excel 不支持备注（需要 ExcelApi 1.18），说明以批注形式加在单元格上。");
    else add("notes", "此版本 Excel 不支持批注（需要 ExcelApi 1.18），说明只显示在任务窗格中。");
  }
  if (!f.events) add("events", "此版本 Excel 不支持工作表更改事件（需要 ExcelApi 1.7），修改表格后任务窗格会提示“表格已修改，请重新检查”。");
  if (!f.mergeUndoGroup) add("mergeUndoGroup", "此版本 Excel 不能把重算合并为一步撤销（需要 ExcelApi 1.20），Ctrl+Z 可能无法撤销重算，请使用助手的“撤销”按钮。");
  if (!f.mergedAreas) add("mergedAreas", "此版本 Excel 不支持读取合并单元格（需要 ExcelApi 1.13），表格按单元格内容识别，个别表头可能识别不准。");
  if (!f.protection) add("protection", "此版本 Excel 无法预先判断工作表是否受保护（需要 ExcelApi 1.2），受保护的工作表要到写入时才会报错。");
  if (!f.workbookSettings) add("workbookSettings", "此版本 Excel 不支持工作簿设置（需要 ExcelApi 1.4），撤销和标记信息保存在加载项的文档设置中。");
  return notes;
}
