// Weight redistribution after a new indicator row got content: the new row takes `newWeight` points, the other rows
// of the same 一级 give them up in proportion to their weights, rounded to integers by largest remainder so the 一级
// still sums exactly to its declared weight. Scores follow: a row at full marks keeps full marks, a partial score is
// scaled with its weight. Only a proposal: the pane shows it, the user edits it, nothing is written unasked.
import type { FormReport } from "../../core/check";
import { setValue } from "../../core/edits";
import type { Field, IndicatorRow, Level1Group } from "../../core/form";
import type { Edit } from "../../core/rule";
import { fieldNumber } from "../../core/scoring";
import { fmt, round2, tidyText } from "../../core/text";

export interface WeightLine {
  row: IndicatorRow;
  name: string;
  weight?: number;
  score?: number;
  newWeight: number;
  /** Undefined: the score stays as it is (the new row's score is the user's to assess). */
  newScore?: number;
}

export interface WeightBalance {
  group: Level1Group;
  name: string;
  sum: number;
  declared?: number;
}

function numberOf(field: Field | undefined): number | undefined {
  return field ? fieldNumber(field) : undefined;
}

export function rowName(row: IndicatorRow): string {
  return row.name ? tidyText(row.name.text) : row.level2Label;
}

/** Rows with a 三级 name but no numeric 分值: they were just filled (or the user forgot the weight). */
export function rowsWithoutWeight(report: FormReport): IndicatorRow[] {
  const block = report.form.indicators;
  if (!block) return [];
  return block.rows.filter((r) => !r.isEmpty && !r.isPlaceholder && !!r.name && tidyText(r.name.text) !== "" && !!r.weight && numberOf(r.weight) === undefined);
}

export function groupOf(report: FormReport, row: IndicatorRow): Level1Group | undefined {
  const block = report.form.indicators;
  if (!block) return undefined;
  for (let i = 0; i < block.groups.length; i++) if (block.groups[i].rows.indexOf(row) >= 0) return block.groups[i];
  return undefined;
}

export function balances(report: FormReport): WeightBalance[] {
  const block = report.form.indicators;
  if (!block) return [];
  return block.groups.map((g) => {
    let sum = 0;
    for (let i = 0; i < g.rows.length; i++) sum += numberOf(g.rows[i].weight) || 0;
    const out: WeightBalance = { group: g, name: g.name || tidyText(g.label), sum: round2(sum) };
    if (g.declaredWeight !== undefined) out.declared = g.declaredWeight;
    return out;
  });
}

/** Splits `total` over `weights` in proportion, as integers summing exactly to `total` (largest remainder). */
export function apportion(weights: number[], total: number): number[] {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i];
  if (!weights.length) return [];
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w * total) / sum);
  const out = exact.map((x) => Math.floor(x + 1e-9));
  let left = Math.round(total - out.reduce((a, b) => a + b, 0));
  const order = exact.map((x, i) => i).sort((a, b) => exact[b] - out[b] - (exact[a] - out[a]) || a - b);
  for (let k = 0; left > 0 && k < order.length; k++, left--) out[order[k]]++;
  return out;
}

export function defaultNewWeight(report: FormReport, newRow: IndicatorRow): number {
  const group = groupOf(report, newRow);
  let min = 0;
  if (group) {
    for (let i = 0; i < group.rows.length; i++) {
      const w = numberOf(group.rows[i].weight);
      if (w !== undefined && w > 0 && (min === 0 || w < min)) min = w;
    }
  }
  return min > 0 ? Math.max(1, Math.round(min)) : 5;
}

/** The proposal for giving `newRow` `newWeight` points inside its 一级 (the new row first). */
export function proposeWeights(report: FormReport, newRow: IndicatorRow, newWeight: number): { lines: WeightLine[]; target: number } {
  const group = groupOf(report, newRow);
  const others = group ? group.rows.filter((r) => r !== newRow && numberOf(r.weight) !== undefined) : [];
  const weights = others.map((r) => numberOf(r.weight) as number);
  const current = weights.reduce((a, b) => a + b, 0);
  const target = group && group.declaredWeight !== undefined ? group.declaredWeight : current;
  const shares = apportion(weights, Math.max(0, target - newWeight));
  const lines: WeightLine[] = [{ row: newRow, name: rowName(newRow), newWeight }];
  for (let i = 0; i < others.length; i++) {
    const row = others[i];
    const line: WeightLine = { row, name: rowName(row), weight: weights[i], newWeight: shares[i] };
    const score = numberOf(row.score);
    if (score !== undefined) line.score = score;
    lines.push(withScore(line));
  }
  return { lines, target };
}

/** The line's new score for its (possibly edited) new weight. */
export function withScore(line: WeightLine): WeightLine {
  const out: WeightLine = { row: line.row, name: line.name, newWeight: line.newWeight };
  if (line.weight !== undefined) out.weight = line.weight;
  if (line.score !== undefined) out.score = line.score;
  if (line.weight !== undefined && line.score !== undefined) {
    out.newScore = line.score >= line.weight - 0.005 ? line.newWeight : line.weight > 0 ? round2((line.score * line.newWeight) / line.weight) : 0;
  }
  return out;
}

/** The edits of a proposal: only cells whose value changes. */
export function weightEdits(lines: WeightLine[], reason: string): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.row.weight && l.newWeight !== l.weight) edits.push(setValue(l.row.weight, l.newWeight, reason + "：分值 " + (l.weight === undefined ? "空" : fmt(l.weight)) + " → " + fmt(l.newWeight)));
    if (l.row.score && l.newScore !== undefined && l.newScore !== l.score) {
      edits.push(setValue(l.row.score, l.newScore, reason + "：得分 " + (l.score === undefined ? "空" : fmt(l.score)) + " → " + fmt(l.newScore)));
    }
  }
  return edits;
}
