// Text that Ziping writes into a cell must stay text (issue 5 "Safety"): wording that begins with = + - @ must never
// become a formula, and "2022年12月" or "100%" meant as words must not turn into a date or a number.
//
// Approach: the apostrophe text prefix. When a string is put into Range.values (Office.js), Excel reads it like typed
// input; a leading "'" makes it store the rest as text and the apostrophe is not part of the value (it is shown only
// in the formula bar, and read back through Range.values without it). A zero-width character in front would also stop
// formula parsing, but it stays inside the value: invisible, it breaks search, comparison and Ziping's own reading of
// the cell, so it is not used.
//
// Apply the guard exactly once, where the value is handed to Range.values:
// - src/excel/util.ts valueForWrite already does the same for every string it writes; do not feed it asCellText's
//   result, or the cell would show the apostrophe.
// - .xlsx files written with exceljs store a string value as text whatever it starts with; there the plain string is
//   written and no guard is needed (the apostrophe would become part of the text).

// Characters that make Excel start a formula; the full-width forms are converted by IMEs in some locales.
const FORMULA_START = /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

// Inputs Excel would convert to something that is not the same text.
const COERCIBLE = [
  /^\s*[-+]?(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?\s*%?\s*$/i, // 12, 1,234.5, 8.62%, 1e3
  /^\s*[-+]?[¥$€£]\s*\d/, // currency
  /^\s*\(\s*\d[\d,.]*\s*\)\s*$/, // (123) read as a negative number
  /^\s*\d{4}\s*[-/.年]\s*\d{1,2}/, // dates: 2024-1-5, 2024/1, 2024.12, 2024年12月
  /^\s*\d{1,2}\s*[-/]\s*\d{1,2}/, // dates: 1-5, 12/31
  /^\s*\d{1,2}\s*:\s*\d{2}/, // times
  /^\s*\d{1,2}\s*月/, // 12月31日
  /^\s*(true|false)\s*$/i,
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i,
  // A text that itself starts with an apostrophe would lose it.
  /^'/,
];

/** The string would start a formula if written as typed input. */
export function startsLikeFormula(s: string): boolean {
  return FORMULA_START.test(s);
}

/** Excel would not store the string as the same text (formula, number, date, boolean, error, leading apostrophe). */
export function needsTextGuard(s: string): boolean {
  if (FORMULA_START.test(s)) return true;
  for (let i = 0; i < COERCIBLE.length; i++) if (COERCIBLE[i].test(s)) return true;
  return false;
}

/**
 * The value to put into Range.values so the cell holds exactly `s` as text: unchanged when that is already so,
 * otherwise with the "'" text prefix. Not idempotent on purpose: a text that starts with "'" keeps it.
 */
export function asCellText(s: string): string {
  return needsTextGuard(s) ? "'" + s : s;
}
