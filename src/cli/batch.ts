// How `ziping check` works through many files: a batch is read first (each workbook turned into grids and let go),
// then checked back to back. Checked right after each exceljs load, the checker's code starts cold every time (about
// twice as slow); back to back it stays warm. Output is the same, in the same order.
import type ExcelJS from "exceljs";
import type { CheckOptions, SheetReport } from "../core/check";
import { checkGrid } from "../core/check";
import type { Grid } from "../core/grid";
import { worksheetToGrid } from "../xlsx/read";
import type { CheckedSheet } from "./fix";
import type { InputFile } from "./input";
import { loadWorkbook, selectWorksheets } from "./input";
import type { JsonFile } from "./report";
import { sheetToJson } from "./report";
import type { FoundForm } from "./report-command";

/** Files read before they are checked: enough to keep the checker warm, few enough to keep memory small. */
export const READ_BATCH = 200;

interface ReadSheet {
  name: string;
  grid?: Grid;
  /** Kept only when a fixed copy will be written. */
  worksheet?: ExcelJS.Worksheet;
  failure?: string;
}

/** One input file, read: its sheets as grids, or why it cannot be used. */
export interface ReadFile {
  input: InputFile;
  error?: string;
  sheets: ReadSheet[];
  /** Kept only when a fixed copy will be written (--fix, one file). */
  workbook?: ExcelJS.Workbook;
}

export interface ReadOptions {
  sheet?: string;
  keepWorkbook?: boolean;
}

function failureText(e: unknown): string {
  return `检查此工作表时程序出错（${e instanceof Error ? e.message : String(e)}），其余工作表已照常检查。请将此文件反馈给开发者。`;
}

export async function readInput(input: InputFile, options: ReadOptions): Promise<ReadFile> {
  const read: ReadFile = { input, sheets: [] };
  if (input.error) {
    read.error = input.error;
    return read;
  }
  const loaded = await loadWorkbook(input.file);
  if (!loaded.ok) {
    read.error = loaded.error;
    return read;
  }
  const selected = selectWorksheets(loaded.workbook, options.sheet);
  if (!selected.ok) {
    read.error = selected.error;
    return read;
  }
  for (const worksheet of selected.worksheets) {
    const sheet: ReadSheet = { name: worksheet.name };
    try {
      sheet.grid = worksheetToGrid(worksheet);
    } catch (e) {
      sheet.failure = failureText(e);
    }
    if (options.keepWorkbook) sheet.worksheet = worksheet;
    read.sheets.push(sheet);
  }
  if (options.keepWorkbook) read.workbook = loaded.workbook;
  return read;
}

/** Reads a batch of inputs in order; `progress` is told before each one. */
export async function readBatch(inputs: InputFile[], options: ReadOptions, progress?: (input: InputFile) => void): Promise<ReadFile[]> {
  const reads: ReadFile[] = [];
  for (const input of inputs) {
    if (progress) progress(input);
    reads.push(await readInput(input, options));
  }
  return reads;
}

export interface CheckedFile {
  file: JsonFile;
  forms: FoundForm[];
  /** Sheets with their worksheet, for writing a fixed copy. */
  checked: CheckedSheet[];
}

export function checkRead(read: ReadFile, checkOptions: CheckOptions): CheckedFile {
  const file: JsonFile = { file: read.input.file, sheets: [] };
  const result: CheckedFile = { file, forms: [], checked: [] };
  if (read.error) {
    file.error = read.error;
    return result;
  }
  for (const sheet of read.sheets) {
    let report: SheetReport = { sheetName: sheet.name, forms: [] };
    let failure = sheet.failure;
    if (sheet.grid) {
      try {
        report = checkGrid(sheet.grid, checkOptions);
      } catch (e) {
        // One odd sheet must not stop the others from being checked; the run still ends "unusable" (exit 2).
        failure = failureText(e);
      }
    }
    if (sheet.worksheet) result.checked.push({ worksheet: sheet.worksheet, report });
    for (const form of report.forms) result.forms.push({ sheet: sheet.name, report: form });
    const json = sheetToJson(report);
    if (failure) json.error = failure;
    file.sheets.push(json);
  }
  // Nothing to check is unusable input (exit 2), and no "fixed" copy of it is written.
  if (result.forms.length === 0 && file.sheets.every((s) => !s.error)) file.noForm = true;
  return result;
}
