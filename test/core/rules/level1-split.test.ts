import rule from "../../../src/core/rules/level1-split";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

const reweight = (changes: { [name: string]: number }, rows: IndicatorSpec[] = VALID_INDICATORS): IndicatorSpec[] =>
  rows.map((i) => (changes[i.name as string] !== undefined ? { ...i, weight: changes[i.name as string], score: changes[i.name as string] } : i));
// 产出 60 / 效益 20 / 满意度 10: still 90 in total.
const SIXTY_TWENTY = { 培训人次: 30, 参训人员业务能力提升: 10, 培训成果持续应用: 10 };

describe("level1-split (B5)", () => {
  it("accepts the default split (national 50/30/10, 湖南 50/40 in the sample)", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("warns once about a different split, naming both", () => {
    const findings = findingsOf(rule, { indicators: reweight(SIXTY_TWENTY) });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].cells).toEqual(["C13", "C17"]);
    expect(findings[0].message).toContain("一级指标分值为产出 60、效益 20、满意度 10，与默认分值（产出 50、效益 30、满意度 10）不一致。");
  });

  it("is silent for profiles without a default split and for 成本 as a 一级", () => {
    expect(findingsOf(rule, { indicators: reweight(SIXTY_TWENTY) }, { profile: "sichuan" })).toEqual([]);
    const t101 = ([{ level1: "成本指标", level2: "经济成本指标", name: "培训成本", target: "≤10万元", actual: "9万元", weight: 10, score: 10 }] as IndicatorSpec[]).concat(
      reweight({ 培训人次: 10 }).filter((i) => i.level2 !== "成本指标"),
    );
    expect(findingsOf(rule, { indicators: t101 }, { profile: "national" })).toEqual([]);
  });

  it("leaves a wrong total to indicator-weight-total and a declared mismatch to level1-weight-sum", () => {
    expect(findingsOf(rule, { indicators: reweight({ 培训人次: 30 }) })).toEqual([]);
    const declared = reweight(SIXTY_TWENTY).map((i) => (i.level1 === "效益指标" ? { ...i, level1: "效益指标(30分)" } : i));
    expect(findingsOf(rule, { indicators: declared }).map((f) => f.cells)).toEqual([["C13"]]);
  });

  it("counts 满意度 inside 效益 towards 效益 for 湖南 and towards 满意度 otherwise", () => {
    const inBenefit = VALID_INDICATORS.map((i) => (i.level1 === "满意度指标" ? { ...i, level1: "效益指标" } : i));
    expect(findingsOf(rule, { indicators: inBenefit }, { profile: "hunan" })).toEqual([]);
    expect(findingsOf(rule, { indicators: inBenefit }, { profile: "national" })).toEqual([]);
    expect(findingsOf(rule, {}, { profile: "hunan" })).toEqual([]);
  });
});
