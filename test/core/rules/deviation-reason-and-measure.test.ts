import rule from "../../../src/core/rules/deviation-reason-and-measure";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { findingsOf } from "../../helpers/rule-tester";

function withRow(n: number, patch: Partial<IndicatorSpec>): IndicatorSpec[] {
  return VALID_INDICATORS.map((r, i) => (i === n ? { ...r, ...patch } : r));
}

// Row 0 (Excel 13): 450 of 500 → 18 of 20, so it lost 2 points.
const lost = (deviation: string) => ({ indicators: withRow(0, { actual: "450人次", score: 18, deviation }) });

describe("deviation-reason-and-measure (E3)", () => {
  it("accepts the valid form, the real sample and a text with both parts", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
    expect(findingsOf(rule, lost("受疫情影响，部分培训取消；下一步将增设线上课程。"))).toEqual([]);
  });

  it("names the missing measure", () => {
    const findings = findingsOf(rule, lost("受疫情影响，部分培训取消。"));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("info");
    expect(findings[0].cells).toEqual(["J13"]);
    expect(findings[0].message).toContain("改进措施");
    expect(findings[0].message).not.toContain("偏差原因和");
  });

  it("names the missing reason", () => {
    const findings = findingsOf(rule, lost("下一步将加强组织。"));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("未写明偏差原因（");
  });

  it("names both when neither is there", () => {
    expect(findingsOf(rule, lost("部分培训取消。"))[0].message).toContain("偏差原因和改进措施");
  });

  it("ignores full-score rows, and empty or placeholder texts (E1, E5)", () => {
    expect(findingsOf(rule, { indicators: withRow(0, { deviation: "部分培训取消。" }) })).toEqual([]);
    expect(findingsOf(rule, lost(""))).toEqual([]);
    expect(findingsOf(rule, lost("无"))).toEqual([]);
  });
});
