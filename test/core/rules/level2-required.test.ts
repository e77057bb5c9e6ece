import rule from "../../../src/core/rules/level2-required";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { findingsOf, keysOf } from "../../helpers/rule-tester";

const without = (name: string) => VALID_INDICATORS.filter((i) => i.level2 !== name);

describe("level2-required (B1, §5.3)", () => {
  it("accepts 产出 with 数量, 质量, 时效 and 成本", () => {
    expect(findingsOf(rule, {})).toEqual([]);
  });

  it("warns when 时效 or 成本 is missing under 产出", () => {
    const findings = findingsOf(rule, { indicators: without("成本指标") });
    expect(findings.map((f) => [f.severity, f.cells[0], f.message])).toEqual([["warning", "C13", "产出指标下缺少成本指标。"]]);
  });

  it("takes 101-style 经济成本指标 rows under 产出 as its 成本 (where they sit is B2's)", () => {
    const indicators = VALID_INDICATORS.map((i) => (i.level2 === "成本指标" ? { ...i, level2: "经济成本指标" } : i));
    expect(findingsOf(rule, { indicators })).toEqual([]);
  });

  it("is an error when 产出 has neither 数量 nor 质量", () => {
    const findings = findingsOf(rule, { indicators: without("数量指标").filter((i) => i.level2 !== "质量指标") });
    expect(findings.filter((f) => f.severity === "error").map((f) => f.message)).toEqual(["产出指标下没有填写数量指标或质量指标。"]);
  });

  it("reports the empty 时效/成本 rows (warning) and the empty 经济效益 row (info) of the sample", () => {
    const findings = findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")));
    expect(keysOf(findings)).toEqual(["level2-required@D18", "level2-required@D19", "level2-required@D20"]);
    expect(findings.map((f) => f.severity)).toEqual(["warning", "warning", "info"]);
    expect(findings[0].cells).toEqual(["D18", "E18:J18"]);
  });
});
