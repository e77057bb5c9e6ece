import rule from "../../../src/core/rules/indicator-weight-total";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

const reweight = (name: string, weight: number | string, rows: IndicatorSpec[] = VALID_INDICATORS): IndicatorSpec[] =>
  rows.map((i) => (i.name === name ? { ...i, weight } : i));

describe("indicator-weight-total (B4)", () => {
  it("accepts 90 indicator points and a 总分 分值 of 100 (also written \"100分\" in the sample)", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("reports indicator 分值 that do not add up to 90, listing each 一级", () => {
    const findings = findingsOf(rule, { indicators: reweight("培训人次", 25) });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["H13:H19"]);
    expect(findings[0].message).toBe(
      "全部三级指标分值合计 95，应为 90（100 − 预算执行率分值 10），多 5 分。各一级指标分值：产出指标 55，效益指标 30，满意度指标 10。",
    );
  });

  it("uses 100 − the form's budget 分值, and the profile's total when that is unknown", () => {
    expect(findingsOf(rule, { budgetWeight: 20, indicators: reweight("培训人次", 10) })).toEqual([]);
    expect(findingsOf(rule, { budgetWeight: "20分" })[0].message).toContain("应为 80");
    expect(findingsOf(rule, { budgetWeight: undefined, indicators: reweight("培训人次", 10) })[0].message).toContain("应为 90");
  });

  it("uses the block's declared weight (\"绩效指标(90分)\") when written", () => {
    expect(findingsOf(rule, { cells: { B12: "绩效指标(90分)" } })).toEqual([]);
    expect(findingsOf(rule, { cells: { B12: "绩效指标(80分)" } })[0].message).toContain("应为 80（绩效指标标注 80 分）");
  });

  it("leaves the total to level1-weight-sum when every 一级 declares its points correctly", () => {
    const declared = VALID_INDICATORS.map((i) => ({ ...i, level1: i.level1 + (i.level1 === "产出指标" ? "(50分)" : i.level1 === "效益指标" ? "(30分)" : "(10分)") }));
    expect(findingsOf(rule, { indicators: reweight("培训人次", 25, declared) })).toEqual([]);
  });

  it("skips the sum when a 分值 is unreadable", () => {
    expect(findingsOf(rule, { indicators: reweight("培训人次", "见附件") })).toEqual([]);
  });

  it("reports a 总分 分值 other than 100 separately, with a fix that keeps the \"分\" style", () => {
    const findings = findingsOf(rule, { totalWeight: "95分" });
    expect(findings).toHaveLength(1);
    expect(findings[0].cells).toEqual(["H20"]);
    expect(findings[0].message).toBe("总分一行的分值应为 100（预算执行率与全部指标分值之和），表中为 95。");
    expect(findings[0].fix).toEqual([expect.objectContaining({ cell: "H20", value: "100分" })]);
    expect(findingsOf(rule, { totalWeight: 90 })[0].fix![0].value).toBe(100);
  });
});
