import { checkGrid } from "../../src/core/check";
import { buildEditPlan } from "../../src/core/edit-plan";
import type { Grid } from "../../src/core/grid";
import { parseCellAddress, parseRangeAddress, rangeContains } from "../../src/core/grid";
import { fixtureToGrid, readFixture } from "../fixtures/fixture";
import { buildFormGrid, FormSpec, VALID_INDICATORS } from "../helpers/form-builder";

function planFor(grid: Grid, options = {}) {
  const report = checkGrid(grid).forms[0];
  return { report, plan: buildEditPlan(report, options) };
}

function withFormula(grid: Grid, address: string, formula: string): Grid {
  const { row, col } = parseCellAddress(address);
  grid.rows[row]![col]!.formula = formula;
  return grid;
}

const totalRowOf = (spec: FormSpec) => 13 + (spec.indicators || VALID_INDICATORS).length;

describe("edit plan", () => {
  it("changes nothing on a consistent form", () => {
    expect(planFor(buildFormGrid({})).plan.edits).toEqual([]);
    expect(planFor(fixtureToGrid(readFixture("sample-ziyang-2022"))).plan.edits).toEqual([]);
  });

  it("recalculates the budget score, quantitative scores and the total", () => {
    const indicators = VALID_INDICATORS.map((i) => ({ ...i }));
    indicators[0] = { ...indicators[0], actual: "450人次", score: 20 }; // 450/500 × 20 = 18
    const spec: FormSpec = { indicators, budgetScore: 9, totalScore: 99 };
    const { plan } = planFor(buildFormGrid(spec));
    const byCell: { [cell: string]: unknown } = {};
    for (const e of plan.edits) byCell[e.cell] = e.value;
    expect(byCell).toEqual({ J6: 9.5, I13: 18, [`I${totalRowOf(spec)}`]: 97.5 });
    const total = plan.edits.filter((e) => e.cell === `I${totalRowOf(spec)}`)[0];
    expect(total.previousValue).toBe(99);
    expect(total.reason).toContain("总分");
  });

  it("keeps a score worked out in the target's unit, and a score it cannot work out", () => {
    const converted = VALID_INDICATORS.map((i, k) => (k === 0 ? { ...i, target: "≥1.2万人", actual: "9600人", score: 16 } : i));
    expect(planFor(buildFormGrid({ indicators: converted, totalScore: 95.5 })).plan.edits).toEqual([]);
    const apart = VALID_INDICATORS.map((i, k) => (k === 0 ? { ...i, actual: "450人", score: 17 } : i));
    expect(planFor(buildFormGrid({ indicators: apart, totalScore: 96.5 })).plan.edits).toEqual([]);
  });

  it("explains a reverse indicator's score the way round it is worked out", () => {
    const indicators = VALID_INDICATORS.map((i, k) => (k === 3 ? { ...i, actual: "2500元/人", score: 10 } : i));
    const edit = planFor(buildFormGrid({ indicators })).plan.edits.filter((e) => e.cell === "I16")[0];
    expect(edit.value).toBe(8);
    expect(edit.reason).toBe("按反向指标公式计算：目标 2000 / 实际 2500，分值 10 → 8");
  });

  it("writes the rate as a number with a percent format when the written rate is wrong", () => {
    const { plan } = planFor(buildFormGrid({ rate: "90%" }));
    expect(plan.edits).toEqual([expect.objectContaining({ cell: "I6", value: 0.95, numberFormat: "0.00%", previousValue: "90%" })]);
  });

  it("writes live formulas on request, referring only to numeric cells", () => {
    const { plan } = planFor(buildFormGrid({ rate: 0.95 }), { formulas: true });
    const formulas = plan.edits.map((e) => `${e.cell}${e.formula}`);
    expect(formulas).toEqual(["I6=IFERROR(G6/F6,0)", "J6=ROUND(MIN(I6,1)*H6,2)", "I20=J6+SUM(I13:I19)"]);
  });

  it("gives each formula the value it computes, for files that store a cached result", () => {
    const { plan } = planFor(buildFormGrid({ rate: 95, budgetScore: 9 }), { formulas: true });
    expect(plan.edits.map((e) => [e.cell, e.result])).toEqual([
      ["I6", 0.95],
      ["J6", 9.5],
      ["I20", 99.5],
    ]);
  });

  it("does not refer to a kept formula that shows an error: its own formula would show it too", () => {
    const grid = withFormula(buildFormGrid({ budgetScore: 9, totalScore: 99 }), "I6", "=G6/#REF!");
    grid.rows[5]![8]!.value = { error: "#REF!" };
    const { plan } = planFor(grid, { formulas: true });
    expect(plan.skipped.map((s) => s.cell)).toEqual(["I6"]);
    const j6 = plan.edits.filter((e) => e.cell === "J6")[0];
    expect(j6.formula).toBe("=ROUND(MIN(IFERROR(G6/F6,0),1)*H6,2)");
    expect(j6.result).toBe(9.5);
  });

  it("inlines 分值 written as text instead of referring to it", () => {
    const { plan } = planFor(fixtureToGrid(readFixture("sample-ziyang-2022")), { formulas: true });
    expect(plan.edits.filter((e) => e.cell === "J5")[0].formula).toBe("=ROUND(MIN(I5,1)*10,2)");
  });

  it("never replaces a formula unless asked, and says so", () => {
    const grid = withFormula(buildFormGrid({ totalScore: 90 }), "I20", "=J6+SUM(I13:I19)-9.5");
    const { plan } = planFor(grid);
    expect(plan.edits.map((e) => e.cell)).not.toContain("I20");
    expect(plan.skipped).toEqual([expect.objectContaining({ cell: "I20" })]);
    expect(plan.skipped[0].reason).toContain("含公式");
    const replaced = planFor(withFormula(buildFormGrid({ totalScore: 90 }), "I20", "=1"), { replaceFormulas: true }).plan;
    expect(replaced.edits).toEqual([expect.objectContaining({ cell: "I20", value: 99.5, previousFormula: "=1" })]);
  });

  it("corrects a written grade in the user's style", () => {
    const { plan } = planFor(buildFormGrid({ grade: "良好" }));
    expect(plan.edits).toEqual([expect.objectContaining({ cell: "C21", value: "优秀" })]);
  });

  it("only ever touches rate, score, total and grade cells inside the form", () => {
    const indicators = VALID_INDICATORS.map((i) => ({ ...i, score: 1, deviation: "原因：测试。" }));
    const grid = buildFormGrid({ indicators, rate: "1%", budgetScore: 1, totalScore: 1, grade: "差" });
    const { report, plan } = planFor(grid);
    const range = parseRangeAddress(report.range);
    // Rate I6 and score J6 in the fund block; scores in column I and the grade in C below it.
    const allowed = /^(I6|J6|I(1[3-9]|20)|C21)$/;
    expect(plan.edits.length).toBeGreaterThan(3);
    for (const edit of plan.edits) {
      const { row, col } = parseCellAddress(edit.cell);
      expect(rangeContains(range, row, col)).toBe(true);
      expect(edit.cell).toMatch(allowed);
    }
  });
});

