import { checkGrid } from "../../src/core/check";
import type { Field, IndicatorRow } from "../../src/core/form";
import type { CellValue } from "../../src/core/grid";
import { PROFILES, gradeFor, GRADE_BANDS_LEGACY, GRADE_BANDS_NATIONAL, parseGrade } from "../../src/core/profile";
import { assessIndicator, compareScore, rateOf, readQualitative } from "../../src/core/scoring";
import { parseQuantity } from "../../src/core/text";
import { buildFormGrid, VALID_INDICATORS } from "../helpers/form-builder";

function field(value: CellValue, text?: string): Field {
  const t = text !== undefined ? text : value === null ? "" : String(value);
  return { address: "A1", row: 0, col: 0, value, text: t, q: parseQuantity(t) };
}

function row(target: CellValue, actual: CellValue, weight = 10, score: CellValue = null): IndicatorRow {
  return {
    row: 0, level1Label: "", level2Label: "", isEmpty: false, isPlaceholder: false,
    name: field("指标"), target: field(target), actual: field(actual), weight: field(weight), score: field(score),
  };
}

describe("quantitative scoring (§3.2)", () => {
  const national = PROFILES.national;
  it("正向: full at or above the target, proportional below", () => {
    expect(assessIndicator(row("≥500人次", "520人次", 20), national).expected).toBe(20);
    expect(assessIndicator(row("≥500人次", "450人次", 20), national).expected).toBe(18);
    expect(assessIndicator(row(">90%", "86.2%", 10), national).expected).toBe(9.58);
  });
  it("等于: like 正向 for a positive target; a zero target is all or nothing", () => {
    expect(assessIndicator(row("=100%", "95%", 10), national).expected).toBe(9.5);
    expect(assessIndicator(row("=0起", "0起", 10), national).expected).toBe(10);
    expect(assessIndicator(row("=0起", "1起", 10), national).expected).toBe(0);
  });
  it("反向: ratio A/B by default, linear 1−(B−A)/A under pmkpi", () => {
    expect(assessIndicator(row("≤100万元", "150万元", 10), national).expected).toBe(6.67);
    expect(assessIndicator(row("≤100万元", "150万元", 10), PROFILES.pmkpi).expected).toBe(5);
    expect(assessIndicator(row("≤100万元", "250万元", 10), PROFILES.pmkpi).expected).toBe(0);
    expect(assessIndicator(row("≤100万元", "90万元", 10), national).expected).toBe(10);
  });
  it("flags over-achievement at 120 % (广西 130 %)", () => {
    expect(assessIndicator(row("≥100个", "125个"), national).overAchieved).toBe(true);
    expect(assessIndicator(row("≥100个", "125个"), PROFILES.guangxi).overAchieved).toBe(false);
  });
  it("reads a fraction stored against a percent target, and converts 元 to 万元", () => {
    expect(assessIndicator(row("≥90%", 0.85), national).actual).toBe(85);
    expect(assessIndicator(row("≤2万元", "15000元"), national).actual).toBe(1.5);
  });
  it("scores an actual in another unit of the same kind on the target's scale", () => {
    const metres = assessIndicator(row("≥12公里", "9600米", 10), national);
    expect(metres.actual).toBe(9.6);
    expect(metres.expected).toBe(8);
    expect(assessIndicator(row("≥3.2万人", "28800人", 10), national).expected).toBe(9);
    const over = assessIndicator(row("≥3.2万人", "33500人", 10), national);
    expect(over.expected).toBe(10);
    expect(over.overAchieved).toBe(false);
  });
  it("gives no formula score when the units measure different things", () => {
    const a = assessIndicator(row("≥500人次", "450人", 20, 20), national);
    expect(a.kind).toBe("quantitative");
    expect(a.actual).toBeUndefined();
    expect(a.expected).toBeUndefined();
  });
  it("marks a vague actual on a quantitative indicator", () => {
    const a = assessIndicator(row("≥50个", "完成"), national);
    expect(a.kind).toBe("quantitative");
    expect(a.vagueActual).toBe(true);
    expect(a.expected).toBeUndefined();
  });
  it("does not read a date cell's serial number as a quantity", () => {
    const r = row(null, null);
    r.target = { ...field(45657, "2024/12/31"), value: 45657 };
    expect(assessIndicator(r, national).kind).not.toBe("quantitative");
  });
});

describe("qualitative tiers (§3.3)", () => {
  it("knows the official tiers and whole-phrase synonyms", () => {
    expect(readQualitative("达成年度指标")).toEqual({ range: [0.8, 1], tier: 1, official: true });
    expect(readQualitative("部分达成")).toEqual({ range: [0.6, 0.8], tier: 2, official: true });
    expect(readQualitative("已完成。")).toEqual({ range: [0.8, 1], tier: 1, official: false });
    expect(readQualitative("基本完成")).toEqual({ range: [0.6, 1], official: false });
  });
  it("does not guess from the start of a sentence", () => {
    expect(readQualitative("未发生安全事故")).toBeUndefined();
    expect(readQualitative("完成率80%")).toBeUndefined();
    expect(readQualitative("无环境破坏")).toBeUndefined();
  });
});

describe("tolerance, rates and grades", () => {
  it("compares scores per §3.5", () => {
    expect(compareScore(8.62, 8.624)).toBe("ok");
    expect(compareScore(9, 8.62)).toBe("rounding");
    expect(compareScore(10, 8.62)).toBe("mismatch");
  });
  it("reads a rate written as 86.2%, 0.862 or 86.2", () => {
    expect(rateOf(field("86.2%"))).toBeCloseTo(0.862);
    expect(rateOf(field(0.862))).toBeCloseTo(0.862);
    expect(rateOf(field(86.2))).toBeCloseTo(0.862);
    expect(rateOf(field(1), 1)).toBe(1);
  });
  it("grades with half-open bands and reads written grades", () => {
    expect(gradeFor(89.99, GRADE_BANDS_NATIONAL)).toBe("良");
    expect(gradeFor(90, GRADE_BANDS_NATIONAL)).toBe("优");
    expect(gradeFor(80, GRADE_BANDS_LEGACY)).toBe("优");
    expect(parseGrade("“优秀”")).toBe("优");
    expect(parseGrade("合格")).toBe("中");
  });
});

describe("form score", () => {
  it("sums the budget score and indicator scores into the computed total", () => {
    const report = checkGrid(buildFormGrid({})).forms[0];
    expect(report.score.computedTotal).toBe(99.5);
    expect(report.score.indicatorWeightSum).toBe(90);
    expect(report.summary.grade).toBe("优");
  });
  it("recomputes quantitative scores in the total, keeps qualitative ones", () => {
    const indicators = VALID_INDICATORS.map((i, n) => (n === 0 ? { ...i, actual: "250人次" } : n === 4 ? { ...i, score: 13 } : i));
    const report = checkGrid(buildFormGrid({ indicators })).forms[0];
    expect(report.score.computedTotal).toBe(9.5 + 10 + 30 + 13 + 15 + 10);
  });
});
