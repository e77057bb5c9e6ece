import rule from "../../../src/core/rules/total-sum";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

describe("total-sum (D5)", () => {
  it("accepts 总分 = budget score + indicator scores (including the sample's page-break block)", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("reports a wrong total with the sum and a fix", () => {
    const findings = findingsOf(rule, { totalScore: 95 });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].message).toBe("总分应为 99.5（预算执行率得分 9.5 + 指标得分合计 90），表中为 95。");
    expect(findings[0].fix).toEqual([expect.objectContaining({ cell: "I20", value: 99.5, previousValue: 95 })]);
  });

  it("calls a whole-number total that only rounds the sum a warning", () => {
    expect(findingsOf(rule, { totalScore: 100 })[0].severity).toBe("warning");
  });
});

describe("total-sum (D5) on a blank or text total", () => {
  it("asks for the total with the computed sum", () => {
    const findings = findingsOf(rule, { totalScore: null });
    expect(findings.map((f) => f.message)).toEqual(["总分未填写，重算应为 99.5（预算执行率得分 + 各指标得分）。"]);
    expect(findingsOf(rule, { totalScore: "优秀" })[0].message).toContain("应为数字");
  });
});

describe("total-sum (D5) on an error value", () => {
  it("names the error and gives the sum", () => {
    expect(findingsOf(rule, { totalScore: "#DIV/0!" })[0].message).toBe("总分单元格显示错误值 #DIV/0!，重算应为 99.5（预算执行率得分 + 各指标得分）。");
  });
});

describe("total-sum (D5) over a score cell that cannot be read", () => {
  it("does not count #REF! or text as 0 (D1 and A5 report those cells)", () => {
    const indicators = VALID_INDICATORS.map((i, k) => (k === 1 ? { ...i, score: "#REF!" } : i));
    expect(findingsOf(rule, { indicators })).toEqual([]);
    expect(findingsOf(rule, { indicators: VALID_INDICATORS.map((i, k) => (k === 1 ? { ...i, score: "满分" } : i)) })).toEqual([]);
    expect(findingsOf(rule, { budgetScore: "#VALUE!" })).toEqual([]);
    // A subtotal over such a cell is not compared either; a readable one still is.
    const withSubtotal = indicators.concat([{ level1: "满意度指标", level2: "小计", weight: 10, score: 12 }]);
    expect(findingsOf(rule, { indicators: withSubtotal }).map((f) => f.cells[0])).toEqual(["I20"]);
  });
});

describe("total-sum (D5) on 二级 rows that carry their 三级 sums", () => {
  it("accepts 二级 得分 equal to the sum of their 三级", () => {
    expect(findingsOf(rule, fixtureToGrid(readFixture("level2-subtotals")))).toEqual([]);
  });

  it("reports a 二级 得分 that is not the sum, with a fix", () => {
    const grid = fixtureToGrid(readFixture("level2-subtotals"));
    grid.rows[12]![8] = { value: 18 }; // I13: 数量指标 得分, its 三级 have 10 + 10
    const findings = findingsOf(rule, grid);
    expect(findings.map((f) => f.message)).toEqual(["数量指标一行的得分应为 20（其下三级指标得分之和），表中为 18。"]);
    expect(findings[0].fix).toEqual([expect.objectContaining({ cell: "I13", value: 20, previousValue: 18 })]);
  });
});
