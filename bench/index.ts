// `npm run bench`: how long checking takes, against the targets the add-in and the CLI need. Prints; never fails.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkGrid } from "../src/core/check";
import type { CellValue, Grid } from "../src/core/grid";
import { gridFromValues } from "../src/core/grid";
import { READ_BATCH, checkRead, readBatch, readInput } from "../src/cli/batch";
import { gridToWorkbook } from "../src/xlsx/write";
import type { Fixture } from "../test/fixtures/fixture";
import { fixtureToGrid } from "../test/fixtures/fixture";
import sampleJson from "../test/fixtures/sample-ziyang-2022.json";
import type { FormSpec } from "../test/helpers/form-builder";
import { buildFormGrid, VALID_INDICATORS } from "../test/helpers/form-builder";

const sampleGrid = fixtureToGrid(sampleJson as unknown as Fixture);

function nowMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1000 + ns / 1e6;
}

function median(xs: number[]): number {
  const sorted = xs.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall time of `runs` calls after `warmup` untimed ones. */
function time(fn: () => void, runs: number, warmup = Math.min(20, runs)): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = nowMs();
    fn();
    samples.push(nowMs() - t0);
  }
  return median(samples);
}

/** Forms that differ: the real sample, a clean national form, and forms with score and structure errors. */
function formVariation(i: number, sheetName: string): Grid {
  if (i % 4 === 0) return { ...sampleGrid, sheetName };
  const specs: FormSpec[] = [
    {},
    { budgetScore: 9, totalScore: 99, rate: "90%" },
    {
      indicators: VALID_INDICATORS.map((ind, k) => (k === 1 ? { ...ind, actual: "90%", score: 10 } : ind)),
      projectName: "项目" + i,
    },
  ];
  return buildFormGrid(specs[i % 3], sheetName);
}

/** Stacks grids vertically, one blank row apart, as several forms on one sheet. */
function stack(grids: Grid[], sheetName: string): Grid {
  const rows: Grid["rows"] = [];
  const merges: Grid["merges"] = [];
  for (const g of grids) {
    const offset = rows.length;
    for (const row of g.rows) rows.push(row);
    for (const m of g.merges) merges.push({ top: m.top + offset, bottom: m.bottom + offset, left: m.left, right: m.right });
    rows.push(null);
  }
  return { sheetName, rows, merges };
}

/** A 10,000-row ledger: dates, names, amounts — plenty of cells, no 自评表 anywhere. */
function ledger(rowCount: number): Grid {
  const values: CellValue[][] = [["日期", "凭证号", "摘要", "科目", "借方金额", "贷方金额", "余额", "经办人"]];
  for (let r = 1; r < rowCount; r++) {
    values.push(["2024-" + ((r % 12) + 1) + "-" + ((r % 28) + 1), "记-" + r, "支付办公用品费用" + (r % 37), "5201" + (r % 9), (r * 37) % 1000, 0, r * 12.5, "张三"]);
  }
  return gridFromValues("明细账", values);
}

interface Line {
  label: string;
  result: string;
  target: string;
  ok?: boolean;
  /** Printed on its own line below. */
  detail?: string;
}

function print(lines: Line[]): void {
  const width = (s: string) => s.replace(/[^\x00-\xff]/g, "xx").length;
  const pad = (s: string, n: number) => s + " ".repeat(Math.max(1, n - width(s)));
  const w0 = Math.max(...lines.map((l) => width(l.label))) + 2;
  const w1 = Math.max(...lines.map((l) => width(l.result))) + 2;
  const w2 = Math.max(...lines.map((l) => width(l.target))) + 2;
  for (const l of lines) {
    const verdict = l.ok === undefined ? "" : l.ok ? "达标" : "未达标";
    process.stdout.write(pad(l.label, w0) + pad(l.result, w1) + pad(l.target, w2) + verdict + "\n");
    if (l.detail) process.stdout.write("    " + l.detail + "\n");
  }
}

