// Rewriting the row numbers inside a formula the way Excel does when whole rows are inserted or deleted, and growing
// ranges that end on a given row (a SUM over a group does not grow by itself when a row is added right below it).
// A small scanner, not a parser: string literals are skipped, and a reference is a cell (B5, $B$5), a cell range
// (B5:C9) or a row range (5:9), optionally sheet-qualified. Whole-column references do not change with rows.

export interface RowShift {
  /** This sheet's name: references qualified with another sheet are left alone. */
  sheetName: string;
  /** 0-based first row inserted or deleted. */
  at: number;
  /** Rows inserted (> 0) or deleted (< 0). */
  delta: number;
  /** The sheet the formula is on, when not `sheetName`: its unqualified references are its own and stay. */
  homeSheet?: string;
}

// [sheet!]cell[:cell]  or  [sheet!]row:row
const REFERENCE =
  /((?:'(?:[^']|'')+'|[A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*)!)?(?:(\$?[A-Za-z]{1,3})(\$?)(\d+)(?::(\$?[A-Za-z]{1,3})(\$?)(\d+))?|(\$?)(\d+):(\$?)(\d+))/g;

interface RowRef {
  /** 0-based rows; bottom === top for a single cell. */
  top: number;
  bottom: number;
  single: boolean;
}

type RowRewrite = (ref: RowRef) => RowRef | "ref-error";

function sheetOf(prefix: string | undefined): string | undefined {
  if (!prefix) return undefined;
  const name = prefix.slice(0, -1);
  return name.charAt(0) === "'" ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Runs `rewrite` over every row reference of this sheet outside string literals. */
function rewriteRows(formula: string, sheetName: string, rewrite: RowRewrite, homeSheet = sheetName): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const quote = formula.indexOf('"', i);
    const end = quote < 0 ? formula.length : quote;
    out += rewriteSegment(formula.slice(i, end), sheetName, rewrite, homeSheet);
    if (quote < 0) break;
    // Copy the string literal ("" is an escaped quote inside it).
    let j = quote + 1;
    while (j < formula.length) {
      if (formula.charAt(j) === '"') {
        if (formula.charAt(j + 1) === '"') j += 2;
        else break;
      } else j++;
    }
    out += formula.slice(quote, j + 1);
    i = j + 1;
  }
  return out;
}

function rewriteSegment(text: string, sheetName: string, rewrite: RowRewrite, homeSheet: string): string {
  return text.replace(REFERENCE, (match: string, ...groups: Array<string | number>) => {
    const offset = groups[groups.length - 2] as number;
    const whole = groups[groups.length - 1] as string;
    const g = groups as string[];
    const before = offset > 0 ? whole.charAt(offset - 1) : "";
    const after = whole.charAt(offset + match.length);
    // Part of a name or number (LOG10, A1B, 1.5), or a function call (ATAN2(…)).
    if (/[\w.$]/.test(before) || /[\w(!]/.test(after)) return match;
    const sheet = sheetOf(g[0]);
    if ((sheet === undefined ? homeSheet : sheet).toLowerCase() !== sheetName.toLowerCase()) return match;
    const prefix = g[0] || "";
    if (g[1] !== undefined) {
      const single = g[4] === undefined;
      const top = parseInt(g[3], 10) - 1;
      const bottom = single ? top : parseInt(g[6], 10) - 1;
      const next = rewrite({ top: Math.min(top, bottom), bottom: Math.max(top, bottom), single });
      if (next === "ref-error") return "#REF!";
      const swapped = top > bottom;
      const a = swapped ? next.bottom : next.top;
      const b = swapped ? next.top : next.bottom;
      if (single) return prefix + g[1] + g[2] + (a + 1);
      return prefix + g[1] + g[2] + (a + 1) + ":" + g[4] + g[5] + (b + 1);
    }
    const top = parseInt(g[8], 10) - 1;
    const bottom = parseInt(g[10], 10) - 1;
    const next = rewrite({ top: Math.min(top, bottom), bottom: Math.max(top, bottom), single: false });
    if (next === "ref-error") return "#REF!";
    return prefix + g[7] + (next.top + 1) + ":" + g[9] + (next.bottom + 1);
  });
}

/** The formula as Excel rewrites it when rows are inserted or deleted on `shift.sheetName`. */
export function shiftFormulaRows(formula: string, shift: RowShift): string {
  const { at, delta } = shift;
  if (delta === 0) return formula;
  const home = shift.homeSheet || shift.sheetName;
  return rewriteRows(
    formula,
    shift.sheetName,
    (ref) => {
      const span = shiftRowSpan(ref.top, ref.bottom, at, delta);
      return span ? { single: ref.single, top: span.top, bottom: span.bottom } : "ref-error";
    },
    home,
  );
}

/**
 * Rows top…bottom (0-based) after whole rows were inserted at `at` (delta > 0) or deleted from `at` (delta < 0), as
 * Excel moves references, merged areas and formatted ranges: a span across an insert grows, one across a deletion
 * shrinks, one wholly deleted is gone (undefined). The one rule for formulas, grids and the playground's workbook.
 */
export function shiftRowSpan(top: number, bottom: number, at: number, delta: number): { top: number; bottom: number } | undefined {
  if (delta > 0) return { top: top >= at ? top + delta : top, bottom: bottom >= at ? bottom + delta : bottom };
  const last = at - delta - 1;
  if (top >= at && bottom <= last) return undefined;
  // An edge inside the deleted rows moves to the nearest surviving row.
  return { top: top > last ? top + delta : top >= at ? at : top, bottom: bottom > last ? bottom + delta : bottom >= at ? at - 1 : bottom };
}

/**
 * Ranges of this sheet that end on row `lastRow` and start at or above `fromRow` grow by `count` rows: the SUM over a
 * group (or over the whole table) then also covers rows added right below the group. Single cells are left alone.
 */
export function growRangesEndingAt(formula: string, sheetName: string, lastRow: number, fromRow: number, count: number): string {
  return rewriteRows(formula, sheetName, (ref) =>
    !ref.single && ref.bottom === lastRow && ref.top <= fromRow ? { single: false, top: ref.top, bottom: ref.bottom + count } : ref,
  );
}
