import rule from "../../../src/core/rules/grade-consistent";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { findingsOf } from "../../helpers/rule-tester";

// VALID_FORM: 总分 99.5 at I20, 自评等级 at C21.
describe("grade-consistent (D6)", () => {
  it("accepts the valid form and the real sample (which has no grade row)", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
    expect(findingsOf(rule, { grade: null })).toEqual([]);
    expect(findingsOf(rule, { grade: "/" })).toEqual([]);
  });

  it("flags a grade that does not match the 总分, with the right grade as fix", () => {
    const findings = findingsOf(rule, { grade: "良" });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["C21", "I20"]);
    expect(findings[0].message).toContain("应为“优”");
    expect(findings[0].message).toContain("99.5");
    expect(findings[0].fix).toEqual([expect.objectContaining({ cell: "C21", value: "优" })]);
  });

  it("keeps the written style (优秀/良好)", () => {
    expect(findingsOf(rule, { grade: "良好" })[0].fix![0].value).toBe("优秀");
    expect(findingsOf(rule, { totalScore: 85, grade: "优秀" })[0].fix![0].value).toBe("良好");
    expect(findingsOf(rule, { totalScore: 70, grade: "优秀" })[0].fix![0].value).toBe("中等");
  });

  it("uses half-open bands: 90 is 优, 89.99 is 良", () => {
    expect(findingsOf(rule, { totalScore: 90, grade: "优" })).toEqual([]);
    expect(findingsOf(rule, { totalScore: 89.99, grade: "优" })[0].fix![0].value).toBe("良");
    expect(findingsOf(rule, { totalScore: 59, grade: "中" })[0].fix![0].value).toBe("差");
  });

  it("follows the profile's grade bands", () => {
    expect(findingsOf(rule, { totalScore: 85, grade: "优" }, { grades: "legacy" })).toEqual([]);
    expect(findingsOf(rule, { totalScore: 85, grade: "优" })).toHaveLength(1);
  });

  it("warns about a grade it cannot read", () => {
    const findings = findingsOf(rule, { grade: "很好" });
    expect(findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(findings[0].message).toContain("很好");
  });

  it("says nothing without a numeric 总分", () => {
    expect(findingsOf(rule, { totalScore: "#REF!", grade: "良" })).toEqual([]);
  });
});
