import rule from "../../../src/core/rules/header-required";
import { findingsOf } from "../../helpers/rule-tester";

describe("header-required (A1)", () => {
  it("accepts a filled header", () => {
    expect(findingsOf(rule, {})).toEqual([]);
  });

  it("requires 项目名称 and 主管部门 (errors) and notes a blank 实施单位", () => {
    const findings = findingsOf(rule, { projectName: null, department: "  ", implementer: null });
    expect(findings.map((f) => [f.severity, f.cells[0], f.message])).toEqual([
      ["error", "C3", "项目名称未填写。"],
      ["error", "C4", "主管部门未填写。"],
      ["info", "G4", "实施单位未填写。"],
    ]);
  });
});
