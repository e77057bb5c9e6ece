/// <reference types="office-js" />
// Small workbook-level helpers the pane needs besides read/write/highlight: the sheet list, jumping to a cell,
// Ziping's status (can undo? marks on?) and other keys of Ziping's state (e.g. suppressions).
//
// Office.js used here (ExcelApi requirement set):
//   WorksheetCollection.items (load "items/name,items/id") (1.1) · Worksheet.activate() (1.1) · Range.select() (1.1)
//   + the state store (state.ts)
import { MARKS_KEY } from "./marks-shared";
import type { StateStore } from "./state";
import { parseJson } from "./state";
import { UNDO_KEY } from "./write-shared";

/** Sheet names in tab order (1 sync). */
export async function listSheets(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const out: string[] = [];
  const items = sheets.items || [];
  for (let i = 0; i < items.length; i++) out.push(items[i].name);
  return out;
}

/** Activates the sheet and selects the range, as clicking a finding's cell does (1 sync). */
export async function selectRange(context: Excel.RequestContext, sheetName: string, address: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheetName);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}

export interface ZipingStatus {
  canUndo: boolean;
  undoSteps: number;
  /** Label of the step 撤销 would undo ("全部重算"). */
  undoLabel?: string;
  highlighted: boolean;
  /** Sheets that carry Ziping's marks. */
  markedSheets: string[];
}

/** What Ziping keeps in the workbook (1 sync with workbook settings, none with document settings). */
export async function readStatus(context: Excel.RequestContext, store: StateStore): Promise<ZipingStatus> {
  const undo = store.read(context, UNDO_KEY);
  const marks = store.read(context, MARKS_KEY);
  if (store.kind === "workbook") await context.sync();
  const u = parseJson<{ steps?: Array<{ label?: string }> }>(undo());
  const m = parseJson<{ sheets?: Array<{ name: string }> }>(marks());
  const steps = (u && u.steps) || [];
  const sheets = (m && m.sheets) || [];
  const status: ZipingStatus = {
    canUndo: steps.length > 0,
    undoSteps: steps.length,
    highlighted: sheets.length > 0,
    markedSheets: sheets.map((s) => s.name),
  };
  if (steps.length && steps[steps.length - 1].label) status.undoLabel = steps[steps.length - 1].label;
  return status;
}

/** Reads one key of Ziping's state, parsed (1 sync with workbook settings). */
export async function readStateKey<T>(context: Excel.RequestContext, store: StateStore, key: string): Promise<T | undefined> {
  const text = store.read(context, key);
  if (store.kind === "workbook") await context.sync();
  return parseJson<T>(text());
}

/** Writes one key of Ziping's state (null removes it) — 1 sync, then saved. */
export async function writeStateKey(context: Excel.RequestContext, store: StateStore, key: string, value: unknown): Promise<void> {
  if (value === null || value === undefined) {
    // Removing needs to know whether the key exists (workbook settings): read it in the same batch first.
    store.read(context, key);
    await context.sync();
    store.write(context, key, null);
  } else store.write(context, key, JSON.stringify(value));
  await context.sync();
  await store.commit();
}
