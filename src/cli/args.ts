// A small argument parser: `ziping check FILE… [--format text|json] [--profile …] [--grades …] [--fix OUT] [--formulas]
// [--report TEXT] [--sheet NAME]` and `ziping report FILE [--out OUT] [--sheet NAME] [--year N]`. Which options go with
// which command is checked in main.ts.
import type { ProfileName } from "../core/profile";
import { PROFILES, isProfileName } from "../core/profile";

export interface CliOptions {
  command?: string;
  files: string[];
  format: "text" | "json";
  profile?: ProfileName;
  grades?: "national" | "legacy";
  fix?: string;
  /** `report --out`: the report file to write (.docx, .md or .txt). */
  out?: string;
  /** Only this worksheet. */
  sheet?: string;
  /** `check --report`: a 自评报告 (.txt, .md or .docx) to check against the form. */
  report?: string;
  /** `report --year`: the evaluation year when the form does not state it. */
  year?: number;
  formulas: boolean;
  replaceFormulas: boolean;
  help: boolean;
  version: boolean;
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; error: string };

const VALUE_OPTIONS = ["--format", "--profile", "--grades", "--fix", "--out", "--sheet", "--report", "--year"];

export function parseArgs(argv: string[]): ParseResult {
  const options: CliOptions = { files: [], format: "text", formulas: false, replaceFormulas: false, help: false, version: false };
  const positionals: string[] = [];
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || arg === "-" || arg.charAt(0) !== "-") {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (VALUE_OPTIONS.indexOf(name) >= 0 && value === undefined) {
      value = argv[i + 1];
      if (value === undefined || (value.charAt(0) === "-" && value.length > 1)) return fail(`选项 ${name} 后面缺少取值${valueHint(name)}。`);
      i++;
    } else if (VALUE_OPTIONS.indexOf(name) < 0 && value !== undefined) {
      return fail(`选项 ${name} 不接受取值。`);
    }
    switch (name) {
      case "-h":
      case "--help":
        options.help = true;
        break;
      case "-v":
      case "-V":
      case "--version":
        options.version = true;
        break;
      case "--format":
        if (value !== "text" && value !== "json") return fail(`--format 的取值应为 text 或 json，收到“${value}”。`);
        options.format = value;
        break;
      case "--profile":
        if (!isProfileName(value as string)) return fail(`--profile 的取值应为 ${Object.keys(PROFILES).join("、")} 之一，收到“${value}”。`);
        options.profile = value as ProfileName;
        break;
      case "--grades":
        if (value !== "national" && value !== "legacy") return fail(`--grades 的取值应为 national（90/80/60 分档）或 legacy（80/70/60 分档），收到“${value}”。`);
        options.grades = value;
        break;
      case "--fix":
        if (!value) return fail("--fix 后面缺少输出文件名，例如 --fix 修正后.xlsx。");
        options.fix = value;
        break;
      case "--out":
        if (!value) return fail("--out 后面缺少输出文件名，例如 --out 自评报告.docx。");
        options.out = value;
        break;
      case "--sheet":
        if (!value) return fail("--sheet 后面缺少工作表名称。");
        options.sheet = value;
        break;
      case "--report":
        if (!value) return fail("--report 后面缺少自评报告文件名，例如 --report 自评报告.txt。");
        options.report = value;
        break;
      case "--year":
        if (!/^\d{4}$/.test(value as string) || Number(value) < 2000 || Number(value) > 2100) return fail(`--year 的取值应为四位年份，如 2024，收到“${value}”。`);
        options.year = Number(value);
        break;
      case "--formulas":
        options.formulas = true;
        break;
      case "--replace-formulas":
        options.replaceFormulas = true;
        break;
      default:
        return fail(`未知选项 ${name}。`);
    }
  }
  if (positionals.length) {
    options.command = positionals[0];
    options.files = positionals.slice(1);
  }
  if ((options.formulas || options.replaceFormulas) && !options.fix && !options.help && !options.version) {
    return fail(`${options.formulas ? "--formulas" : "--replace-formulas"} 只能与 --fix 一起使用。`);
  }
  return { ok: true, options };
}

