import rule from "../../../src/core/rules/budget-score";
import { findingsOf } from "../../helpers/rule-tester";

describe("budget-score (A5)", () => {
  it("accepts 执行率 × 分值", () => {
    expect(findingsOf(rule, {})).toEqual([]);
  });

  it("flags a score that does not follow the rate, with the computed fix", () => {
    const findings = findingsOf(rule, { total: [43.2, 43.2, 37.24], fiscal: [43.2, 43.2, 37.24], carryover: undefined, other: undefined, rate: "86%", budgetScore: 7 });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["J6"]);
    expect(findings[0].message).toContain("应为 8.62");
    expect(findings[0].message).toContain("表中为 7");
    expect(findings[0].fix).toEqual([expect.objectContaining({ cell: "J6", value: 8.62 })]);
  });

  it("treats 9 for 8.62 as a rounding or banding difference (warning), as in the 廊坊 form", () => {
    const findings = findingsOf(rule, { total: [43.2, 43.2, 37.24], rate: "86%", budgetScore: 9 });
    expect(findings.map((f) => f.severity)).toEqual(["warning"]);
  });

  it("caps the score at 分值 when execution exceeds the budget", () => {
    const findings = findingsOf(rule, { total: [100, 100, 110], rate: "110%", budgetScore: 11 });
    expect(findings[0].fix![0].value).toBe(10);
  });

  it("reads 分值 written as text (\"10分\")", () => {
    expect(findingsOf(rule, { budgetWeight: "10分" })).toEqual([]);
  });
});

describe("budget-score (A5) on unusable cells", () => {
  it("reports a blank, text or error score with the computed value", () => {
    expect(findingsOf(rule, { budgetScore: null })[0].message).toBe("预算执行率得分为空，应为 9.5（执行率 95% × 分值 10）。");
    expect(findingsOf(rule, { budgetScore: "#DIV/0!" })[0].message).toContain("显示错误值 #DIV/0!");
    expect(findingsOf(rule, { budgetScore: "满分" })[0].fix![0].value).toBe(9.5);
    expect(findingsOf(rule, { budgetScore: "—" })).toEqual([]);
  });
});
