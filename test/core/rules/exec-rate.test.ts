import rule from "../../../src/core/rules/exec-rate";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { buildFormGrid } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

const LANGFANG = { total: [43.2, 43.2, 37.24] as [number, number, number], fiscal: undefined, carryover: undefined, other: undefined };

describe("exec-rate (A4)", () => {
  it("accepts 全年执行数 ÷ 全年预算数 in any common notation", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, { rate: 0.95 })).toEqual([]);
    expect(findingsOf(rule, { rate: 95 })).toEqual([]);
    expect(findingsOf(rule, { ...LANGFANG, rate: "86.21%" })).toEqual([]);
    expect(findingsOf(rule, { ...LANGFANG, rate: 0.862 })).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("reads the stored fraction behind a percent display (0.862069 shown as 86%)", () => {
    const grid = buildFormGrid(LANGFANG);
    grid.rows[5]![8] = { value: 37.24 / 43.2, text: "86%", numberFormat: "0%" };
    expect(findingsOf(rule, grid)).toEqual([]);
  });

  it("flags a wrong rate with the computed fix", () => {
    const findings = findingsOf(rule, { rate: "90%" });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["I6"]);
    expect(findings[0].message).toContain("执行率应为 95%");
    expect(findings[0].message).toContain("表中为 90%");
    expect(findings[0].message).not.toContain("年初预算数");
    expect(findings[0].fix).toEqual([expect.objectContaining({ cell: "I6", value: 0.95, numberFormat: "0.00%" })]);
  });

  it("says so when the rate was computed on 年初预算数", () => {
    const findings = findingsOf(rule, { total: [100, 120, 96], rate: "96%" });
    expect(findings.map((f) => f.severity)).toEqual(["error"]);
    expect(findings[0].message).toContain("执行率应为 80%");
    expect(findings[0].message).toContain("疑为按年初预算数 100 万元 计算");
  });

  it("treats a whole-percent rounding as a warning (廊坊: 86% for 86.2%)", () => {
    const findings = findingsOf(rule, { ...LANGFANG, rate: "86%" });
    expect(findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(findings[0].message).toContain("86.2%");
    expect(findings[0].fix![0].value).toBe(0.862);
  });

  it("asks to fill a blank rate, and flags a broken one", () => {
    const blank = findingsOf(rule, { rate: undefined });
    expect(blank.map((f) => f.severity)).toEqual(["warning"]);
    expect(blank[0].message).toContain("执行率未填写，应为 95%");
    expect(blank[0].fix![0]).toEqual(expect.objectContaining({ cell: "I6", value: 0.95 }));
    expect(findingsOf(rule, { rate: "#REF!" }).map((f) => f.severity)).toEqual(["error"]);
  });

  it("skips when the rate cannot be computed", () => {
    expect(findingsOf(rule, { total: [100, 0, 50], rate: "50%" })).toEqual([]);
    expect(findingsOf(rule, { total: [100, "#REF!", 50], rate: "50%" })).toEqual([]);
    expect(findingsOf(rule, { total: [100, 100, "完成"], rate: "完成" })).toEqual([]);
  });
});
