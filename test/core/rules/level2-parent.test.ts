import rule from "../../../src/core/rules/level2-parent";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

const replace = (level2: string, change: Partial<IndicatorSpec>): IndicatorSpec[] =>
  VALID_INDICATORS.map((i) => (i.level2 === level2 ? { ...i, ...change } : i));

describe("level2-parent (B2)", () => {
  it("accepts the national taxonomy and the 湖南 sample (满意度 inside 效益)", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("flags 成本指标 under 效益指标 at the 二级 label", () => {
    // Moved from 产出 to the end of 效益: 效益 starts at row 16, the cost row is row 18.
    const indicators = VALID_INDICATORS.filter((i) => i.level2 !== "成本指标");
    indicators.splice(5, 0, { level1: "效益指标", level2: "成本指标", name: "人均培训成本", target: "≤2000元/人", actual: "1900元/人", weight: 10, score: 10 });
    const findings = findingsOf(rule, { indicators });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["D18", "C16"]);
    expect(findings[0].message).toBe("二级指标“成本指标”不应放在效益指标下，应归入产出指标或成本指标。");
  });

  it("flags 满意度 under 产出 and 可持续影响 under 满意度", () => {
    const indicators: IndicatorSpec[] = [
      { level1: "产出指标", level2: "数量指标", name: "培训人次", target: "≥500人次", actual: "520人次", weight: 40, score: 40 },
      { level1: "产出指标", level2: "服务对象满意度指标", name: "参训人员满意度", target: "≥90%", actual: "95%", weight: 10, score: 10 },
      { level1: "效益指标", level2: "社会效益指标", name: "业务能力提升", target: "有所提升", actual: "达成年度指标", weight: 30, score: 30 },
      { level1: "满意度指标", level2: "可持续影响指标", name: "成果持续应用", target: "长期", actual: "达成年度指标", weight: 10, score: 10 },
    ];
    const findings = findingsOf(rule, { indicators });
    expect(findings.map((f) => f.cells[0])).toEqual(["D14", "D16"]);
    expect(findings[0].message).toContain("应归入满意度指标");
    expect(findings[1].message).toContain("不应放在满意度指标下，应归入效益指标");
  });

  it("flags 满意度 inside 效益 under the national profile only", () => {
    const inBenefit = replace("服务对象满意度指标", { level1: "效益指标" });
    expect(findingsOf(rule, { indicators: inBenefit }, { profile: "hunan" })).toEqual([]);
    const national = findingsOf(rule, { indicators: inBenefit }, { profile: "national" });
    expect(national.map((f) => f.cells[0])).toEqual(["D19"]);
  });

  it("accepts 101-style cost 二级 under a 成本指标 一级, and 成本指标 under it", () => {
    const indicators = ([
      { level1: "成本指标", level2: "经济成本指标", name: "培训成本", target: "≤10万元", actual: "9万元", weight: 5, score: 5 },
      { level1: "成本指标", level2: "成本指标", name: "人均成本", target: "≤2000元", actual: "1900元", weight: 5, score: 5 },
    ] as IndicatorSpec[]).concat(VALID_INDICATORS.filter((i) => i.level2 !== "成本指标"));
    expect(findingsOf(rule, { indicators })).toEqual([]);
  });

  it("accepts the 四川 hybrid (经济成本指标 under 产出) for 四川 and notes it elsewhere", () => {
    const hybrid = replace("成本指标", { level2: "经济成本指标", name: "成本控制数", target: "≤30万元", actual: "28万元" });
    expect(findingsOf(rule, { indicators: hybrid }, { profile: "sichuan" })).toEqual([]);
    const national = findingsOf(rule, { indicators: hybrid });
    expect(national.map((f) => f.severity)).toEqual(["info"]);
    expect(national[0].cells[0]).toBe("D16");
  });
});
