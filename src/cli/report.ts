// What `ziping check` prints: the zh-CN text report and the JSON document, from the core's sheet reports (and, with
// --report, the 自评报告 statements that contradict the form).
import type { FormReport, SheetReport } from "../core/check";
import type { CellValue } from "../core/grid";
import { valueText } from "../core/grid";
import { formatNumber } from "../core/number-format";
import { PROFILES, isProfileName } from "../core/profile";
import type { ReportCheckItem } from "../core/report-check";
import type { Edit, Finding, Severity } from "../core/rule";
import { fmt } from "../core/text";
import type { AppliedEdit } from "../xlsx/write";

export interface JsonFix {
  cell: string;
  value?: number | string;
  formula?: string;
  numberFormat?: string;
}

export interface JsonFinding {
  rule: string;
  code: string;
  severity: Severity;
  category: string;
  cells: string[];
  message: string;
  fix?: JsonFix[];
}

export interface JsonForm {
  range: string;
  variant: string;
  variantName: string;
  profile: string;
  score: { declared?: number; computed?: number; grade?: string; declaredGrade?: string };
  findings: JsonFinding[];
}

export interface JsonSheet {
  sheet: string;
  forms: JsonForm[];
  note?: string;
  /** The check itself failed on this sheet (an internal error); the run exits 2. */
  error?: string;
}

export interface JsonChange {
  sheet: string;
  cell: string;
  previous: CellValue;
  previousFormula?: string;
  value?: CellValue;
  formula?: string;
  numberFormat?: string;
  reason: string;
}

export interface FixOutcome {
  output: string;
  /** Set when the copy could not be written. */
  error?: string;
  changes: JsonChange[];
  skipped: Array<{ sheet: string; cell: string; reason: string }>;
  /** Findings left when the fixed sheets are checked again. */
  remaining: { [s in Severity]: number };
}

export interface JsonFile {
  file: string;
  sheets: JsonSheet[];
  error?: string;
  /** Read, but no sheet holds a 自评表 (each sheet's note says why): unusable input, exit 2. */
  noForm?: boolean;
  fixed?: FixOutcome;
}

export interface Tally {
  files: number;
  unusable: number;
  /** Files read without a 自评表 in them. */
  noForm: number;
  sheets: number;
  forms: number;
  counts: { [s in Severity]: number };
}

export function emptyTally(): Tally {
  return { files: 0, unusable: 0, noForm: 0, sheets: 0, forms: 0, counts: { error: 0, warning: 0, info: 0 } };
}

/** The file, or one of its sheets, could not be checked at all. */
export function cannotCheck(file: JsonFile): boolean {
  return !!file.error || file.sheets.some((s) => !!s.error);
}

export function addToTally(tally: Tally, file: JsonFile): void {
  tally.files++;
  if (cannotCheck(file)) tally.unusable++;
  if (file.noForm) tally.noForm++;
  for (const sheet of file.sheets) {
    tally.sheets++;
    for (const form of sheet.forms) {
      tally.forms++;
      for (const f of form.findings) tally.counts[f.severity]++;
    }
  }
}

export function sheetToJson(report: SheetReport): JsonSheet {
  const out: JsonSheet = { sheet: report.sheetName, forms: report.forms.map(formToJson) };
  if (report.note) out.note = report.note;
  return out;
}

function formToJson(report: FormReport): JsonForm {
  const score: JsonForm["score"] = {};
  const s = report.summary;
  if (s.declared !== undefined) score.declared = s.declared;
  if (s.computed !== undefined) score.computed = s.computed;
  if (s.grade !== undefined) score.grade = s.grade;
  if (s.declaredGrade !== undefined) score.declaredGrade = s.declaredGrade;
  return {
    range: report.range,
    variant: report.form.variant,
    variantName: report.variantName,
    profile: report.profile.name,
    score,
    findings: report.findings.map(findingToJson),
  };
}

