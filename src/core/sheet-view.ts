// Read-only view over a grid for the recogniser: own vs. merged ("effective") text, normalised labels, fields.
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

export class SheetView {
  readonly rowCount: number;
  readonly colCount: number;
  private readonly merges: MergeIndex;
  private readonly hasMerges: boolean;
  private readonly labelCache: Array<Array<string | undefined> | undefined> = [];

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

  /** The cell's own display text (merged-away cells are empty). */
  text(row: number, col: number): string {
    if (this.isMergedAway(row, col)) return "";
    return displayText(getCell(this.grid, row, col)).trim();
  }

  /** Text of the merge master covering the cell, else its own text. */
  effectiveText(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    if (m) return displayText(getCell(this.grid, m.top, m.left)).trim();
    return displayText(getCell(this.grid, row, col)).trim();
  }

  /** Normalised own text, for label matching. */
  label(row: number, col: number): string {
    const cacheRow = this.labelCache[row] || (this.labelCache[row] = []);
    let cached = cacheRow[col];
    if (cached === undefined) {
      cached = normalizeLabel(this.text(row, col));
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
    const text = displayText(cell).trim();
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
    // (A date shows as "2023/12/31": keep reading its text, not the serial number behind it.)
    if (cell && typeof cell.value === "number" && field.q.kind !== "number" && !/\d[\/\-年月]\d|[年月日:]/.test(text)) {
      field.q = { kind: "number", num: cell.value };
    }
    return field;
  }

  rowIsEmpty(row: number, fromCol: number, toCol: number): boolean {
    for (let c = fromCol; c <= toCol; c++) if (this.text(row, c) !== "") return false;
    return true;
  }
}
