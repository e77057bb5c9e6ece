// What a cell shows (Range.text) and how Excel reads what is typed or written to Range.values.
// Numbers go through the core's formatNumber (the same formatter the .xlsx reader uses); dates and currency prefixes
// are added here because the playground shows them and formatNumber does not.
import { formatNumber } from "../../core/number-format";

export interface ErrorValue {
  error: string;
}

export type CellScalar = number | string | boolean | null | ErrorValue;

export const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"];

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && typeof (v as ErrorValue).error === "string";
}

export function isErrorLiteral(s: string): boolean {
  const u = s.toUpperCase();
  for (let i = 0; i < ERROR_LITERALS.length; i++) if (ERROR_LITERALS[i] === u) return true;
  return false;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86400000;

/** The first section of a format without quoted literals, escapes and [colour]/[$-…] brackets. */
function bareSection(format: string): string {
  return format
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  const bare = bareSection(format);
  return /[ydhs]/i.test(bare) || (/m/i.test(bare) && !/[0#?]/.test(bare));
}

/** Range.text of a value in a number format. */
export function displayText(value: CellScalar, format: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (isErrorValue(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!isFinite(value)) return "#NUM!";
  const fmt = format || "General";
  if (isDateFormat(fmt)) return formatDate(value, fmt);
  const sections = fmt.split(";");
  // Excel's sections: positive;negative;zero — a negative number in its own section loses its minus sign.
  if (value < 0 && sections.length > 1 && sections[1] !== "") return formatSection(-value, sections[1]);
  if (value === 0 && sections.length > 2 && sections[2] !== "") return formatSection(0, sections[2]);
  return formatSection(value, sections[0]);
}

/** One section: literal text around the number placeholders ("¥#,##0", "(0.0)", "0.00\"万元\""). */
function formatSection(value: number, section: string): string {
  const s = section.replace(/\[[^\]]*\]/g, "");
  let first = -1;
  let last = -1;
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch === '"') quoted = !quoted;
    else if (ch === "\\") i++;
    else if (!quoted && (ch === "0" || ch === "#" || ch === "?")) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return s === "@" || s.indexOf("General") >= 0 ? formatNumber(value, "General") : literal(s);
  let end = last + 1;
  while (s.charAt(end) === "%") end++;
  return literal(s.slice(0, first)) + formatNumber(value, s.slice(first, end)) + literal(s.slice(end));
}

/** Literal text of a format piece: quotes and escapes removed, "_x" padding and "*x" fills dropped. */
function literal(piece: string): string {
  let out = "";
  for (let i = 0; i < piece.length; i++) {
    const ch = piece.charAt(i);
    if (ch === '"') {
      const close = piece.indexOf('"', i + 1);
      out += piece.slice(i + 1, close < 0 ? piece.length : close);
      i = close < 0 ? piece.length : close;
    } else if (ch === "\\") {
      out += piece.charAt(i + 1);
      i++;
    } else if (ch === "_" || ch === "*") i++;
    else out += ch;
  }
  return out;
}

function pad2(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

/** yyyy, yy, m, mm (month or minute), d, dd, h, hh, ss, quoted literals and 年/月/日 as they are. */
export function formatDate(serial: number, format: string): string {
  const ms = EXCEL_EPOCH + Math.round(serial * DAY);
  const d = new Date(ms);
  const Y = d.getUTCFullYear();
  const M = d.getUTCMonth() + 1;
  const D = d.getUTCDate();
  const h = d.getUTCHours();
  const mi = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  const section = format.split(";")[0].replace(/\[[^\]]*\]/g, "");
  let out = "";
  let lastWasHour = false;
  let i = 0;
  while (i < section.length) {
    const ch = section.charAt(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end < 0 ? section.length : end);
      i = end < 0 ? section.length : end + 1;
      continue;
    }
    if (ch === "\\") {
      out += section.charAt(i + 1);
      i += 2;
      continue;
    }
    const run = runOf(section, i);
    const lower = run.toLowerCase();
    const c0 = lower.charAt(0);
    if (c0 === "y") {
      out += lower.length <= 2 ? pad2(Y % 100) : String(Y);
      lastWasHour = false;
    } else if (c0 === "m") {
      const nextIsSecond = /^\W*s/i.test(section.slice(i + run.length));
      if ((lastWasHour || nextIsSecond) && lower.length <= 2) out += lower.length === 2 ? pad2(mi) : String(mi);
      else out += lower.length === 2 ? pad2(M) : String(M);
      lastWasHour = false;
    } else if (c0 === "d") {
      out += lower.length === 2 ? pad2(D) : String(D);
      lastWasHour = false;
    } else if (c0 === "h") {
      out += lower.length === 2 ? pad2(h) : String(h);
      lastWasHour = true;
    } else if (c0 === "s") {
      out += lower.length === 2 ? pad2(s) : String(s);
      lastWasHour = false;
    } else {
      out += run;
    }
    i += run.length;
  }
  return out;
}

function runOf(s: string, i: number): string {
  const ch = s.charAt(i).toLowerCase();
  if ("ymdhs".indexOf(ch) < 0) return s.charAt(i);
  let j = i;
  while (j < s.length && s.charAt(j).toLowerCase() === ch) j++;
  return s.slice(i, j);
}

export function dateSerial(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): number {
  return (Date.UTC(year, month - 1, day, hours, minutes, seconds) - EXCEL_EPOCH) / DAY;
}

export function serialFromDate(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH) / DAY;
}

