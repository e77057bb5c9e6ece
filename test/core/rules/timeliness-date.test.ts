import rule from "../../../src/core/rules/timeliness-date";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

// VALID_FORM is a 2024 form; its 时效 indicator is row 15 (F15 target, G15 actual, H15 分值 10, I15 得分).
function timeliness(patch: Partial<IndicatorSpec>, extra: object = {}) {
  const base = { name: "培训完成时间", target: "2024年12月底前", actual: "2024年11月30日完成" };
  return { ...extra, indicators: VALID_INDICATORS.map((ind, i) => (i === 2 ? { ...ind, ...base, ...patch } : ind)) };
}

describe("timeliness-date (C7)", () => {
  it("accepts the valid form and an on-time date", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, timeliness({}))).toEqual([]);
    expect(findingsOf(rule, timeliness({ target: "12月前", actual: "11月" }))).toEqual([]);
    expect(findingsOf(rule, timeliness({ target: "≤2024年12月", actual: "2024.12" }))).toEqual([]);
  });

  it("warns when the actual is later than the target with a full score", () => {
    const findings = findingsOf(rule, timeliness({ actual: "2025年1月15日完成" }));
    expect(findings.map((f) => [f.severity, f.cells])).toEqual([["warning", ["G15", "F15"]]]);
    expect(findings[0].message).toContain("2025年1月15日");
    expect(findings[0].message).toContain("2024年12月");
    expect(findings[0].message).toContain("满分 10");
  });

  it("accepts a late date whose score was already reduced", () => {
    expect(findingsOf(rule, timeliness({ target: "2024年6月30日前", actual: "2024年8月", score: 7 }))).toEqual([]);
  });

  it("warns about dates outside the evaluation year", () => {
    const stale = findingsOf(rule, timeliness({ target: "2023年12月31日前", actual: "2023年11月" }));
    expect(stale.map((f) => f.cells[0])).toEqual(["F15"]);
    const actual = findingsOf(rule, timeliness({ target: "=100%", actual: "2023年11月" }));
    expect(actual.map((f) => f.cells[0])).toEqual(["G15"]);
    expect(actual[0].message).toContain("2024 年");
  });

  it("allows a target in the next year (次年) and skips the year check when the year is unknown", () => {
    expect(findingsOf(rule, timeliness({ target: "次年3月前", actual: "2025年2月" }))).toEqual([]);
    expect(findingsOf(rule, timeliness({ target: "2023年12月31日前", actual: "2023年11月" }, { year: undefined }))).toEqual([]);
  });

  it("asks for the date or rate when the actual is only 按时 or 完成", () => {
    const onTime = findingsOf(rule, timeliness({ target: "按计划完成", actual: "按时完成" }));
    expect(onTime.map((f) => [f.severity, f.cells[0]])).toEqual([["info", "G15"]]);
    expect(onTime[0].message).toContain("实际完成日期");
    expect(findingsOf(rule, timeliness({ actual: "完成" })).map((f) => f.severity)).toEqual(["info"]);
    // A rate target answered with 按时完成 is vague-actual's (C3) error.
    expect(findingsOf(rule, timeliness({ target: "=100%", actual: "按时完成" }))).toEqual([]);
  });
});
