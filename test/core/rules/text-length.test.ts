import rule from "../../../src/core/rules/text-length";
import { fixtureWith } from "../../fixtures/fixture";
import { findingsOf } from "../../helpers/rule-tester";

const sichuanWith = (cells: { [address: string]: string }) => fixtureWith("sichuan-510000", cells);

const chars = (n: number) => "由于案件量增加".repeat(Math.ceil(n / 7)).slice(0, n);

describe("text-length (E6, 四川)", () => {
  it("accepts the 四川 sample and texts at the limit (white space not counted)", () => {
    expect(findingsOf(rule, sichuanWith({}))).toEqual([]);
    expect(findingsOf(rule, sichuanWith({ J9: chars(100), C25: chars(150) + "  \n" + chars(50) }))).toEqual([]);
  });

  it("warns about a 原因 over 100 字 and a 评价结论 over 200 字, counting them", () => {
    const findings = findingsOf(rule, sichuanWith({ J9: chars(144), C25: chars(201), D6: chars(101) }));
    expect(findings.map((f) => [f.severity, f.cells[0]])).toEqual([
      ["warning", "D6"],
      ["warning", "J9"],
      ["warning", "C25"],
    ]);
    expect(findings[1].message).toBe("总额的原因共 144 字，超过表样规定的 100 字，请精简后填写（详细情况可写入自评报告）。");
    expect(findings[0].message).toContain("项目年度目标完成情况共 101 字");
    expect(findings[2].message).toContain("评价结论共 201 字，超过表样规定的 200 字");
  });

  it("applies only under the 四川 profile", () => {
    expect(findingsOf(rule, sichuanWith({ J9: chars(144) }), { profile: "national" })).toEqual([]);
    expect(findingsOf(rule, { goals: ["目标", chars(300)] })).toEqual([]);
  });
});
