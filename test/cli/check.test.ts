import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { checkGrid } from "../../src/core/check";
import { gridFromValues } from "../../src/core/grid";
import { fixtureToGrid, readFixture } from "../fixtures/fixture";
import { buildFormGrid } from "../helpers/form-builder";
import { makeTempDir, removeDir, runCli, writeXlsx } from "../helpers/cli";

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const cfbFile = (streamName: string) => Buffer.concat([CFB, Buffer.alloc(504), Buffer.from(streamName, "utf16le"), Buffer.alloc(1024)]);

let dir: string;
let valid: string;
let sample: string;
let wrongScore: string;

const sampleGrid = () => fixtureToGrid(readFixture("sample-ziyang-2022"));
const notes = () => gridFromValues("填表说明", [["填表说明"], ["1. 金额单位为万元。"]]);

beforeAll(async () => {
  dir = makeTempDir();
  valid = await writeXlsx(dir, "valid.xlsx", [buildFormGrid({})]);
  sample = await writeXlsx(dir, "sample.xlsx", [sampleGrid(), notes()]);
  wrongScore = await writeXlsx(dir, "wrong-score.xlsx", [buildFormGrid({ budgetScore: 9, totalScore: 99 })]);
});

afterAll(() => removeDir(dir));

describe("text output and exit codes", () => {
  test("a fully valid form: exit 0, the score line, no problems", async () => {
    // Precondition: rules are being added all the time; this test needs a form with no error-level finding.
    const errors = checkGrid(buildFormGrid({})).forms[0].findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.rule + "@" + f.cells[0])).toEqual([]);
    const run = await runCli(["check", valid]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(valid);
    expect(run.stdout).toContain("B1:J21");
    expect(run.stdout).toContain("全国通用（财预〔2020〕10号附件1）");
    expect(run.stdout).toContain("总分：表中 99.5，重算 99.5，等级 优");
    expect(run.stdout).toContain("共检查 1 个文件、1 个工作表，识别出 1 张自评表");
    expect(run.stderr).toBe(""); // no progress for a single file
  });

  test("the real sample: exit 1, findings grouped by severity with cells, rule id and message", async () => {
    const report = checkGrid(sampleGrid()).forms[0];
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    const run = await runCli(["check", sample]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("湖南样式");
    expect(run.stdout).toContain("总分：表中 98，重算 98，等级 优");
    expect(run.stdout).toContain(`错误（${errors.length}）`);
    for (const f of errors) {
      const line = run.stdout.split("\n").filter((l) => l.indexOf(f.message) >= 0)[0];
      expect(line).toContain(f.cells[0]);
      expect(line).toContain(`[${f.rule} ${f.code}]`);
    }
    const warnings = report.findings.filter((f) => f.severity === "warning").length;
    if (warnings) expect(run.stdout.indexOf(`警告（${warnings}）`)).toBeGreaterThan(run.stdout.indexOf("错误（"));
  });

  test("a sheet that is not a form shows its note", async () => {
    const run = await runCli(["check", sample]);
    expect(run.stdout).toMatch(/工作表“填表说明”：未识别为自评表/);
  });

  test("a computable fix is shown as 建议", async () => {
    const run = await runCli(["check", wrongScore]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("表中为 9");
    expect(run.stdout).toContain("建议：J6 改为 9.5");
    expect(run.stdout).toContain("总分：表中 99，重算 99.5，等级 优");
  });

  test("several forms stacked on one sheet are each reported", async () => {
    const fixture = readFixture("stacked-two-forms");
    const file = await writeXlsx(dir, "stacked.xlsx", [fixtureToGrid(fixture)]);
    const ranges = checkGrid(fixtureToGrid(fixture)).forms.map((f) => f.range);
    expect(ranges.length).toBe(2);
    const run = await runCli(["check", file]);
    for (const range of ranges) expect(run.stdout).toContain(" " + range + "：");
  });
});

describe("--format json", () => {
  test("prints exactly one JSON document with files, sheets, forms and findings", async () => {
    const run = await runCli(["check", sample, valid, "--format", "json"]);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(["files"]);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([sample, valid]);
    const [formSheet, notesSheet] = doc.files[0].sheets;
    expect(formSheet.sheet).toBe("Sheet1");
    const form = formSheet.forms[0];
    expect(form).toMatchObject({ range: "B1:J29", variant: "T-HN-ZY", profile: "hunan", score: { declared: 98, computed: 98, grade: "优" } });
    expect(typeof form.variantName).toBe("string");
    const expected = checkGrid(sampleGrid()).forms[0].findings;
    expect(form.findings.length).toBe(expected.length);
    for (const f of form.findings) {
      expect(Object.keys(f).sort()).toEqual(["category", "cells", "code", "message", "rule", "severity"].concat(f.fix ? ["fix"] : []).sort());
      expect(["error", "warning", "info"]).toContain(f.severity);
    }
    expect(notesSheet).toEqual({ sheet: "填表说明", forms: [], note: expect.stringMatching(/^未识别为自评表/) });
    expect(doc.files[1].sheets[0].forms[0].findings).toEqual([]);
    expect(doc.files[1].error).toBeUndefined();
  });

  test("fix entries carry cell and value, not the previous value", async () => {
    const run = await runCli(["check", wrongScore, "--format=json"]);
    const findings = JSON.parse(run.stdout).files[0].sheets[0].forms[0].findings;
    const budget = findings.filter((f: { cells: string[] }) => f.cells[0] === "J6")[0];
    expect(budget.severity).toBe("error");
    expect(budget.fix).toEqual([{ cell: "J6", value: 9.5 }]);
  });

  test("--profile and --grades are passed to the checker", async () => {
    const run = await runCli(["check", valid, "--format", "json", "--profile", "sichuan", "--grades", "legacy"]);
    expect(JSON.parse(run.stdout).files[0].sheets[0].forms[0].profile).toBe("sichuan");
    const text = await runCli(["check", valid, "--profile", "sichuan", "--grades", "legacy"]);
    expect(text.stdout).toContain("四川（510000 样式");
    expect(text.stdout).toContain("旧版等级分档 80/70/60");
  });

  test("an unusable file gets an error entry; exit 2", async () => {
    const run = await runCli(["check", valid, path.join(dir, "missing.xlsx"), "--format", "json"]);
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout);
    expect(doc.files[1]).toEqual({ file: path.join(dir, "missing.xlsx"), sheets: [], error: expect.stringContaining("找不到文件") });
  });
});

