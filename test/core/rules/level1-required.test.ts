import rule from "../../../src/core/rules/level1-required";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

const only = (...level1: string[]): IndicatorSpec[] => VALID_INDICATORS.filter((i) => level1.indexOf(i.level1) >= 0);

describe("level1-required (B1)", () => {
  it("accepts the three 一级 of the national template and the 湖南 sample", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("is an error when 产出指标 is missing, pointing at the 一级 column header", () => {
    const findings = findingsOf(rule, { indicators: only("效益指标", "满意度指标") });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["C12"]);
    expect(findings[0].message).toContain("缺少一级指标“产出指标”");
  });

  it("warns when 效益指标 or 满意度指标 is missing", () => {
    const findings = findingsOf(rule, { indicators: only("产出指标") });
    expect(findings.map((f) => f.severity)).toEqual(["warning", "warning"]);
    expect(findings.map((f) => f.message).join()).toContain("效益指标");
    expect(findings.map((f) => f.message).join()).toContain("满意度指标");
  });

  it("counts a 一级 whose only row is an empty 二级 as missing, at its label", () => {
    const indicators = only("产出指标", "效益指标").concat([{ level1: "满意度指标", level2: "服务对象满意度指标" }]);
    const findings = findingsOf(rule, { indicators });
    expect(findings).toHaveLength(1);
    expect(findings[0].cells).toEqual(["C19"]);
    expect(findings[0].message).toContain("满意度指标下没有设置任何三级指标");
  });

  it("accepts 满意度 inside 效益 for 湖南 and asks for it when absent there", () => {
    const inBenefit = VALID_INDICATORS.map((i) => (i.level1 === "满意度指标" ? { ...i, level1: "效益指标" } : i));
    expect(findingsOf(rule, { indicators: inBenefit }, { profile: "hunan" })).toEqual([]);
    const none = findingsOf(rule, { indicators: only("产出指标", "效益指标") }, { profile: "hunan" });
    expect(none).toHaveLength(1);
    expect(none[0].cells).toEqual(["C17"]);
    expect(none[0].message).toContain("效益指标下缺少服务对象满意度指标");
  });

  it("leaves 满意度 placed inside 效益 under the national profile to level2-parent", () => {
    const inBenefit = VALID_INDICATORS.map((i) => (i.level1 === "满意度指标" ? { ...i, level1: "效益指标" } : i));
    expect(findingsOf(rule, { indicators: inBenefit }, { profile: "national" })).toEqual([]);
  });

  it("accepts 成本指标 as a 一级 (T-101) without asking for more", () => {
    const indicators = ([{ level1: "成本指标", level2: "经济成本指标", name: "培训成本", target: "≤10万元", actual: "9万元", weight: 10, score: 10 }] as IndicatorSpec[]).concat(
      VALID_INDICATORS.filter((i) => i.level2 !== "成本指标"),
    );
    expect(findingsOf(rule, { indicators })).toEqual([]);
  });
});
