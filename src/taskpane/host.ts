// The only interface the task pane talks to. src/excel implements it over Office.js; tests use an in-memory host
// (test/helpers/memory-host.ts) and the playground runs the same bundle over a fake Excel API.
//
// Rules for implementers:
// - Every method that writes answers with a WriteResult and writes all or nothing.
// - Messages in results and thrown errors are zh-CN sentences the pane shows as they are.
// - The pane never calls Office.js itself; everything Excel-specific stays behind this interface.
import type { EditPlan } from "../core/edit-plan";
import type { Grid } from "../core/grid";
import type { RowInsertPlan } from "../core/row-insert";
import type { Finding } from "../core/rule";

/** One sheet as read for checking. */
export interface SheetRead {
  grid: Grid;
  /** Set when writing is impossible (protected sheet, read-only workbook): zh-CN reason. Checking still works. */
  readOnly?: string;
}

/** Outcome of every write. Anything but `ok` means nothing was written. */
export type WriteResult =
  | { ok: true }
  /** Cells (A1 addresses) that changed since the check; nothing was written. */
  | { stale: string[] }
  /** zh-CN reason, e.g. "工作表受保护，未做任何修改。" */
  | { refused: string };

/** Outcome of writing the 自评报告 into a new worksheet: the name the sheet got ("自评报告" or "自评报告(2)"). */
export type ReportSheetResult = { ok: true; sheetName: string } | { refused: string };

/** What the workbook holds of Ziping's own state; survives closing and reopening the pane. */
export interface HostStatus {
  /** An undo snapshot of Ziping's last write exists. */
  canUndo: boolean;
  /** Ziping's highlights are on the workbook (清除标记 has something to do). */
  highlighted: boolean;
}

/** An optional Excel feature that is off on this Excel (the pane lists them). */
export interface FeatureOff {
  /** Stable id, e.g. "conditionalFormats", "events", "mergeUndoGroup". */
  feature: string;
  /** e.g. "ExcelApi 1.6". */
  requires: string;
  /** zh-CN: what is off and what the user gets instead. */
  message: string;
}

/** A finding the user chose to ignore, stored in the workbook. Matched by rule + sheet + first cell. */
export interface Suppression {
  rule: string;
  sheet: string;
  /** The finding's first cell (Finding.cells[0]). */
  cell: string;
  reason: string;
  /** ISO 8601 time it was ignored. */
  at: string;
  /** The finding's message when it was ignored, shown when the finding has since disappeared. */
  message?: string;
}

export interface ChangeEvent {
  sheetName: string;
  /** A1 address of the changed range, when known. */
  address?: string;
}

export interface WorkbookHost {
  /** Reads the active sheet (used range, formulas, text, number formats, merges where supported). */
  readActiveSheet(): Promise<SheetRead>;
  /** Sheet names in tab order; absent when the host cannot list sheets. */
  listSheets?(): Promise<string[]>;
  /** Reads a named sheet; absent when only the active sheet can be read. */
  readSheet?(sheetName: string): Promise<SheetRead>;

  /**
   * Writes a whole plan (a one-finding fix or a full recalculation) in one batch after re-reading the target cells:
   * when any differs from the edit's previousValue/previousFormula, writes nothing and answers `stale`.
   * Keeps an undo snapshot so that undo() restores values, formulas and number formats exactly.
   */
  applyEdits(plan: EditPlan): Promise<WriteResult>;
  /** Marks the cells of these findings on the sheet, replacing Ziping's previous marks (icon/text, not colour alone). */
  highlight(sheetName: string, findings: Finding[]): Promise<WriteResult>;
  /** Removes every Ziping mark, restoring each touched cell's formatting exactly. */
  clearHighlights(): Promise<WriteResult>;
  /**
   * Adds a worksheet named `baseName` ("自评报告(2)", "(3)" … when taken) and writes one paragraph per row in column A,
   * wrapped, with a printable column width; always as text (a paragraph starting with = is not a formula). Recorded
   * in Ziping's undo: undo() deletes the sheet it added. Absent when the host cannot add sheets.
   */
  writeReportSheet?(baseName: string, paragraphs: string[]): Promise<ReportSheetResult>;
  /**
   * Inserts the indicator row core/row-insert.ts planned (a whole sheet row; merged labels and SUMs grow; its text),
   * after checking the cells the plan relies on. `lastCol` is the form's last column (0-based). Recorded in Ziping's
   * undo: undo() deletes the row again while it holds only what Ziping wrote. Absent when the host cannot insert rows.
   */
  insertIndicatorRow?(plan: RowInsertPlan, lastCol: number): Promise<WriteResult>;
  /** Restores what Ziping's last write replaced (stale check included). */
  undo(): Promise<WriteResult>;
  /** Activates the sheet and selects the range (Range.select, ExcelApi 1.1). */
  select(sheetName: string, address: string): Promise<void>;
  /** Ziping's state stored in the workbook. */
  status(): Promise<HostStatus>;

  /** Extras that are off on this Excel, most important first; empty on a current Excel. */
  features: FeatureOff[];

  /** The user's own indicator-library entries stored in the workbook (JSON as saved; validated by the caller). */
  loadCustomLibrary?(): Promise<unknown>;
  /** Replaces the stored entries (null removes them). Not part of Ziping's 撤销: it is not sheet content. */
  saveCustomLibrary?(entries: unknown[] | null): Promise<WriteResult>;

  /** Suppressions stored in the workbook (all sheets). */
  loadIgnored(): Promise<Suppression[]>;
  /** Replaces the stored suppressions (all sheets). */
  saveIgnored(list: Suppression[]): Promise<WriteResult>;

  /**
   * Calls back (debounced, ignoring Ziping's own writes) after the user edits a sheet; returns the unsubscribe
   * function. Absent when the Excel has no change events (ExcelApi < 1.7): the pane then compares a fresh read
   * when it regains focus and shows “表格已修改，请重新检查”.
   */
  onChanged?(callback: (event: ChangeEvent) => void): () => void;
}

export function isOk(result: WriteResult): result is { ok: true } {
  return (result as { ok?: boolean }).ok === true;
}

export function isStale(result: WriteResult): result is { stale: string[] } {
  return Object.prototype.hasOwnProperty.call(result, "stale");
}

export function isRefused(result: WriteResult): result is { refused: string } {
  return Object.prototype.hasOwnProperty.call(result, "refused");
}
