// Property tests: random grids never break the checker, and real-file distortions of a valid form
// leave what it finds unchanged.
import fc from "fast-check";
import { checkGrid } from "../../src/core/check";
import type { CellValue, Grid } from "../../src/core/grid";
import { rangeAddress } from "../../src/core/grid";
import { fixtureToGrid, readFixture } from "../fixtures/fixture";
import { buildFormGrid, VALID_INDICATORS } from "../helpers/form-builder";
import { compose, insertColumn, insertRow, moveAddress, Mutated, numbersToText, unmerge } from "../helpers/grid-mutations";

const WORDS = [
  "项目名称", "主管部门", "实施单位", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
  "年度资金总额", "其中：当年财政拨款", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
  "偏差原因分析及改进措施", "产出指标(50分)", "效益指标", "满意度指标", "数量指标", "时效指标", "成本指标",
  "总分", "合计", "≥50个", "=100%", "≤90万元", "完成", "达成年度指标", "10分", "100%", "—", "/", "#REF!", "",
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.double({ min: -1000, max: 1000, noNaN: true }),
  fc.integer({ min: 0, max: 100 }),
  fc.constant(null),
  fc.constant({ error: "#DIV/0!" }),
  fc.string({ maxLength: 6 }),
);

const randomGrid: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.array(fc.array(cellValue, { maxLength: 12 }), { maxLength: 40 }),
    merges: fc.array(
      fc.record({ top: fc.nat(40), left: fc.nat(12), h: fc.nat(5), w: fc.nat(4) }),
      { maxLength: 12 },
    ),
  })
  .map(({ rows, merges }) => ({
    sheetName: "随机",
    rows: rows.map((row) => row.map((v) => (v === null || v === "" ? null : { value: v }))),
    merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
  }));

describe("checker on arbitrary grids", () => {
  it("never throws and no rule fails internally", () => {
    fc.assert(
      fc.property(randomGrid, (grid) => {
        const report = checkGrid(grid);
        for (const form of report.forms) {
          expect(form.findings.filter((f) => f.rule === "internal-error")).toEqual([]);
        }
        if (report.forms.length === 0) expect(report.note).toMatch(/^未识别为自评表/);
      }),
      { numRuns: 300 },
    );
  });

  it("stays put on a grid built only from form labels, shuffled", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(WORDS, { minLength: 10 }), fc.integer({ min: 1, max: 9 }), (words, width) => {
        const rows: Grid["rows"] = [];
        for (let i = 0; i < words.length; i += width) rows.push(words.slice(i, i + width).map((v) => (v ? { value: v } : null)));
        const report = checkGrid({ sheetName: "S", rows, merges: [] });
        for (const form of report.forms) expect(form.findings.filter((f) => f.rule === "internal-error")).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

function keys(grid: Grid, move?: Mutated["move"]): string[] {
  const report = checkGrid(grid);
  expect(report.forms).toHaveLength(1);
  return report.forms[0].findings
    .map((f) => `${f.rule}@${f.cells.map((c) => (move ? moveAddress(c, move) : c)).join(",")}`)
    .sort();
}

const mutation = (grid: Grid, firstIndicatorRow: number, lastIndicatorRow: number) =>
  fc.record({
    cols: fc.integer({ min: 0, max: 3 }),
    rows: fc.integer({ min: 0, max: 3 }),
    unmerged: fc.boolean(),
    textSeed: fc.integer({ min: 0, max: 7 }),
    spacer: fc.option(fc.integer({ min: firstIndicatorRow + 1, max: lastIndicatorRow }), { nil: undefined }),
  }).map((m) => {
    const steps: Array<(g: Grid) => Mutated> = [];
    // The spacer goes in first, between indicator rows of the original layout.
    if (m.spacer !== undefined) steps.push((g) => insertRow(g, m.spacer as number));
    if (m.unmerged) steps.push(unmerge);
    for (let i = 0; i < m.cols; i++) steps.push((g) => insertColumn(g, 0));
    for (let i = 0; i < m.rows; i++) steps.push((g) => insertRow(g, 0));
    if (m.textSeed > 0) steps.push((g) => numbersToText(g, (r, c) => (r * 7 + c) % m.textSeed === 0));
    return { label: JSON.stringify(m), mutated: compose(grid, steps) };
  });

describe("distortions of a valid form keep the same findings", () => {
  const cases: Array<[string, Grid, number, number]> = [
    ["national form", buildFormGrid({}), 12, 12 + VALID_INDICATORS.length - 1],
    ["national form with errors", buildFormGrid({ budgetScore: 7, totalScore: 90, department: null }), 12, 12 + VALID_INDICATORS.length - 1],
    ["the sample form", fixtureToGrid(readFixture("sample-ziyang-2022")), 11, 27],
  ];
  for (const [name, grid, first, last] of cases) {
    it(name, () => {
      const expected = keys(grid);
      const before = checkGrid(grid).forms[0];
      fc.assert(
        fc.property(mutation(grid, first, last), ({ mutated }) => {
          const after = checkGrid(mutated.grid).forms;
          expect(after).toHaveLength(1);
          expect(after[0].form.variant).toBe(before.form.variant);
          expect(after[0].summary.computed).toBe(before.summary.computed);
          expect(rangeAddress(after[0].form.range)).toBe(moveAddress(before.range, mutated.move));
          expect(keys(mutated.grid)).toEqual(expected.map((k) => {
            const [rule, cells] = k.split("@");
            return `${rule}@${cells.split(",").map((c) => moveAddress(c, mutated.move)).join(",")}`;
          }).sort());
        }),
        { numRuns: 60 },
      );
    });
  }
});
