import rule from "../../../src/core/rules/vague-actual";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";

function withIndicator(n: number, patch: Partial<IndicatorSpec>) {
  return { indicators: VALID_INDICATORS.map((ind, i) => (i === n ? { ...ind, ...patch } : ind)) };
}

describe("vague-actual (C3)", () => {
  it("accepts the valid form", () => {
    expect(findingsOf(rule, {})).toEqual([]);
  });

  it.each(["完成", "已完成", "达标", "是", "良好", "达成年度指标", "满意", "非常满意", "已达到"])("reports “%s” on a quantitative indicator as an error", (word) => {
    const findings = findingsOf(rule, withIndicator(0, { actual: word }));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["G13"]);
    expect(findings[0].message).toContain("定量指标");
    expect(findings[0].message).toContain("≥500人次");
    expect(findings[0].fix).toBeUndefined();
  });

  it("notes a figure wrapped in words (info) and other text (warning)", () => {
    const wrapped = findingsOf(rule, withIndicator(0, { actual: "完成培训520人次" }));
    expect(wrapped.map((f) => f.severity)).toEqual(["info"]);
    expect(wrapped[0].message).toContain("“520人次”");
    const other = findingsOf(rule, withIndicator(0, { actual: "按计划推进" }));
    expect(other.map((f) => f.severity)).toEqual(["warning"]);
  });

  it("notes (info) a figure followed by a bracketed remark, which the scoring reads as the figure", () => {
    const findings = findingsOf(rule, withIndicator(0, { actual: "450人次（含线上培训120人次）" }));
    expect(findings.map((f) => [f.severity, f.cells])).toEqual([["info", ["G13"]]]);
    expect(findings[0].message).toContain("已按其中的数值核对得分");
  });

  it("guesses (info) when the target is the indicator name with a figure in it, as in the sample", () => {
    const name = "落实信创替代工程，替代计算机终端65台";
    const findings = findingsOf(rule, withIndicator(0, { name, target: name, actual: "完成" }));
    expect(findings.map((f) => [f.severity, f.cells])).toEqual([["info", ["G13", "F13"]]]);
    expect(findings[0].message).toContain("照抄");
    expect(findings[0].message).toContain("“≥65台”");
  });

  it("leaves qualitative rows, official tiers on figure targets and 时效 dates alone", () => {
    expect(findingsOf(rule, withIndicator(4, { actual: "完成" }))).toEqual([]);
    expect(findingsOf(rule, withIndicator(0, { target: "完成培训500人次", actual: "达成年度指标" }))).toEqual([]);
    expect(findingsOf(rule, withIndicator(2, { name: "培训完成时间", target: "≤12月", actual: "完成" }))).toEqual([]);
  });

  it("gives the real sample one info and no error", () => {
    const findings = findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")));
    expect(findings.map((f) => [f.severity, f.cells[0]])).toEqual([["info", "G12"]]);
  });
});
