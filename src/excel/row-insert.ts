/// <reference types="office-js" />
// An indicator row inserted inside a 二级 group (core/row-insert.ts plans it): the whole sheet row is inserted as a
// user would (Excel moves everything below, grows merges and ranges that span the gap, and formats the new row like
// the one above), the label merges and the SUMs that ended on the group's last row grow, and the new row gets its
// text. 1 read sync (the cells the plan relies on, guards, undo stack) + ONE write sync for all of it. Ziping's 撤销
// deletes the row again and puts back the formulas it grew, while the row still holds only what Ziping wrote.
//
// Office.js used here (ExcelApi requirement set):
//   Worksheet.getRange("15:15") (1.1) · Range.insert("Down") (1.1) ·
//   Range.delete("Up") (1.1) · Range.merge(false), Range.unmerge() (1.2) ·
//   Range.values, .formulas, .valueTypes (1.1) + the guards and state store of write.ts
import type { CellValue } from "../core/grid";
import { cellAddress, columnLetters, parseCellAddress } from "../core/grid";
import type { RowInsertPlan } from "../core/row-insert";
import type { Features } from "./features";
import { compareVersions } from "./features";
import { noteOwnWrite } from "./own-writes";
import type { StateStore } from "./state";
import { excelValue, formulaOf, nowIso, restoreValue, sameValue, storeValue, valueForWrite } from "./util";
import type { ChangedCell, InsertedRow, UndoOptions, UndoResult, UndoStep, WriteResult } from "./write";
import { appendUndoStep, currentOf, describe, dropUndoStep, readBeforeWrite, staleMessage, stepId } from "./write";

export interface RowInsertOptions {
  features: Features;
  store: StateStore;
  /** Last column (0-based) of the form: undo checks the new row up to here. */
  lastCol?: number;
  now?: () => Date;
}

export async function insertIndicatorRow(context: Excel.RequestContext, plan: RowInsertPlan, options: RowInsertOptions): Promise<WriteResult> {
  const f = options.features;
  let syncs = 0;
  if (compareVersions(f.api, "1.2") < 0) {
    return { status: "refused", reason: "unsupported", message: "此版本的 Excel 不支持通过加载项合并单元格（需要 ExcelApi 1.2），请手动插入行。", syncs };
  }
  // Sync 1: what the plan relies on, the guards, the undo stack.
  const cellsRead = plan.expect.map((e) => e.cell);
  const { ws, reads, stackText: undoText, refused } = await readBeforeWrite(context, f, options.store, plan.sheetName, cellsRead, ++syncs);
  if (refused) return refused;
  const changed: ChangedCell[] = [];
  for (let i = 0; i < reads.length; i++) {
    const now = currentOf(reads[i]);
    const want = plan.expect[i];
    if ((want.formula || "") !== (now.formula || "") || (!want.formula && !sameValue(want.value, now.value))) {
      changed.push({ cell: want.cell, expected: describe(want.value, want.formula), actual: describe(now.value, now.formula) });
    }
  }
  if (changed.length) return { status: "stale", changed, message: staleMessage(changed, "检查之后"), syncs };

  // Sync 2: insert, merges, formulas, text and the undo step, in one batch.
  const rowNumber = plan.row + 1;
  ws.getRange(rowNumber + ":" + rowNumber).insert("Down");
  for (let i = 0; i < plan.growMerges.length; i++) {
    ws.getRange(plan.growMerges[i].from).unmerge();
    ws.getRange(plan.growMerges[i].to).merge(false);
  }
  for (let i = 0; i < plan.addMerges.length; i++) ws.getRange(plan.addMerges[i]).merge(false);
  const inserted: InsertedRow = { row: rowNumber, values: [], merges: plan.addMerges.slice(), formulas: [] };
  let lastCol = options.lastCol !== undefined ? options.lastCol : 0;
  const written: { [col: number]: CellValue } = {};
  const cells: string[] = [];
  // What each grown formula was before the insert (the plan checked it in sync 1), for undo.
  const before: { [address: string]: { cell: string; formula: string } } = {};
  for (let i = 0; i < plan.expect.length; i++) {
    const x = plan.expect[i];
    if (x.formula !== undefined) before[movedAddress(x.cell, plan.row)] = { cell: x.cell, formula: x.formula };
  }
  for (let i = 0; i < plan.edits.length; i++) {
    const e = plan.edits[i];
    const range = ws.getRange(e.cell);
    cells.push(e.cell);
    if (e.formula !== undefined) {
      range.formulas = [[e.formula]];
      const was = before[e.cell];
      if (was) inserted.formulas.push({ a: e.cell, f: e.formula, a0: was.cell, f0: was.formula });
    } else {
      const value: CellValue = e.value === undefined ? null : e.value;
      range.values = [[valueForWrite(value, "General")]];
      const at = parseCellAddress(e.cell);
      if (at.row === plan.row) {
        written[at.col] = value;
        if (at.col > lastCol) lastCol = at.col;
      }
    }
  }
  for (let c = 0; c <= lastCol; c++) {
    const v = written[c];
    inserted.values.push(v === undefined || v === null ? "" : (storeValue(v) as string | number | boolean));
  }
  const step: UndoStep = { id: "r" + stepId(), sheet: plan.sheetName, sheetId: "", at: nowIso(options.now), label: plan.label, cells: [], inserted };
  const depth = appendUndoStep(context, options.store, undoText(), step);
  // The insert moves every row below it: all of that is Ziping's own change, not the user's.
  noteOwnWrite(plan.sheetName, cells.concat(["A" + rowNumber + ":XFD1048576"]));
  syncs++;
  try {
    await context.sync();
  } catch (e) {
    // Excel can refuse the insert (an array formula or a table in the way); a batch stops at its first failing step,
    // without rolling back what went before it, and then no undo step was saved either.
    const detail = e instanceof Error && e.message ? "（" + e.message + "）" : "";
    const message = "未能完成插入第 " + rowNumber + " 行" + detail + "。请检查该行附近是否有数组公式或表格；如表格已有变化，请用 Excel 的撤销（Ctrl+Z）还原。";
    return { status: "refused", reason: "unsupported", message, syncs };
  }
  await options.store.commit();
  return { status: "applied", sheetName: plan.sheetName, cells, undoDepth: depth, syncs };
}

