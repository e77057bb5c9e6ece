// Pure helpers of the playground grid: which rows and columns to draw, what an edited cell starts with, where the
// arrow keys go (merged areas move as one cell, as in Excel).
import type { CellData, FakeWorkbook, SheetData } from "../fake-office";
import type { CellRange } from "../fake-office/address";

export const MIN_ROWS = 30;
export const MIN_COLS = 12;
export const MAX_ROWS = 1000;
export const MAX_COLS = 60;

/** How much of the sheet the grid draws: the used range (formats and merges included) plus a margin. */
export function extent(workbook: FakeWorkbook, sheet: SheetData): { rows: number; cols: number } {
  const used = workbook.usedRange(sheet, false);
  const rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, used ? used.bottom + 6 : 0));
  const cols = Math.min(MAX_COLS, Math.max(MIN_COLS, used ? used.right + 3 : 0));
  return { rows, cols };
}

/** What the cell editor (and the formula bar) shows: the formula, or the value the way a person would type it. */
export function editText(cell: CellData | undefined, text: string): string {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    if (cell.numberFormat && cell.numberFormat.indexOf("%") >= 0) return String(Math.round(v * 100 * 1e10) / 1e10) + "%";
    return String(v);
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "object") return text;
  return String(v);
}

export type Direction = "up" | "down" | "left" | "right";

/** The cell (a merged area as a whole) next to `from` in a direction, within the drawn extent. */
export function move(workbook: FakeWorkbook, sheet: SheetData, from: CellRange, direction: Direction, size: { rows: number; cols: number }): CellRange {
  let row = from.top;
  let col = from.left;
  if (direction === "down") row = from.bottom + 1;
  else if (direction === "up") row = from.top - 1;
  else if (direction === "right") col = from.right + 1;
  else col = from.left - 1;
  row = Math.max(0, Math.min(size.rows - 1, row));
  col = Math.max(0, Math.min(size.cols - 1, col));
  return areaAt(workbook, sheet, row, col);
}

/** A cell, or the merged area that covers it. */
export function areaAt(workbook: FakeWorkbook, sheet: SheetData, row: number, col: number): CellRange {
  const m = workbook.mergeAt(sheet, row, col);
  return m ? { top: m.top, left: m.left, bottom: m.bottom, right: m.right } : { top: row, left: col, bottom: row, right: col };
}

export function inRange(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** Border weight → CSS width. */
export function borderWidth(weight: string): number {
  return weight === "Thick" ? 3 : weight === "Medium" ? 2 : 1;
}

export function borderStyle(style: string): string {
  if (/^Dash/i.test(style)) return "dashed";
  if (/^Dot/i.test(style)) return "dotted";
  if (/^Double/i.test(style)) return "double";
  return "solid";
}

/** Excel's HorizontalAlignment → CSS text-align ("" = by value type). */
export function textAlign(horizontal: string | undefined, numeric: boolean): string {
  switch (horizontal) {
    case "Left":
      return "left";
    case "Center":
    case "CenterAcrossSelection":
      return "center";
    case "Right":
      return "right";
    case "Justify":
    case "Distributed":
      return "justify";
    default:
      return numeric ? "right" : "left";
  }
}

export function verticalAlign(vertical: string | undefined): string {
  return vertical === "Top" ? "top" : vertical === "Center" ? "middle" : "bottom";
}
