// `--fix OUT.xlsx`: apply every form's edit plan to its sheet and save a copy; the input file is never written.
import type ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import type { CheckOptions, SheetReport } from "../core/check";
import { checkGrid } from "../core/check";
import type { PlanOptions } from "../core/edit-plan";
import { buildEditPlan } from "../core/edit-plan";
import { worksheetToGrid } from "../xlsx/read";
import { applyEdits } from "../xlsx/write";
import type { FixOutcome } from "./report";
import { changeToJson } from "./report";

export interface CheckedSheet {
  worksheet: ExcelJS.Worksheet;
  report: SheetReport;
}

/** A zh-CN reason why OUT cannot be used for this input, or undefined. */
export function fixTargetProblem(input: string, output: string): string | undefined {
  if (!/\.xlsx$/i.test(output)) return `--fix 的输出文件名须以 .xlsx 结尾（收到“${output}”）。`;
  if (samePath(input, output)) return "--fix 的输出文件不能是输入文件本身：Ziping 只另存修改后的副本，不改动原文件。请换一个输出文件名。";
  return undefined;
}

function samePath(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  const caseInsensitive = process.platform === "win32" || process.platform === "darwin";
  if (ra === rb || (caseInsensitive && ra.toLowerCase() === rb.toLowerCase())) return true;
  try {
    const sa = fs.statSync(ra);
    const sb = fs.statSync(rb);
    return sa.dev === sb.dev && sa.ino === sb.ino; // symlinks, hard links, case-folding file systems
  } catch {
    return false;
  }
}

export async function writeFixedCopy(
  workbook: ExcelJS.Workbook,
  sheets: CheckedSheet[],
  output: string,
  options: CheckOptions & PlanOptions,
): Promise<FixOutcome> {
  const outcome: FixOutcome = { output, changes: [], skipped: [], remaining: { error: 0, warning: 0, info: 0 } };
  const planOptions: PlanOptions = { formulas: options.formulas, replaceFormulas: options.replaceFormulas };
  const checkOptions: CheckOptions = { profile: options.profile, grades: options.grades };
  for (const { worksheet, report } of sheets) {
    if (report.forms.length === 0) continue;
    for (const form of report.forms) {
      const plan = buildEditPlan(form, planOptions);
      for (const applied of applyEdits(worksheet, plan.edits)) outcome.changes.push(changeToJson(worksheet.name, applied));
      for (const s of plan.skipped) outcome.skipped.push({ sheet: worksheet.name, cell: s.cell, reason: s.reason });
    }
    for (const form of checkGrid(worksheetToGrid(worksheet), checkOptions).forms) {
      for (const f of form.findings) outcome.remaining[f.severity]++;
    }
  }
  try {
    const data = await workbook.xlsx.writeBuffer();
    fs.writeFileSync(output, Buffer.from(data as ArrayBuffer));
  } catch (e) {
    outcome.error = `无法写入 ${output}：${e instanceof Error ? e.message : String(e)}`;
  }
  return outcome;
}
