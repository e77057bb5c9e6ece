import rule from "../../../src/core/rules/placeholder-left";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

const withRow = (row: IndicatorSpec): IndicatorSpec[] => {
  const rows = VALID_INDICATORS.concat([]);
  rows.splice(1, 0, row); // row 14, inside 数量指标
  return rows;
};

describe("placeholder-left (B7)", () => {
  it("accepts real indicators", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("flags a template row \"指标2\" and asks to replace or delete it", () => {
    const findings = findingsOf(rule, { indicators: withRow({ level1: "产出指标", level2: "数量指标", name: "指标2" }) });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["E14", "E14:J14"]);
    expect(findings[0].message).toBe("第 14 行（数量指标）“指标2”是模板示例行，未替换为实际指标。请替换为批复的绩效指标，或删除该行。");
  });

  it("mentions the points a placeholder row holds", () => {
    const findings = findingsOf(rule, { indicators: withRow({ level1: "产出指标", level2: "数量指标", name: "XX", target: "XX", weight: 5 }) });
    expect(findings[0].cells).toEqual(["E14", "E14:J14"]);
    expect(findings[0].message).toContain("该行还占了 5 分");
  });

  it("flags \"……\" rows, also when only the 年度指标值 holds them", () => {
    expect(findingsOf(rule, { indicators: withRow({ level1: "产出指标", level2: "数量指标", name: "……" }) })).toHaveLength(1);
    const targetOnly = findingsOf(rule, { indicators: withRow({ level1: "产出指标", level2: "数量指标", target: "……" }) });
    expect(targetOnly.map((f) => f.cells[0])).toEqual(["F14"]);
  });
});
