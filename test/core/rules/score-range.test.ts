import rule from "../../../src/core/rules/score-range";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { findingsOf } from "../../helpers/rule-tester";

function withRow(n: number, patch: Partial<IndicatorSpec>): IndicatorSpec[] {
  return VALID_INDICATORS.map((r, i) => (i === n ? { ...r, ...patch } : r));
}

describe("score-range (D1)", () => {
  it("accepts the valid form and the real sample", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("flags a score above 分值 and caps a quantitative row at its formula score", () => {
    const findings = findingsOf(rule, { indicators: withRow(0, { actual: "450人次", score: 25 }) });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["I13"]);
    expect(findings[0].message).toContain("得分 25 超过分值 20");
    expect(findings[0].fix).toEqual([expect.objectContaining({ cell: "I13", value: 18 })]);
  });

  it("gives no fix for a qualitative row above 分值 (the score is a judgement)", () => {
    const findings = findingsOf(rule, { indicators: withRow(4, { score: 18 }) });
    expect(findings).toHaveLength(1);
    expect(findings[0].cells).toEqual(["I17"]);
    expect(findings[0].fix).toBeUndefined();
  });

  it("flags a negative score", () => {
    const findings = findingsOf(rule, { indicators: withRow(5, { score: -1 }) });
    expect(findings.map((f) => f.cells[0])).toEqual(["I18"]);
    expect(findings[0].message).toContain("不能为负数");
  });

  it("flags text in a score cell, fixing it when the formula score is known", () => {
    const findings = findingsOf(rule, { indicators: withRow(1, { score: "满分" }) });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("得分应为数字");
    expect(findings[0].message).toContain("满分");
    expect(findings[0].fix).toEqual([expect.objectContaining({ cell: "I14", value: 10 })]);
    const qualitative = findingsOf(rule, { indicators: withRow(4, { score: "良" }) });
    expect(qualitative.map((f) => f.cells[0])).toEqual(["I17"]);
    expect(qualitative[0].fix).toBeUndefined();
  });

  it("accepts \"10分\", 分值 written as text and a score of exactly 分值", () => {
    expect(findingsOf(rule, { indicators: withRow(1, { score: "10分", weight: "10分" }) })).toEqual([]);
  });

  it("reports error values, and leaves not-applicable marks alone", () => {
    const findings = findingsOf(rule, { indicators: withRow(1, { score: "#REF!" }) });
    expect(findings.map((f) => f.message)).toEqual(["“培训合格率”的得分单元格显示错误值 #REF!，请检查公式或引用。"]);
    expect(findings[0].fix).toEqual([expect.objectContaining({ cell: "I14", value: 10 })]);
    expect(findingsOf(rule, { indicators: withRow(1, { score: "/" }) })).toEqual([]);
  });

  it("checks a 一级 subtotal against its 分值", () => {
    const subtotal = (score: number): IndicatorSpec[] =>
      VALID_INDICATORS.concat([{ level1: "满意度指标", level2: "小计", weight: 10, score }]);
    expect(findingsOf(rule, { indicators: subtotal(10) })).toEqual([]);
    const findings = findingsOf(rule, { indicators: subtotal(12) });
    expect(findings.map((f) => f.cells[0])).toEqual(["I20"]);
    expect(findings[0].message).toContain("小计得分 12 超过分值 10");
  });

  it("checks the 总分 against the 分值 its row declares", () => {
    expect(findingsOf(rule, { totalScore: 100 })).toEqual([]);
    const findings = findingsOf(rule, { totalScore: 103.4 });
    expect(findings.map((f) => [f.cells, f.message])).toEqual([[["I20"], "总分得分 103.4 超过分值 100，得分不能大于分值。"]]);
    expect(findingsOf(rule, { totalWeight: null, totalScore: 103.4 })).toEqual([]);
    // A row above its 分值 is the finding; the total it lifts is not reported again.
    const above = findingsOf(rule, { indicators: withRow(1, { score: 12 }), totalScore: 101.5 });
    expect(above.map((f) => f.cells[0])).toEqual(["I14"]);
  });
});

describe("score-range (D1) on a blank score", () => {
  it("requires a score on a filled row, with the formula's value as fix for quantitative rows", () => {
    const indicators = VALID_INDICATORS.map((ind, i) => (i === 0 ? { ...ind, score: null } : ind));
    const findings = findingsOf(rule, { indicators });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe("“培训人次”的得分未填写（分值 20）。");
    expect(findings[0].fix).toEqual([expect.objectContaining({ cell: "I13", value: 20 })]);
  });
});
