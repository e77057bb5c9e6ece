/// <reference types="office-js" />
// Applies a core EditPlan in place — 1 sync to re-read every target cell, 1 sync to write the whole plan — and keeps
// Ziping's own undo snapshot in the workbook, so 撤销 restores values, formulas and number formats exactly, also after
// the pane was closed and reopened.
//
// Never lose what users typed: the read sync compares each target cell with what the check saw (Edit.previousValue /
// previousFormula). If any differs, nothing is written and the changed cells are returned. A protected sheet (1.2) or a
// read-only workbook (1.8) is refused before anything is written. No API that clears the user's undo stack is used
// (no sheet copy, no protect/unprotect). Where ExcelApi 1.20 is there, the Excel.run wrappers pass
// { mergeUndoGroup: true } so the recalculation is also a single Ctrl+Z step.
//
// Office.js used here (ExcelApi requirement set):
//   Excel.run(batch) (1.1) · Excel.run({ mergeUndoGroup }, batch) (1.20) · RequestContext.sync()
//   WorksheetCollection.getItem(nameOrId) (1.1) · Worksheet.name, .id (1.1) · Worksheet.getRange(address) (1.1)
//   Range.values, .formulas, .numberFormat (read and write), .valueTypes (1.1)
//   Worksheet.protection.protected (1.2) · Workbook.readOnly (1.8)
//   Application.suspendApiCalculationUntilNextSync() (1.6) · Application.suspendScreenUpdatingUntilNextSync() (1.9)
//   Application.calculate("Recalculate") (1.1, only after a suspended big write)
//   + the state store (state.ts): Workbook.settings (1.4) or Office.context.document.settings
import type { CellValue } from "../core/grid";
import { valueText } from "../core/grid";
import type { EditPlan } from "../core/edit-plan";
import type { Edit } from "../core/rule";
import type { Features } from "./features";
import { noteOwnWrite } from "./own-writes";
import { READ_ONLY_MESSAGE, UNDO_KEY, protectedMessage, runExcel } from "./write-shared";

// What the pane needs at startup lives in write-shared.ts, so that the pane can load this module on first write.
export { READ_ONLY_MESSAGE, UNDO_KEY, protectedMessage, runExcel };
import type { StateStore } from "./state";
import { parseJson } from "./state";
import type { StoredValue } from "./util";
import { excelValue, formulaOf, normaliseAddress, nowIso, restoreValue, sameValue, storeValue, valueForWrite } from "./util";

/** Undo steps kept in the workbook, and the most JSON they may take. */
export const MAX_UNDO_STEPS = 10;
export const MAX_UNDO_CHARS = 60000;

export interface WriteOptions {
  features: Features;
  store: StateStore;
  /** From this many edits on, suspend screen updating (1.9) and calculation (1.6) around the write. Default 50. */
  bigPlan?: number;
  /** Name of the undo step shown in the pane, e.g. "全部重算". */
  label?: string;
  now?: () => Date;
}

/** A target cell that is no longer what the check saw. */
export interface ChangedCell {
  cell: string;
  /** What the check saw / what Ziping wrote, as text. */
  expected: string;
  /** What the cell holds now, as text. */
  actual: string;
}

export type RefusalReason = "protected" | "read-only" | "empty" | "too-large" | "unsupported";

export type WriteResult =
  | { status: "applied"; sheetName: string; cells: string[]; undoDepth: number; syncs: number }
  | { status: "stale"; changed: ChangedCell[]; message: string; syncs: number }
  | { status: "refused"; reason: RefusalReason; message: string; syncs: number };

/** One cell of an undo step: what it held before Ziping wrote, and what Ziping wrote. */
export interface UndoCell {
  a: string;
  v: StoredValue;
  f?: string;
  n: string;
  /** What Ziping wrote (to notice later edits by the user). */
  w: { v?: StoredValue; f?: string; n?: string };
}

export interface UndoStep {
  id: string;
  sheet: string;
  sheetId: string;
  at: string;
  label: string;
  cells: UndoCell[];
  /** A sheet Ziping added (the 自评报告): undo deletes it while column A's `rows` rows still hash to `hash`. */
  added?: { rows: number; hash: string };
  /** A row Ziping inserted (an indicator row, row-insert.ts): undo deletes it again. */
  inserted?: InsertedRow;
}

export interface InsertedRow {
  /** 1-based sheet row Ziping inserted. */
  row: number;
  /** Its cells as Ziping wrote them, columns A…: undo refuses when the user typed there since. */
  values: Array<string | number | boolean>;
  /** Merges Ziping made that undo must split before the row goes (a label cell that spanned the new row). */
  merges: string[];
  /** Formulas Ziping grew: where they are after the insert, what it wrote, and what they were before (`a0`, `f0`). */
  formulas: Array<{ a: string; f: string; a0: string; f0: string }>;
}

