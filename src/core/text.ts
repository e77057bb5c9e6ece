// Text normalisation and the cell grammar of 年度指标值 / 实际完成值 / amounts (domain §1.4).
// ES5-safe on purpose: no String.prototype.normalize (absent on IE11), no regex "u" flag.

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
const HAS_FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

function halfWidthChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return code === 0x3000 ? " " : String.fromCharCode(code - 0xfee0);
}

/** Full-width ASCII and the ideographic space to half-width ("（２５．２）" → "(25.2)"). */
export function toHalfWidth(s: string): string {
  // Most cells have nothing to convert: skip the rewrite (big sheets are scanned cell by cell).
  return HAS_FULL_WIDTH.test(s) ? s.replace(FULL_WIDTH, halfWidthChar) : s;
}

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/**
 * For matching labels: half-width, no white space or line breaks at all ("一 级\n指 标" → "一级指标"). The recogniser
 * and many rules normalise the same cells, so results are remembered.
 */
export const normalizeLabel: (s: string) => string = memoByText(normalizeText, 5000);

// Any character normalizeLabel changes; most cells have none and are returned as they are.
const NEEDS_NORMALIZING = /[\s\u00a0\u3000\u200b\ufeff\uff01-\uff5e]/;

function normalizeText(s: string): string {
  return NEEDS_NORMALIZING.test(s) ? toHalfWidth(s).replace(WHITESPACE, "") : s;
}

/** For showing text: half-width is not applied, only trimmed and inner runs of space folded. */
export function tidyText(s: string): string {
  return s.replace(WHITESPACE, " ").replace(/^ | $/g, "");
}

export type Operator = ">=" | ">" | "=" | "<=" | "<";

export type QuantityKind = "empty" | "na" | "number" | "text" | "error";

export interface Quantity {
  kind: QuantityKind;
  /** Comparison operator written before the number, if any. */
  op?: Operator;
  num?: number;
  /** Unit written after the number: "%", "万元", "个", "分", … ("百分比" becomes "%"). */
  unit?: string;
}

const NOT_APPLICABLE = /^([—–\-－\/\\*＊]+|无|不适用|N\/?A|NA|null|NULL|\/)$/;
const ERROR_TEXT = /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
const OPERATORS: Array<[RegExp, Operator]> = [
  [/^(>=|≥|≧|⩾|大于等于|不低于|不少于|不小于)/, ">="],
  [/^(<=|≤|≦|⩽|小于等于|不高于|不超过|不多于|不大于)/, "<="],
  [/^(>|大于|高于|超过)/, ">"],
  [/^(<|小于|低于)/, "<"],
  [/^(==|=|等于)/, "="],
];
const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?|^[+-]?\.\d+/;
// A unit is short and has no sentence punctuation or digits after it.
const UNIT = /^[^\d,，。;；:：、!！?？()（）]{1,6}$/;

export function isErrorText(text: string): boolean {
  return ERROR_TEXT.test(text.trim());
}

// Long texts (narratives) seldom repeat: they are not kept, so a memo's size stays small.
const MEMO_TEXT_LENGTH = 256;

/**
 * Remembers a pure function's results for recent texts: forms repeat the same few texts ("已完成", "5", "10分") row
 * after row, and several rules read each cell. Callers must not change a remembered object (frozen ones say so).
 */
export function memoByText<T>(compute: (text: string) => T, limit: number): (text: string) => T {
  let cache: { [text: string]: T } = Object.create(null);
  let size = 0;
  return (text) => {
    if (text.length > MEMO_TEXT_LENGTH) return compute(text);
    const hit = cache[text];
    if (hit !== undefined || text in cache) return hit;
    const result = compute(text);
    if (size >= limit) {
      cache = Object.create(null);
      size = 0;
    }
    cache[text] = result;
    size++;
    return result;
  };
}

/**
 * Parses "≥50个", "=100%", "25.2万元", "1,234.5", "10分", "—" … into a quantity. The result is frozen and shared:
 * a caller that wants to change one must copy it (targetQuantity does).
 */
