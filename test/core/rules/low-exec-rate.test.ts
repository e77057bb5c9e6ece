import rule from "../../../src/core/rules/low-exec-rate";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import type { FormSpec } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

// A 四川-style 原因 column beside 得分.
const withReason = (reason: string | null): FormSpec => ({ cells: { K5: "原因", K6: reason } });

describe("low-exec-rate (A7)", () => {
  it("accepts 执行率 at or above 80%", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, { total: [100, 100, 80], rate: "80%" })).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("warns below 80% at the rate cell", () => {
    const findings = findingsOf(rule, { total: [100, 100, 62.5], rate: "62.5%" });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].cells).toEqual(["I6"]);
    expect(findings[0].message).toContain("执行率 62.5%");
    expect(findings[0].message).toContain("低于 80%");
  });

  it("asks 四川 forms for a reason below 90% at the blank reason cell", () => {
    const findings = findingsOf(rule, { total: [100, 100, 85], rate: "85%", ...withReason(null) }, { profile: "sichuan" });
    expect(findings).toHaveLength(1);
    expect(findings[0].cells[0]).toBe("K6");
    expect(findings[0].message).toContain("低于 90%");
    // Not required by the national profile.
    expect(findingsOf(rule, { total: [100, 100, 85], rate: "85%", ...withReason(null) })).toEqual([]);
  });

  it("reports a very low 四川 rate once, and not at all once a reason is written", () => {
    const low = { total: [100, 100, 70] as [number, number, number], rate: "70%" };
    const blank = findingsOf(rule, { ...low, ...withReason(null) }, { profile: "sichuan" });
    expect(blank.map((f) => f.cells[0])).toEqual(["K6"]);
    expect(findingsOf(rule, { ...low, ...withReason("政府采购流程延后，部分资金未支付") }, { profile: "sichuan" })).toEqual([]);
    expect(findingsOf(rule, { ...low, ...withReason("无") }, { profile: "sichuan" }).map((f) => f.cells[0])).toEqual(["K6"]);
  });

  it("skips when the rate cannot be computed", () => {
    expect(findingsOf(rule, { total: [100, 0, 0], rate: "0%" })).toEqual([]);
    expect(findingsOf(rule, { total: [100, "—", "#REF!"] })).toEqual([]);
  });
});
