import rule from "../../../src/core/rules/exec-over-budget";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { findingsOf, keysOf } from "../../helpers/rule-tester";

describe("exec-over-budget (A3)", () => {
  it("accepts execution within the budget", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("flags the total and the 资金来源 row that spent more than its budget", () => {
    const findings = findingsOf(rule, { total: [100, 100, 110], fiscal: [80, 80, 90], rate: "110%", budgetScore: 10 });
    expect(keysOf(findings)).toEqual(["exec-over-budget@G6", "exec-over-budget@G7"]);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["G6", "F6"]);
    expect(findings[0].message).toContain("全年执行数 110 万元 大于全年预算数 100 万元");
    expect(findings[0].message).toContain("执行率 110%");
    expect(findings[1].message).toContain("当年财政拨款");
  });

  it("allows 0.01 万元 of rounding", () => {
    expect(findingsOf(rule, { total: [100, 100, 100.005], fiscal: [80, 80, 80.005], other: [10, 10, 10] })).toEqual([]);
  });

  it("uses 元 when the block is in 元 (tolerance 100 元)", () => {
    const yuan = { cells: { B5: "项目资金（元）" }, fiscal: undefined, carryover: undefined, other: undefined };
    expect(findingsOf(rule, { ...yuan, total: [1000000, 1000000, 1000050] })).toEqual([]);
    const findings = findingsOf(rule, { ...yuan, total: [1000000, 1000000, 1000200] });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("超出 200 元");
  });

  it("leaves a zero budget to budget-zero and ignores text", () => {
    expect(findingsOf(rule, { total: [0, 0, 10], fiscal: ["—", "#REF!", "完成"] })).toEqual([]);
  });
});
