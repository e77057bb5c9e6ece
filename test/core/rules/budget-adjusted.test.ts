import rule from "../../../src/core/rules/budget-adjusted";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import type { FormSpec } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

const withReason = (reason: string | null): FormSpec => ({ cells: { K5: "原因", K6: reason } });

describe("budget-adjusted (A8)", () => {
  it("is silent when the budget was not adjusted", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("asks for the explanation of an increase (info)", () => {
    const findings = findingsOf(rule, { total: [100, 120, 114] });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("info");
    expect(findings[0].cells).toEqual(["F6", "E6"]);
    expect(findings[0].message).toContain("追加 20 万元");
  });

  it("names a reduction, including from a zero 年初预算", () => {
    expect(findingsOf(rule, { total: [120, 100, 95] })[0].message).toContain("调减 20 万元");
    expect(findingsOf(rule, { total: [0, 3.36, 3.36] })[0].message).toContain("追加 3.36 万元");
  });

  it("is a warning for 四川 forms whose reason cell is blank, and silent once it is written", () => {
    const adjusted = { total: [100, 120, 114] as [number, number, number] };
    const blank = findingsOf(rule, { ...adjusted, ...withReason(null) }, { profile: "sichuan" });
    expect(blank.map((f) => f.severity)).toEqual(["warning"]);
    expect(blank[0].cells).toContain("K6");
    expect(findingsOf(rule, { ...adjusted, ...withReason("年中追加培训经费20万元") }, { profile: "sichuan" })).toEqual([]);
    expect(findingsOf(rule, adjusted, { profile: "sichuan" }).map((f) => f.severity)).toEqual(["info"]);
  });

  it("ignores blank or text amounts and rounding", () => {
    expect(findingsOf(rule, { total: [null, 100, 95] })).toEqual([]);
    expect(findingsOf(rule, { total: ["—", "#REF!", 95] })).toEqual([]);
    expect(findingsOf(rule, { total: [100.004, 100, 95] })).toEqual([]);
  });
});