function findingToJson(f: Finding): JsonFinding {
  const out: JsonFinding = { rule: f.rule, code: f.code, severity: f.severity, category: f.category, cells: f.cells, message: f.message };
  if (f.fix && f.fix.length) out.fix = f.fix.map(fixToJson);
  return out;
}

function fixToJson(edit: Edit): JsonFix {
  const out: JsonFix = { cell: edit.cell };
  if (edit.formula !== undefined) out.formula = edit.formula;
  else if (edit.value !== undefined) out.value = edit.value;
  if (edit.numberFormat) out.numberFormat = edit.numberFormat;
  return out;
}

export function changeToJson(sheet: string, applied: AppliedEdit): JsonChange {
  const out: JsonChange = { sheet, cell: applied.cell, previous: applied.before, reason: applied.reason };
  if (applied.beforeFormula) out.previousFormula = applied.beforeFormula;
  if (applied.afterFormula) out.formula = applied.afterFormula;
  else out.value = applied.after;
  if (applied.numberFormat) out.numberFormat = applied.numberFormat;
  return out;
}

// ---- text ----

const SEVERITY_LABEL: { [s in Severity]: string } = { error: "错误", warning: "警告", info: "提示" };
const SEVERITIES: Severity[] = ["error", "warning", "info"];
const MAX_CELLS_SHOWN = 4;

/** Lines for one file. */
export function fileToText(file: JsonFile, legacyGrades = false): string[] {
  const lines: string[] = [file.file];
  if (file.error) {
    lines.push("  无法检查：" + file.error);
    return lines;
  }
  for (const sheet of file.sheets) {
    if (sheet.error) {
      lines.push(`  工作表“${sheet.sheet}”：无法检查：${sheet.error}`);
      continue;
    }
    if (sheet.forms.length === 0) {
      lines.push(`  工作表“${sheet.sheet}”：${sheet.note || "未识别为自评表。"}`);
      continue;
    }
    for (const form of sheet.forms) {
      const profile = isProfileName(form.profile) ? PROFILES[form.profile].label : form.profile;
      const label = profile + (legacyGrades ? "，旧版等级分档 80/70/60" : "");
      lines.push(`  工作表“${sheet.sheet}” ${form.range}：${form.variantName}；评分口径：${label}`);
      lines.push("    " + scoreLine(form.score));
      if (form.findings.length === 0) {
        lines.push("    未发现问题。");
        continue;
      }
      for (const severity of SEVERITIES) {
        const group = form.findings.filter((f) => f.severity === severity);
        if (group.length === 0) continue;
        lines.push(`    ${SEVERITY_LABEL[severity]}（${group.length}）`);
        for (const f of group) {
          lines.push(`      ${cellsText(f.cells)}  ${f.message}  [${f.rule} ${f.code}]`);
          if (f.fix && f.fix.length) lines.push("        建议：" + f.fix.map(fixText).join("；"));
        }
      }
    }
  }
  return lines;
}

/** "总分：表中 98，重算 98，等级 优" */
export function scoreLine(score: JsonForm["score"]): string {
  const declared = score.declared === undefined ? "未填" : fmt(score.declared);
  const computed = score.computed === undefined ? "无法重算" : fmt(score.computed);
  let grade = score.grade || "无法确定";
  if (score.declaredGrade && score.grade && score.declaredGrade !== score.grade) grade += `（表中为 ${score.declaredGrade}）`;
  return `总分：表中 ${declared}，重算 ${computed}，等级 ${grade}`;
}

function cellsText(cells: string[]): string {
  if (cells.length <= MAX_CELLS_SHOWN) return cells.join(",");
  return cells.slice(0, MAX_CELLS_SHOWN).join(",") + ` 等 ${cells.length} 处`;
}

/** "J5 改为 8.62", "I6 改为 95.00%", "J6 改为公式 =ROUND(…)" */
export function fixText(fix: JsonFix): string {
  if (fix.formula !== undefined) return `${fix.cell} 改为公式 ${fix.formula.charAt(0) === "=" ? fix.formula : "=" + fix.formula}`;
  return `${fix.cell} 改为 ${shownValue(fix.value === undefined ? null : fix.value, fix.numberFormat)}`;
}

