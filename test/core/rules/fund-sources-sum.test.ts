import rule from "../../../src/core/rules/fund-sources-sum";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { findingsOf, keysOf } from "../../helpers/rule-tester";

describe("fund-sources-sum (A2)", () => {
  it("accepts sources that add up to 年度资金总额", () => {
    expect(findingsOf(rule, {})).toEqual([]);
  });

  it("reports each amount column whose sources do not add up, with the difference", () => {
    const findings = findingsOf(rule, { fiscal: [80, 80, 70] });
    expect(keysOf(findings)).toEqual(["fund-sources-sum@G6"]);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].message).toContain("各资金来源合计 89 万元，与年度资金总额 95 万元 不一致");
    expect(findings[0].cells).toEqual(["G6", "G7", "G8", "G9"]);
  });

  it("says which way the sources miss the total", () => {
    expect(findingsOf(rule, { fiscal: [80, 80, 70] })[0].message).toContain("（合计比总额少 6 万元）");
    expect(findingsOf(rule, { fiscal: [80, 80, 81] })[0].message).toContain("（合计比总额多 5 万元）");
  });

  it("reports an error value in an amount cell, with the sum of the sources as fix for the total", () => {
    const findings = findingsOf(rule, { total: [100, 100, "#REF!"] });
    expect(findings.map((f) => [f.severity, f.cells])).toEqual([["error", ["G6"]]]);
    expect(findings[0].message).toContain("年度资金总额的全年执行数单元格显示错误值 #REF!");
    expect(findings[0].message).toContain("按各资金来源之和应为 95 万元");
    expect(findings[0].fix).toEqual([expect.objectContaining({ cell: "G6", value: 95 })]);
    // In a source row: reported there, and the column's sum is not compared against a partial sum.
    const inPart = findingsOf(rule, { carryover: [10, "#DIV/0!", 10] });
    expect(inPart.map((f) => f.cells)).toEqual([["F8"]]);
    expect(inPart[0].fix).toBeUndefined();
  });

  it("tolerates 0.01 万元 and keeps three decimals in messages", () => {
    expect(findingsOf(rule, { fiscal: [80, 80, 76.004] })).toEqual([]);
    const findings = findingsOf(rule, { total: [100, 100, 95.974], fiscal: [80, 80, 76] });
    expect(findings[0].message).toContain("95.974");
  });

  it("warns once when the sources are left blank under a filled total (the sample form)", () => {
    const findings = findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].cells[0]).toBe("E5");
    expect(findings[0].message).toContain("资金来源未分列");
    expect(findings[0].message).toContain("当年财政拨款、上年结转资金、其他资金");
  });

  it("leaves a total row left at zero over filled sources to budget-zero", () => {
    expect(findingsOf(rule, { total: [0, 0, 0], fiscal: [90, 90, 89.974], carryover: undefined, other: undefined })).toEqual([]);
  });
});
