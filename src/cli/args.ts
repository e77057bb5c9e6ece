// A small argument parser: `ziping check FILE… [--format text|json] [--profile …] [--grades …] [--fix OUT] [--formulas]`.
import type { ProfileName } from "../core/profile";
import { PROFILES, isProfileName } from "../core/profile";

export interface CliOptions {
  command?: string;
  files: string[];
  format: "text" | "json";
  profile?: ProfileName;
  grades?: "national" | "legacy";
  fix?: string;
  formulas: boolean;
  replaceFormulas: boolean;
  help: boolean;
  version: boolean;
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; error: string };

const VALUE_OPTIONS = ["--format", "--profile", "--grades", "--fix"];

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
  return "（输出文件名）";
}

export const HELP_TEXT = `自评表助手（Ziping）命令行：检查项目支出绩效自评表的计算、结构和填写问题。

用法：
  ziping check <文件或文件夹>... [选项]
  ziping --help
  ziping --version

参数：
  <文件或文件夹>      .xlsx 或 .xlsm 工作簿；给出文件夹时检查其中所有 .xlsx/.xlsm 文件（不含子文件夹）。
                      每个文件的每个工作表都会检查，一个工作表可以有一张或上下排列的多张自评表。

选项：
  --format text|json  输出格式：text 为便于阅读的文字（默认），json 为一个 JSON 文档，便于程序处理。
  --profile <口径>    评分口径：national（全国通用）、hunan（湖南）、sichuan（四川）、guangxi（广西）、
                      pmkpi（预算管理一体化系统兼容）。默认按识别出的表样自动选择。
  --grades national|legacy
                      等级分档：national 为 90/80/60（默认），legacy 为旧版 80/70/60。
  --fix <输出.xlsx>   把可自动计算的单元格（执行率、得分、小计、总分、等级）改正后另存为新文件；
                      只能检查一个文件，原文件不会改动。
  --formulas          与 --fix 同用：写入公式（如 =IFERROR(G6/F6,0)）而不是数值，表格保持联动。
  --replace-formulas  与 --fix 同用：已有公式的单元格也改写（默认保留原公式，只提示）。
  -h, --help          显示本帮助。
  -v, --version       显示版本号。

退出码：
  0  没有发现错误（可能有警告或提示）
  1  发现错误
  2  输入无法使用：文件不存在、不是工作簿、旧版 .xls、已加密或已损坏，或命令用法有误

示例：
  ziping check 2024年自评表.xlsx
  ziping check 自评表文件夹 --format json > 结果.json
  ziping check 自评表.xlsx --fix 自评表-修正.xlsx --formulas
`;
