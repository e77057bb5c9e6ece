import rule from "../../../src/core/rules/performance-vs-execution";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { findingsOf } from "../../helpers/rule-tester";

describe("performance-vs-execution (D7)", () => {
  it("accepts the valid form (completion 100 % vs 执行率 95 %: exactly 5 %) and the real sample", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("warns when indicator completion exceeds 执行率 by more than 5 % relative", () => {
    const findings = findingsOf(rule, { total: [100, 100, 80], rate: "80%", budgetScore: 8 });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].cells).toEqual(["I6", "J6"]);
    expect(findings[0].message).toContain("高绩效低执行");
    expect(findings[0].message).toContain("80%");
    expect(findings[0].message).toContain("相对差 20%");
  });

  it("says nothing while a 分值 or 得分 cannot be read (counting it as 0 would skew the rate)", () => {
    const brokenWeight = VALID_INDICATORS.map((r, i) => (i === 1 ? { ...r, weight: "#REF!" } : r));
    expect(findingsOf(rule, { indicators: brokenWeight })).toEqual([]);
    const lower = VALID_INDICATORS.map((r, i) => (i === 0 ? { ...r, score: "#REF!" } : r));
    expect(findingsOf(rule, { total: [100, 100, 80], rate: "80%", budgetScore: 8, indicators: lower })).toEqual([]);
  });

  it("stays quiet when performance is as low as execution", () => {
    const lower = VALID_INDICATORS.map((r, i) => (i === 0 ? { ...r, actual: "430人次", score: 17.2 } : r));
    // 84.2 / 90 = 93.6 % against 94 %.
    expect(findingsOf(rule, { total: [100, 100, 94], rate: "94%", budgetScore: 9.4, indicators: lower })).toEqual([]);
    expect(findingsOf(rule, { total: [100, 100, 94], rate: "94%", budgetScore: 9.4 })).toHaveLength(1);
  });

  it("uses the written 执行率 when amounts are missing, and says nothing when no rate is known", () => {
    expect(findingsOf(rule, { total: [100, 100, null], rate: "80%" })).toHaveLength(1);
    expect(findingsOf(rule, { total: [100, 100, null], rate: null })).toEqual([]);
  });
});