export function shownValue(value: CellValue, numberFormat?: string): string {
  if (typeof value === "number") return numberFormat ? formatNumber(value, numberFormat) : valueText(value);
  if (typeof value === "string") return value === "" ? "（空）" : `“${value}”`;
  if (value === null) return "（空）";
  return valueText(value);
}

export function changeText(change: JsonChange): string {
  const before = change.previousFormula ? `公式 ${change.previousFormula}（${shownValue(change.previous)}）` : shownValue(change.previous);
  const after = change.formula ? `公式 ${change.formula}` : shownValue(change.value === undefined ? null : change.value, change.numberFormat);
  return `“${change.sheet}”!${change.cell}：${before} → ${after}（${change.reason}）`;
}

export function tallyText(tally: Tally): string {
  // "未识别出自评表" per file only when other files have forms: otherwise the sentence ends saying so.
  const apart = [tally.unusable ? `${tally.unusable} 个无法检查` : "", tally.noForm && tally.forms ? `${tally.noForm} 个未识别出自评表` : ""].filter((s) => s);
  const files = `共检查 ${tally.files} 个文件${apart.length ? `（${apart.join("，")}）` : ""}`;
  const sheets = `${tally.sheets} 个工作表`;
  if (tally.forms === 0) return `${files}、${sheets}，未识别出自评表。`;
  const c = tally.counts;
  return `${files}、${sheets}，识别出 ${tally.forms} 张自评表：错误 ${c.error} 处，警告 ${c.warning} 处，提示 ${c.info} 处。`;
}

// ---- check --report ----

export interface JsonReportFinding {
  kind: string;
  severity: Severity;
  message: string;
  /** The sentence as the report writes it. */
  excerpt: string;
  /** 1-based; for a .docx the line is the paragraph. */
  line: number;
  column: number;
  /** Character offset of the contradicting value in the report text, and its length. */
  offset: number;
  length: number;
  found: string;
  expected: string;
  cells: string[];
}

/** Which report was checked against which form. */
export interface JsonReportTarget {
  file: string;
  workbook: string;
  sheet: string;
  range: string;
}

export function reportFindingToJson(item: ReportCheckItem, text: string): JsonReportFinding {
  const before = text.slice(0, item.offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return {
    kind: item.kind,
    severity: item.severity,
    message: item.message,
    excerpt: item.excerpt,
    line: before.split("\n").length,
    column: item.offset - lineStart + 1,
    offset: item.offset,
    length: item.length,
    found: item.found,
    expected: item.expected,
    cells: item.cells,
  };
}

export function reportCountsOf(findings: JsonReportFinding[]): { [s in Severity]: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Lines for the report-versus-form block; `paragraphs` when line numbers count .docx paragraphs. */
export function reportCheckToText(target: JsonReportTarget, findings: JsonReportFinding[], paragraphs: boolean): string[] {
  const lines: string[] = [`  自评报告 ${target.file}（对照工作表“${target.sheet}” ${target.range} 的自评表）`];
  if (findings.length === 0) {
    lines.push("    未发现与自评表不符的表述。");
    return lines;
  }
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`    ${SEVERITY_LABEL[severity]}（${group.length}）`);
    for (const f of group) {
      lines.push(`      第 ${f.line} ${paragraphs ? "段" : "行"}  ${f.message}` + (f.cells.length ? `  [${cellsText(f.cells)}]` : ""));
      lines.push(`        原文：${f.excerpt}`);
    }
  }
  return lines;
}

export function reportTallyText(findings: JsonReportFinding[]): string {
  const c = reportCountsOf(findings);
  return `自评报告与自评表核对：错误 ${c.error} 处，警告 ${c.warning} 处，提示 ${c.info} 处。`;
}
