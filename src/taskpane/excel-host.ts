/// <reference types="office-js" />
// The pane's WorkbookHost over the Office.js adapter (src/excel). Every call is one Excel.run; writes that should be
// one Ctrl+Z step go through runExcel, which asks for mergeUndoGroup where ExcelApi 1.20 has it.
import type { EditPlan } from "../core/edit-plan";
import type { Finding } from "../core/rule";
// Modules, not the src/excel barrel: write.ts (applying plans, undo) is its own chunk, loaded on the first write.
import { watchSheet } from "../excel/events";
import type { Watch } from "../excel/events";
import { detectFeatures, featureNotes } from "../excel/features";
import type { Features } from "../excel/features";
import { readSheet } from "../excel/read";
import type { SheetRead as ExcelSheetRead } from "../excel/read";
import { defaultStore } from "../excel/state";
import { listSheets, readStateKey, readStatus, selectRange, writeStateKey } from "../excel/workbook";
import type { UndoResult, WriteResult as ExcelWriteResult } from "../excel/write";
import { READ_ONLY_MESSAGE, protectedMessage, runExcel } from "../excel/write-shared";
import { loadTools } from "./tools-loader";
import type { ChangeEvent, ReportSheetResult, SheetRead, Suppression, WorkbookHost, WriteResult } from "./host";

export const IGNORED_KEY = "ziping.ignored";
export const LIBRARY_KEY = "ziping.library";

const writer = () => import(/* webpackChunkName: "excel-write" */ "../excel/write");
// Marking is loaded with the first check's marks (it is the largest part of the adapter).
const marker = () => import(/* webpackChunkName: "excel-marks" */ "../excel/highlight");

export function createExcelHost(): WorkbookHost {
  const features = detectFeatures();
  const store = defaultStore(features);
  const watcher = features.events ? new SheetWatcher(features) : undefined;

  const readWith = (sheetName?: string): Promise<SheetRead> =>
    Excel.run((context) => readSheet(context, { features, sheetName })).then((read) => {
      if (watcher) watcher.follow(read.sheetName);
      return toSheetRead(read);
    });

  const host: WorkbookHost = {
    features: featureNotes(features).map((n) => ({ feature: n.feature, requires: n.requires, message: n.message })),
    readActiveSheet: () => readWith(),
    readSheet: (sheetName: string) => readWith(sheetName),
    listSheets: () => Excel.run((context) => listSheets(context)),
    applyEdits: (plan: EditPlan) =>
      writer()
        .then((m) => runExcel(features, (context) => m.applyEditPlan(context, plan, { features, store, label: labelOf(plan) })))
        .then(fromWrite),
    highlight: (sheetName: string, findings: Finding[]) =>
      marker().then((m) => Excel.run((context) => m.highlightFindings(context, sheetName, findings, { features, store }))).then((r) =>
        r.status === "marked" ? ok() : { refused: r.message },
      ),
    clearHighlights: () =>
      marker().then((m) => Excel.run((context) => m.clearAllMarks(context, { features, store }))).then((r) =>
        r.status === "cleared" ? (r.leftover ? { refused: r.leftover } : ok()) : { refused: r.message },
      ),
    // In tools.js: only users of the writing tools load it.
    writeReportSheet: (baseName: string, paragraphs: string[]): Promise<ReportSheetResult> =>
      loadTools().then((m) => m.excelWriteReportSheet(features, store, baseName, paragraphs)),
    insertIndicatorRow: (plan, lastCol) => loadTools().then((m) => m.excelInsertIndicatorRow(features, store, plan, lastCol)),
    undo: () =>
      writer()
        .then((m) =>
          runExcel(features, (context) =>
            m.undoLast(context, {
              features,
              store,
              undoAddedSheet: (c, step, o, syncs) => loadTools().then((t) => t.undoAddedSheet(c, step, o, syncs)),
              undoInsertedRow: (c, step, o, syncs) => loadTools().then((t) => t.undoInsertedRow(c, step, o, syncs)),
            }),
          ),
        )
        .then(fromUndo),
    select: (sheetName: string, address: string) => Excel.run((context) => selectRange(context, sheetName, address)),
    status: () =>
      Excel.run((context) => readStatus(context, store)).then((s) => ({ canUndo: s.canUndo, highlighted: s.highlighted })),
    loadIgnored: () =>
      Excel.run((context) => readStateKey<Suppression[]>(context, store, IGNORED_KEY)).then((list) => (isArray(list) ? list : [])),
    saveIgnored: (list: Suppression[]) =>
      Excel.run((context) => writeStateKey(context, store, IGNORED_KEY, list.length ? list : null)).then(ok),
    loadCustomLibrary: () => Excel.run((context) => readStateKey<unknown>(context, store, LIBRARY_KEY)),
    saveCustomLibrary: (entries: unknown[] | null) => Excel.run((context) => writeStateKey(context, store, LIBRARY_KEY, entries)).then(ok),
  };
  if (watcher) host.onChanged = (callback) => watcher.subscribe(callback);
  return host;
}

/** Watches the sheet the pane last read; re-targets when the pane reads another sheet. */
class SheetWatcher {
  private sheetName: string | undefined;
  private watch: Promise<Watch | undefined> | undefined;
  private callbacks: Array<(event: ChangeEvent) => void> = [];

  constructor(private readonly features: Features) {}

  follow(sheetName: string): void {
    if (sheetName === this.sheetName) return;
    this.sheetName = sheetName;
    this.restart();
  }

  subscribe(callback: (event: ChangeEvent) => void): () => void {
    this.callbacks.push(callback);
    if (!this.watch) this.restart();
    return () => {
      this.callbacks = this.callbacks.filter((c) => c !== callback);
      if (this.callbacks.length === 0) this.stop();
    };
  }

  private restart(): void {
    this.stop();
    const sheetName = this.sheetName;
    if (!sheetName || this.callbacks.length === 0) return;
    this.watch = watchSheet({
      features: this.features,
      sheetName,
      onChange: () => {
        for (const callback of this.callbacks.slice()) callback({ sheetName });
      },
    }).then(undefined, () => undefined); // no events after all: the pane falls back to re-reading on focus
  }

  private stop(): void {
    const previous = this.watch;
    this.watch = undefined;
    if (previous) previous.then((w) => (w ? w.stop() : undefined)).then(undefined, () => undefined);
  }
}

function toSheetRead(read: ExcelSheetRead): SheetRead {
  const out: SheetRead = { grid: read.grid };
  if (read.readOnly) out.readOnly = READ_ONLY_MESSAGE;
  else if (read.protected) out.readOnly = protectedMessage(read.sheetName);
  return out;
}

function fromWrite(r: ExcelWriteResult): WriteResult {
  if (r.status === "applied") return ok();
  if (r.status === "stale") return { stale: r.changed.map((c) => c.cell) };
  return { refused: r.message };
}

function fromUndo(r: UndoResult): WriteResult {
  if (r.status === "undone") return ok();
  if (r.status === "stale") return { stale: r.changed.map((c) => c.cell) };
  return { refused: r.message };
}

function labelOf(plan: EditPlan): string {
  return plan.edits.length === 1 ? "修正 " + plan.edits[0].cell : "全部重算";
}

function ok(): WriteResult {
  return { ok: true };
}

function isArray(x: unknown): x is Suppression[] {
  return Object.prototype.toString.call(x) === "[object Array]";
}

