import rule from "../../../src/core/rules/percent-over-100";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

function withIndicator(n: number, patch: Partial<IndicatorSpec>) {
  return { indicators: VALID_INDICATORS.map((ind, i) => (i === n ? { ...ind, ...patch } : ind)) };
}

describe("percent-over-100 (C5)", () => {
  it("accepts the valid form", () => {
    expect(findingsOf(rule, {})).toEqual([]);
  });

  it("warns about a rate over 100% in the actual or the target", () => {
    const actual = findingsOf(rule, withIndicator(1, { actual: "105%" }));
    expect(actual.map((f) => [f.severity, f.cells[0]])).toEqual([["warning", "G14"]]);
    expect(actual[0].message).toContain("105%");
    const target = findingsOf(rule, withIndicator(6, { target: "≥110%", actual: "112%" }));
    expect(target.map((f) => f.cells[0])).toEqual(["F19", "G19"]);
  });

  it("reads a stored fraction against a % target", () => {
    expect(findingsOf(rule, withIndicator(1, { actual: 1.05 })).map((f) => f.cells[0])).toEqual(["G14"]);
    expect(findingsOf(rule, withIndicator(1, { actual: 0.98 }))).toEqual([]);
  });

  it("allows growth and completion rates over 100%", () => {
    expect(findingsOf(rule, withIndicator(1, { name: "业务量增长率", target: "≥110%", actual: "120%" }))).toEqual([]);
    expect(findingsOf(rule, withIndicator(1, { name: "任务完成率", target: "≥100%", actual: "105%" }))).toEqual([]);
  });

  it("notes the unit written 百分比", () => {
    const findings = findingsOf(rule, withIndicator(1, { target: "≥100百分比", actual: "100%" }));
    expect(findings.map((f) => [f.severity, f.cells[0]])).toEqual([["info", "F14"]]);
    expect(findings[0].fix).toBeUndefined();
  });

  it("notes 百分比 once per row when both cells have it, as in the 安徽 form", () => {
    const findings = findingsOf(rule, withIndicator(2, { target: "≥100百分比", actual: "100百分比" }));
    expect(findings.map((f) => [f.severity, f.cells])).toEqual([["info", ["F15", "G15"]]]);
    expect(findings[0].message).toContain("实际完成值“100百分比”");
  });
});
