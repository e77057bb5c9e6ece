// The grid model: one worksheet as every host (Excel, .xlsx file, playground) hands it to the core.
// Rows and columns are 0-based from A1; only merge masters carry values.

export interface CellError {
  error: string; // "#REF!", "#DIV/0!", …
}

export type CellValue = number | string | boolean | null | CellError;

export interface Cell {
  value: CellValue;
  /** What the user sees (number formats applied). Falls back to the value when absent. */
  text?: string;
  /** Formula including the leading "=", when the cell has one. */
  formula?: string;
  numberFormat?: string;
}

/** A rectangle of cells, 0-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheetName: string;
  /** rows[r][c]; missing rows or cells are empty. */
  rows: Array<Array<Cell | null | undefined> | null | undefined>;
  merges: CellRange[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && typeof (value as CellError).error === "string";
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  const upper = letters.toUpperCase();
  for (let i = 0; i < upper.length; i++) n = n * 26 + (upper.charCodeAt(i) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return columnLetters(col) + (row + 1);
}

const ADDRESS_PATTERN = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCellAddress(address: string): { row: number; col: number } {
  const bare = address.indexOf("!") >= 0 ? address.slice(address.lastIndexOf("!") + 1) : address;
  const match = ADDRESS_PATTERN.exec(bare.trim());
  if (!match) throw new Error("不是有效的单元格地址：" + address);
  return { row: parseInt(match[2], 10) - 1, col: columnIndex(match[1]) };
}

export function rangeAddress(range: CellRange): string {
  const start = cellAddress(range.top, range.left);
  const end = cellAddress(range.bottom, range.right);
  return start === end ? start : start + ":" + end;
}

export function parseRangeAddress(address: string): CellRange {
  const bare = address.indexOf("!") >= 0 ? address.slice(address.lastIndexOf("!") + 1) : address;
  const parts = bare.split(":");
  const a = parseCellAddress(parts[0]);
  const b = parts.length > 1 ? parseCellAddress(parts[1]) : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rangeContains(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

export function gridRowCount(grid: Grid): number {
  return grid.rows.length;
}

export function gridColumnCount(grid: Grid): number {
  let max = 0;
  for (const row of grid.rows) if (row && row.length > max) max = row.length;
  for (const m of grid.merges) if (m.right + 1 > max) max = m.right + 1;
  return max;
}

export function getCell(grid: Grid, row: number, col: number): Cell | undefined {
  const r = grid.rows[row];
  const cell = r ? r[col] : undefined;
  return cell || undefined;
}

/** Display text of a value, as Excel would show it in General format. */
export function valueText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatGeneralNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isCellError(value)) return value.error;
  return value;
}

export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (typeof cell.text === "string") return cell.text;
  return valueText(cell.value);
}

function formatGeneralNumber(n: number): string {
  if (!isFinite(n)) return String(n);
  const rounded = Math.round(n * 1e10) / 1e10;
  return String(rounded);
}

/**
 * Builds a grid from plain values (strings starting with "=" stay strings; use cells for formulas).
 * Handy for tests, fixtures and hosts that only have values.
 */
export function gridFromValues(sheetName: string, values: CellValue[][], merges: string[] = []): Grid {
  return {
    sheetName,
    rows: values.map((row) => row.map((value) => (value === null || value === "" ? null : { value }))),
    merges: merges.map(parseRangeAddress),
  };
}

/** FNV-style 32-bit hash, chainable through `seed`. */
export function hashText(text: string, seed?: number): number {
  let h = seed === undefined ? 0x811c9dc5 : seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = (h + ((h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24))) >>> 0;
  }
  return h >>> 0;
}

/**
 * What a sheet holds, as a short hash of its values, formulas and merges (not display text): it changes when the
 * user edits the sheet, so a pane without change events can tell a stale check.
 */
export function gridFingerprint(grid: Grid, salt = ""): string {
  let h = hashText(grid.sheetName + "|" + salt + "|" + JSON.stringify(grid.merges));
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell) h = hashText(r + "," + c + "=" + JSON.stringify(cell.value) + (cell.formula || ""), h);
    }
  }
  return ("0000000" + h.toString(16)).slice(-8);
}

/** Maps every covered cell of a merged area to its top-left master, for O(1) look-ups. */
export class MergeIndex {
  // Per-row arrays: much faster than string keys on the recogniser's hot path.
  private readonly byRow: Array<Array<CellRange | undefined> | undefined> = [];

  constructor(merges: CellRange[]) {
    for (const m of merges) {
      // Guard against absurd merges (a whole column) so the index stays small.
      const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (area > 100000) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        const row = this.byRow[r] || (this.byRow[r] = []);
        for (let c = m.left; c <= m.right; c++) row[c] = m;
      }
    }
  }

  areaAt(row: number, col: number): CellRange | undefined {
    const r = this.byRow[row];
    return r ? r[col] : undefined;
  }
}
