// .xlsx adapter: an exceljs worksheet → the core grid (values, cached formula results, formulas, merges).
import type ExcelJS from "exceljs";
import type { Cell, CellRange, CellValue, Grid } from "../core/grid";
import { parseRangeAddress } from "../core/grid";
import { formatNumber } from "../core/number-format";

export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const rows: Grid["rows"] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Array<Cell | null> = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const converted = readCell(cell);
      if (converted) cells[colNumber - 1] = converted;
    });
    rows[rowNumber - 1] = cells;
  });
  return { sheetName: ws.name, rows, merges: mergesOf(ws) };
}

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Merged areas, 0-based. ws.model would serialise every row again just to list them, so read the index directly. */
function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const index = (ws as unknown as { _merges?: { [master: string]: MergeRange } })._merges;
  if (!index) return ((ws.model as { merges?: string[] }).merges || []).map(parseRangeAddress);
  const out: CellRange[] = [];
  for (const key of Object.keys(index)) {
    const m = index[key];
    out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  return out;
}

/** One exceljs cell as a core cell; null when it is empty. */
export function readCell(cell: ExcelJS.Cell): Cell | null {
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
      // obj.sharedFormula is the master's address; cell.formula is this cell's own (translated) formula.
      const f = (obj.formula as string | undefined) || cell.formula;
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
