import rule from "../../../src/core/rules/over-achievement";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { findingsOf } from "../../helpers/rule-tester";

function withRow(n: number, patch: Partial<IndicatorSpec>): IndicatorSpec[] {
  return VALID_INDICATORS.map((r, i) => (i === n ? { ...r, ...patch } : r));
}

describe("over-achievement (D4, E2)", () => {
  it("accepts the valid form and the real sample", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("asks for a 偏离度 review when the actual is ≥ 1.2 × target with a full score", () => {
    const findings = findingsOf(rule, { indicators: withRow(0, { actual: "650人次" }) });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].cells).toEqual(["G13", "I13", "J13"]);
    expect(findings[0].message).toContain("650人次");
    expect(findings[0].message).toContain("1.3 倍");
    expect(findings[0].message).toContain("偏离度");
    expect(findings[0].fix).toBeUndefined();
  });

  it("stays quiet below the threshold, when explained, or when the score was already reduced", () => {
    expect(findingsOf(rule, { indicators: withRow(0, { actual: "590人次" }) })).toEqual([]);
    expect(findingsOf(rule, { indicators: withRow(0, { actual: "650人次", deviation: "因增设线上班次，参训人数超出计划。" }) })).toEqual([]);
    expect(findingsOf(rule, { indicators: withRow(0, { actual: "650人次", score: 18 }) })).toEqual([]);
  });

  it("treats a placeholder 偏差原因 as no explanation", () => {
    expect(findingsOf(rule, { indicators: withRow(0, { actual: "650人次", deviation: "无" }) })).toHaveLength(1);
  });

  it("makes the explanation mandatory under 广西 (≥ 1.3 × target), as an error", () => {
    const findings = findingsOf(rule, { indicators: withRow(0, { actual: "650人次" }) }, { profile: "guangxi" });
    expect(findings.map((f) => f.severity)).toEqual(["error"]);
    expect(findings[0].message).toContain("超计划较大");
    expect(findingsOf(rule, { indicators: withRow(0, { actual: "620人次" }) }, { profile: "guangxi" })).toEqual([]);
  });

  it("under 广西 leaves a row that lost points to E1/E5, and reads a zero target with ≥ 30", () => {
    expect(findingsOf(rule, { indicators: withRow(0, { actual: "650人次", score: 18 }) }, { profile: "guangxi" })).toEqual([]);
    const zero = findingsOf(rule, { indicators: withRow(0, { target: "≥0个", actual: "35个" }) }, { profile: "guangxi" });
    expect(zero.map((f) => f.severity)).toEqual(["error"]);
    expect(zero[0].message).toContain("年度指标值为 0");
    expect(findingsOf(rule, { indicators: withRow(0, { target: "≥0个", actual: "35个" }) })).toEqual([]);
  });
});
