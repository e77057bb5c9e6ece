import rule from "../../../src/core/rules/goals-filled";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { findingsOf } from "../../helpers/rule-tester";

describe("goals-filled (F1)", () => {
  it("accepts goal texts, even with figures in them", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, { goals: ["完成2024年度培训任务", "培训520人次，完成率104%"] })).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("flags amounts typed instead of goals (廊坊: 43.2 / 37.24)", () => {
    const findings = findingsOf(rule, { goals: [43.2, "37.24万元"] });
    expect(findings.map((f) => f.cells)).toEqual([["C11"], ["G11"]]);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].message).toContain("只填了数字“43.2”");
    expect(findings[0].message).toContain("年度总体绩效目标");
    expect(findings[1].message).toContain("实际完成情况");
    expect(findingsOf(rule, { goals: ["43.2 / 37.24", "文字说明"] }).map((f) => f.cells[0])).toEqual(["C11"]);
  });

  it("flags blank cells and a bare 完成", () => {
    const findings = findingsOf(rule, { goals: [null, "已完成。"] });
    expect(findings.map((f) => f.cells[0])).toEqual(["C11", "G11"]);
    expect(findings[0].message).toContain("未填写");
    expect(findings[1].message).toContain("只填了“已完成。”");
    expect(findingsOf(rule, { goals: ["—", "#REF!"] })).toHaveLength(2);
  });

  it("checks only the side a form has, and nothing when there are no goals", () => {
    expect(findingsOf(rule, { goals: ["完成", "完成"], cells: { G10: null } }).map((f) => f.cells[0])).toEqual(["C11"]);
    expect(findingsOf(rule, { goals: undefined, cells: { B10: null, C10: null, G10: null } })).toEqual([]);
  });
});