/** Dresses a sheet like a real 自评表: borders, 宋体, wrapped and centred text, column widths, print setup. */
function styleLikeForm(ws: ExcelJS.Worksheet): void {
  const thin: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
  const rows = ws.rowCount;
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    row.height = r === 1 ? 30 : 24;
    for (let c = 2; c <= 10; c++) {
      const cell = row.getCell(c);
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      cell.font = { name: "宋体", size: r === 1 ? 16 : 10, bold: r === 1 };
      cell.alignment = { vertical: "middle", horizontal: c >= 5 && r > 4 ? "center" : "left", wrapText: true };
    }
  }
  ws.columns = [4, 10, 14, 14, 22, 14, 14, 8, 10, 30].map((width) => ({ width }));
  ws.pageSetup = { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printArea: "B1:J" + rows };
}

type FileKind = "real" | "styled" | "plain";

const KIND_LABEL: { [k in FileKind]: string } = {
  real: "真实样例表改写",
  styled: "带格式生成表",
  plain: "无格式生成表",
};

// Run from bench/ (ts-node) or from build/node/bench/ (compiled): the examples folder is at the repo root.
const REAL_SAMPLE = [path.join(__dirname, ".."), path.join(__dirname, "..", "..", "..")]
  .map((root) => path.join(root, "examples", "ziyang-jiyao-2022.xlsx"))
  .filter((file) => fs.existsSync(file))[0];

/**
 * 100 files of one kind: "real" rewrites the bundled real form (its styles intact) with a different project name and
 * budget score each time; "styled" and "plain" are written from grids, with or without a real form's formatting.
 */
async function writeFiles(dir: string, fileCount: number, kind: FileKind): Promise<string[]> {
  const files: string[] = [];
  for (let i = 0; i < fileCount; i++) {
    let wb: ExcelJS.Workbook;
    if (kind === "real") {
      wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(REAL_SAMPLE);
      const ws = wb.worksheets[0];
      ws.getCell("C2").value = "机要密码专项（第 " + (i + 1) + " 份）";
      ws.getCell("J5").value = i % 3 === 0 ? 9 : 10;
    } else {
      const grids = [formVariation(i, "自评表")];
      if (i % 5 === 0) grids.push(gridFromValues("说明", [["填表说明"], ["1. 金额单位为万元。"]]));
      wb = gridToWorkbook(grids);
      if (kind === "styled") styleLikeForm(wb.worksheets[0]);
    }
    const file = path.join(dir, `自评表-${i + 1}.xlsx`);
    fs.writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    files.push(file);
  }
  return files;
}

interface FileTiming {
  load: number;
  loadAndCheck: number;
  ratio: number;
  /** Per file, inside the load+check passes: reading (exceljs load and grids) and checking. */
  readPerFile: number;
  checkPerFile: number;
  /** The same files checked right after each one's load (how the CLI worked before it read in batches). */
  interleavedRatio: number;
}

/**
 * (load + check) ÷ load, the way `ziping check` works through files: a batch is read (exceljs load, grids) with the
 * CLI's own readBatch, then checked with its checkRead. "Load alone" is a bare exceljs load of each file.
 */
