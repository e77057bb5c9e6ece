import rule from "../../../src/core/rules/unit-mismatch";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

function withIndicator(n: number, patch: Partial<IndicatorSpec>) {
  return { indicators: VALID_INDICATORS.map((ind, i) => (i === n ? { ...ind, ...patch } : ind)) };
}

describe("unit-mismatch (C6)", () => {
  it("accepts the valid form", () => {
    expect(findingsOf(rule, {})).toEqual([]);
  });

  it("warns about 元 against 万元 and gives the converted figure", () => {
    const findings = findingsOf(rule, withIndicator(3, { name: "项目总成本", target: "≤90万元", actual: "850000元" }));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].cells).toEqual(["G16", "F16"]);
    expect(findings[0].message).toContain("1 万元 = 10000 元");
    expect(findings[0].message).toContain("85万元");
  });

  it("warns about 人 against 人次 and unrelated units", () => {
    expect(findingsOf(rule, withIndicator(0, { actual: "520人" }))[0].message).toContain("口径");
    expect(findingsOf(rule, withIndicator(0, { target: "≥65台", actual: "65套" }))[0].message).toContain("无法直接比较");
  });

  it("accepts a missing unit on the actual and spellings of the same unit", () => {
    expect(findingsOf(rule, withIndicator(0, { actual: "520" }))).toEqual([]);
    expect(findingsOf(rule, withIndicator(3, { target: "≤90万元", actual: "85万" }))).toEqual([]);
    expect(findingsOf(rule, withIndicator(2, { name: "平均办结时间", target: "≤5天", actual: "4日" }))).toEqual([]);
  });
});
