// Small helpers shared by rules.
import type { Field, IndicatorRow } from "../form";
import { rangeAddress } from "../grid";

/** The row's cells from 三级指标 to its last known column, as one A1 range. */
export function rowRange(row: IndicatorRow): string | undefined {
  const fields = [row.name, row.target, row.nature, row.unit, row.actual, row.weight, row.score, row.deviation].filter(
    (f): f is Field => f !== undefined && f.row === row.row,
  );
  if (fields.length === 0) return undefined;
  const cols = fields.map((f) => f.col);
  return rangeAddress({ top: row.row, bottom: row.row, left: Math.min(...cols), right: Math.max(...cols) });
}

/** How messages name an indicator: its 三级 name, or its row. */
export function indicatorName(row: IndicatorRow): string {
  return row.name && row.name.text ? `“${row.name.text.replace(/\s+/g, "")}”` : `第 ${row.row + 1} 行指标`;
}
