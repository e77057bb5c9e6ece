import rule from "../../../src/core/rules/qualitative-wording";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";

function withIndicators(patches: { [n: number]: Partial<IndicatorSpec> }) {
  return { indicators: VALID_INDICATORS.map((ind, i) => (patches[i] ? { ...ind, ...patches[i] } : ind)) };
}

describe("qualitative-wording (C4)", () => {
  it("accepts the valid form and the official short forms", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, withIndicators({ 4: { actual: "达成" }, 5: { actual: "部分达成", score: 10 } }))).toEqual([]);
    expect(findingsOf(rule, withIndicators({ 4: { actual: "部分达成年度指标并具有一定效果" }, 5: { actual: "未达成" } }))).toEqual([]);
  });

  it("recommends the official wording for a synonym, once per wording", () => {
    const findings = findingsOf(rule, withIndicators({ 4: { actual: "已完成" }, 5: { actual: "已完成" } }));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("info");
    expect(findings[0].cells).toEqual(["G17", "G18"]);
    expect(findings[0].message).toContain("共 2 处");
    expect(findings[0].message).toContain("按“达成年度指标”理解");
  });

  it("reads 达成预期指标 as tier 1 and 部分完成 as tier 2", () => {
    const findings = findingsOf(rule, withIndicators({ 4: { actual: "达成预期指标" }, 5: { actual: "部分完成" } }));
    expect(findings.map((f) => f.cells[0])).toEqual(["G17", "G18"]);
    expect(findings[0].message).toContain("“达成年度指标”");
    expect(findings[1].message).toContain("“部分达成年度指标并具有一定效果”");
  });

  it("says 基本完成 is ambiguous between tier 1 and 2", () => {
    const findings = findingsOf(rule, withIndicators({ 4: { actual: "基本完成" } }));
    expect(findings.map((f) => f.severity)).toEqual(["info"]);
    expect(findings[0].message).toContain("介于");
  });

  it("warns when no tier can be read, without guessing from a prefix", () => {
    const findings = findingsOf(rule, withIndicators({ 4: { actual: "未发生安全事故" } }));
    expect(findings.map((f) => [f.severity, f.cells[0]])).toEqual([["warning", "G17"]]);
    expect(findings[0].message).toContain("无法判断达成档次");
  });

  it("leaves quantitative rows (C3) and 时效 “按时” (C7) alone", () => {
    expect(findingsOf(rule, withIndicators({ 0: { actual: "完成" } }))).toEqual([]);
    expect(findingsOf(rule, withIndicators({ 2: { target: "按计划完成", actual: "按时完成" } }))).toEqual([]);
    expect(findingsOf(rule, withIndicators({ 2: { target: "2024年12月底前", actual: "已完成" } }))).toEqual([]);
  });

  it("gives the real sample three infos and nothing else", () => {
    const findings = findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")));
    expect(findings.map((f) => [f.severity, f.cells[0], f.cells.length])).toEqual([
      ["info", "G13", 2],
      ["info", "G15", 9],
      ["info", "G25", 2],
    ]);
  });
});
