import rule from "../../../src/core/rules/indicator-classification";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

const change = (level2: string, row: Partial<IndicatorSpec>): IndicatorSpec[] =>
  VALID_INDICATORS.map((i) => (i.level2 === level2 ? { ...i, ...row } : i));

describe("indicator-classification (B9)", () => {
  it("is quiet on ordinary rows, including the sample's", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
    expect(findingsOf(rule, { indicators: change("时效指标", { name: "项目完成时间", target: "2024年12月底前" }) })).toEqual([]);
    expect(findingsOf(rule, { indicators: change("成本指标", { name: "项目总投入", target: "≤90万元" }) })).toEqual([]);
    expect(findingsOf(rule, { indicators: change("质量指标", { name: "保证通信安全畅通", target: "安全畅通" }) })).toEqual([]);
  });

  it("notes a compliance phrase under 成本 (info) and explains what a cost indicator is", () => {
    const findings = findingsOf(rule, { indicators: change("成本指标", { name: "单项业务成本", target: "符合相关规定" }) });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("info");
    expect(findings[0].cells).toEqual(["E16", "F16"]);
    expect(findings[0].message).toContain("资金管理的合规要求，不是成本指标");
    expect(findings[0].message).toContain("≤X万元");
  });

  it("notes management items used as outputs or benefits", () => {
    const quality = findingsOf(rule, { indicators: change("质量指标", { name: "经费支出合规性", target: "严格执行相关制度规定" }) });
    expect(quality.map((f) => f.cells[0])).toEqual(["E14"]);
    expect(quality[0].message).toContain("预算或财务管理要求");
    const benefit = findingsOf(rule, { indicators: change("社会效益指标", { name: "结余率（结余数/预算数）", target: "≤5%" }) });
    expect(benefit.map((f) => f.cells[0])).toEqual(["E17"]);
  });

  it("notes rows that read like another 二级", () => {
    const time = findingsOf(rule, { indicators: change("时效指标", { name: "培训考核合格率", target: "≥95%" }) });
    expect(time.map((f) => f.message)).toEqual(["时效指标下的“培训考核合格率”看起来是质量指标：时效指标通常写明完成时间、期限或及时率，如“2024年12月底前完成”。请核对归类或指标名称。"]);
    const quality = findingsOf(rule, { indicators: change("质量指标", { name: "完成时间", target: "2024年6月底前" }) });
    expect(quality.map((f) => f.message)).toEqual(["质量指标下的“完成时间”看起来是时效指标，请核对归类。"]);
  });

  it("notes a 满意度 row that does not measure satisfaction, and money as a 数量", () => {
    const satisfaction = findingsOf(rule, { indicators: change("服务对象满意度指标", { name: "参训人数", target: "≥500人" }) });
    expect(satisfaction[0].message).toContain("没有体现该类指标的内容：满意度指标通常是服务对象满意度");
    const money = findingsOf(rule, { indicators: change("数量指标", { name: "工程资金金额", target: "43.2" }) });
    expect(money[0].message).toContain("数量指标下的“工程资金金额”是资金金额");
  });
});

describe("indicator-classification (B9) on odd input", () => {
  it("does not judge names without words", () => {
    expect(findingsOf(rule, { indicators: change("成本指标", { name: "abc", target: "0" }) })).toEqual([]);
    expect(findingsOf(rule, { indicators: change("服务对象满意度指标", { name: 0, target: "#REF!" }) })).toEqual([]);
  });
});
