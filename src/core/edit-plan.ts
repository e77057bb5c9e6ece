// The recalculation a user can apply in place: 执行率, budget 得分, quantitative 得分, 小计, 总分, 等级.
// Values or live formulas; never a cell outside the form, never a formula unless asked, never typed text.
import type { FormReport } from "./check";
import { setFormula, setValue } from "./edits";
import type { Field } from "./form";
import { rangeAddress, rangeContains } from "./grid";
import type { Edit } from "./rule";
import type { IndicatorAssessment } from "./scoring";
import { computedScoreOf } from "./scoring";
import { fmt, fmtPercent } from "./text";

export interface PlanOptions {
  /** Write formulas (=IFERROR(G5/F5,0), =SUM(…)) so the sheet stays live. */
  formulas?: boolean;
  /** Replace cells that already hold a formula. */
  replaceFormulas?: boolean;
}

export interface EditPlan {
  sheetName: string;
  range: string;
  edits: Edit[];
  /** Cells the plan would have changed but left alone, and why. */
  skipped: Array<{ cell: string; reason: string }>;
}

const RATE_FORMAT = "0.00%";

export function buildEditPlan(report: FormReport, options: PlanOptions = {}): EditPlan {
  const { form, score } = report;
  const plan: EditPlan = { sheetName: form.sheetName, range: report.range, edits: [], skipped: [] };
  const formulas = !!options.formulas;
  // Cells that hold (or will hold) a number, so formulas may refer to them.
  const numericAfterPlan: { [address: string]: boolean } = {};
  const isNumeric = (f: Field | undefined) => !!f && (typeof f.value === "number" || !!numericAfterPlan[f.address]);

  const put = (field: Field | undefined, value: number | string, formula: string | undefined, reason: string, format?: string) => {
    if (!field || !rangeContains(form.range, field.row, field.col)) return;
    const same = typeof value === "number" ? field.q.kind === "number" && Math.abs((field.q.num as number) - value) < 0.005 : field.text === value;
    if (field.formula && !options.replaceFormulas) {
      if (!same) plan.skipped.push({ cell: field.address, reason: `${field.address} 含公式 ${field.formula}，未替换（可选择“替换公式”）；应为 ${typeof value === "number" ? fmt(value) : value}。` });
      // A kept formula may be referred to only while it gives a number: "=G6/#REF!" would carry its error into ours.
      if (typeof value === "number" && typeof field.value === "number") numericAfterPlan[field.address] = true;
      return;
    }
    if (typeof value === "number") numericAfterPlan[field.address] = true;
    if (formulas && formula) {
      if (field.formula !== formula) {
        const edit = setFormula(field, formula, reason, format);
        edit.result = value;
        plan.edits.push(edit);
      }
    } else if (!same || (typeof value === "number" && typeof field.value !== "number")) {
      plan.edits.push(setValue(field, value, reason, format));
    }
  };

  const b = score.budget;
  if (b && b.rate !== undefined) {
    const row = b.row;
    const rateFormula = isNumeric(row.exec) && isNumeric(row.full) ? `=IFERROR(${row.exec!.address}/${row.full!.address},0)` : undefined;
    if (row.rate) {
      const declaredMatches = b.declaredRate !== undefined && Math.abs(b.declaredRate - b.rate) < 0.00005;
      if (!declaredMatches || formulas) {
        put(row.rate, round4(b.rate), rateFormula, `执行率 = ${b.row.exec ? b.row.exec.address : "全年执行数"} ÷ ${b.row.full ? b.row.full.address : "全年预算数"} = ${fmtPercent(b.rate)}`, RATE_FORMAT);
      }
    }
    if (row.score && b.expectedScore !== undefined) {
      const weightRef = isNumeric(row.weight) ? row.weight!.address : fmt(b.weight);
      const rateRef = row.rate && isNumeric(row.rate) ? row.rate.address : rateFormula ? rateFormula.slice(1) : undefined;
      const formula = rateRef ? `=ROUND(MIN(${rateRef},1)*${weightRef},2)` : undefined;
      put(row.score, b.expectedScore, formula, `预算执行率得分 = 执行率 ${fmtPercent(b.rate)} × 分值 ${fmt(b.weight)}`);
    }
  }

  const byRow: { [row: number]: IndicatorAssessment } = {};
  for (const a of score.indicators) byRow[a.row.row] = a;
  for (const a of score.indicators) {
    if (a.expected === undefined || !a.row.score) continue;
    put(a.row.score, a.expected, indicatorFormula(a), `按${opName(a)}指标公式计算：${explain(a, report.profile.reverseMethod)}`);
  }

  const block = form.indicators;
  for (const g of score.groups) {
    const sub = g.group.subtotal;
    if (!sub || !sub.score) continue;
    const cells = g.group.rows.map((r) => r.score).filter((f): f is Field => !!f);
    const formula = cells.every(isNumericOrEmpty(numericAfterPlan)) ? `=SUM(${ranges(cells)})` : undefined;
    put(sub.score, g.computedScoreSum, formula, `${g.group.label.replace(/\s+/g, "")}小计 = 所属指标得分之和`);
  }
  // A 二级 row that carries its 三级 rows' sum: recalculated like a 小计.
  for (const g of score.groups) {
    for (const l2 of g.group.level2Groups) {
      const sub = l2.subtotal;
      if (!sub || !sub.score) continue;
      let sum = 0;
      for (const row of l2.rows) {
        const a = byRow[row.row];
        sum += (a && computedScoreOf(a)) || 0;
      }
      const cells = l2.rows.map((r) => r.score).filter((f): f is Field => !!f);
      const formula = cells.length && cells.every(isNumericOrEmpty(numericAfterPlan)) ? `=SUM(${ranges(cells)})` : undefined;
      put(sub.score, Math.round(sum * 100) / 100, formula, `${l2.label.replace(/\s+/g, "")} = 所属三级指标得分之和`);
    }
  }

  if (form.total && form.total.score && score.computedTotal !== undefined && block) {
    const cells = block.rows.map((r) => r.score).filter((f): f is Field => !!f);
    const budgetRef = b && b.row.score && isNumeric(b.row.score) ? b.row.score.address : undefined;
    const formula =
      cells.every(isNumericOrEmpty(numericAfterPlan)) && (budgetRef || !b)
        ? `=${budgetRef ? budgetRef + "+" : ""}SUM(${ranges(cells)})`
        : undefined;
    put(form.total.score, score.computedTotal, formula, "总分 = 预算执行率得分 + 各指标得分");
  }

  if (form.grade && score.grade && form.grade.field.text !== "") {
    const written = form.grade.field.text.replace(/\s+/g, "");
    const longForm = { 优: "优秀", 良: "良好", 中: "中", 差: "差" }[score.grade];
    const expected = written.length > 1 ? longForm : score.grade;
    if (score.declaredGrade !== score.grade) put(form.grade.field, expected, undefined, `总分 ${fmt(score.computedTotal as number)} 对应等级“${score.grade}”`);
  }
  return plan;
}

