import rule from "../../../src/core/rules/deviation-placeholder";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { findingsOf } from "../../helpers/rule-tester";

function withRow(n: number, patch: Partial<IndicatorSpec>): IndicatorSpec[] {
  return VALID_INDICATORS.map((r, i) => (i === n ? { ...r, ...patch } : r));
}

const lost = (deviation: string | number) => ({ indicators: withRow(0, { actual: "450人次", score: 18, deviation }) });

describe("deviation-placeholder (E5)", () => {
  it("accepts the valid form and the real sample (its empty cells are E1's)", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("flags a placeholder on a row that lost points", () => {
    const findings = findingsOf(rule, lost("无"));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["J13", "I13"]);
    expect(findings[0].message).toContain("扣 2 分");
    expect(findings[0].message).toContain("“无”");
    for (const text of ["/", 0, "暂无", "无。"]) expect(findingsOf(rule, lost(text))).toHaveLength(1);
  });

  it("accepts a placeholder on a full-score row, real text, and leaves empty cells to E1", () => {
    expect(findingsOf(rule, { indicators: withRow(0, { deviation: "无" }) })).toEqual([]);
    expect(findingsOf(rule, lost("受疫情影响，下一步将增设线上课程。"))).toEqual([]);
    expect(findingsOf(rule, lost(""))).toEqual([]);
  });
});
