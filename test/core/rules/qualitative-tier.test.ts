import rule from "../../../src/core/rules/qualitative-tier";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { findingsOf } from "../../helpers/rule-tester";

function withRow(n: number, patch: Partial<IndicatorSpec>): IndicatorSpec[] {
  return VALID_INDICATORS.map((r, i) => (i === n ? { ...r, ...patch } : r));
}

// Row 4 (Excel 17) is qualitative with 分值 15: tiers [12, 15], [9, 12), [0, 9).
const row4 = (actual: string, score: number) => ({ indicators: withRow(4, { actual, score, deviation: "由于……，下一步将……" }) });

describe("qualitative-tier (D3)", () => {
  it("accepts the valid form and the real sample (基本完成 4/5 is ambiguous, not an error)", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("flags 达成年度指标 scored below 80 % of 分值, fixing to the lower bound", () => {
    const findings = findingsOf(rule, row4("达成年度指标", 10));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["I17", "G17"]);
    expect(findings[0].message).toContain("[12, 15]");
    expect(findings[0].message).toContain("表中为 10");
    expect(findings[0].fix).toEqual([expect.objectContaining({ cell: "I17", value: 12 })]);
    expect(findingsOf(rule, row4("达成年度指标", 12))).toEqual([]);
  });

  it("treats 80 % of 分值 as outside tier 2 (its upper bound is exclusive)", () => {
    const phrase = "部分达成年度指标并具有一定效果";
    expect(findingsOf(rule, row4(phrase, 10))).toEqual([]);
    expect(findingsOf(rule, row4(phrase, 9))).toEqual([]);
    const atBound = findingsOf(rule, row4(phrase, 12));
    expect(atBound).toHaveLength(1);
    expect(atBound[0].message).toContain("[9, 12)");
    expect(atBound[0].fix![0].value).toBe(11.99);
    expect(findingsOf(rule, row4(phrase, 8))[0].fix![0].value).toBe(9);
  });

  it("checks tier 3 and its short form", () => {
    expect(findingsOf(rule, row4("未达成年度指标且效果较差", 8))).toEqual([]);
    expect(findingsOf(rule, row4("未达成", 9))[0].fix![0].value).toBe(8.99);
  });

  it("reads unambiguous synonyms", () => {
    const done = findingsOf(rule, row4("已完成", 10));
    expect(done).toHaveLength(1);
    expect(done[0].message).toContain("达成年度指标");
    expect(findingsOf(rule, row4("部分完成", 13))).toHaveLength(1);
    expect(findingsOf(rule, row4("未完成", 14))).toHaveLength(1);
  });

  it("skips ambiguous or sentence-like readings", () => {
    expect(findingsOf(rule, row4("基本完成", 1))).toEqual([]);
    expect(findingsOf(rule, row4("未发生安全事故", 15))).toEqual([]);
    expect(findingsOf(rule, row4("完成率80%", 10))).toEqual([]);
  });

  it("leaves scores outside [0, 分值] to score-range", () => {
    expect(findingsOf(rule, row4("达成年度指标", 16))).toEqual([]);
  });
});
