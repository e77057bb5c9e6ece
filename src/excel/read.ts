/// <reference types="office-js" />
// Reads a worksheet into the core Grid (A1-based, 0-based rows/cols) — one context.sync() for any normal form.
//
// Sync 1 loads, in one batch: the sheet's name/id, the used range's address, the values/formulas/text/number formats/
// value types of the used range clipped to a cell budget (A1 … column 40, row 1000 by default), merged areas (1.13),
// sheet protection (1.2) and the workbook's read-only flag (1.8). When the used range fits the clip — every real
// 自评表 does — that is the whole read. Bigger sheets, or a sync that fails with Request/ResponsePayloadSizeLimitExceeded
// (Excel on the web, 5 MB), are read in row blocks of at most `cellBudget` cells: one sync per block, never per cell;
// a block that still exceeds the payload limit is halved and retried.
//
// Office.js used here (ExcelApi requirement set):
//   Workbook.worksheets (1.1) · WorksheetCollection.getActiveWorksheet() (1.1) · WorksheetCollection.getItem(key) (1.1)
//   Worksheet.name, .id (1.1) · Worksheet.getUsedRange(valuesOnly) (1.1; valuesOnly 1.2) · Worksheet.getRange(address) (1.1)
//   Range.address, .rowCount, .columnCount, .values, .formulas, .text, .numberFormat, .valueTypes (1.1)
//   Range.getIntersection(range) (1.1) · Range.getIntersectionOrNullObject(range) (1.4) · Range.isNullObject
//   Range.getMergedAreasOrNullObject() (1.13) · RangeAreas.address (1.9, reached only via 1.13)
//   Worksheet.protection.protected (1.2) · Workbook.readOnly (1.8) · RequestContext.sync()
import type { Cell, CellRange, Grid } from "../core/grid";
import { cellAddress, gridFingerprint, rangeAddress } from "../core/grid";
import type { Features } from "./features";
import { compareVersions } from "./features";
import { excelValue, formulaOf, isPayloadError, safeParseRange, splitAreas } from "./util";

export interface ReadOptions {
  features: Features;
  /** Sheet to read; the active sheet by default. */
  sheetName?: string;
  /** Most cells loaded by one sync (default 40 000 ≈ 1–3 MB of payload for a form). */
  cellBudget?: number;
  /** The first, optimistic read covers A1 … (clipColumns × clipRows) of the used range (default 40 × 1000). */
  clipColumns?: number;
  clipRows?: number;
  /** Never read past this many rows / columns of the used range (stray formatting far below the form). */
  maxRows?: number;
  maxColumns?: number;
}

export interface SheetRead {
  grid: Grid;
  sheetName: string;
  sheetId: string;
  /** The used range on the sheet without the sheet name ("B3:K40"). */
  usedAddress: string;
  /** Known from ExcelApi 1.2; undefined on older Excel. */
  protected?: boolean;
  /** Known from ExcelApi 1.8; undefined on older Excel. */
  readOnly?: boolean;
  /** Merged areas could be read (ExcelApi 1.13). */
  mergesKnown: boolean;
  /** context.sync() calls made. */
  syncs: number;
  /** Row blocks read after the first sync (0: one sync was enough). */
  blocks: number;
  /** Part of the used range was left out (maxRows / maxColumns); the note says which. */
  truncated?: string;
  /** Hash of the used address, values and formulas: changes when the user edits the sheet. */
  fingerprint: string;
}

const DATA = "values,formulas,text,numberFormat,valueTypes";

