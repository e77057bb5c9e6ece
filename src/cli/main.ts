// `ziping check …`: checks every worksheet of .xlsx/.xlsm files and reports like a linter (exit 0 / 1 / 2); with
// --report it also checks a 自评报告 against the form. `ziping report …` (report-command.ts) writes the report draft.
import type { CheckOptions } from "../core/check";
import type { CliOptions } from "./args";
import { HELP_TEXT, parseArgs } from "./args";
import { READ_BATCH, checkRead, readBatch } from "./batch";
import { fixTargetProblem, writeFixedCopy } from "./fix";
import type { InputFile } from "./input";
import { expandInputs } from "./input";
import type { FixOutcome, JsonFile, JsonReportFinding, JsonReportTarget } from "./report";
import { addToTally, cannotCheck, changeText, emptyTally, fileToText, reportCheckToText, reportCountsOf, reportTallyText, tallyText } from "./report";
import { pickForm, reportFindings } from "./check-report";
import type { FoundForm } from "./report-command";
import { reportUsageProblem, runReport } from "./report-command";
import type { ReadReportResult } from "./report-files";
import { readReportText } from "./report-files";
import { packageVersion } from "./version";

export interface OutputStream {
  write(chunk: string): unknown;
}

export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNUSABLE = 2;

export async function main(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usageError(io, parsed.error);
  const options = parsed.options;
  if (options.version) {
    io.stdout.write(packageVersion() + "\n");
    return EXIT_OK;
  }
  if (options.help || !options.command) {
    io.stdout.write(HELP_TEXT);
    return EXIT_OK;
  }
  if (options.command === "report") {
    const problem = reportUsageProblem(options);
    if (problem) return usageError(io, problem);
    return runReport(options, io);
  }
  if (options.command !== "check") {
    const looksLikeFile = /\.(xlsx|xlsm|xls)$/i.test(options.command);
    return usageError(io, `未知命令“${options.command}”。` + (looksLikeFile ? `检查文件请用：ziping check ${options.command}` : "可用的命令：check、report。"));
  }
  if (options.out !== undefined || options.year !== undefined) {
    return usageError(io, `check 命令不接受 ${options.out !== undefined ? "--out" : "--year"}：生成自评报告请用 ziping report 自评表.xlsx --out 自评报告.docx。`);
  }
  if (options.files.length === 0) return usageError(io, "请给出要检查的 .xlsx 文件或文件夹，例如：ziping check 自评表.xlsx");
  const inputs = expandInputs(options.files);
  if (options.fix) {
    if (inputs.length !== 1 || inputs[0].expanded) return usageError(io, "--fix 一次只能处理一个文件，请只给出一个 .xlsx 文件（不能是文件夹或多个文件）。");
    const problem = fixTargetProblem(inputs[0].file, options.fix);
    if (problem) return usageError(io, problem);
  }
  let reportInput: ReportInput | undefined;
  if (options.report !== undefined) {
    if (inputs.length !== 1 || inputs[0].expanded) return usageError(io, "--report 只能对照一个工作簿核对，请只给出一个 .xlsx 文件（不能是文件夹或多个文件）。");
    const read = await readReportText(options.report);
    if (!read.ok) return usageError(io, read.error);
    reportInput = { file: options.report, read };
  }
  return run(inputs, options, io, reportInput);
}

interface ReportInput {
  file: string;
  read: Extract<ReadReportResult, { ok: true }>;
}

interface ReportOutcome {
  target?: JsonReportTarget;
  findings: JsonReportFinding[];
  error?: string;
}

/** The report checked against the form it is about, among the forms of the (only) input file. */
function checkReportAgainst(input: ReportInput, workbook: string, forms: FoundForm[]): ReportOutcome {
  const picked = pickForm(forms, input.read.text);
  if (!picked.form) return { findings: [], error: picked.error };
  const target: JsonReportTarget = { file: input.file, workbook, sheet: picked.form.sheet, range: picked.form.report.range };
  return { target, findings: reportFindings(picked.form, input.read.text) };
}

