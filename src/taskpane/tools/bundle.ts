// Entry of tools.js, the writing tools' own bundle (webpack entry "tools"): loaded by tools-loader.ts when the user
// first opens a tool. It shares no module with taskpane.js (only Preact's hooks and JSX runtime, passed in through
// the ZipingPreact global), so the startup bundle carries none of the engine it uses.
import type { Features } from "../../excel/features";
import { undoAddedSheet, writeReportSheet } from "../../excel/report-sheet";
import { insertIndicatorRow, undoInsertedRow } from "../../excel/row-insert";
import type { RowInsertPlan } from "../../core/row-insert";
import type { StateStore } from "../../excel/state";
import { runExcel } from "../../excel/write";
import type { ReportSheetResult, WriteResult } from "../host";
import { Tools } from "./Tools";

/** WorkbookHost.writeReportSheet over Office.js (excel-host.ts delegates here, keeping it out of taskpane.js). */
function excelWriteReportSheet(features: Features, store: StateStore, baseName: string, paragraphs: string[]): Promise<ReportSheetResult> {
  return runExcel(features, (context) => writeReportSheet(context, baseName, paragraphs, { features, store })).then(
    (r): ReportSheetResult => (r.status === "written" ? { ok: true, sheetName: r.sheetName } : { refused: r.message }),
  );
}

/** WorkbookHost.insertIndicatorRow over Office.js. */
function excelInsertIndicatorRow(features: Features, store: StateStore, plan: RowInsertPlan, lastCol: number): Promise<WriteResult> {
  return runExcel(features, (context) => insertIndicatorRow(context, plan, { features, store, lastCol })).then(
    (r): WriteResult => (r.status === "applied" ? { ok: true } : r.status === "stale" ? { stale: r.changed.map((c) => c.cell) } : { refused: r.message }),
  );
}

export const TOOLS_MODULE = { Tools, writeReportSheet, undoAddedSheet, excelWriteReportSheet, excelInsertIndicatorRow, undoInsertedRow };

if (typeof window !== "undefined") (window as unknown as { ZipingTools?: typeof TOOLS_MODULE }).ZipingTools = TOOLS_MODULE;
