import rule from "../../../src/core/rules/level1-weight-sum";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { findingsOf } from "../../helpers/rule-tester";

const POINTS: { [k: string]: number } = { 产出指标: 50, 效益指标: 30, 满意度指标: 10 };
/** VALID_INDICATORS with "(50分)"-style 一级 labels. */
const declared = (rows: IndicatorSpec[] = VALID_INDICATORS): IndicatorSpec[] =>
  rows.map((i) => (POINTS[i.level1] ? { ...i, level1: `${i.level1}(${POINTS[i.level1]}分)` } : i));

describe("level1-weight-sum (B3)", () => {
  it("accepts declared weights that the 三级 分值 add up to", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, { indicators: declared() })).toEqual([]);
  });

  it("sums a 一级 whose label repeats after a page break as one group (the sample repeats 效益指标（40分） at C25)", () => {
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
    // 效益 rows 17 and 18 (15 + 15): the label is written again on row 18.
    expect(findingsOf(rule, { indicators: declared(), cells: { C18: "效益指标(30分)" } })).toEqual([]);
  });

  it("reports a 一级 whose 三级 分值 fall short of its label, with both numbers", () => {
    const rows = declared().map((i) => (i.name === "培训人次" ? { ...i, weight: 15, score: 15 } : i));
    const findings = findingsOf(rule, { indicators: rows });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["C13", "H13:H16"]);
    expect(findings[0].message).toBe("产出指标标注 50 分，但其下三级指标分值合计 45，少 5 分。请调整三级指标分值或一级指标分值。");
  });

  it("mentions blank 分值 and skips groups with unreadable ones", () => {
    const blank = declared().map((i) => (i.name === "培训合格率" ? { ...i, weight: undefined } : i));
    expect(findingsOf(rule, { indicators: blank })[0].message).toContain("合计 40（其中 1 行未填分值）");
    const broken = declared().map((i) => (i.name === "培训合格率" ? { ...i, weight: "#REF!" } : i));
    expect(findingsOf(rule, { indicators: broken })).toEqual([]);
  });

  it("checks a 小计 row's 分值 and fixes it when the label agrees with the rows", () => {
    const rows = declared();
    rows.splice(4, 0, { level1: "产出指标(50分)", level2: "小计", weight: 45, score: 50 });
    const findings = findingsOf(rule, { indicators: rows });
    expect(findings).toHaveLength(1);
    expect(findings[0].cells).toEqual(["H17", "H13:H16"]);
    expect(findings[0].message).toContain("小计分值应为 50");
    expect(findings[0].fix).toEqual([expect.objectContaining({ cell: "H17", value: 50 })]);
  });

  it("folds a 小计 that repeats the wrong label into the group's finding", () => {
    const rows = declared().map((i) => (i.name === "培训人次" ? { ...i, weight: 15, score: 15 } : i));
    rows.splice(4, 0, { level1: "产出指标(50分)", level2: "小计", weight: 50, score: 45 });
    const findings = findingsOf(rule, { indicators: rows });
    expect(findings).toHaveLength(1);
    expect(findings[0].cells).toEqual(["C13", "H13:H16", "H17"]);
  });

  it("without a declared weight, reports a 小计 that differs from its rows without guessing a fix", () => {
    const rows = VALID_INDICATORS.slice();
    rows.splice(4, 0, { level1: "产出指标", level2: "小计", weight: 40, score: 50 });
    const findings = findingsOf(rule, { indicators: rows });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("小计分值为 40，但所属三级指标分值合计 50");
    expect(findings[0].fix).toBeUndefined();
  });
});

describe("level1-weight-sum (B3) on 二级 rows that carry their 三级 sums", () => {
  it("accepts 二级 分值 equal to the sum of their 三级", () => {
    expect(findingsOf(rule, fixtureToGrid(readFixture("level2-subtotals")))).toEqual([]);
  });

  it("reports a 二级 分值 that is not the sum, pointing at both", () => {
    const grid = fixtureToGrid(readFixture("level2-subtotals"));
    grid.rows[12]![7] = { value: 25 }; // H13: 数量指标 分值, its 三级 have 10 + 10
    const findings = findingsOf(rule, grid);
    expect(findings.map((f) => f.cells)).toEqual([["H13", "H14:H15"]]);
    expect(findings[0].message).toBe("数量指标一行的分值为 25，但其下三级指标分值合计 20，少 5 分。请核对三级指标分值或二级指标行的分值。");
  });
});
