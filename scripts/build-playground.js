#!/usr/bin/env node
// Builds the browser playground into one folder (dist-playground/ by default):
//   playground.html, index.html (same page), playground.js   the page: fake Excel + grid + exceljs (webpack.playground.js)
//   addin/                                                   the REAL task-pane build (webpack.config.js), unmodified,
//                                                            except that addin/office-js/office.js is a tiny shim that
//                                                            installs the fake Excel from the parent page
//   samples/index.json, samples/*.xlsx                       the bundled sample (examples/) and variants generated here
//                                                            from test/fixtures JSON (build time only)
//   node scripts/build-playground.js [--out DIR] [--mode development|production]
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");

const SHIM = `// Playground stand-in for office.js: the in-browser Excel of the page around this frame (same origin, so the
// task pane's Content-Security-Policy script-src 'self' allows it). Built by scripts/build-playground.js.
(function () {
  var pg;
  try {
    pg = window.parent && window.parent !== window ? window.parent.__zipingPlayground : undefined;
  } catch (e) {
    pg = undefined;
  }
  if (pg && typeof pg.install === "function") pg.install(window);
})();
`;

/** The samples the picker offers: the bundled .xlsx first, then variants made from the test fixtures. */
const VARIANTS = [
  {
    file: "ziyang-scores-wrong.xlsx",
    title: "样例（得分计算有误）",
    description: "样例表改动两处：预算执行率得分 J5 写成 9、总分 I29 写成 95，可试“改为…”和“全部重算”。",
    fixture: "sample-ziyang-2022",
    cells: { J5: 9, I29: 95 },
  },
  {
    file: "subtotals-wrong.xlsx",
    title: "带小计行（培训人次未完成）",
    description: "全国样式，每个一级指标后有小计行；培训人次实际 450 人次而得分仍为满分，可试“全部重算”更新得分、小计和总分。",
    fixture: "subtotals",
    cells: { G13: "450人次" },
  },
  { file: "errors-ref.xlsx", title: "公式错误（#REF!、#DIV/0!）", fixture: "errors-ref" },
  { file: "anhui-2022.xlsx", title: "安徽样式（池州 2022）", fixture: "anhui-2022" },
  { file: "cn2020-national.xlsx", title: "全国通用样式（财预〔2020〕10号）", fixture: "cn2020-national" },
  { file: "stacked-two-forms.xlsx", title: "一个工作表上下两张表", fixture: "stacked-two-forms" },
  { file: "not-a-form.xlsx", title: "不是自评表的普通台账（演示提示）", fixture: "not-a-form" },
];

function registerTs() {
  // ts-node compiles the fixtures reader and the grid writer (build time only). Run this script as its own process.
  if (require.extensions[".ts"]) return;
  require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
}

function colIndex(letters) {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

/** Column widths (Excel character units) that fit the texts of a grid, within reason. */
function fitWidths(grid) {
  const widths = [];
  grid.rows.forEach((row) => {
    (row || []).forEach((cell, c) => {
      if (!cell || cell.value === null || cell.value === undefined) return;
      const text = String(cell.text !== undefined ? cell.text : cell.value);
      let units = 0;
      for (let i = 0; i < text.length; i++) units += text.charCodeAt(i) > 255 ? 2 : 1;
      widths[c] = Math.max(widths[c] || 0, units);
    });
  });
  return widths.map((w) => (w ? Math.max(6, Math.min(18, w + 1)) : undefined));
}

async function writeSamples(outDir) {
  registerTs();
  const { fixtureToGrid, readFixture } = require("../test/fixtures/fixture");
  const { gridToWorkbook } = require("../src/xlsx/write");
  const dir = path.join(outDir, "samples");
  fs.mkdirSync(dir, { recursive: true });
  const index = [
    {
      file: "ziyang-jiyao-2022.xlsx",
      title: "样例：资阳区机要密码专项 2022（湖南样式）",
      description: "随附样例表（examples/ziyang-jiyao-2022.xlsx）",
    },
  ];
  fs.copyFileSync(path.join(ROOT, "examples", "ziyang-jiyao-2022.xlsx"), path.join(dir, index[0].file));
  for (const v of VARIANTS) {
    const fixture = readFixture(v.fixture);
    const grid = fixtureToGrid(fixture);
    for (const address of Object.keys(v.cells || {})) {
      const m = /^([A-Z]+)(\d+)$/.exec(address);
      const r = Number(m[2]) - 1;
      const c = colIndex(m[1]);
      if (!grid.rows[r]) grid.rows[r] = [];
      grid.rows[r][c] = { value: v.cells[address] };
    }
    const wb = gridToWorkbook([grid]);
    const ws = wb.worksheets[0];
    fitWidths(grid).forEach((w, c) => {
      if (w) ws.getColumn(c + 1).width = w;
    });
    // Long texts wrap, as they do in the real forms (the grid then grows those rows).
    ws.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === "string" && cell.value.length > 8) cell.alignment = { wrapText: true, vertical: "middle" };
    }));
    await wb.xlsx.writeFile(path.join(dir, v.file));
    index.push({ file: v.file, title: v.title, description: v.description || fixture.description });
  }
  fs.writeFileSync(path.join(dir, "index.json"), JSON.stringify(index, null, 2));
  return index;
}

function runWebpack(configs) {
  const webpack = require("webpack");
  return new Promise((resolve, reject) => {
    webpack(configs, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error("webpack 构建失败：\n" + stats.toString({ all: false, errors: true, errorDetails: true })));
      resolve(stats);
    });
  });
}

/** Builds the add-in and the playground page into `out`. Resolves with the output folder. */
async function buildPlayground(options = {}) {
  const out = path.resolve(options.out || path.join(ROOT, "dist-playground"));
  const mode = options.mode || "production";
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const addinConfig = require("../webpack.config.js")({}, { mode });
  addinConfig.output = Object.assign({}, addinConfig.output, { path: path.join(out, "addin") });
  // The add-in's size warnings are the add-in build's business (test/build/bundle.test.ts).
  addinConfig.performance = false;
  const pageConfig = require("../webpack.playground.js")({}, { mode, outputPath: out });
  const log = options.log || (() => undefined);
  log("正在构建加载项和试用页（webpack " + mode + "）…");
  await runWebpack([addinConfig, pageConfig]);
  // office.js → the shim. Nothing else of office.js is needed in the playground.
  const officeDir = path.join(out, "addin", "office-js");
  fs.rmSync(officeDir, { recursive: true, force: true });
  fs.mkdirSync(officeDir, { recursive: true });
  fs.writeFileSync(path.join(officeDir, "office.js"), SHIM);
  fs.copyFileSync(path.join(out, "playground.html"), path.join(out, "index.html"));
  log("正在生成样例工作簿…");
  await writeSamples(out);
  return out;
}

module.exports = { buildPlayground, writeSamples, SHIM, VARIANTS };

if (require.main === module) {
  const args = process.argv.slice(2);
  const options = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--out") options.out = args[++i];
    else if (args[i] === "--mode") options.mode = args[++i];
  }
  options.log = (m) => console.log(m);
  buildPlayground(options).then(
    (out) => console.log("已构建到 " + out),
    (e) => {
      console.error(e && e.message ? e.message : e);
      process.exit(1);
    },
  );
}
