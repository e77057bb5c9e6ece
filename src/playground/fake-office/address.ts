// A1 addresses as Excel's JavaScript API takes and returns them: "B5", "$B$5", "B5:D9", "5:5", "A:C", a whole sheet,
// sheet-qualified ("Sheet1!B5", "'My Sheet'!B5"), multi-area ("Sheet1!A1:B2, Sheet1!D4"). 0-based rows and columns.
// ES5 only (runs in the playground page and in the IE11-era webviews the pane supports).
import type { CellRange } from "../../core/grid";
import { columnIndex, columnLetters } from "../../core/grid";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;
export const LAST_ROW = MAX_ROWS - 1;
export const LAST_COLUMN = MAX_COLUMNS - 1;

export type { CellRange };

export const WHOLE_SHEET: CellRange = { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COLUMN };

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Splits "Sheet1!B5" / "'a ''b'!B5" into sheet name and local address; no sheet → sheet undefined. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const text = trim(address);
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { local: text };
  let sheet = text.slice(0, bang);
  if (sheet.charAt(0) === "'" && sheet.charAt(sheet.length - 1) === "'" && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: text.slice(bang + 1) };
}

/** One rectangular area, local (no sheet): "B5", "B5:D9", "5:5", "5:9", "A:A", "A:C". Undefined when not an address. */
export function parseArea(local: string): CellRange | undefined {
  const parts = trim(local).split(":");
  if (parts.length > 2 || parts[0] === "") return undefined;
  const a = parts[0];
  const b = parts.length === 2 ? parts[1] : parts[0];
  let m1 = CELL.exec(a);
  let m2 = CELL.exec(b);
  if (m1 && m2) {
    const r1 = parseInt(m1[2], 10) - 1;
    const r2 = parseInt(m2[2], 10) - 1;
    const c1 = columnIndex(m1[1]);
    const c2 = columnIndex(m2[1]);
    if (!inRows(r1) || !inRows(r2) || !inColumns(c1) || !inColumns(c2)) return undefined;
    return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
  }
  if (parts.length !== 2) return undefined;
  m1 = ROW.exec(a);
  m2 = ROW.exec(b);
  if (m1 && m2) {
    const r1 = parseInt(m1[1], 10) - 1;
    const r2 = parseInt(m2[1], 10) - 1;
    if (!inRows(r1) || !inRows(r2)) return undefined;
    return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 0, right: LAST_COLUMN };
  }
  m1 = COLUMN.exec(a);
  m2 = COLUMN.exec(b);
  if (m1 && m2) {
    const c1 = columnIndex(m1[1]);
    const c2 = columnIndex(m2[1]);
    if (!inColumns(c1) || !inColumns(c2)) return undefined;
    return { top: 0, bottom: LAST_ROW, left: Math.min(c1, c2), right: Math.max(c1, c2) };
  }
  return undefined;
}

/** "B5:D9" as Excel writes it: whole rows "5:9", whole columns "A:C", the whole sheet "1:1048576", one cell "B5". */
export function formatArea(r: CellRange): string {
  const wholeRows = r.left === 0 && r.right === LAST_COLUMN;
  const wholeColumns = r.top === 0 && r.bottom === LAST_ROW;
  if (wholeRows) return r.top + 1 + ":" + (r.bottom + 1);
  if (wholeColumns) return columnLetters(r.left) + ":" + columnLetters(r.right);
  const start = columnLetters(r.left) + (r.top + 1);
  if (r.top === r.bottom && r.left === r.right) return start;
  return start + ":" + columnLetters(r.right) + (r.bottom + 1);
}

export function cellA1(row: number, col: number): string {
  return columnLetters(col) + (row + 1);
}

/** The sheet name as it appears in an address: quoted when Excel quotes it. */
export function quoteSheetName(name: string): string {
  // Letters (any script), digits, "_" and "." need no quotes, unless the name could be read as a reference.
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name);
  const looksLikeRef = /^[A-Za-z]{1,3}\d+$/.test(name) || /^(R|C|RC|R\d+C\d+|R\d+|C\d+)$/i.test(name) || /^(TRUE|FALSE)$/i.test(name);
  return plain && !looksLikeRef ? name : "'" + name.replace(/'/g, "''") + "'";
}

export function qualifiedAddress(sheetName: string, r: CellRange): string {
  return quoteSheetName(sheetName) + "!" + formatArea(r);
}

/** Splits a multi-area address at commas outside quotes. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address.charAt(i);
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      if (trim(cur)) out.push(trim(cur));
      cur = "";
    } else cur += ch;
  }
  if (trim(cur)) out.push(trim(cur));
  return out;
}

export function intersect(a: CellRange, b: CellRange): CellRange | undefined {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : undefined;
}

export function contains(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function cellCount(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function sameRange(a: CellRange, b: CellRange): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

export function trim(s: string): string {
  return String(s).replace(/^\s+|\s+$/g, "");
}

function inRows(r: number): boolean {
  return r >= 0 && r <= LAST_ROW;
}

function inColumns(c: number): boolean {
  return c >= 0 && c <= LAST_COLUMN;
}
