import rule from "../../../src/core/rules/actual-required";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

function withIndicator(n: number, patch: Partial<IndicatorSpec>) {
  return { indicators: VALID_INDICATORS.map((ind, i) => (i === n ? { ...ind, ...patch } : ind)) };
}

describe("actual-required (C2)", () => {
  it("accepts the valid form", () => {
    expect(findingsOf(rule, {})).toEqual([]);
  });

  it("reports a blank 实际完成值 of a quantitative indicator, naming the target", () => {
    const findings = findingsOf(rule, withIndicator(0, { actual: undefined }));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["G13"]);
    expect(findings[0].message).toContain("为空");
    expect(findings[0].message).toContain("≥500人次");
  });

  it("reports NULL from a system export", () => {
    const findings = findingsOf(rule, withIndicator(1, { actual: "NULL" }));
    expect(findings.map((f) => f.cells[0])).toEqual(["G14"]);
    expect(findings[0].message).toContain("NULL");
  });

  it("asks for a tier on a qualitative indicator", () => {
    const findings = findingsOf(rule, withIndicator(4, { actual: "" }));
    expect(findings.map((f) => f.cells[0])).toEqual(["G17"]);
    expect(findings[0].message).toContain("达成年度指标");
  });

  it("leaves rows without a target (C1) and 不适用 rows alone", () => {
    expect(findingsOf(rule, withIndicator(0, { target: undefined, actual: undefined }))).toEqual([]);
    expect(findingsOf(rule, withIndicator(0, { target: "—", actual: undefined }))).toEqual([]);
    expect(findingsOf(rule, withIndicator(0, { actual: "—" }))).toEqual([]);
  });
});
