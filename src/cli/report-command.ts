// `ziping report FILE.xlsx [--out report.docx|report.md|report.txt] [--sheet NAME] [--year N]`: the 自评报告 draft of
// every recognised form. Several forms (a unit's workbook with one sheet per project, or stacked forms) give one
// report each, in sheet order, in the same file: the .docx starts each on a new page.
import * as fs from "fs";
import type { CheckOptions, FormReport } from "../core/check";
import { checkGrid } from "../core/check";
import type { ReportDocument } from "../core/report";
import { buildReport } from "../core/report";
import { worksheetToGrid } from "../xlsx/read";
import type { CliOptions } from "./args";
import { expandInputs, loadWorkbook, selectWorksheets } from "./input";
import { reportsToDocx } from "./report-docx";
import { reportFileKind, reportsToMarkdown, reportsToText, textFileBytes } from "./report-files";

interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

export interface FoundForm {
  sheet: string;
  report: FormReport;
}

/** The forms on the chosen worksheets, or a zh-CN reason why there are none. */
export async function formsOfWorkbook(file: string, sheet: string | undefined, checkOptions: CheckOptions): Promise<{ forms: FoundForm[]; error?: string }> {
  const loaded = await loadWorkbook(file);
  if (!loaded.ok) return { forms: [], error: loaded.error };
  const selected = selectWorksheets(loaded.workbook, sheet);
  if (!selected.ok) return { forms: [], error: selected.error };
  const forms: FoundForm[] = [];
  for (const worksheet of selected.worksheets) {
    try {
      const report = checkGrid(worksheetToGrid(worksheet), checkOptions);
      for (const form of report.forms) forms.push({ sheet: worksheet.name, report: form });
    } catch {
      // A sheet the checker cannot read is not a form to report on; the others still are.
    }
  }
  return { forms };
}

/** Usage problems of the report command, checked before any file is read. */
export function reportUsageProblem(options: CliOptions): string | undefined {
  if (options.files.length === 0) return "请给出自评表文件，例如：ziping report 自评表.xlsx --out 自评报告.docx";
  if (options.files.length > 1) return "report 一次只处理一个工作簿，请只给出一个 .xlsx 文件。";
  const misplaced = options.fix ? "--fix" : options.report ? "--report" : options.format !== "text" ? "--format" : undefined;
  if (misplaced) return `report 命令不接受 ${misplaced}${misplaced === "--format" ? "：报告格式由 --out 的扩展名决定（.docx、.md 或 .txt）" : ""}。`;
  if (options.out !== undefined && !reportFileKind(options.out)) return `--out 的文件名须以 .docx、.md 或 .txt 结尾（收到“${options.out}”）。`;
  if (reportFileKind(options.files[0])) return `“${options.files[0]}”是报告文件，不是自评表。用法：ziping report 自评表.xlsx --out 自评报告.docx`;
  return undefined;
}

export async function runReport(options: CliOptions, io: CliIO): Promise<number> {
  const input = expandInputs(options.files)[0];
  const fail = (message: string) => {
    io.stderr.write(`ziping：${message}\n`);
    return 2;
  };
  if (input.expanded || input.error) return fail(`report 一次只处理一个工作簿，请给出一个 .xlsx 文件，不能是文件夹或通配符。`);
  const found = await formsOfWorkbook(input.file, options.sheet, { profile: options.profile, grades: options.grades });
  if (found.error) return fail(`${input.file}：无法生成自评报告：${found.error}`);
  if (found.forms.length === 0) {
    return fail(`${input.file}${options.sheet ? `（工作表“${options.sheet}”）` : ""}中未识别出自评表，无法生成自评报告。`);
  }
  const docs: ReportDocument[] = found.forms.map((f) => buildReport(f.report, options.year !== undefined ? { year: options.year } : {}));
  const kind = options.out !== undefined ? reportFileKind(options.out) : undefined;
  if (options.out === undefined) io.stdout.write(reportsToText(docs));
  else {
    try {
      const bytes = kind === "docx" ? await reportsToDocx(docs) : kind === "md" ? Buffer.from(reportsToMarkdown(docs), "utf8") : textFileBytes(reportsToText(docs));
      fs.writeFileSync(options.out, bytes);
    } catch (e) {
      return fail(`无法写入 ${options.out}：${e instanceof Error ? e.message : String(e)}`);
    }
  }
  // With --out the summary is the command's output; without it stdout carries the report, so it goes to stderr.
  const summary = options.out === undefined ? io.stderr : io.stdout;
  summary.write(summaryLines(found.forms, docs, options).join("\n") + "\n");
  return 0;
}

function summaryLines(forms: FoundForm[], docs: ReportDocument[], options: CliOptions): string[] {
  const lines: string[] = [];
  lines.push(options.out !== undefined ? `已生成自评报告：${options.out}（${forms.length} 篇）` : `已生成自评报告（${forms.length} 篇）。`);
  let yearMissing = false;
  for (let i = 0; i < forms.length; i++) {
    const r = forms[i].report;
    const errors = r.findings.filter((f) => f.severity === "error").length;
    let line = `  工作表“${forms[i].sheet}” ${r.range}：${docs[i].title}`;
    if (errors) line += `（自评表有 ${errors} 处错误，已列入报告“存在的问题”，建议先用 ziping check 核对修正）`;
    lines.push(line);
    if (r.form.year === undefined && options.year === undefined) yearMissing = true;
  }
  if (yearMissing) lines.push("  提示：自评表未写明年度，报告中写作“本年度”；可用 --year 指定，如 --year 2024。");
  lines.push("  报告为初稿：项目背景、工作开展情况等需按实际情况补充和修改。");
  return lines;
}
