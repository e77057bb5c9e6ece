// Core grids (what the checker reads, what test fixtures and the bundled samples hold) ⇄ workbook sheets.
import type { Cell, CellValue, Grid } from "../../core/grid";
import { isCellError } from "../../core/grid";
import type { CellScalar, FakeWorkbook, SheetData, WorkbookOptions } from "./model";
import { FakeWorkbook as Workbook } from "./model";
import { isErrorValue } from "./number-text";

/** Adds a sheet holding the grid's values, formulas (with their values as the last calculated result), number
 * formats and merges. Display texts are derived from the number formats, not copied. */
export function addGridSheet(workbook: FakeWorkbook, grid: Grid, name?: string): SheetData {
  const sheet = workbook.addSheet(name || grid.sheetName);
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const data = workbook.ensureCell(sheet, r, c);
      data.value = toScalar(cell.value);
      if (cell.formula) data.formula = cell.formula.charAt(0) === "=" ? cell.formula : "=" + cell.formula;
      if (cell.numberFormat && cell.numberFormat !== "General") data.numberFormat = cell.numberFormat;
      workbook.compact(sheet, r, c);
    }
  }
  for (let i = 0; i < grid.merges.length; i++) {
    const m = grid.merges[i];
    sheet.merges.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  }
  return sheet;
}

export function workbookFromGrids(grids: Grid[], options?: WorkbookOptions): FakeWorkbook {
  const wb = new Workbook(options);
  for (let i = 0; i < grids.length; i++) addGridSheet(wb, grids[i]);
  return wb;
}

/** A sheet as a core grid (values, formulas, number formats, texts, merges). */
export function sheetToGrid(workbook: FakeWorkbook, sheetKey: string): Grid {
  const sheet = workbook.sheet(sheetKey);
  const rows: Grid["rows"] = [];
  workbook.eachStoredCell(sheet, undefined, (data, r, c) => {
    if (data.value === null && !data.formula) return;
    const cell: Cell = { value: fromScalar(data.value), text: workbook.textAt(sheet, r, c) };
    if (data.formula) cell.formula = data.formula;
    if (data.numberFormat) cell.numberFormat = data.numberFormat;
    let row = rows[r];
    if (!row) row = rows[r] = [];
    row[c] = cell;
  });
  return { sheetName: sheet.name, rows, merges: sheet.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right })) };
}

function toScalar(v: CellValue): CellScalar {
  if (v === undefined) return null;
  if (isCellError(v)) return { error: v.error };
  return v;
}

function fromScalar(v: CellScalar): CellValue {
  if (isErrorValue(v)) return { error: v.error };
  return v;
}
