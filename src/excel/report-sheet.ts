/// <reference types="office-js" />
// The 自评报告 written into a new worksheet: one paragraph per row in column A, wrapped, the column as wide as an A4
// portrait page's printable width, every paragraph as text. 1 read sync (sheet names, read-only flag, undo stack) and
// ONE sync for the write (add, values, wrap, width and the undo step together). Ziping's 撤销 deletes the sheet again
// — only while column A still holds what Ziping wrote (a report the user edited is not thrown away).
//
// Office.js used here (ExcelApi requirement set):
//   WorksheetCollection.add(name) (1.1) · .items (load "items/name") (1.1) · .getItem(name) (1.1) · Worksheet.delete() (1.1)
//   Range.values (1.1) · Range.format.wrapText (1.1) · Range.format.columnWidth (1.2, set only where available)
//   Workbook.readOnly (1.8) + the state store (state.ts)
import type { Features } from "./features";
import { compareVersions } from "./features";
import type { StateStore } from "./state";
import { nowIso, valueForWrite } from "./util";
import type { UndoOptions, UndoResult, UndoStep } from "./write";
import { READ_ONLY_MESSAGE, UNDO_KEY, appendUndoStep, dropUndoStep } from "./write";

/** Column A width in points: about 16 cm, the printable width of A4 portrait with normal margins. */
export const REPORT_COLUMN_WIDTH = 450;
/** Longest text Excel keeps in one cell. */
const MAX_CELL_CHARS = 32767;
const MAX_ROWS = 5000;

export type ReportSheetWrite =
  | { status: "written"; sheetName: string; rows: number; syncs: number }
  | { status: "refused"; message: string; syncs: number };

export interface ReportSheetOptions {
  features: Features;
  store: StateStore;
  now?: () => Date;
}

/** `base`, or "base(2)", "base(3)" … — the first name no sheet has (Excel compares sheet names case-insensitively). */
export function freeSheetName(base: string, existing: string[]): string {
  const taken: { [name: string]: boolean } = {};
  for (let i = 0; i < existing.length; i++) taken[existing[i].toLowerCase()] = true;
  if (!taken[base.toLowerCase()]) return base;
  let n = 2;
  while (taken[(base + "(" + n + ")").toLowerCase()]) n++;
  return base + "(" + n + ")";
}

function cellText(v: unknown): string {
  return v === null || v === undefined ? "" : String(v);
}

export async function writeReportSheet(context: Excel.RequestContext, baseName: string, paragraphs: string[], options: ReportSheetOptions): Promise<ReportSheetWrite> {
  const f = options.features;
  let syncs = 0;
  const lines: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) lines.push(cellText(paragraphs[i]).replace(/[\r\n]+/g, " ").slice(0, MAX_CELL_CHARS));
  if (!lines.length) return { status: "refused", message: "报告没有内容，未插入工作表。", syncs };
  if (lines.length > MAX_ROWS) return { status: "refused", message: "报告过长（" + lines.length + " 段），未插入工作表。", syncs };

  // Sync 1: names in use, the read-only flag, the undo stack.
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  if (f.readOnlyFlag) context.workbook.load("readOnly");
  const undoText = options.store.read(context, UNDO_KEY);
  syncs++;
  await context.sync();
  if (f.readOnlyFlag && context.workbook.readOnly) return { status: "refused", message: READ_ONLY_MESSAGE, syncs };
  const names: string[] = [];
  for (let i = 0; i < sheets.items.length; i++) names.push(sheets.items[i].name);
  const name = freeSheetName(baseName, names);

  // Sync 2: the sheet, its text and layout, and the undo step, in one batch.
  const ws = sheets.add(name);
  const range = ws.getRange("A1:A" + lines.length);
  range.values = lines.map((line) => [valueForWrite(line, "General")]);
  range.format.wrapText = true;
  if (compareVersions(f.api, "1.2") >= 0) range.format.columnWidth = REPORT_COLUMN_WIDTH;
  const step: UndoStep = {
    id: "s" + new Date().getTime().toString(36) + Math.floor(Math.random() * 1679616).toString(36),
    sheet: name,
    sheetId: "",
    at: nowIso(options.now),
    label: "插入工作表“" + name + "”",
    cells: [],
    added: { rows: lines.length, hash: textHash(lines) },
  };
  appendUndoStep(context, options.store, undoText(), step);
  syncs++;
  try {
    await context.sync();
  } catch (e) {
    // A workbook whose structure is protected refuses new sheets.
    const detail = e instanceof Error && e.message ? "（" + e.message + "）" : "";
    return { status: "refused", message: "未能插入工作表“" + name + "”" + detail + "。工作簿结构可能受保护，未做任何修改。", syncs };
  }
  await options.store.commit();
  return { status: "written", sheetName: name, rows: lines.length, syncs };
}

/** A short fingerprint of lines of text, to notice later edits of what Ziping wrote. */
export function textHash(lines: string[]): string {
  let h = 5381;
  const s = lines.join("\n");
  for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36) + "." + s.length;
}


/** Undo of a writeReportSheet step: deletes the sheet while column A is still what Ziping wrote. */
export async function undoAddedSheet(context: Excel.RequestContext, step: UndoStep, options: UndoOptions, syncsBefore: number): Promise<UndoResult> {
  let syncs = syncsBefore;
  const added = step.added as { rows: number; hash: string };
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  syncs++;
  await context.sync();
  let exists = false;
  for (let i = 0; i < sheets.items.length; i++) if (sheets.items[i].name === step.sheet) exists = true;
  const stackText = options.store.read(context, UNDO_KEY);
  if (exists) {
    const range = context.workbook.worksheets.getItem(step.sheet).getRange("A1:A" + added.rows);
    range.load("values");
    syncs++;
    await context.sync();
    const now: string[] = [];
    for (let i = 0; i < range.values.length; i++) now.push(cellText(range.values[i][0]));
    if (textHash(now) !== added.hash && !options.force) {
      const message = "工作表“" + step.sheet + "”在插入后已被修改，未删除。如不再需要，请手动删除该工作表。";
      return { status: "stale", changed: [{ cell: step.sheet + "!A1:A" + added.rows, expected: "助手插入的报告", actual: "已修改" }], message, syncs };
    }
    context.workbook.worksheets.getItem(step.sheet).delete();
  } else {
    syncs++;
    await context.sync(); // the stack as stored now
  }
  const rest = dropUndoStep(context, options.store, stackText(), step.id);
  syncs++;
  await context.sync();
  await options.store.commit();
  return { status: "undone", sheetName: step.sheet, cells: [], remaining: rest, syncs };
}
