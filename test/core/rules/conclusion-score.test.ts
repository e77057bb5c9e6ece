import rule from "../../../src/core/rules/conclusion-score";
import { fixtureWith } from "../../fixtures/fixture";
import { findingsOf } from "../../helpers/rule-tester";

const sichuanWith = (cells: { [address: string]: string | number }) => fixtureWith("sichuan-510000", cells);

describe("conclusion-score (F3, 四川)", () => {
  it("accepts the 四川 sample: 评价结论 states 99.43 分, problems and measures are written", () => {
    expect(findingsOf(rule, sichuanWith({}))).toEqual([]);
    // Sub-scores beside the total, and a whole-number rounding of it, are fine.
    expect(findingsOf(rule, sichuanWith({ C25: "预算执行得分9.6分，指标得分89.83分，自评总分99.43分，等级为优。" }))).toEqual([]);
    expect(findingsOf(rule, sichuanWith({ C25: "该项目自评得分99分，等级为优。" }))).toEqual([]);
  });

  it("warns when the 评价结论 gives another score, or none", () => {
    const other = findingsOf(rule, sichuanWith({ C25: "该项目自评得分95分，等级为优。" }));
    expect(other.map((f) => [f.severity, f.cells, f.message])).toEqual([
      ["warning", ["C25"], "评价结论中的得分 95 分与合计得分 99.43 分不一致。"],
    ]);
    const none = findingsOf(rule, sichuanWith({ C25: "项目实施效果良好。" }));
    expect(none.map((f) => f.message)).toEqual(["评价结论未写明自评总分，应写明“自评得分 99.43 分”及等级。"]);
    // A wrong 合计 (98 written, 99.43 recalculated) is D5's: a conclusion with either figure is not flagged here.
    expect(findingsOf(rule, sichuanWith({ J24: 98 }))).toEqual([]);
  });

  it("asks for 存在问题 and 改进措施 when points were lost, not for a full score", () => {
    const findings = findingsOf(rule, sichuanWith({ C26: "无", C27: "/" }));
    expect(findings.map((f) => f.cells[0])).toEqual(["C26", "C27"]);
    expect(findings[0].message).toBe("总分 99.43 分，未得满分，存在问题填了“无”。请写明扣分指标对应的问题。");
    expect(findings[1].message).toContain("请写明扣分指标对应的改进措施");
    const full = sichuanWith({ C26: "无", C27: "无", C25: "该项目自评得分100分。", J17: 10, J24: 100 });
    expect(findingsOf(rule, full)).toEqual([]);
  });

  it("applies only under the 四川 profile", () => {
    expect(findingsOf(rule, sichuanWith({ C25: "该项目自评得分95分。" }), { profile: "national" })).toEqual([]);
  });
});