export interface UndoState {
  v: 1;
  steps: UndoStep[];
}

export type UndoResult =
  | { status: "undone"; sheetName: string; cells: string[]; remaining: number; syncs: number }
  | { status: "nothing"; message: string; syncs: number }
  | { status: "stale"; changed: ChangedCell[]; message: string; syncs: number }
  | { status: "refused"; reason: RefusalReason; message: string; syncs: number };

const MAX_PLAN_CELLS = 5000;

export interface CellRead {
  range: Excel.Range;
  address: string;
}

export function loadCell(ws: Excel.Worksheet, address: string): CellRead {
  const range = ws.getRange(address);
  range.load("values,formulas,numberFormat,valueTypes");
  return { range, address };
}

export function currentOf(read: CellRead): { value: CellValue; formula?: string; numberFormat: string } {
  const r = read.range;
  const raw = first(r.values);
  const value = excelValue(raw, first(r.valueTypes) as string);
  const formula = formulaOf(first(r.formulas), raw);
  const nf = first(r.numberFormat);
  return { value, formula, numberFormat: typeof nf === "string" ? nf : "General" };
}

function first(m: unknown): unknown {
  return Array.isArray(m) && Array.isArray(m[0]) ? m[0][0] : undefined;
}

export function describe(value: CellValue, formula?: string): string {
  const text = value === null ? "空" : valueText(value);
  return formula ? formula + "（" + text + "）" : text;
}


export function refusal(features: Features, ws: Excel.Worksheet, protection: Excel.WorksheetProtection | undefined, context: Excel.RequestContext, syncs: number) {
  if (features.readOnlyFlag && context.workbook.readOnly) return { status: "refused" as const, reason: "read-only" as const, message: READ_ONLY_MESSAGE, syncs };
  if (protection && protection.protected) return { status: "refused" as const, reason: "protected" as const, message: protectedMessage(ws.name), syncs };
  return undefined;
}

export function queueGuards(features: Features, ws: Excel.Worksheet, context: Excel.RequestContext): Excel.WorksheetProtection | undefined {
  ws.load("name,id");
  if (features.readOnlyFlag) context.workbook.load("readOnly");
  if (!features.protection) return undefined;
  ws.protection.load("protected");
  return ws.protection;
}

export function readUndo(text: string | null): UndoState {
  const state = parseJson<UndoState>(text);
  return state && state.v === 1 && Array.isArray(state.steps) ? state : { v: 1, steps: [] };
}

/** Serialises the undo stack, dropping the oldest steps beyond the count / size limits. */
export function encodeUndo(state: UndoState): string | null {
  const steps = state.steps.slice(-MAX_UNDO_STEPS);
  let text = JSON.stringify({ v: 1, steps });
  while (steps.length > 1 && text.length > MAX_UNDO_CHARS) {
    steps.shift();
    text = JSON.stringify({ v: 1, steps });
  }
  return steps.length ? text : null;
}

/** Pushes an undo step onto the stack as read in this batch (written in the same batch); returns the stack's depth. */
export function appendUndoStep(context: Excel.RequestContext, store: StateStore, stackText: string | null, step: UndoStep): number {
  const undo = readUndo(stackText);
  undo.steps.push(step);
  store.write(context, UNDO_KEY, encodeUndo(undo));
  return Math.min(undo.steps.length, MAX_UNDO_STEPS);
}

/** Removes one step from the stack as read in this batch; returns how many remain. */
export function dropUndoStep(context: Excel.RequestContext, store: StateStore, stackText: string | null, id: string): number {
  const stored = readUndo(stackText);
  const rest: UndoStep[] = [];
  for (let i = 0; i < stored.steps.length; i++) if (stored.steps[i].id !== id) rest.push(stored.steps[i]);
  store.write(context, UNDO_KEY, rest.length ? encodeUndo({ v: 1, steps: rest }) : null);
  return rest.length;
}

/** What sync 1 of every write read: the sheet, its cells, the undo stack as stored; or why nothing may be written. */
export interface ReadBeforeWrite {
  ws: Excel.Worksheet;
  reads: CellRead[];
  stackText: () => string | null;
  refused?: { status: "refused"; reason: RefusalReason; message: string; syncs: number };
}

/** Sync 1 of every write: the cells it will change or relies on, the guards (protection, read-only) and the undo stack. */
export async function readBeforeWrite(
  context: Excel.RequestContext,
  features: Features,
  store: StateStore,
  sheetKey: string,
  addresses: string[],
  syncs: number,
): Promise<ReadBeforeWrite> {
  const ws = context.workbook.worksheets.getItem(sheetKey);
  const protection = queueGuards(features, ws, context);
  const reads: CellRead[] = [];
  for (let i = 0; i < addresses.length; i++) reads.push(loadCell(ws, addresses[i]));
  const stackText = store.read(context, UNDO_KEY);
  await context.sync();
  return { ws, reads, stackText, refused: refusal(features, ws, protection, context, syncs) };
}