/** Where a cell above or below the inserted row is after the insert. */
function movedAddress(address: string, insertedRow: number): string {
  const at = parseCellAddress(address);
  return cellAddress(at.row >= insertedRow ? at.row + 1 : at.row, at.col);
}

/** Undo of an insertIndicatorRow step: 1 read sync (the row and the grown formulas still as written?) + 1 write sync. */
export async function undoInsertedRow(context: Excel.RequestContext, step: UndoStep, options: UndoOptions, syncsBefore: number): Promise<UndoResult> {
  const f = options.features;
  let syncs = syncsBefore;
  const ins = step.inserted as InsertedRow;
  const width = Math.max(1, ins.values.length);
  // The new row in one range, then the formulas Ziping grew.
  const addresses = ["A" + ins.row + ":" + columnLetters(width - 1) + ins.row].concat(ins.formulas.map((x) => x.a));
  const { ws, reads, stackText, refused } = await readBeforeWrite(context, f, options.store, step.sheet, addresses, ++syncs);
  if (refused) return refused;
  const row = reads[0].range;
  const formulaReads = reads.slice(1);

  const changed: ChangedCell[] = [];
  for (let c = 0; c < width; c++) {
    const raw = row.values[0][c];
    const now = excelValue(raw, row.valueTypes[0][c] as string);
    const formula = formulaOf(row.formulas[0][c], raw);
    const stored = ins.values[c];
    const want: CellValue = stored === undefined || stored === "" ? null : restoreValue(stored);
    if (formula || !sameValue(want, now)) changed.push({ cell: cellAddress(ins.row - 1, c), expected: describe(want), actual: describe(now, formula) });
  }
  for (let i = 0; i < formulaReads.length; i++) {
    const now = currentOf(formulaReads[i]);
    if ((now.formula || "") !== ins.formulas[i].f) changed.push({ cell: ins.formulas[i].a, expected: ins.formulas[i].f, actual: describe(now.value, now.formula) });
  }
  if (changed.length && !options.force) {
    const message = staleMessage(changed, "插入第 " + ins.row + " 行之后").replace("没有写入任何内容", "没有删除该行");
    return { status: "stale", changed, message, syncs };
  }

  for (let i = 0; i < ins.merges.length; i++) ws.getRange(ins.merges[i]).unmerge();
  ws.getRange(ins.row + ":" + ins.row).delete("Up");
  for (let i = 0; i < ins.formulas.length; i++) ws.getRange(ins.formulas[i].a0).formulas = [[ins.formulas[i].f0]];
  const remaining = dropUndoStep(context, options.store, stackText(), step.id);
  const cells = ins.formulas.map((x) => x.a0);
  noteOwnWrite(step.sheet, cells.concat(["A" + ins.row + ":XFD1048576"]));
  syncs++;
  await context.sync();
  await options.store.commit();
  return { status: "undone", sheetName: step.sheet, cells, remaining, syncs };
}
