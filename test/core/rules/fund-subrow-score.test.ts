import rule from "../../../src/core/rules/fund-subrow-score";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { buildFormGrid } from "../../helpers/form-builder";
import { parseRangeAddress } from "../../../src/core/grid";
import { findingsOf } from "../../helpers/rule-tester";

describe("fund-subrow-score (A10)", () => {
  it("accepts sub-rows without 分值/执行率/得分", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, { cells: { H7: "—", I7: "/", J7: "—" } })).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("accepts a 分值 cell merged down over the sub-rows", () => {
    const grid = buildFormGrid({});
    grid.merges.push(parseRangeAddress("H6:H9"));
    expect(findingsOf(rule, grid)).toEqual([]);
  });

  it("flags a 其中 row that carries a score, once per row", () => {
    const findings = findingsOf(rule, { cells: { H7: 10, I7: "95%", J7: 9.5, J8: 10 } });
    expect(findings).toHaveLength(2);
    expect(findings[0].severity).toBe("info");
    expect(findings[0].cells).toEqual(["H7", "I7", "J7"]);
    expect(findings[0].message).toContain("当年财政拨款");
    expect(findings[0].message).toContain("分值 10、执行率 95%、得分 9.5");
    expect(findings[1].cells).toEqual(["J8"]);
  });
});
