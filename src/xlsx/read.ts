// .xlsx adapter: an exceljs worksheet → the core grid (values, cached formula results, formulas, merges).
import type ExcelJS from "exceljs";
import type { Cell, CellValue, Grid } from "../core/grid";
import { parseRangeAddress } from "../core/grid";
import { formatNumber } from "../core/number-format";

export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const rows: Grid["rows"] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Array<Cell | null> = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const converted = convertCell(cell);
      if (converted) cells[colNumber - 1] = converted;
    });
    rows[rowNumber - 1] = cells;
  });
  const merges = ((ws.model as { merges?: string[] }).merges || []).map(parseRangeAddress);
  return { sheetName: ws.name, rows, merges };
}

function convertCell(cell: ExcelJS.Cell): Cell | null {
  const raw = cell.value as unknown;
  const numberFormat = cell.numFmt || undefined;
  let value: CellValue = null;
  let formula: string | undefined;
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") value = raw;
  else if (raw instanceof Date) value = raw.toISOString().slice(0, 10);
  else if (typeof raw === "object") {
    const obj = raw as { [k: string]: unknown };
    if ("formula" in obj || "sharedFormula" in obj) {
      const f = (obj.formula || obj.sharedFormula) as string | undefined;
      formula = f ? "=" + f : undefined;
      value = resultValue(obj.result);
    } else if ("error" in obj) value = { error: String(obj.error) };
    else if ("richText" in obj) value = (obj.richText as Array<{ text: string }>).map((t) => t.text).join("");
    else if ("text" in obj) value = String(obj.text);
  }
  if (value === null && !formula) return null;
  const out: Cell = { value };
  if (typeof value === "number") out.text = formatNumber(value, numberFormat);
  if (formula) out.formula = formula;
  if (numberFormat) out.numberFormat = numberFormat;
  return out;
}

function resultValue(result: unknown): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
  if (result instanceof Date) return result.toISOString().slice(0, 10);
  if (typeof result === "object" && "error" in (result as object)) return { error: String((result as { error: unknown }).error) };
  return null;
}
