import rule from "../../../src/core/rules/budget-weight";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { findingsOf } from "../../helpers/rule-tester";

describe("budget-weight (A9)", () => {
  it("accepts 10 points, also written \"10分\"", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, { budgetWeight: "10分" })).toEqual([]);
    expect(findingsOf(rule, {}, { profile: "sichuan" })).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("warns on another weight", () => {
    const findings = findingsOf(rule, { budgetWeight: 20, budgetScore: 19 });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].cells).toEqual(["H6"]);
    expect(findings[0].message).toContain("分值为 20");
    expect(findings[0].message).toContain("应为 10 分");
  });

  it("leaves blank or unreadable weights alone", () => {
    expect(findingsOf(rule, { budgetWeight: undefined })).toEqual([]);
    expect(findingsOf(rule, { budgetWeight: "十分" })).toEqual([]);
    expect(findingsOf(rule, { budgetWeight: "#REF!" })).toEqual([]);
  });
});
