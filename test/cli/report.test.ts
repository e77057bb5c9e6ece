// `ziping report` (the 自评报告 draft as .docx / .md / .txt) and `ziping check --report` (the report against the form).
import JSZip from "jszip";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { checkGrid } from "../../src/core/check";
import { gridFromValues } from "../../src/core/grid";
import type { ReportDocument } from "../../src/core/report";
import { buildReport, reportToLines } from "../../src/core/report";
import { reportsToDocx } from "../../src/cli/report-docx";
import { fixtureToGrid, readFixture } from "../fixtures/fixture";
import { buildFormGrid } from "../helpers/form-builder";
import { makeTempDir, removeDir, runCli, writeXlsx } from "../helpers/cli";

const SAMPLE_REPORT = path.join(__dirname, "..", "fixtures", "report-ziyang-2022.txt");
const SAMPLE_TITLE = "2022年度中共益阳市资阳区委办公室机要密码专项项目支出绩效自评报告";

let dir: string;
let sample: string;
let valid: string;
let twoForms: string;

const sampleGrid = () => fixtureToGrid(readFixture("sample-ziyang-2022"));
const notes = () => gridFromValues("填表说明", [["填表说明"], ["1. 金额单位为万元。"]]);
const out = (name: string) => path.join(dir, name);

function xmlText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

async function docxParts(file: string): Promise<{ document: string; styles: string }> {
  const bytes = fs.readFileSync(file);
  expect(bytes.slice(0, 2).toString("latin1")).toBe("PK");
  const zip = await JSZip.loadAsync(bytes);
  const part = (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error("missing " + name);
    return f.async("string");
  };
  expect(zip.file("[Content_Types].xml")).not.toBeNull();
  return { document: await part("word/document.xml"), styles: await part("word/styles.xml") };
}

beforeAll(async () => {
  dir = makeTempDir();
  sample = await writeXlsx(dir, "sample.xlsx", [sampleGrid(), notes()]);
  valid = await writeXlsx(dir, "valid.xlsx", [buildFormGrid({})]);
  const second = buildFormGrid({ projectName: "农村饮水工程运行管护补助项目" });
  second.sheetName = "饮水";
  twoForms = await writeXlsx(dir, "two.xlsx", [sampleGrid(), second]);
});

afterAll(() => removeDir(dir));

/** LibreOffice's command, when installed (.ci/run installs Debian's libreoffice-writer-nogui). */
function soffice(): string | undefined {
  for (const candidate of ["/usr/bin/soffice", "/usr/bin/libreoffice"]) if (fs.existsSync(candidate)) return candidate;
  return undefined;
}

// A word processor, not only an XML reader, must open the file. Skipped only off CI on a machine without LibreOffice.
(soffice() || process.env.CI ? describe : describe.skip)("ziping report .docx in LibreOffice Writer", () => {
  test("Writer opens it and reads back every paragraph of the report, in order", async () => {
    const office = soffice();
    if (!office) throw new Error("LibreOffice is not installed: .ci/run installs libreoffice-writer-nogui");
    const file = out("writer.docx");
    expect((await runCli(["report", sample, "--out", file, "--year", "2022"])).code).toBe(0);
    const profile = path.join(dir, "lo-profile");
    execFileSync(office, ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "txt:Text", "--outdir", dir, file], { stdio: "pipe", timeout: 120000 });
    const text = fs.readFileSync(out("writer.txt"), "utf8").replace(/^\ufeff/, "");
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
    const expected = reportToLines(buildReport(checkGrid(sampleGrid()).forms[0], { year: 2022 })).map((l) => l.text).filter((l) => l.trim() !== "");
    expect(lines[0]).toBe(SAMPLE_TITLE);
    expect(lines).toEqual(expected);
  }, 150000);
});

