// The in-browser Excel host of the playground: a workbook model, a faithful fake of the subset of Office.js that
// Ziping uses (see src/excel/index.ts), and converters to and from .xlsx (exceljs passed in).
//
//   const workbook = workbookFromGrids([grid]);            // or await readXlsx(bytes, ExcelJS)
//   const host = installFakeOffice(window, workbook, { profile: "current" | "excel2016" });
//   // … load the task-pane bundle: it finds window.Office / Excel / OfficeExtension …
//   workbook.subscribe(render); workbook.userEdit("B5", "12"); host.stats.onChange(showRoundTrips);
export { FakeWorkbook, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, DEFAULT_FONT, charsToPx, isBlankCell } from "./model";
export type { CellData, ChangeListener, ChangeRecord, ChangeSource, CommentData, ConditionalFormatData, FillFormat, FontFormat, BorderFormat, NoteData, RenderedCell, SheetData, WorkbookOptions, CellInput } from "./model";
export { installFakeOffice } from "./install";
export type { FakeOfficeHost, InstallOptions } from "./install";
export { PROFILES, resolveProfile, isSetSupported } from "./requirements";
export type { Profile, ProfileName, ProfileSpec } from "./requirements";
export { addGridSheet, workbookFromGrids, sheetToGrid } from "./grid";
export { readXlsx, writeXlsx, fromExcelJs, toExcelJs } from "./xlsx";
export type { ExcelJsModule } from "./xlsx";
export { displayText, parseTyped } from "./number-text";
export type { CellScalar, ErrorValue } from "./number-text";
export { evaluateFormula, parseFormula } from "./formula";
export { cellA1, formatArea, parseArea, qualifiedAddress } from "./address";
export type { StatsSnapshot } from "./api/core";
