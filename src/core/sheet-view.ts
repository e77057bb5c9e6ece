// Read-only view over a grid for the recogniser: own vs. merged ("effective") text, normalised labels, fields.
// The recogniser reads the same cells many times (anchors, labelled fields, row scans): each cell's text and label
// is worked out once and kept, and each row remembers its first filled column.
import { Cell, CellRange, Grid, MergeIndex, cellAddress, cellText, getCell, gridColumnCount, gridRowCount } from "./grid";
import type { Field } from "./form";
import { formatNumber } from "./number-format";
import { normalizeLabel, parseQuantity } from "./text";

/** What the user sees: the host's text, else the value in its number format ("100%" for 1 in "0%"). */
function displayText(cell: Cell | undefined): string {
  if (cell && cell.text === undefined && typeof cell.value === "number" && cell.numberFormat) {
    return formatNumber(cell.value, cell.numberFormat);
  }
  return cellText(cell);
}

type CellCache = Array<Array<string | undefined> | undefined>;

// A date shown for a number ("2023/12/31") is read as its text, not as the serial number behind it.
const SHOWN_AS_DATE = /\d[\/\-年月]\d|[年月日:]/;

export class SheetView {
  readonly rowCount: number;
  readonly colCount: number;
  private readonly merges: MergeIndex;
  private readonly hasMerges: boolean;
  /** Trimmed display text of each cell, merged away or not. */
  private readonly shownCache: CellCache = [];
  private readonly labelCache: CellCache = [];
  /** First column with own text in each row, once a scan has found it; else the last column scanned. */
  private readonly firstFilledCache: number[] = [];
  private readonly scannedTo: number[] = [];

  constructor(readonly grid: Grid) {
    this.rowCount = gridRowCount(grid);
    this.colCount = gridColumnCount(grid);
    this.merges = new MergeIndex(grid.merges);
    this.hasMerges = grid.merges.length > 0;
  }

  mergeAt(row: number, col: number): CellRange | undefined {
    return this.hasMerges ? this.merges.areaAt(row, col) : undefined;
  }

  /** True when the cell is covered by a merge whose master is elsewhere. */
  isMergedAway(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }

  /** A row of a cell cache, sized up front for the usual columns so that filling it does not grow it. */
  private cacheRow(cache: CellCache, row: number): Array<string | undefined> {
    return cache[row] || (cache[row] = new Array<string | undefined>(Math.min(this.colCount, 64)));
  }

  /** The cell's trimmed display text, whatever merge covers it. */
  private shown(row: number, col: number): string {
    const cacheRow = this.cacheRow(this.shownCache, row);
    let cached = cacheRow[col];
    if (cached === undefined) {
      cached = displayText(getCell(this.grid, row, col)).trim();
      cacheRow[col] = cached;
    }
    return cached;
  }

  /** The cell's own display text (merged-away cells are empty). */
  text(row: number, col: number): string {
    return this.isMergedAway(row, col) ? "" : this.shown(row, col);
  }

  /** Text of the merge master covering the cell, else its own text. */
  effectiveText(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    return m ? this.shown(m.top, m.left) : this.shown(row, col);
  }

  /** Normalised own text, for label matching. */
  label(row: number, col: number): string {
    const cacheRow = this.cacheRow(this.labelCache, row);
    let cached = cacheRow[col];
    if (cached === undefined) {
      const text = this.text(row, col);
      cached = text === "" ? "" : normalizeLabel(text);
      cacheRow[col] = cached;
    }
    return cached;
  }

  /** The cell's own text when it is a text cell (not merged away), else "": a cheap read for big scans. */
  rawText(row: number, col: number): string {
    const cell = getCell(this.grid, row, col);
    if (!cell) return "";
    const shown = typeof cell.text === "string" ? cell.text : cell.value;
    if (typeof shown !== "string" || shown === "") return "";
    return this.isMergedAway(row, col) ? "" : shown;
  }

  effectiveLabel(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    return m ? this.label(m.top, m.left) : this.label(row, col);
  }

  /** Column just right of the cell's merged area. */
  nextColumn(row: number, col: number): number {
    const m = this.mergeAt(row, col);
    return m ? m.right + 1 : col + 1;
  }

  field(row: number, col: number): Field {
    const m = this.mergeAt(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    const cell = getCell(this.grid, r, c);
    const text = this.shown(r, c);
    const field: Field = {
      address: cellAddress(r, c),
      row: r,
      col: c,
      value: cell ? cell.value : null,
      text,
      q: parseQuantity(text),
    };
    if (cell && cell.formula) field.formula = cell.formula;
    // A number whose display is a percentage keeps its percent reading ("100%" shown for 1).
    if (cell && typeof cell.value === "number" && field.q.kind !== "number" && !SHOWN_AS_DATE.test(text)) {
      field.q = { kind: "number", num: cell.value };
    }
    return field;
  }

  /**
   * First column up to `lastCol` with own text, or a column past `lastCol` when there is none. Rows are scanned
   * again and again (blank-row runs, section ends, trimming), so what a scan found is kept per row.
   */
  firstFilledColumn(row: number, lastCol: number): number {
    const found = this.firstFilledCache[row];
    if (found !== undefined) return found;
    const scanned = this.scannedTo[row];
    let c = scanned === undefined ? 0 : scanned + 1;
    if (c > lastCol) return lastCol + 1;
    for (; c <= lastCol; c++) {
      if (this.text(row, c) !== "") {
        this.firstFilledCache[row] = c;
        return c;
      }
    }
    this.scannedTo[row] = lastCol;
    return lastCol + 1;
  }

  rowIsEmpty(row: number, fromCol: number, toCol: number): boolean {
    if (fromCol === 0) return this.firstFilledColumn(row, toCol) > toCol;
    for (let c = fromCol; c <= toCol; c++) if (this.text(row, c) !== "") return false;
    return true;
  }
}