/** What Excel stores for a typed string in a cell with number format `format` (not a formula, no "'" prefix). */
export interface TypedValue {
  value: CellScalar;
  /** A number format Excel applies on its own (typing "8.62%" into a General cell gives "0.00%"). */
  numberFormat?: string;
}

export function parseTyped(text: string, format: string | undefined, now: () => Date = () => new Date()): TypedValue {
  const s = text.replace(/^\s+|\s+$/g, "");
  const general = !format || format === "General";
  if (s === "") return { value: text === "" ? null : text };
  if (isErrorLiteral(s)) return { value: { error: s.toUpperCase() } };
  if (/^(true|false)$/i.test(s)) return { value: s.toUpperCase() === "TRUE" };
  let m = /^([-+]?)(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(e[-+]?\d+)?$/i.exec(s);
  if (m && (m[2] || m[4])) {
    const n = parseFloat(s.replace(/,/g, ""));
    if (isFinite(n)) return m[3] && general ? { value: n, numberFormat: m[4] ? "#,##0.00" : "#,##0" } : { value: n };
  }
  m = /^([-+]?)(\d[\d,]*\.?\d*|\.\d+)\s*%$/.exec(s);
  if (m) {
    const n = parseFloat((m[1] + m[2]).replace(/,/g, "")) / 100;
    const decimals = m[2].indexOf(".") >= 0 ? m[2].length - m[2].indexOf(".") - 1 : 0;
    return general ? { value: n, numberFormat: decimals ? "0." + repeat("0", decimals) + "%" : "0%" } : { value: n };
  }
  m = /^\(\s*(\d[\d,]*\.?\d*)\s*\)$/.exec(s);
  if (m) return { value: -parseFloat(m[1].replace(/,/g, "")) };
  m = /^([-+]?)([¥$€£￥])\s*(\d[\d,]*)(\.\d+)?$/.exec(s);
  if (m) {
    const n = parseFloat(m[3].replace(/,/g, "") + (m[4] || "")) * (m[1] === "-" ? -1 : 1);
    return general ? { value: n, numberFormat: m[2] + "#,##0" + (m[4] ? ".00" : "") } : { value: n };
  }
  // Dates: 2024-1-5, 2024/1/5, 2024年1月5日, 2024-1, 1月5日; times 9:30, 9:30:15.
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (m && validDate(+m[1], +m[2], +m[3])) {
    const cjk = s.indexOf("年") >= 0;
    return { value: dateSerial(+m[1], +m[2], +m[3]), numberFormat: general ? (cjk ? 'yyyy"年"m"月"d"日"' : "yyyy/m/d") : undefined };
  }
  m = /^(\d{4})\s*[-/年]\s*(\d{1,2})\s*月?$/.exec(s);
  if (m && validDate(+m[1], +m[2], 1)) {
    const cjk = s.indexOf("年") >= 0;
    return { value: dateSerial(+m[1], +m[2], 1), numberFormat: general ? (cjk ? 'yyyy"年"m"月"' : "yyyy/m") : undefined };
  }
  m = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(s);
  if (m && validDate(now().getFullYear(), +m[1], +m[2])) {
    return { value: dateSerial(now().getFullYear(), +m[1], +m[2]), numberFormat: general ? 'm"月"d"日"' : undefined };
  }
  m = /^(\d{1,2}):(\d{2})(:(\d{2}))?$/.exec(s);
  if (m && +m[1] < 24 && +m[2] < 60 && (!m[4] || +m[4] < 60)) {
    return { value: (+m[1] * 3600 + +m[2] * 60 + (m[4] ? +m[4] : 0)) / 86400, numberFormat: general ? (m[4] ? "h:mm:ss" : "h:mm") : undefined };
  }
  return { value: text };
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 9999) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

function repeat(s: string, n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += s;
  return out;
}