function fail(error: string): ParseResult {
  return { ok: false, error };
}

function valueHint(name: string): string {
  if (name === "--format") return "（text 或 json）";
  if (name === "--profile") return `（${Object.keys(PROFILES).join("、")}）`;
  if (name === "--grades") return "（national 或 legacy）";
  if (name === "--sheet") return "（工作表名称）";
  if (name === "--report") return "（自评报告文件名）";
  if (name === "--year") return "（四位年份）";
  return "（输出文件名）";
}

export const HELP_TEXT = `自评表助手（Ziping）命令行：检查项目支出绩效自评表的计算、结构和填写问题，生成并核对自评报告。

用法：
  ziping check <文件或文件夹>... [选项]
  ziping check --report <自评报告> <自评表.xlsx> [选项]
  ziping report <自评表.xlsx> [--out <报告文件>] [选项]
  ziping --help
  ziping --version

命令：
  check               检查自评表。
  check --report      另外核对自评报告：找出金额（万元）、执行率、得分、总分、等级、指标值与自评表不符的表述。
  report              按自评表生成自评报告初稿（项目概况、综合评价结论、绩效目标实现情况分析、存在的问题
                      和改进措施等），数字全部取自表中。工作簿有多张自评表时，每张表生成一篇报告，依次写入
                      同一个文件（Word 中每篇另起一页）。

参数：
  <文件或文件夹>      .xlsx 或 .xlsm 工作簿；给出文件夹时检查其中所有 .xlsx/.xlsm 文件（不含子文件夹），
                      其中的旧版 .xls 文件也会列出，并说明如何另存为 .xlsx。
                      每个文件的每个工作表都会检查，一个工作表可以有一张或上下排列的多张自评表。

选项：
  --format text|json  输出格式：text 为便于阅读的文字（默认），json 为一个 JSON 文档，便于程序处理。
  --profile <口径>    评分口径：national（全国通用）、hunan（湖南）、sichuan（四川）、guangxi（广西）、
                      pmkpi（预算管理一体化系统兼容）。默认按识别出的表样自动选择。
  --grades national|legacy
                      等级分档：national 为 90/80/60（默认），legacy 为旧版 80/70/60。
  --sheet <名称>      只处理这个工作表。
  --fix <输出.xlsx>   把可自动计算的单元格（执行率、得分、小计、总分、等级）改正后另存为新文件；
                      只能检查一个文件，原文件不会改动。
  --formulas          与 --fix 同用：写入公式（如 =IFERROR(G6/F6,0)）而不是数值，表格保持联动。
  --replace-formulas  与 --fix 同用：已有公式的单元格也改写（默认保留原公式，只提示）。
  --report <文件>     check 用：要核对的自评报告，.txt、.md 或 .docx（文本文件可为 UTF-8 或 GBK 编码）。
                      只能核对一个工作簿；工作簿有多张自评表时，按报告中的项目名称选择。
  --out <文件>        report 用：报告写入的文件，按扩展名决定格式：.docx（Word/WPS 文档，A4，仿宋正文、
                      黑体标题）、.md（Markdown）或 .txt（纯文本）。不给出时报告以纯文本输出到屏幕。
  --year <年份>       report 用：自评表未写明年度时，报告中使用的年度，如 --year 2024。
  -h, --help          显示本帮助。
  -v, --version       显示版本号。

退出码：
  0  没有发现错误（可能有警告或提示）；report 命令已生成报告
  1  发现错误：自评表有错误，或自评报告有与自评表不符的表述
  2  输入无法使用：文件不存在、不是工作簿、旧版 .xls、已加密或已损坏、未识别出自评表、检查工作表时程序出错，
     或命令用法有误

示例：
  ziping check 2024年自评表.xlsx
  ziping check 自评表文件夹 --format json > 结果.json
  ziping check 自评表.xlsx --fix 自评表-修正.xlsx --formulas
  ziping check --report 自评报告.txt 自评表.xlsx
  ziping report 自评表.xlsx --out 自评报告.docx --year 2024
`;