async function fileRatio(fileCount: number, kind: FileKind): Promise<FileTiming> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ziping-bench-"));
  try {
    const files = await writeFiles(dir, fileCount, kind);
    const inputs = files.map((file) => ({ file }));
    let readMs = 0;
    let checkMs = 0;
    const loadAlone = async () => {
      const t0 = nowMs();
      for (const file of files) await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer);
      return nowMs() - t0;
    };
    const asTheCliDoes = async () => {
      const t0 = nowMs();
      for (let start = 0; start < inputs.length; start += READ_BATCH) {
        const t1 = nowMs();
        const reads = await readBatch(inputs.slice(start, start + READ_BATCH), {});
        const t2 = nowMs();
        for (const read of reads) checkRead(read, {});
        readMs += t2 - t1;
        checkMs += nowMs() - t2;
      }
      return nowMs() - t0;
    };
    const interleaved = async () => {
      const t0 = nowMs();
      for (const input of inputs) checkRead(await readInput(input, {}), {});
      return nowMs() - t0;
    };
    await asTheCliDoes(); // warm-up: JIT, exceljs internals
    await interleaved();
    readMs = checkMs = 0;
    const loads: number[] = [];
    const checks: number[] = [];
    const ratios: number[] = [];
    const interleavedRatios: number[] = [];
    // 7 rounds, each timing the three ways back to back.
    const rounds = 7;
    for (let round = 0; round < rounds; round++) {
      const load = await loadAlone();
      const check = await asTheCliDoes();
      loads.push(load);
      checks.push(check);
      ratios.push(check / load);
      interleavedRatios.push((await interleaved()) / load);
    }
    const load = median(loads);
    const loadAndCheck = median(checks);
    const perFile = rounds * fileCount;
    return {
      load,
      loadAndCheck,
      // Per round, then the median: a round's two passes run back to back, so a slow spell of a shared machine
      // slows both (medians taken apart could pair a slow load with a fast check).
      ratio: median(ratios),
      readPerFile: readMs / perFile,
      checkPerFile: checkMs / perFile,
      interleavedRatio: median(interleavedRatios),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function run(): Promise<void> {
  process.stdout.write(`Ziping 基准测试：node ${process.version}，${os.cpus().length} 核，${os.platform()}\n\n`);
  const lines: Line[] = [];

  const one = time(() => checkGrid(sampleGrid), 500, 50);
  lines.push({ label: "单张自评表（样例表，500 次中位数）", result: one.toFixed(3) + " ms", target: "目标 < 2 ms", ok: one < 2 });

  const sheets: Grid[] = [];
  for (let i = 0; i < 200; i++) sheets.push(formVariation(i, "表" + (i + 1)));
  const manySheets = time(() => sheets.forEach((g) => checkGrid(g)), 15, 3);
  lines.push({ label: "200 张自评表（200 个工作表）", result: manySheets.toFixed(1) + " ms", target: "目标 < 200 ms", ok: manySheets < 200 });

  const stacked = stack(sheets, "汇总");
  let stackedForms = 0;
  const manyStacked = time(() => (stackedForms = checkGrid(stacked).forms.length), 9, 2);
  lines.push({
    label: `200 张自评表（同一工作表上下排列，识别 ${stackedForms} 张）`,
    result: manyStacked.toFixed(1) + " ms",
    target: "目标 < 200 ms",
    ok: manyStacked < 200 && stackedForms === 200,
  });

  const big = ledger(10000);
  const ledgerMs = time(() => checkGrid(big), 9, 2);
  lines.push({ label: "10,000 行非自评表工作表", result: ledgerMs.toFixed(1) + " ms", target: "（参考）" });

  const kinds: FileKind[] = REAL_SAMPLE ? ["real", "styled", "plain"] : ["styled", "plain"];
  for (const kind of kinds) {
    const files = await fileRatio(100, kind);
    lines.push({
      label: `100 个 .xlsx（${KIND_LABEL[kind]}）：(加载+检查) ÷ 仅加载`,
      detail:
        `加载+检查 ${files.loadAndCheck.toFixed(0)} ms，仅加载 ${files.load.toFixed(0)} ms；` +
        `每个文件读入（加载并转为网格）${files.readPerFile.toFixed(2)} ms，检查 ${files.checkPerFile.toFixed(2)} ms；` +
        `每个文件加载后立即检查时比值为 ${files.interleavedRatio.toFixed(3)}`,
      result: files.ratio.toFixed(3),
      target: "目标 ≤ 1.15",
      ok: files.ratio <= 1.15,
    });
  }

  print(lines);
}

run().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exitCode = 1;
});