/** Applies the plan: 1 read sync (stale and protection checks, undo snapshot) + 1 write sync. */
export async function applyEditPlan(context: Excel.RequestContext, plan: EditPlan, options: WriteOptions): Promise<WriteResult> {
  const f = options.features;
  let syncs = 0;
  // One edit per cell (the last one wins, as it would when written in order).
  const byCell: { [a: string]: Edit } = {};
  const order: string[] = [];
  for (let i = 0; i < plan.edits.length; i++) {
    const a = normaliseAddress(plan.edits[i].cell);
    if (!byCell[a]) order.push(a);
    byCell[a] = plan.edits[i];
  }
  if (!order.length) return { status: "refused", reason: "empty", message: "没有需要写入的单元格。", syncs };
  if (order.length > MAX_PLAN_CELLS) return { status: "refused", reason: "too-large", message: "一次写入的单元格过多（" + order.length + "），未做任何修改。", syncs };

  // Sync 1: re-read every target cell, the guards and the undo stack.
  const { ws, reads, stackText: undoText, refused } = await readBeforeWrite(context, f, options.store, plan.sheetName, order, ++syncs);
  if (refused) return refused;

  const changed: ChangedCell[] = [];
  const before: Array<{ value: CellValue; formula?: string; numberFormat: string }> = [];
  for (let i = 0; i < reads.length; i++) {
    const now = currentOf(reads[i]);
    before.push(now);
    const edit = byCell[order[i]];
    if (edit.previousValue === undefined && edit.previousFormula === undefined) continue; // nothing to compare with
    const formulaChanged = (edit.previousFormula || "") !== (now.formula || "");
    const valueChanged = edit.previousValue !== undefined && !sameValue(edit.previousValue, now.value);
    if (formulaChanged || valueChanged) {
      changed.push({
        cell: order[i],
        expected: describe(edit.previousValue === undefined ? null : edit.previousValue, edit.previousFormula),
        actual: describe(now.value, now.formula),
      });
    }
  }
  if (changed.length) {
    return { status: "stale", changed, message: staleMessage(changed, "检查之后"), syncs };
  }

  // Sync 2: the whole plan, the undo step.
  const big = order.length >= (options.bigPlan || 50);
  const app = context.workbook.application;
  if (big && f.screenUpdatingSuspend) app.suspendScreenUpdatingUntilNextSync();
  if (big && f.calculationSuspend) app.suspendApiCalculationUntilNextSync();
  const step: UndoStep = { id: "u" + stepId(), sheet: ws.name, sheetId: ws.id, at: nowIso(options.now), label: options.label || "重算", cells: [] };
  for (let i = 0; i < reads.length; i++) {
    const edit = byCell[order[i]];
    const range = reads[i].range;
    const old = before[i];
    const cell: UndoCell = { a: order[i], v: storeValue(old.value), n: old.numberFormat, w: {} };
    if (old.formula) cell.f = old.formula;
    const nf = edit.numberFormat || old.numberFormat;
    if (edit.numberFormat && edit.numberFormat !== old.numberFormat) {
      range.numberFormat = [[edit.numberFormat]];
      cell.w.n = edit.numberFormat;
    }
    if (edit.formula !== undefined) {
      const formula = edit.formula.charAt(0) === "=" ? edit.formula : "=" + edit.formula;
      range.formulas = [[formula]];
      cell.w.f = formula;
    } else {
      const value: CellValue = edit.value === undefined ? null : edit.value;
      range.values = [[valueForWrite(value, nf)]];
      cell.w.v = storeValue(value);
    }
    step.cells.push(cell);
  }
  const undoDepth = appendUndoStep(context, options.store, undoText(), step);
  noteOwnWrite(ws.name, order);
  noteOwnWrite(ws.id, order);
  syncs++;
  await context.sync();
  if (big && f.calculationSuspend) {
    app.calculate("Recalculate");
    syncs++;
    await context.sync();
  }
  await options.store.commit();
  return { status: "applied", sheetName: ws.name, cells: order, undoDepth, syncs };
}

let stepCounter = 0;

/** Unique per step: two plans applied within the same millisecond (or on the same cells) must not share an id. */
export function stepId(): string {
  stepCounter = (stepCounter + 1) % 1679616;
  return new Date().getTime().toString(36) + stepCounter.toString(36) + Math.floor(Math.random() * 1679616).toString(36);
}