export const parseQuantity: (raw: string) => Quantity = memoByText((raw) => Object.freeze(readQuantity(raw)) as Quantity, 5000);

function readQuantity(raw: string): Quantity {
  const t = normalizeLabel(raw);
  if (t === "") return { kind: "empty" };
  if (NOT_APPLICABLE.test(t)) return { kind: "na" };
  if (ERROR_TEXT.test(t)) return { kind: "error" };
  let rest = t;
  let op: Operator | undefined;
  for (const [pattern, operator] of OPERATORS) {
    const m = pattern.exec(rest);
    if (m) {
      op = operator;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  const m = NUMBER.exec(rest);
  if (!m) return op ? { kind: "text", op } : { kind: "text" };
  const num = parseFloat(m[0].replace(/,/g, ""));
  let unit = rest.slice(m[0].length);
  if (unit === "") return op ? { kind: "number", op, num } : { kind: "number", num };
  if (unit === "百分比" || unit === "%" || unit === "％") unit = "%";
  if (!UNIT.test(unit)) return op ? { kind: "text", op, num } : { kind: "text", num };
  return op ? { kind: "number", op, num, unit } : { kind: "number", num, unit };
}

/** A number written in a cell meant for a number, with the unit it carried ("10分" → 10). */
export function quantityNumber(q: Quantity): number | undefined {
  return q.kind === "number" ? q.num : undefined;
}

export interface DateLike {
  year?: number;
  month: number;
  day?: number;
}

/** "2023年12月31日前", "2023年12月底前", "2023.12", "2023-12-31", "12月前" → parts. */
export function parseDateLike(raw: string): DateLike | undefined {
  const t = normalizeLabel(raw);
  let m = /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/.exec(t);
  if (m) return withDay({ year: +m[1], month: +m[2] }, m[3]);
  m = /(\d{4})[.\-\/](\d{1,2})(?:[.\-\/](\d{1,2}))?/.exec(t);
  if (m) return withDay({ year: +m[1], month: +m[2] }, m[3]);
  m = /(?:^|[^\d])(\d{1,2})月(?:(\d{1,2})日)?/.exec(t);
  if (m) return withDay({ month: +m[1] }, m[2]);
  // Period ends without a month number: "2023年底前", "年末", "第三季度", "2023年上半年".
  m = /(\d{4})?年度?(?:底|末)/.exec(t);
  if (m) return m[1] ? { year: +m[1], month: 12 } : { month: 12 };
  m = /(?:(\d{4})年)?(?:第)?([一二三四1-4])季度/.exec(t);
  if (m) return withYear({ month: 3 * ("一二三四".indexOf(m[2]) + 1 || +m[2]) }, m[1]);
  m = /(?:(\d{4})年)?([上下])半年/.exec(t);
  if (m) return withYear({ month: m[2] === "上" ? 6 : 12 }, m[1]);
  return undefined;
}

function withYear(d: DateLike, year: string | undefined): DateLike {
  if (year !== undefined) d.year = +year;
  return d;
}

function withDay(d: DateLike, day: string | undefined): DateLike | undefined {
  if (d.month < 1 || d.month > 12) return undefined;
  if (day !== undefined) d.day = +day;
  return d;
}

/** Comparable day number (year assumed when missing); month-only dates mean the month's end. */
export function dateOrdinal(d: DateLike, defaultYear: number): number {
  const year = d.year !== undefined ? d.year : defaultYear;
  const day = d.day !== undefined ? d.day : 31;
  return year * 10000 + d.month * 100 + day;
}

export function round2(n: number): number {
  return Math.round((n + (n >= 0 ? 1e-9 : -1e-9)) * 100) / 100;
}

/** Formats a number the way messages show it: up to 2 decimals, no trailing zeros. */
export function fmt(n: number): string {
  return String(round2(n));
}

export function fmtPercent(fraction: number): string {
  return String(Math.round(fraction * 10000) / 100) + "%";
}
