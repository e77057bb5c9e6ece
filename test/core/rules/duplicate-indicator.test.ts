import rule, { indicatorKey } from "../../../src/core/rules/duplicate-indicator";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

const withRow = (index: number, row: IndicatorSpec): IndicatorSpec[] => {
  const rows = VALID_INDICATORS.concat([]);
  rows.splice(index, 0, row);
  return rows;
};

describe("duplicate-indicator (B8)", () => {
  it("accepts distinct names", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("reports the second occurrence and points at both rows", () => {
    const rows = withRow(1, { level1: "产出指标", level2: "数量指标", name: "培训人次", target: "≥500人次", actual: "520人次", weight: 5, score: 5 });
    const findings = findingsOf(rule, { indicators: rows });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].cells).toEqual(["E14", "E13"]);
    expect(findings[0].message).toBe(
      "三级指标“培训人次”在第 13 行（数量指标）和第 14 行重复出现。同一指标只应设置一次，请删除或合并重复的行，并重新分配分值。",
    );
  });

  it("compares names without spacing or numbering, across 二级, and shows differing targets", () => {
    const rows = withRow(2, { level1: "产出指标", level2: "质量指标", name: "1. 培训 人次。", target: "≥400人次", actual: "420人次", weight: 5, score: 5 });
    const findings = findingsOf(rule, { indicators: rows });
    expect(findings.map((f) => f.cells)).toEqual([["E15", "E13"]]);
    expect(findings[0].message).toContain("第 13 行（数量指标）和第 15 行（质量指标）");
    expect(findings[0].message).toContain("年度指标值分别为“≥500人次”和“≥400人次”");
  });

  it("normalises names for comparison", () => {
    expect(indicatorKey("（2）培训合格率；")).toBe(indicatorKey("培训合格率"));
    expect(indicatorKey("①培训合格率")).toBe("培训合格率");
    expect(indicatorKey("培训合格率")).not.toBe(indicatorKey("培训及格率"));
  });
});
