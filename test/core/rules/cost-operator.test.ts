import rule from "../../../src/core/rules/cost-operator";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

const cost = (row: Partial<IndicatorSpec>): IndicatorSpec[] =>
  VALID_INDICATORS.map((i) => (i.level2 === "成本指标" ? { ...i, ...row } : i));

describe("cost-operator (B10)", () => {
  it("accepts ≤ and unmarked cost targets", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
    expect(findingsOf(rule, { indicators: cost({ target: "90万元" }) })).toEqual([]);
  });

  it("warns about a cost with ≥, suggesting the ≤ form", () => {
    const findings = findingsOf(rule, { indicators: cost({ target: "≥2000元/人" }) });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].cells).toEqual(["F16"]);
    expect(findings[0].message).toContain("成本指标“人均培训成本”的年度指标值用了“≥”（≥2000元/人）");
    expect(findings[0].message).toContain("宜写作“≤2000元/人”");
  });

  it("checks a 成本指标 一级 (T-101) and > too", () => {
    const rows = ([{ level1: "成本指标", level2: "经济成本指标", name: "项目总成本", target: ">30万元", actual: "28万元", weight: 10, score: 10 }] as IndicatorSpec[]).concat(
      VALID_INDICATORS.filter((i) => i.level2 !== "成本指标"),
    );
    expect(findingsOf(rule, { indicators: rows }).map((f) => f.cells[0])).toEqual(["F13"]);
  });

  it("leaves savings rates and percentages alone, and ≥ outside 成本", () => {
    expect(findingsOf(rule, { indicators: cost({ name: "成本节约率", target: "≥5%" }) })).toEqual([]);
    expect(findingsOf(rule, { indicators: cost({ name: "成本节约额", target: "≥5万元" }) })).toEqual([]);
    expect(findingsOf(rule, { indicators: cost({ name: "资金到位率", target: "≥100%" }) })).toEqual([]);
  });

  it("reads the 四川 指标性质 column", () => {
    const sichuan = {
      indicators: cost({ target: 30 }),
      cells: { K12: "指标性质", K13: "≥", K14: "≥", K15: "=", K16: "≥", K17: "定性", K18: "定性", K19: "≥" },
    };
    const findings = findingsOf(rule, sichuan);
    expect(findings.map((f) => f.cells)).toEqual([["K16", "F16"]]);
    expect(findings[0].message).toContain("指标性质 ≥，指标值 30");
  });
});