async function run(inputs: InputFile[], options: CliOptions, io: CliIO, reportInput?: ReportInput): Promise<number> {
  const checkOptions: CheckOptions = { profile: options.profile, grades: options.grades };
  const tally = emptyTally();
  const files: JsonFile[] = [];
  let unusable = false;
  let reportOutcome: ReportOutcome | undefined;
  const readOptions = { sheet: options.sheet, keepWorkbook: !!options.fix };
  let done = 0;
  for (let start = 0; start < inputs.length; start += READ_BATCH) {
    const reads = await readBatch(inputs.slice(start, start + READ_BATCH), readOptions, (input) => {
      done++;
      if (inputs.length > 1) io.stderr.write(`[${done}/${inputs.length}] 正在检查 ${input.file}\n`);
    });
    for (const read of reads) {
      const { file, forms, checked } = checkRead(read, checkOptions);
      if (options.fix && read.workbook && !file.noForm) {
        file.fixed = await writeFixedCopy(read.workbook, checked, options.fix, { ...checkOptions, formulas: options.formulas, replaceFormulas: options.replaceFormulas });
      }
      if (cannotCheck(file) || file.noForm || (file.fixed && file.fixed.error)) unusable = true;
      addToTally(tally, file);
      let lines = fileToText(file, options.grades === "legacy").concat(file.fixed ? fixLines(file.fixed) : []);
      if (reportInput && !file.error) {
        reportOutcome = checkReportAgainst(reportInput, read.input.file, forms);
        if (reportOutcome.error) unusable = true;
        if (reportOutcome.target) lines = lines.concat(reportCheckToText(reportOutcome.target, reportOutcome.findings, reportInput.read.kind === "docx"));
        else lines.push(`  自评报告 ${reportInput.file}：无法核对：${reportOutcome.error}`);
      }
      if (options.format === "json") files.push(file);
      else io.stdout.write(lines.concat([""]).join("\n") + "\n");
    }
  }
  if (options.format === "json") {
    const doc: { files: JsonFile[]; report?: JsonReportTarget | { file: string; error: string }; reportFindings?: JsonReportFinding[] } = { files };
    if (reportOutcome) {
      doc.report = reportOutcome.target || { file: reportInput ? reportInput.file : "", error: reportOutcome.error || "" };
      doc.reportFindings = reportOutcome.findings;
    }
    io.stdout.write(JSON.stringify(doc, null, 2) + "\n");
  } else {
    io.stdout.write(tallyText(tally) + "\n");
    if (reportOutcome && reportOutcome.target) io.stdout.write(reportTallyText(reportOutcome.findings) + "\n");
  }
  if (unusable) return EXIT_UNUSABLE;
  const reportErrors = reportOutcome ? reportCountsOf(reportOutcome.findings).error : 0;
  return tally.counts.error > 0 || reportErrors > 0 ? EXIT_ERRORS_FOUND : EXIT_OK;
}

function fixLines(fixed: FixOutcome): string[] {
  if (fixed.error) return ["  另存失败：" + fixed.error];
  const lines: string[] = [];
  if (fixed.changes.length === 0) lines.push(`  没有需要自动修改的单元格，已原样另存为 ${fixed.output}（原文件未改动）。`);
  else {
    lines.push(`  已另存为 ${fixed.output}（原文件未改动），修改 ${fixed.changes.length} 处：`);
    for (const change of fixed.changes) lines.push("    " + changeText(change));
  }
  if (fixed.skipped.length) {
    lines.push(`  未修改 ${fixed.skipped.length} 处：`);
    for (const s of fixed.skipped) lines.push(`    “${s.sheet}”!${s.cell}：${s.reason}`);
  }
  const r = fixed.remaining;
  lines.push(`  修改后重新检查：错误 ${r.error} 处，警告 ${r.warning} 处，提示 ${r.info} 处${r.error + r.warning + r.info ? "（需手工处理）" : ""}。`);
  lines.push("  说明：副本由 Ziping 重新生成，单元格的值、公式、格式和合并区域保留，图表、图片、宏等对象可能丢失，请核对后使用。");
  return lines;
}

function usageError(io: CliIO, message: string): number {
  io.stderr.write(`ziping：${message}\n运行 ziping --help 查看用法。\n`);
  return EXIT_UNUSABLE;
}
