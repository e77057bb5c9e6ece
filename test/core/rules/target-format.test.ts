import rule from "../../../src/core/rules/target-format";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";

/** VALID_FORM with the n-th indicator changed (row 13 + n; 年度指标值 in F). */
function withIndicator(n: number, patch: Partial<IndicatorSpec>) {
  return { indicators: VALID_INDICATORS.map((ind, i) => (i === n ? { ...ind, ...patch } : ind)) };
}

describe("target-format (C1)", () => {
  it("accepts the valid form, qualitative targets included", () => {
    expect(findingsOf(rule, {})).toEqual([]);
  });

  it("reports a blank 年度指标值 on a filled row as an error", () => {
    const findings = findingsOf(rule, withIndicator(0, { target: undefined }));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["F13"]);
    expect(findings[0].message).toContain("“培训人次”的年度指标值为空");
  });

  it("suggests an operator for a number with a unit but no operator", () => {
    const findings = findingsOf(rule, withIndicator(0, { name: "替代计算机终端数量", target: "65台", actual: "65台" }));
    expect(findings.map((f) => [f.severity, f.cells[0]])).toEqual([["info", "F13"]]);
    expect(findings[0].message).toContain("“≥65台”");
    expect(findings[0].message).toContain("按“≥”");
    expect(findings[0].fix).toBeUndefined();
  });

  it("suggests =100% for a 100% rate and ≤ for a cost", () => {
    const rate = findingsOf(rule, withIndicator(2, { target: "100%" }));
    expect(rate[0].message).toContain("“=100%”");
    const cost = findingsOf(rule, withIndicator(3, { target: "2000元/人" }));
    expect(cost[0].cells).toEqual(["F16"]);
    expect(cost[0].message).toContain("“≤2000元/人”");
  });

  it("notes a bare number, with or without an operator", () => {
    const bare = findingsOf(rule, withIndicator(0, { target: "500" }));
    expect(bare.map((f) => f.severity)).toEqual(["info"]);
    expect(bare[0].message).toContain("没有运算符和单位");
    expect(bare[0].message).toContain("无法按定量指标计分");
    const numeric = findingsOf(rule, withIndicator(0, { target: 500 }));
    expect(numeric.map((f) => f.severity)).toEqual(["info"]);
    expect(numeric[0].message).toContain("按“≥”");
    const noUnit = findingsOf(rule, withIndicator(0, { target: "≥500" }));
    expect(noUnit.map((f) => f.severity)).toEqual(["info"]);
    expect(noUnit[0].message).toContain("没有单位");
  });

  it("accepts a unit given in the indicator name", () => {
    expect(findingsOf(rule, withIndicator(0, { name: "培训人次（人次）", target: "≥500" }))).toEqual([]);
  });

  it("leaves dates, 不适用 and error cells to other rules", () => {
    expect(findingsOf(rule, withIndicator(2, { name: "培训完成时间", target: "2024.12", actual: "2024.11" }))).toEqual([]);
    expect(findingsOf(rule, withIndicator(0, { target: "—" }))).toEqual([]);
    expect(findingsOf(rule, withIndicator(0, { target: "#REF!" }))).toEqual([]);
  });

  it("does not report empty 二级 rows (level2-required does)", () => {
    const indicators = VALID_INDICATORS.slice(0, 2).concat([{ level1: "产出指标", level2: "时效指标" }], VALID_INDICATORS.slice(2));
    expect(findingsOf(rule, { indicators })).toEqual([]);
  });

  it("reads 四川's 指标性质 / 度量单位 columns, and a 定性 row still needs its 指标值", () => {
    const grid = fixtureToGrid(readFixture("sichuan-510000"));
    expect(findingsOf(rule, grid)).toEqual([]);
    grid.rows[20]![5] = null; // F21 "有效化解" under 指标性质 "定性"
    expect(findingsOf(rule, grid).map((f) => [f.severity, f.cells[0]])).toEqual([["error", "F21"]]);
  });
});