interface RangeData {
  values: unknown[][];
  formulas: unknown[][];
  text: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

export async function readSheet(context: Excel.RequestContext, options: ReadOptions): Promise<SheetRead> {
  const f = options.features;
  const budget = Math.max(1, options.cellBudget || 40000);
  const clipColumns = Math.max(1, options.clipColumns || 40);
  const clipRows = Math.max(1, Math.min(options.clipRows || 1000, Math.floor(budget / clipColumns) || 1));
  const maxRows = options.maxRows || 20000;
  const maxColumns = options.maxColumns || 256;
  let syncs = 0;

  const sheets = context.workbook.worksheets;
  const sheetProxy = () => (options.sheetName ? sheets.getItem(options.sheetName) : sheets.getActiveWorksheet());

  // The header of the read: everything but the cell data.
  const queueHeader = (ws: Excel.Worksheet) => {
    ws.load("name,id");
    const used = compareVersions(f.api, "1.2") >= 0 ? ws.getUsedRange(true) : ws.getUsedRange();
    used.load("address,rowCount,columnCount");
    const merged = f.mergedAreas ? used.getMergedAreasOrNullObject() : undefined;
    if (merged) merged.load("address");
    const protection = f.protection ? ws.protection : undefined;
    if (protection) protection.load("protected");
    if (f.readOnlyFlag) context.workbook.load("readOnly");
    return { ws, used, merged, protection };
  };

  // Sync 1: header + the clipped data.
  let head = queueHeader(sheetProxy());
  const box = head.ws.getRange("A1:" + cellAddress(clipRows - 1, clipColumns - 1));
  const clip = f.usedRangeOrNull ? head.used.getIntersectionOrNullObject(box) : head.used.getIntersection(box);
  clip.load("address," + DATA);
  let clipOk = true;
  try {
    syncs++;
    await context.sync();
  } catch (e) {
    // Payload too big, or (ExcelApi 1.1) a used range that does not touch the clip box, so getIntersection failed:
    // read the header alone, then blocks. Anything else (a missing sheet) fails the header read again and is thrown.
    void e;
    clipOk = false;
    head = queueHeader(sheetProxy());
    syncs++;
    await context.sync();
  }

  const sheetName = head.ws.name;
  const usedAddress = bare(head.used.address);
  const used = safeParseRange(usedAddress) || { top: 0, left: 0, bottom: 0, right: 0 };
  const rows: Grid["rows"] = [];
  let truncated: string | undefined;
  let limit: CellRange = used;
  if (used.bottom - used.top + 1 > maxRows || used.right - used.left + 1 > maxColumns) {
    limit = { top: used.top, left: used.left, bottom: Math.min(used.bottom, used.top + maxRows - 1), right: Math.min(used.right, used.left + maxColumns - 1) };
    truncated = "已用区域 " + rangeAddress(used) + " 过大，只读取了 " + rangeAddress(limit) + "。";
  }

  let blocks = 0;
  let nextRow = limit.top;
  if (clipOk && !(f.usedRangeOrNull && clip.isNullObject)) {
    const clipRange = safeParseRange(bare(clip.address));
    if (clipRange && clip.values) {
      putData(rows, clipRange, clip as unknown as RangeData, limit);
      // The clip holds complete rows when it spans every used column; continue below it.
      if (clipRange.left <= limit.left && clipRange.right >= limit.right) nextRow = clipRange.bottom + 1;
    }
  }

  // Row blocks for whatever the clip did not cover.
  if (nextRow <= limit.bottom) {
    const width = limit.right - limit.left + 1;
    let blockRows = Math.max(1, Math.floor(budget / width));
    while (nextRow <= limit.bottom) {
      const n = Math.min(blockRows, limit.bottom - nextRow + 1);
      const area: CellRange = { top: nextRow, left: limit.left, bottom: nextRow + n - 1, right: limit.right };
      const block = head.ws.getRange(rangeAddress(area));
      block.load(DATA);
      try {
        syncs++;
        blocks++;
        await context.sync();
      } catch (e) {
        if (!isPayloadError(e) || n === 1) throw new Error(readError(sheetName, area, e));
        blockRows = Math.max(1, Math.floor(n / 2));
        continue;
      }
      putData(rows, area, block as unknown as RangeData, limit);
      nextRow += n;
    }
  }

  const merges: CellRange[] = [];
  if (head.merged && !head.merged.isNullObject && head.merged.address) {
    const areas = splitAreas(head.merged.address);
    for (let i = 0; i < areas.length; i++) {
      const r = safeParseRange(areas[i]);
      if (r && (r.bottom > r.top || r.right > r.left)) merges.push(r);
    }
  }

  const grid: Grid = { sheetName, rows, merges };
  const out: SheetRead = {
    grid,
    sheetName,
    sheetId: head.ws.id,
    usedAddress,
    mergesKnown: !!head.merged,
    syncs,
    blocks,
    fingerprint: gridFingerprint(grid, usedAddress),
  };
  if (head.protection) out.protected = !!head.protection.protected;
  if (f.readOnlyFlag) out.readOnly = !!context.workbook.readOnly;
  if (truncated) out.truncated = truncated;
  return out;
}

function bare(address: string): string {
  const i = address.lastIndexOf("!");
  return (i >= 0 ? address.slice(i + 1) : address).replace(/\$/g, "");
}

function readError(sheetName: string, area: CellRange, e: unknown): string {
  return "读取工作表“" + sheetName + "”的 " + rangeAddress(area) + " 时出错：" + (e && typeof e === "object" && "message" in e ? String((e as { message: unknown }).message) : String(e));
}

/** Copies one loaded range into the grid rows (sheet coordinates), skipping cells outside `limit`. */
function putData(rows: Grid["rows"], area: CellRange, data: RangeData, limit: CellRange): void {
  const values = data.values || [];
  for (let r = 0; r < values.length; r++) {
    const row = area.top + r;
    if (row < limit.top || row > limit.bottom) continue;
    const vr = values[r] || [];
    for (let c = 0; c < vr.length; c++) {
      const col = area.left + c;
      if (col < limit.left || col > limit.right) continue;
      const cell = toCell(vr[c], at(data.formulas, r, c), at(data.text, r, c), at(data.numberFormat, r, c), at(data.valueTypes, r, c) as string);
      if (!cell) continue;
      let target = rows[row];
      if (!target) target = rows[row] = [];
      target[col] = cell;
    }
  }
}

function at(m: unknown[][] | undefined, r: number, c: number): unknown {
  const row = m && m[r];
  return row ? row[c] : undefined;
}

/** One Excel cell as a core cell; null when it is empty. */
export function toCell(value: unknown, formula: unknown, text: unknown, numberFormat: unknown, valueType?: string): Cell | null {
  const f = formulaOf(formula, value);
  const v = valueType === "Empty" && !f ? null : excelValue(value, valueType);
  if (v === null && !f) return null;
  const cell: Cell = { value: v };
  if (typeof text === "string") cell.text = text;
  if (f) cell.formula = f;
  if (typeof numberFormat === "string" && numberFormat !== "" && numberFormat !== "General") cell.numberFormat = numberFormat;
  return cell;
}

/** Reads the active sheet (or `sheetName`) in its own Excel.run. */
export function readActiveSheet(options: ReadOptions): Promise<SheetRead> {
  return Excel.run((context) => readSheet(context, options));
}