function isNumericOrEmpty(numeric: { [address: string]: boolean }) {
  return (f: Field) => typeof f.value === "number" || f.q.kind === "empty" || !!numeric[f.address];
}

/** Score cells as compact ranges: contiguous rows in one column become "I12:I28". */
function ranges(cells: Field[]): string {
  const sorted = cells.slice().sort((a, b) => a.col - b.col || a.row - b.row);
  const parts: string[] = [];
  let start = sorted[0];
  let prev = sorted[0];
  for (let i = 1; i <= sorted.length; i++) {
    const cur = sorted[i];
    if (cur && cur.col === prev.col && cur.row === prev.row + 1) {
      prev = cur;
      continue;
    }
    parts.push(rangeAddress({ top: start.row, bottom: prev.row, left: start.col, right: start.col }));
    start = prev = cur;
  }
  return parts.join(",");
}

function indicatorFormula(a: IndicatorAssessment): string | undefined {
  const actual = a.row.actual;
  const weight = a.row.weight;
  if (!actual || !weight || typeof actual.value !== "number" || typeof weight.value !== "number") return undefined;
  if (actual.value !== a.actual || a.target === undefined || a.target <= 0) return undefined;
  const A = fmt(a.target);
  const B = actual.address;
  const w = weight.address;
  if (a.op === ">=" || a.op === ">" || a.op === "=") return `=ROUND(MIN(${B}/${A},1)*${w},2)`;
  return undefined; // reverse indicators depend on the profile's method: written as values
}

function opName(a: IndicatorAssessment): string {
  return a.op === "<=" || a.op === "<" ? "反向" : a.op === "=" ? "等于" : "正向";
}

/** The formula with the row's numbers, the way round it works (a reverse indicator divides the target by the actual). */
function explain(a: IndicatorAssessment, reverseMethod: "ratio" | "linear"): string {
  const A = fmt(a.target as number);
  const B = fmt(a.actual as number);
  const tail = `分值 ${fmt(a.weight as number)} → ${fmt(a.expected as number)}`;
  if (a.op === "<=" || a.op === "<") {
    if ((a.actual as number) <= (a.target as number)) return `实际 ${B} 未超过目标 ${A}，${tail}`;
    return reverseMethod === "linear" ? `1 − (实际 ${B} − 目标 ${A}) / 目标 ${A}，${tail}` : `目标 ${A} / 实际 ${B}，${tail}`;
  }
  return `实际 ${B} / 目标 ${A}，${tail}`;
}

function round4(n: number): number {
  return Math.round(n * 10000) / 10000;
}
