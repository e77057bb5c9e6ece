import rule from "../../../src/core/rules/budget-zero";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { findingsOf } from "../../helpers/rule-tester";

describe("budget-zero (A6)", () => {
  it("accepts a filled budget", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("flags the 池州 total row left at 0 / 0 / 0 over a filled 其中 row, with the sums as fix", () => {
    const findings = findingsOf(rule, {
      total: [0, 0, 0],
      fiscal: [90, 89.974, 89.974],
      carryover: undefined,
      other: undefined,
      rate: 0,
      budgetScore: 0,
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["E6", "F6", "G6"]);
    expect(findings[0].message).toContain("当年财政拨款 90 / 89.974 / 89.974");
    expect(findings[0].message).toContain("全年预算数 89.974");
    expect(findings[0].fix!.map((e) => [e.cell, e.value])).toEqual([
      ["E6", 90],
      ["F6", 89.974],
      ["G6", 89.974],
    ]);
  });

  it("also flags a blank total row", () => {
    const findings = findingsOf(rule, { total: undefined, rate: undefined, budgetScore: undefined });
    expect(findings).toHaveLength(1);
    expect(findings[0].fix!.map((e) => e.value)).toEqual([100, 100, 95]);
  });

  it("flags spending against a zero or blank budget", () => {
    const zero = findingsOf(rule, { total: [100, 0, 50] });
    expect(zero.map((f) => f.cells[0])).toEqual(["F6"]);
    expect(zero[0].message).toContain("全年执行数 50 万元，但全年预算数为 0");
    const blank = findingsOf(rule, { fiscal: [80, null, 76] });
    expect(blank.map((f) => f.cells)).toEqual([["F7", "G7"]]);
    expect(blank[0].message).toContain("当年财政拨款");
    expect(blank[0].message).toContain("未填写");
  });

  it("accepts all zeros everywhere and ignores text in amount cells", () => {
    expect(findingsOf(rule, { total: [0, 0, 0], fiscal: [0, 0, 0], carryover: undefined, other: undefined })).toEqual([]);
    expect(findingsOf(rule, { total: [100, "#REF!", 95], fiscal: ["—", "完成", "10分"] })).toEqual([]);
  });
});
