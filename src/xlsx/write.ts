// .xlsx adapter, the other way: core grids and edit plans → exceljs worksheets.
import ExcelJS from "exceljs";
import type { Cell, CellValue, Grid } from "../core/grid";
import { cellAddress, isCellError } from "../core/grid";
import type { Edit } from "../core/rule";
import { readCell } from "./read";

/** One change as applied, for reporting ("J6：9 → 9.5"). */
export interface AppliedEdit {
  cell: string;
  before: CellValue;
  beforeFormula?: string;
  after: CellValue;
  afterFormula?: string;
  numberFormat?: string;
  reason: string;
}

/**
 * Applies edits to a worksheet. Formula edits get a cached result (the edit's own, else the cell's current value) so
 * readers that do not recalculate — including Ziping itself — see the right number; Excel recalculates on open.
 */
export function applyEdits(ws: ExcelJS.Worksheet, edits: Edit[]): AppliedEdit[] {
  const applied: AppliedEdit[] = [];
  let wroteFormula = false;
  for (const edit of edits) {
    const cell = ws.getCell(edit.cell);
    const current = readCell(cell);
    const before = current ? current.value : null;
    const beforeFormula = current ? current.formula : undefined;
    let after: CellValue;
    if (edit.formula !== undefined) {
      const result = edit.result !== undefined ? edit.result : before;
      cell.value = formulaValue(edit.formula, result);
      after = result;
      wroteFormula = true;
    } else {
      after = edit.value === undefined ? null : edit.value;
      cell.value = toExcelValue(after);
    }
    // Cells loaded with one style share its object: a copy, or every cell of that style would change format.
    if (edit.numberFormat) cell.style = { ...cell.style, numFmt: edit.numberFormat };
    const entry: AppliedEdit = { cell: edit.cell, before, after, reason: edit.reason };
    if (beforeFormula) entry.beforeFormula = beforeFormula;
    if (edit.formula !== undefined) entry.afterFormula = edit.formula.charAt(0) === "=" ? edit.formula : "=" + edit.formula;
    if (edit.numberFormat) entry.numberFormat = edit.numberFormat;
    applied.push(entry);
  }
  if (wroteFormula) {
    // Our cached results are a best effort; let Excel recompute everything when the file is opened.
    const wb = (ws as unknown as { workbook?: ExcelJS.Workbook }).workbook;
    if (wb) wb.calcProperties = { ...(wb.calcProperties || {}), fullCalcOnLoad: true };
  }
  return applied;
}

/** Writes core grids (values, formulas with cached results, merges, number formats) as worksheets of a new workbook. */
export function gridToWorkbook(grids: Grid[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const grid of grids) {
    const ws = wb.addWorksheet(grid.sheetName);
    grid.rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((cell, c) => {
        if (cell) writeCell(ws.getCell(cellAddress(r, c)), cell);
      });
    });
    for (const m of grid.merges) {
      if (m.top === m.bottom && m.left === m.right) continue;
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    }
  }
  return wb;
}

/** gridToWorkbook as .xlsx bytes. */
export async function gridsToXlsxBuffer(grids: Grid[]): Promise<Buffer> {
  const data = await gridToWorkbook(grids).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

function writeCell(target: ExcelJS.Cell, cell: Cell): void {
  target.value = cell.formula ? formulaValue(cell.formula, cell.value) : toExcelValue(cell.value);
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
}

function formulaValue(formula: string, result: CellValue): ExcelJS.CellValue {
  const bare = formula.charAt(0) === "=" ? formula.slice(1) : formula;
  const value: ExcelJS.CellFormulaValue = { formula: bare, date1904: false };
  const cached = toExcelValue(result);
  if (cached !== null) value.result = cached as ExcelJS.CellFormulaValue["result"];
  return value;
}

function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (isCellError(value)) return { error: value.error as ExcelJS.CellErrorValue["error"] };
  return value;
}