describe("inputs", () => {
  test("a folder expands to its .xlsx/.xlsm files, skipping lock files; progress goes to stderr", async () => {
    const folder = path.join(dir, "folder");
    fs.mkdirSync(folder);
    await writeXlsx(folder, "b.xlsx", [buildFormGrid({})]);
    await writeXlsx(folder, "a.xlsm", [buildFormGrid({})]);
    fs.writeFileSync(path.join(folder, "~$b.xlsx"), "lock");
    fs.writeFileSync(path.join(folder, "readme.txt"), "not a workbook");
    fs.mkdirSync(path.join(folder, "sub.xlsx"));
    const run = await runCli(["check", folder]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(path.join(folder, "a.xlsm"));
    expect(run.stdout).toContain(path.join(folder, "b.xlsx"));
    expect(run.stdout).not.toContain("~$");
    expect(run.stdout).toContain("共检查 2 个文件");
    expect(run.stderr).toBe(`[1/2] 正在检查 ${path.join(folder, "a.xlsm")}\n[2/2] 正在检查 ${path.join(folder, "b.xlsx")}\n`);
  });

  test("an empty folder is unusable input", async () => {
    const empty = path.join(dir, "empty");
    fs.mkdirSync(empty);
    const run = await runCli(["check", empty]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("文件夹中没有 .xlsx、.xlsm 或 .xls 文件");
  });

  test("a simple wildcard expands in its folder", async () => {
    const run = await runCli(["check", path.join(dir, "v*.xlsx")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(valid);
    expect(run.stdout).not.toContain(sample);
  });

  test.each([
    ["old.xls", cfbFile("Workbook"), /旧版 Excel 97-2003 工作簿（\.xls）.*另存为.*\.xlsx/],
    ["locked.xlsx", cfbFile("EncryptedPackage"), /工作簿已加密，请先取消密码：在 Excel\/WPS 中打开/],
    ["unknown-cfb.xlsx", Buffer.concat([CFB, Buffer.alloc(600)]), /不是 \.xlsx：可能是已加密的工作簿（请先取消密码），或是旧版 Office 文件/],
    ["renamed-xls.xlsx", cfbFile("Workbook"), /旧版 Excel 97-2003 工作簿（\.xls）/],
    ["garbage.xlsx", Buffer.from("这不是表格，只是一段文字。"), /不是 Excel 工作簿/],
    ["web.xls", Buffer.from("<html><body><table><tr><td>1</td></tr></table></body></html>"), /网页（HTML\/XML）格式/],
    ["broken.xlsx", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)]), /已损坏/],
    ["empty.xlsx", Buffer.alloc(0), /文件是空的/],
  ])("%s is reported as unusable (exit 2) in zh-CN", async (name, bytes, message) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const run = await runCli(["check", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(file + "\n  无法检查：");
    expect(run.stdout).toMatch(message);
  });

  test("a folder lists its legacy .xls files as needing conversion (exit 2); the others are still checked", async () => {
    const folder = path.join(dir, "with-xls");
    fs.mkdirSync(folder);
    await writeXlsx(folder, "a.xlsx", [buildFormGrid({})]);
    fs.writeFileSync(path.join(folder, "b.xls"), cfbFile("Workbook"));
    const run = await runCli(["check", folder]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("总分：表中 99.5，重算 99.5，等级 优");
    expect(run.stdout).toMatch(/b\.xls\n  无法检查：这是旧版 Excel 97-2003 工作簿（\.xls）/);
    expect(run.stdout).toContain("共检查 2 个文件（1 个无法检查）");
  });

  test("a workbook without a 自评表 is unusable input (exit 2), says why per sheet, and gets no --fix copy", async () => {
    const none = await writeXlsx(dir, "no-form.xlsx", [notes(), gridFromValues("明细", [["日期", "摘要", "金额"], ["2024-01-02", "办公用品", 120]])]);
    const run = await runCli(["check", none]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/工作表“填表说明”：未识别为自评表/);
    expect(run.stdout).toContain("共检查 1 个文件、2 个工作表，未识别出自评表。");
    const json = JSON.parse((await runCli(["check", none, "--format", "json"])).stdout);
    expect(json.files[0].noForm).toBe(true);
    const out = path.join(dir, "no-form-fixed.xlsx");
    expect((await runCli(["check", none, "--fix", out])).code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
    // With a form in another file, the tally names the file without one.
    const mixed = await runCli(["check", none, valid]);
    expect(mixed.code).toBe(2);
    expect(mixed.stdout).toContain("共检查 2 个文件（1 个未识别出自评表）、3 个工作表，识别出 1 张自评表");
  });

  test("a sheet the checker fails on is reported as such (exit 2), not as “no form”; other sheets are still checked", async () => {
    const core = require("../../src/core/check");
    const real = core.checkGrid;
    const spy = jest.spyOn(core, "checkGrid").mockImplementation((...args: unknown[]) => {
      const grid = args[0] as { sheetName: string };
      if (grid.sheetName === "填表说明") throw new Error("boom");
      return real(...args);
    });
    try {
      const run = await runCli(["check", sample]);
      expect(run.code).toBe(2);
      expect(run.stdout).toContain("工作表“填表说明”：无法检查：检查此工作表时程序出错（boom）");
      expect(run.stdout).toContain("总分：表中 98，重算 98，等级 优");
      expect(run.stdout).toContain("共检查 1 个文件（1 个无法检查）");
    } finally {
      spy.mockRestore();
    }
  });

  test("a missing file is unusable; the other files are still checked", async () => {
    const missing = path.join(dir, "不存在.xlsx");
    const run = await runCli(["check", missing, sample]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("找不到文件");
    expect(run.stdout).toContain("总分：表中 98，重算 98，等级 优");
    expect(run.stdout).toContain("共检查 2 个文件（1 个无法检查）");
  });
});

describe("--fix", () => {
  async function cellValue(file: string, address: string): Promise<ExcelJS.CellValue> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb.worksheets[0].getCell(address).value;
  }

  test("writes a corrected copy and never touches the input", async () => {
    const before = fs.readFileSync(wrongScore);
    const out = path.join(dir, "fixed.xlsx");
    const run = await runCli(["check", wrongScore, "--fix", out]);
    expect(run.code).toBe(1); // the exit code reports the input
    expect(fs.readFileSync(wrongScore).equals(before)).toBe(true);
    expect(await cellValue(out, "J6")).toBe(9.5);
    expect(await cellValue(out, "I20")).toBe(99.5);
    expect(await cellValue(wrongScore, "J6")).toBe(9);
    expect(run.stdout).toContain(`已另存为 ${out}（原文件未改动）`);
    expect(run.stdout).toMatch(/“Sheet1”!J6：9 → 9\.5/);
    expect(run.stdout).toContain("修改后重新检查：错误 0 处");
    const again = await runCli(["check", out]);
    expect(again.code).toBe(0);
  });

  test("--formulas writes live formulas with cached results", async () => {
    const out = path.join(dir, "fixed-formulas.xlsx");
    const run = await runCli(["check", wrongScore, "--fix", out, "--formulas", "--format", "json"]);
    const fixed = JSON.parse(run.stdout).files[0].fixed;
    expect(fixed.output).toBe(out);
    expect(fixed.changes.filter((c: { cell: string }) => c.cell === "J6")[0]).toMatchObject({ sheet: "Sheet1", previous: 9, formula: "=ROUND(MIN(I6,1)*H6,2)" });
    expect(await cellValue(out, "J6")).toEqual({ formula: "ROUND(MIN(I6,1)*H6,2)", result: 9.5 });
    expect((await runCli(["check", out])).code).toBe(0);
  });

  test("refused when the output is the input, however it is spelled", async () => {
    const before = fs.readFileSync(wrongScore);
    const spelled = path.join(dir, "folder", "..", path.basename(wrongScore));
    for (const out of [wrongScore, spelled]) {
      const run = await runCli(["check", wrongScore, "--fix", out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("不能是输入文件本身");
      expect(run.stdout).toBe("");
    }
    expect(fs.readFileSync(wrongScore).equals(before)).toBe(true);
  });

  test("refused for more than one input, a folder, or a non-.xlsx output", async () => {
    const two = await runCli(["check", valid, sample, "--fix", path.join(dir, "x.xlsx")]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("--fix 一次只能处理一个文件");
    const folder = await runCli(["check", path.join(dir, "folder"), "--fix", path.join(dir, "x.xlsx")]);
    expect(folder.code).toBe(2);
    const xls = await runCli(["check", valid, "--fix", path.join(dir, "x.xls")]);
    expect(xls.code).toBe(2);
    expect(xls.stderr).toContain("须以 .xlsx 结尾");
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });

  test("an unusable input writes nothing", async () => {
    const out = path.join(dir, "never.xlsx");
    const run = await runCli(["check", path.join(dir, "missing.xlsx"), "--fix", out]);
    expect(run.code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("usage", () => {
  test("--help and no arguments print the zh-CN help", async () => {
    for (const argv of [["--help"], ["-h"], []]) {
      const run = await runCli(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("用法：");
      expect(run.stdout).toContain("ziping check <文件或文件夹>");
    }
  });

  test("--version prints the package version", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));
    const run = await runCli(["--version"]);
    expect(run).toEqual({ code: 0, stdout: pkg.version + "\n", stderr: "" });
  });

  test.each([
    [["check"], "请给出要检查的"],
    [["check", "a.xlsx", "--format", "xml"], "--format 的取值应为 text 或 json"],
    [["check", "a.xlsx", "--profile", "beijing"], "--profile 的取值应为"],
    [["check", "a.xlsx", "--grades"], "--grades 后面缺少取值"],
    [["check", "a.xlsx", "--colour"], "未知选项 --colour"],
    [["check", "a.xlsx", "--formulas"], "--formulas 只能与 --fix 一起使用"],
    [["a.xlsx"], "检查文件请用：ziping check a.xlsx"],
    [["lint"], "未知命令“lint”"],
  ])("%j is a usage error (exit 2)", async (argv, message) => {
    const run = await runCli(argv as string[]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("ziping --help");
  });
});