describe("edit plan: a 二级 row carrying its 三级 rows' sum", () => {
  function withQuantityRow(score: number): Grid {
    const grid = fixtureToGrid(readFixture("level2-subtotals"));
    (grid.rows[12] as Array<{ value: unknown } | null>)[8] = { value: score }; // I13: 数量指标's own row
    return grid;
  }

  it("puts the sum of its 三级 得分 back (values), or a live SUM (formulas)", () => {
    const values = planFor(withQuantityRow(15)).plan;
    expect(values.edits.filter((e) => e.cell === "I13")).toEqual([expect.objectContaining({ value: 20, previousValue: 15 })]);
    const formulas = planFor(withQuantityRow(15), { formulas: true }).plan;
    expect(formulas.edits.filter((e) => e.cell === "I13").map((e) => e.formula)).toEqual(["=SUM(I14:I15)"]);
  });

  it("leaves a correct one alone, and never counts it in the 总分", () => {
    const plan = planFor(withQuantityRow(20)).plan;
    expect(plan.edits.map((e) => e.cell)).toEqual([]);
    const total = planFor(withQuantityRow(20), { formulas: true }).plan.edits.filter((e) => e.cell === "I27")[0];
    expect(total.formula).not.toMatch(/I13\b|I13:/);
  });
});
