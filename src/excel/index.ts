/// <reference types="office-js" />
// src/excel — the only code that calls Office.js (Excel.run, context.sync). Pure functions take an
// Excel.RequestContext (tests pass an office-addin-mock OfficeMockObject); the *InExcel / watchSheet wrappers call
// Excel.run. Every module works on ExcelApi 1.1 and switches extras on from features.ts.
//
// The complete Office.js surface used (the playground's in-browser fake implements exactly this):
//
// Common API
//   Office.context.requirements.isSetSupported("ExcelApi", v)                    features.ts
//   Office.context.document.settings .get/.set/.remove/.saveAsync                 state.ts (when ExcelApi < 1.4)
// Excel.run and the request context
//   Excel.run(batch) 1.1 · Excel.run({ mergeUndoGroup: true }, batch) 1.20 · Excel.run(context, batch) 1.1
//   RequestContext.sync() · RequestContext.workbook
// Workbook
//   .worksheets 1.1 · .application 1.1 · .settings 1.4 · .comments 1.10 · .readOnly 1.8
//   Application.suspendApiCalculationUntilNextSync() 1.6 · .suspendScreenUpdatingUntilNextSync() 1.9 · .calculate("Recalculate") 1.1
//   SettingCollection.getItemOrNullObject(key) / .add(key, value) 1.4 · Setting.value / .delete() 1.4
//   CommentCollection.add(address, text) 1.10
// Worksheets
//   WorksheetCollection.getActiveWorksheet() / .getItem(nameOrId) / .items (name, id) / .add(name) 1.1 · Worksheet.delete() 1.1
//   Worksheet.name / .id / .activate() 1.1 · .getRange(address?) 1.1 · .getUsedRange(valuesOnly?) 1.1 (valuesOnly 1.2)
//   Worksheet.protection.protected 1.2 · .onChanged.add(handler) 1.7 (EventHandlerResult.remove(), .context)
//   Worksheet.notes 1.18: NoteCollection.items / .getItemOrNullObject(address) / .add(address, text); Note.content / .delete()
//   Worksheet.comments 1.10: CommentCollection.items; Comment.content / .delete() / .getLocation()
//   WorksheetChangedEventArgs.address / .worksheetId / .changeType / .source 1.7, .triggerSource 1.14
// Ranges
//   Range.format.wrapText 1.1 · Range.format.columnWidth 1.2 (the 自评报告 sheet, report-sheet.ts)
//   Range.insert("Down") / .delete("Up") on whole rows 1.1 · Range.merge(false) / .unmerge() 1.2 (row-insert.ts)
//   Range.select() 1.1 · Range.address / .rowCount / .columnCount / .values / .formulas / .text / .numberFormat / .valueTypes 1.1
//   Range.getIntersection(range) 1.1 · .getIntersectionOrNullObject(range) 1.4 · .isNullObject
//   Range.getMergedAreasOrNullObject() 1.13 → RangeAreas.address
//   Range.format.fill.color / .clear() 1.1 · Range.format.borders.getItem(edge) .style/.color/.weight 1.1
//   Range.getCellProperties(load) / .setCellProperties(data) 1.9 (format.fill: color, pattern, patternColor,
//     tintAndShade, patternTintAndShade; format.borders top/bottom/left/right: style, color, weight, tintAndShade)
//   Range.conditionalFormats 1.6: ConditionalFormatCollection.add("Custom") / .items;
//     ConditionalFormat.id / .type / .customOrNullObject / .delete(); CustomConditionalFormat.rule.formula,
//     .format.fill.color, .format.borders.getItem(edge) .style/.color
//
// Enums are passed as their string values ("Custom", "EdgeTop", "Recalculate", …): nothing reads the Excel.* enum
// objects at run time.
export * from "./features";
export * from "./state";
export * from "./read";
export * from "./write";
export * from "./highlight";
export * from "./events";
export * from "./workbook";
// report-sheet.ts and row-insert.ts are not re-exported: they live in tools.js, loaded when a writing tool is used.
export { noteOwnWrite, isOwnWrite } from "./own-writes";
