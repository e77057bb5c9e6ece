// Entry of tools.js, the writing tools' own bundle (webpack entry "tools"): loaded by tools-loader.ts when the user
// first opens a tool. It shares no module with taskpane.js (only Preact's hooks and JSX runtime, passed in through
// the ZipingPreact global), so the startup bundle carries none of the engine it uses.
import type { Features } from "../../excel/features";
import { undoAddedSheet, writeReportSheet } from "../../excel/report-sheet";
import type { StateStore } from "../../excel/state";
import { runExcel } from "../../excel/write";
import type { ReportSheetResult } from "../host";
import { Tools } from "./Tools";

/** WorkbookHost.writeReportSheet over Office.js (excel-host.ts delegates here, keeping it out of taskpane.js). */
function excelWriteReportSheet(features: Features, store: StateStore, baseName: string, paragraphs: string[]): Promise<ReportSheetResult> {
  return runExcel(features, (context) => writeReportSheet(context, baseName, paragraphs, { features, store })).then(
    (r): ReportSheetResult => (r.status === "written" ? { ok: true, sheetName: r.sheetName } : { refused: r.message }),
  );
}

export const TOOLS_MODULE = { Tools, writeReportSheet, undoAddedSheet, excelWriteReportSheet };

if (typeof window !== "undefined") (window as unknown as { ZipingTools?: typeof TOOLS_MODULE }).ZipingTools = TOOLS_MODULE;
