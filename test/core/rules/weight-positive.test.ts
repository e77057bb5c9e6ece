import rule from "../../../src/core/rules/weight-positive";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

const withWeight = (weight: IndicatorSpec["weight"]): IndicatorSpec[] =>
  VALID_INDICATORS.map((i) => (i.name === "培训合格率" ? { ...i, weight } : i));

describe("weight-positive (B6)", () => {
  it("accepts positive numeric 分值, including \"10分\"", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, { indicators: withWeight("10分") })).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("warns about a blank 分值 on a filled row", () => {
    const findings = findingsOf(rule, { indicators: withWeight(undefined) });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].cells).toEqual(["H14", "E14"]);
    expect(findings[0].message).toBe("“培训合格率”未填写分值。每个三级指标都应有分值，全部指标分值合计 90 分。");
  });

  it("is an error for a negative, error or text 分值", () => {
    expect(findingsOf(rule, { indicators: withWeight(-5) }).map((f) => f.severity)).toEqual(["error"]);
    expect(findingsOf(rule, { indicators: withWeight("#REF!") })[0].message).toContain("错误值“#REF!”");
    expect(findingsOf(rule, { indicators: withWeight("十分") })[0].message).toContain("“十分”不是数字");
  });

  it("notes a zero 分值, and warns under the pmkpi profile (isCheckWeightGtZero)", () => {
    expect(findingsOf(rule, { indicators: withWeight(0) }).map((f) => f.severity)).toEqual(["info"]);
    const pmkpi = findingsOf(rule, { indicators: withWeight(0) }, { profile: "pmkpi" });
    expect(pmkpi.map((f) => f.severity)).toEqual(["warning"]);
    expect(pmkpi[0].message).toContain("要求三级指标分值大于 0");
  });

  it("is an error for an empty 二级 row that carries 分值", () => {
    const rows = VALID_INDICATORS.concat([]);
    rows.splice(6, 0, { level1: "效益指标", level2: "生态效益指标", weight: 5 });
    const findings = findingsOf(rule, { indicators: rows });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["H19", "D19"]);
    expect(findings[0].message).toContain("生态效益指标一行没有三级指标，却填了分值 5。空置的二级指标行不能占分值");
    // A 0 there is harmless.
    rows[6] = { ...rows[6], weight: 0 };
    expect(findingsOf(rule, { indicators: rows })).toEqual([]);
  });

  it("does not mistake a 二级 weight row (its 分值 = the sum of the rows below) for an empty row", () => {
    const rows: IndicatorSpec[] = VALID_INDICATORS.concat([]);
    rows.splice(4, 0, { level1: "效益指标", level2: "社会效益指标", weight: 15 });
    expect(findingsOf(rule, { indicators: rows })).toEqual([]);
  });
});