describe("ziping report", () => {
  test(".docx: a valid Word package, A4, headings as outline levels, 仿宋_GB2312 body, 黑体 headings, every line of the report", async () => {
    const file = out("报告.docx");
    const run = await runCli(["report", sample, "--out", file, "--year", "2022"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`已生成自评报告：${file}（1 篇）`);
    expect(run.stdout).toContain(`工作表“Sheet1” B1:J29：${SAMPLE_TITLE}（自评表有 3 处错误`);
    const { document, styles } = await docxParts(file);
    const expected = buildReport(checkGrid(sampleGrid()).forms[0], { year: 2022 });
    expect(expected.title).toBe(SAMPLE_TITLE);
    expect(document).toContain(`<w:pStyle w:val="Title"/>`);
    expect(document).toContain(SAMPLE_TITLE);
    expect(document).toContain("本年度项目全年预算数25.2万元，全年执行数25.2万元，预算执行率100%。".replace("本年度", "2022年"));
    for (const line of reportToLines(expected)) expect(document).toContain(xmlText(line.text));
    for (const heading of ["Heading1", "Heading2", "Heading3"]) expect(document).toContain(`<w:pStyle w:val="${heading}"/>`);
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
    expect(styles).toContain('w:eastAsia="黑体"');
    expect(styles).toContain('w:firstLineChars="200"');
    expect(styles).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
  });

  test(".md: Markdown headings by level", async () => {
    const file = out("报告.md");
    expect((await runCli(["report", sample, "--out", file, "--year", "2022"])).code).toBe(0);
    const md = fs.readFileSync(file, "utf8");
    expect(md.split("\n")[0]).toBe("# " + SAMPLE_TITLE);
    expect(md).toContain("\n## 一、项目概况\n");
    expect(md).toContain("\n### （一）项目资金使用及管理情况\n");
    expect(md).toContain("\n#### 1.产出指标完成情况分析\n");
    expect(md.charCodeAt(0)).not.toBe(0xfeff);
  });

  test(".txt: UTF-8 with BOM and CRLF for Notepad, paragraphs indented two characters", async () => {
    const file = out("报告.txt");
    expect((await runCli(["report", sample, "--out", file, "--year", "2022"])).code).toBe(0);
    const bytes = fs.readFileSync(file);
    expect([bytes[0], bytes[1], bytes[2]]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.slice(3).toString("utf8").split("\r\n");
    expect(lines.slice(0, 3)).toEqual([SAMPLE_TITLE, "", "一、项目概况"]);
    expect(lines[3]).toMatch(/^\u3000\u3000本报告对机要密码专项2022年度/);
    expect(bytes.slice(3).toString("utf8").replace(/\r\n/g, "")).not.toContain("\n");
  });

  test("without --out the report goes to stdout and the summary, with the missing-year hint, to stderr", async () => {
    const run = await runCli(["report", sample]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("中共益阳市资阳区委办公室机要密码专项项目支出绩效自评报告");
    expect(run.stdout).toContain("本年度");
    expect(run.stderr).toContain("已生成自评报告（1 篇）");
    expect(run.stderr).toContain("可用 --year 指定");
  });

  test("several forms: one report each, in sheet order, each after the first on a new page", async () => {
    const file = out("两篇.docx");
    const run = await runCli(["report", twoForms, "--out", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("（2 篇）");
    const { document } = await docxParts(file);
    const first = document.indexOf("机要密码专项项目支出绩效自评报告");
    const second = document.indexOf("农村饮水工程运行管护补助项目支出绩效自评报告");
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(document.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
    expect(document.lastIndexOf("<w:pageBreakBefore/>", second)).toBeGreaterThan(first);
    const md = (await runCli(["report", twoForms])).stdout;
    expect(md.indexOf("农村饮水工程")).toBeGreaterThan(md.indexOf("七、其他需要说明的问题"));
  });

  test("--sheet picks one worksheet; an unknown name lists the sheets", async () => {
    const run = await runCli(["report", twoForms, "--sheet", "饮水"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("农村饮水工程运行管护补助项目支出绩效自评报告");
    expect(run.stdout).not.toContain("机要密码");
    const missing = await runCli(["report", twoForms, "--sheet", "汇总"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("没有名为“汇总”的工作表（现有：Sheet1、饮水）");
  });

  test("a workbook without a form, a missing file or an unwritable output: exit 2, nothing written", async () => {
    const notForm = await writeXlsx(dir, "notes.xlsx", [notes()]);
    const none = await runCli(["report", notForm, "--out", out("none.docx")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("未识别出自评表，无法生成自评报告");
    expect(fs.existsSync(out("none.docx"))).toBe(false);
    const missing = await runCli(["report", out("missing.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("找不到文件");
    const unwritable = await runCli(["report", valid, "--out", path.join(dir, "no-such-folder", "r.docx")]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain("无法写入");
  });

  test.each([
    [["report"], "请给出自评表文件"],
    [["report", "a.xlsx", "b.xlsx"], "一次只处理一个工作簿"],
    [["report", "a.xlsx", "--out", "r.pdf"], "须以 .docx、.md 或 .txt 结尾"],
    [["report", "a.xlsx", "--format", "json"], "报告格式由 --out 的扩展名决定"],
    [["report", "a.xlsx", "--fix", "b.xlsx"], "report 命令不接受 --fix"],
    [["report", "报告.docx"], "是报告文件，不是自评表"],
    [["report", "a.xlsx", "--year", "22"], "--year 的取值应为四位年份"],
    [["check", "a.xlsx", "--out", "r.docx"], "check 命令不接受 --out"],
    [["check", "a.xlsx", "--report"], "--report 后面缺少取值"],
  ])("%j is a usage error (exit 2)", async (argv, message) => {
    const run = await runCli(argv as string[]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
  });

  test("the help names both commands", async () => {
    const run = await runCli(["--help"]);
    expect(run.stdout).toContain("ziping report <自评表.xlsx> [--out <报告文件>]");
    expect(run.stdout).toContain("ziping check --report <自评报告> <自评表.xlsx>");
  });
});

describe("ziping check --report", () => {
  test("the sample report: flags 实际到位资金28.8万元 with its line, accepts 自评得分为98分 and “优秀”; exit 1", async () => {
    const run = await runCli(["check", "--report", SAMPLE_REPORT, sample]);
    expect(run.code).toBe(1);
    const text = fs.readFileSync(SAMPLE_REPORT, "utf8");
    const line = text.slice(0, text.indexOf("实际到位资金28.8万元")).split("\n").length;
    expect(run.stdout).toContain(`自评报告 ${SAMPLE_REPORT}（对照工作表“Sheet1” B1:J29 的自评表）`);
    expect(run.stdout).toContain(`第 ${line} 行  报告中“实际到位资金28.8万元”的到位资金金额与自评表不符：自评表为25.2万元`);
    expect(run.stdout).toContain("原文：全年项目实际安排25.2万元，实际到位资金28.8万元，实际完成值为100%。");
    expect(run.stdout).not.toContain("98分");
    expect(run.stdout).toContain("自评报告与自评表核对：错误 1 处，警告 0 处，提示 0 处。");
  });

  test("--format json adds the report target and reportFindings", async () => {
    const run = await runCli(["check", sample, "--report", SAMPLE_REPORT, "--format", "json"]);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(["files", "report", "reportFindings"]);
    expect(doc.report).toEqual({ file: SAMPLE_REPORT, workbook: sample, sheet: "Sheet1", range: "B1:J29" });
    expect(doc.reportFindings).toHaveLength(1);
    const [f] = doc.reportFindings;
    expect(f).toMatchObject({ kind: "amount", severity: "error", found: "28.8万元", expected: "25.2万元（全年预算数、全年执行数、年初预算数）" });
    expect(f.cells.sort()).toEqual(["E5", "F5", "G5"]);
    const text = fs.readFileSync(SAMPLE_REPORT, "utf8");
    expect(text.substr(f.offset, f.length)).toBe("28.8万元");
    expect(text.split("\n")[f.line - 1].substr(f.column - 1, f.length)).toBe("28.8万元");
    expect(doc.files[0].sheets[0].forms[0].findings.length).toBeGreaterThan(0);
  });

  test("a correct form with its own generated report: exit 0; one wrong amount in the report alone: exit 1", async () => {
    const file = out("valid-report.txt");
    expect((await runCli(["report", valid, "--out", file])).code).toBe(0);
    const clean = await runCli(["check", valid, "--report", file]);
    expect(clean.stdout).toContain("未发现与自评表不符的表述。");
    expect(clean.code).toBe(0);
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain("全年执行数95万元");
    const wrong = out("valid-report-wrong.txt");
    fs.writeFileSync(wrong, text.replace("全年执行数95万元", "全年执行数98万元"));
    const run = await runCli(["check", valid, "--report", wrong, "--format", "json"]);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc.files[0].sheets[0].forms[0].findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
    expect(doc.reportFindings.map((f: { found: string; severity: string }) => f.severity + " " + f.found)).toEqual(["error 98万元"]);
  });

  test("a .docx report is read back; locations are paragraphs", async () => {
    const own = out("own.docx");
    expect((await runCli(["report", valid, "--out", own])).code).toBe(0);
    expect((await runCli(["check", valid, "--report", own])).code).toBe(0);
    const doc: ReportDocument = buildReport(checkGrid(buildFormGrid({})).forms[0]);
    const changed: ReportDocument = { title: doc.title, sections: doc.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => p.replace("全年执行数95万元", "全年执行数98万元")) })) };
    const file = out("wrong.docx");
    fs.writeFileSync(file, await reportsToDocx([changed]));
    const run = await runCli(["check", valid, "--report", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/第 \d+ 段  报告中“全年执行数98万元”/);
  });

  test("GBK and UTF-16 text files are decoded", async () => {
    // “全年项目实际安排25.2万元，实际到位资金28.8万元。” saved as ANSI by Chinese Windows Notepad.
    const gbk = out("gbk.txt");
    fs.writeFileSync(gbk, Buffer.from("c8abc4eacfeec4bfcab5bccab0b2c5c532352e32cdf2d4aaa3accab5bccab5bdcebbd7cabdf032382e38cdf2d4aaa1a3", "hex"));
    const utf16 = out("utf16.txt");
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("全年项目实际安排25.2万元，实际到位资金28.8万元。", "utf16le")]));
    for (const file of [gbk, utf16]) {
      const run = await runCli(["check", sample, "--report", file, "--format", "json"]);
      const doc = JSON.parse(run.stdout);
      expect(doc.reportFindings.map((f: { found: string }) => f.found)).toEqual(["28.8万元"]);
      expect(doc.reportFindings[0].excerpt).toBe("全年项目实际安排25.2万元，实际到位资金28.8万元。");
    }
  });

  test("several forms: the one the report names is used; otherwise --sheet is asked for", async () => {
    const picked = JSON.parse((await runCli(["check", twoForms, "--report", SAMPLE_REPORT, "--format", "json"])).stdout);
    expect(picked.report.sheet).toBe("Sheet1");
    expect(picked.reportFindings.map((f: { found: string }) => f.found)).toEqual(["28.8万元"]);
    const anonymous = out("anonymous.txt");
    fs.writeFileSync(anonymous, "三、综合评价结论\n自评得分为99.5分，自评结论为“优”。\n");
    const ambiguous = await runCli(["check", twoForms, "--report", anonymous]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stdout).toContain("无法从报告中的项目名称判断是哪一张。请用 --sheet 指定工作表。");
    const chosen = await runCli(["check", twoForms, "--report", anonymous, "--sheet", "饮水", "--format", "json"]);
    const doc = JSON.parse(chosen.stdout);
    expect(doc.files[0].sheets.map((s: { sheet: string }) => s.sheet)).toEqual(["饮水"]);
    expect(doc.report.sheet).toBe("饮水");
    expect(doc.reportFindings).toEqual([]);
    expect(chosen.code).toBe(0);
  });

  test("an unreadable report is a usage error before anything is checked", async () => {
    const empty = out("empty.txt");
    fs.writeFileSync(empty, "  \r\n");
    const binary = out("binary.txt");
    fs.writeFileSync(binary, Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00]));
    const notDocx = out("fake.docx");
    fs.writeFileSync(notDocx, "不是 Word 文档");
    const cases: Array<[string, string]> = [
      [out("missing.txt"), "找不到自评报告文件"],
      [out("old.doc"), "旧版 Word/WPS 文档（.doc）"],
      [empty, "是空的"],
      [binary, "不是文本文件"],
      [notDocx, "不是有效的 .docx 文档"],
    ];
    for (const [file, message] of cases) {
      const run = await runCli(["check", sample, "--report", file]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(message);
    }
    const two = await runCli(["check", sample, valid, "--report", SAMPLE_REPORT]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("--report 只能对照一个工作簿核对");
  });
});