export function staleMessage(changed: ChangedCell[], when: string): string {
  const shown = changed.slice(0, 5).map((c) => c.cell + "（原为 " + c.expected + "，现为 " + c.actual + "）");
  const more = changed.length > 5 ? " 等 " + changed.length + " 个单元格" : "";
  return when + "这些单元格已被修改：" + shown.join("、") + more + "。没有写入任何内容，请重新检查后再试。";
}

/** The undo steps stored in the workbook (1 sync with workbook settings, none with document settings). */
export async function readUndoSteps(context: Excel.RequestContext, store: StateStore): Promise<UndoStep[]> {
  const text = store.read(context, UNDO_KEY);
  if (store.kind === "workbook") await context.sync();
  return readUndo(text()).steps;
}

export interface UndoOptions {
  features: Features;
  store: StateStore;
  /** The stack as read by readUndoSteps (saves a sync); read from the workbook when absent. */
  steps?: UndoStep[];
  /** Undo even cells the user changed after Ziping wrote them. */
  force?: boolean;
  /** Undoes a step that added a sheet (report-sheet.ts undoAddedSheet). */
  undoAddedSheet?: (context: Excel.RequestContext, step: UndoStep, options: UndoOptions, syncs: number) => Promise<UndoResult>;
  /** Undoes a step that inserted a row (row-insert.ts undoInsertedRow). */
  undoInsertedRow?: (context: Excel.RequestContext, step: UndoStep, options: UndoOptions, syncs: number) => Promise<UndoResult>;
}

/**
 * Restores the last step's cells exactly (number format, then formula or value): reads the stack when not given
 * (1 sync with workbook settings), 1 read sync (cells changed since Ziping wrote them? protected?), 1 write sync.
 */
export async function undoLast(context: Excel.RequestContext, options: UndoOptions): Promise<UndoResult> {
  const f = options.features;
  let syncs = 0;
  let steps = options.steps;
  if (!steps) {
    const text = options.store.read(context, UNDO_KEY);
    if (options.store.kind === "workbook") {
      syncs++;
      await context.sync();
    }
    steps = readUndo(text()).steps;
  }
  if (!steps.length) return { status: "nothing", message: "没有可以撤销的重算。", syncs };
  const step = steps[steps.length - 1];
  // A sheet Ziping added (the 自评报告): undone by report-sheet.ts, which the caller passes in (it lives in tools.js).
  if (step.added) {
    if (options.undoAddedSheet) return options.undoAddedSheet(context, step, options, syncs);
    return { status: "refused", reason: "unsupported", message: "请手动删除工作表“" + step.sheet + "”。", syncs };
  }
  if (step.inserted) {
    if (options.undoInsertedRow) return options.undoInsertedRow(context, step, options, syncs);
    return { status: "refused", reason: "unsupported", message: "请手动删除工作表“" + step.sheet + "”的第 " + step.inserted.row + " 行。", syncs };
  }

  const addresses = step.cells.map((c) => c.a);
  const { ws, reads, stackText, refused } = await readBeforeWrite(context, f, options.store, step.sheetId || step.sheet, addresses, ++syncs);
  if (refused) return refused;

  const changed: ChangedCell[] = [];
  for (let i = 0; i < reads.length; i++) {
    const w = step.cells[i].w;
    const now = currentOf(reads[i]);
    const wroteFormula = w.f !== undefined;
    const expectedValue = w.v === undefined ? undefined : restoreValue(w.v);
    const differs = wroteFormula ? (now.formula || "") !== w.f : !!now.formula || (expectedValue !== undefined && !sameValue(expectedValue, now.value));
    if (differs) changed.push({ cell: step.cells[i].a, expected: describe(expectedValue === undefined ? now.value : expectedValue, w.f), actual: describe(now.value, now.formula) });
  }
  if (changed.length && !options.force) return { status: "stale", changed, message: staleMessage(changed, "重算之后"), syncs };

  for (let i = 0; i < reads.length; i++) {
    const cell = step.cells[i];
    const range = reads[i].range;
    range.numberFormat = [[cell.n]];
    if (cell.f) range.formulas = [[cell.f]];
    else range.values = [[valueForWrite(restoreValue(cell.v), cell.n)]];
  }
  // Drop exactly this step from the stack as stored now (another pane may have pushed in between).
  const remaining = dropUndoStep(context, options.store, stackText(), step.id);
  const cells = step.cells.map((c) => c.a);
  noteOwnWrite(ws.name, cells);
  noteOwnWrite(ws.id, cells);
  syncs++;
  await context.sync();
  await options.store.commit();
  return { status: "undone", sheetName: ws.name, cells, remaining, syncs };
}



export function applyEditPlanInExcel(plan: EditPlan, options: WriteOptions): Promise<WriteResult> {
  return runExcel(options.features, (context) => applyEditPlan(context, plan, options));
}

export function undoLastInExcel(options: UndoOptions): Promise<UndoResult> {
  return runExcel(options.features, (context) => undoLast(context, options));
}
