/// <reference types="office-js" />
// Small helpers shared by the Excel adapter: addresses, cell values as Excel hands them over, errors, hashing.
// No Office.js calls here.
import type { CellRange, CellValue } from "../core/grid";
import { cellAddress, isCellError, parseRangeAddress, rangeAddress } from "../core/grid";

/** "Sheet1!B3:K40" → "B3:K40"; "'My, Sheet'!A1" → "A1". */
export function stripSheet(address: string): string {
  const i = address.lastIndexOf("!");
  return i >= 0 ? address.slice(i + 1) : address;
}

/** A sheet-qualified address as Excel accepts it ("'自评表 (2)'!B3"). */
export function qualify(sheetName: string, address: string): string {
  return "'" + sheetName.replace(/'/g, "''") + "'!" + stripSheet(address);
}

/** Splits a multi-area address ("Sheet1!A1:B2, 'a,b'!C3") into bare areas ("A1:B2", "C3"), respecting quotes. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address.charAt(i);
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      if (cur.replace(/\s+/g, "")) out.push(stripSheet(cur.replace(/^\s+|\s+$/g, "")));
      cur = "";
    } else cur += ch;
  }
  if (cur.replace(/\s+/g, "")) out.push(stripSheet(cur.replace(/^\s+|\s+$/g, "")));
  return out;
}

// Whole rows ("15:15", "15:20"), as Excel reports an inserted or deleted row.
const WHOLE_ROWS = /^(\d+):(\d+)$/;

export function safeParseRange(address: string): CellRange | undefined {
  try {
    const bare = stripSheet(address).replace(/\$/g, "");
    const rows = WHOLE_ROWS.exec(bare);
    if (rows) return { top: parseInt(rows[1], 10) - 1, bottom: parseInt(rows[2], 10) - 1, left: 0, right: 16383 };
    return parseRangeAddress(bare);
  } catch (e) {
    return undefined;
  }
}

export function rangeCellCount(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** Every cell address of a range, row by row (callers cap the size). */
export function cellsOf(r: CellRange): string[] {
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(cellAddress(row, col));
  return out;
}

export function normaliseAddress(address: string): string {
  const r = safeParseRange(address);
  return r ? rangeAddress(r) : stripSheet(address);
}

/** A value as stored in Ziping's snapshots: errors as {e}. */
export type StoredValue = number | string | boolean | null | { e: string };

export function storeValue(value: CellValue): StoredValue {
  if (isCellError(value)) return { e: value.error };
  return value === undefined ? null : value;
}

export function restoreValue(value: StoredValue): CellValue {
  if (value !== null && typeof value === "object") return { error: value.e };
  return value;
}

/** A cell value as read from Range.values + valueTypes. */
export function excelValue(value: unknown, valueType?: string): CellValue {
  if (valueType === "Error") return { error: String(value) };
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** The cell's formula, if it has one. Text starting with "=" (a cell formatted as text) reads back the same in
 * Range.formulas and Range.values: that is not a formula. */
export function formulaOf(formula: unknown, value?: unknown): string | undefined {
  return typeof formula === "string" && formula.charAt(0) === "=" && formula !== value ? formula : undefined;
}

/** Same value for the purpose of "did the user change this cell": numbers within rounding noise, "" = empty. */
export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const na = a === undefined || a === "" ? null : a;
  const nb = b === undefined || b === "" ? null : b;
  if (na === null || nb === null) return na === nb;
  if (isCellError(na) || isCellError(nb)) return isCellError(na) && isCellError(nb) && na.error === nb.error;
  if (typeof na === "number" && typeof nb === "number") return Math.abs(na - nb) <= 1e-9 * Math.max(1, Math.abs(na), Math.abs(nb));
  return na === nb;
}

/**
 * What to put in Range.values so Excel stores exactly `value`: strings Excel would turn into numbers, dates,
 * booleans, errors or formulas get the "'" text prefix (unless the cell is formatted as text "@").
 */
export function valueForWrite(value: CellValue, numberFormat?: string): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return value.error;
  if (typeof value !== "string") return value;
  if (numberFormat === "@") return value;
  return needsTextPrefix(value) ? "'" + value : value;
}

const COERCIBLE = [
  /^\s*[-+]?(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?\s*%?\s*$/i, // 12, 1,234.5, 8.62%, 1e3
  /^\s*[-+]?[¥$€£]\s*\d/, // currency
  /^\s*\(\s*\d[\d,.]*\s*\)\s*$/, // (123) as negative
  /^\s*\d{1,4}\s*[-/.年]\s*\d{1,2}/, // dates: 2024-1-5, 2024/1, 2024年1月
  /^\s*\d{1,2}\s*:\s*\d{2}/, // times
  /^\s*\d{1,2}\s*月/, // 1月5日
  /^\s*(true|false)\s*$/i,
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/,
  /^[=+\-@]/,
  /^'/,
];

export function needsTextPrefix(s: string): boolean {
  for (let i = 0; i < COERCIBLE.length; i++) if (COERCIBLE[i].test(s)) return true;
  return false;
}

/** Office.js error code of a failed sync ("ItemNotFound", "RequestPayloadSizeLimitExceeded", …). */
export function errorCode(e: unknown): string {
  if (!e || typeof e !== "object") return "";
  const err = e as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof err.code === "string") return err.code;
  if (err.debugInfo && typeof err.debugInfo.code === "string") return err.debugInfo.code;
  return "";
}

export function isPayloadError(e: unknown): boolean {
  const text = errorCode(e) + " " + (e && typeof e === "object" && "message" in e ? String((e as { message: unknown }).message) : "");
  return /PayloadSizeLimitExceeded|payload size/i.test(text);
}

export function errorMessage(e: unknown): string {
  if (e && typeof e === "object" && "message" in e) return String((e as { message: unknown }).message);
  return String(e);
}

/** 32-bit FNV-1a, hex: a cheap fingerprint of a sheet's content. */
export { hashText } from "../core/grid";

export function nowIso(now?: () => Date): string {
  const d = now ? now() : new Date();
  return d.toISOString ? d.toISOString() : String(d);
}
