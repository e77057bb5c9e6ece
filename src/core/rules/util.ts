// Small helpers shared by rules.
import type { BudgetBlock, Field, FundRow, IndicatorRow } from "../form";
import { rangeAddress } from "../grid";
import { normalizeLabel } from "../text";

/** The row's cells from 三级指标 to its last known column, as one A1 range. */
export function rowRange(row: IndicatorRow): string | undefined {
  const fields = [row.name, row.target, row.nature, row.unit, row.actual, row.weight, row.score, row.deviation].filter(
    (f): f is Field => f !== undefined && f.row === row.row,
  );
  if (fields.length === 0) return undefined;
  const cols = fields.map((f) => f.col);
  return rangeAddress({ top: row.row, bottom: row.row, left: Math.min(...cols), right: Math.max(...cols) });
}

/**
 * A number cell that cannot be read (#REF!, or text such as "满分"): sums over it are not compared, since counting it
 * as 0 would ask for a wrong figure. The cell itself is reported by the rule that owns it.
 */
export function isUnreadable(field: Field | undefined): boolean {
  return !!field && (field.q.kind === "error" || field.q.kind === "text");
}

/** Some row's 分值 or 得分 (as `which` picks) cannot be read. */
export function anyUnreadable(rows: IndicatorRow[], which: "weight" | "score"): boolean {
  for (const r of rows) if (!r.isEmpty && isUnreadable(r[which])) return true;
  return false;
}

const SPACES = /\s+/g;

/** How messages name an indicator: its 三级 name, or its row. */
export function indicatorName(row: IndicatorRow): string {
  return row.name && row.name.text ? `“${row.name.text.replace(SPACES, "")}”` : `第 ${row.row + 1} 行指标`;
}

/** How messages name a fund row: "年度资金总额", "当年财政拨款" (the "其中：" prefix dropped). */
export function fundName(row: FundRow): string {
  return row.label.replace(/^其中[:：]?/, "") || row.label;
}

/** 0.01 万元 expressed in the block's own unit (100 in a 元 block). */
export function fundTolerance(budget: BudgetBlock): number {
  return 0.01 / budget.toWanYuan;
}

/** Amounts as messages show them: up to 4 decimals so "89.974" is not shown as 89.97. */
export function fmtAmount(n: number): string {
  return String(Math.round((n + (n >= 0 ? 1e-9 : -1e-9)) * 10000) / 10000);
}

/** No field, or a blank one. */
export function isBlank(field: Field | undefined): boolean {
  return !field || field.q.kind === "empty";
}

/** A reason cell that gives no reason: blank, "无", or the printed 四川 note ("预算执行率=…，须说明…"). */
export function isMissingReason(field: Field): boolean {
  if (isBlank(field) || field.q.kind === "na") return true;
  const t = normalizeLabel(field.text);
  return /^(无|暂无|没有)[。.]?$/.test(t) || /执行率=|100字|须说明|需说明|请说明|应说明/.test(t);
}
