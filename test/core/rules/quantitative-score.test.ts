import rule from "../../../src/core/rules/quantitative-score";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { findingsOf } from "../../helpers/rule-tester";

function withRow(n: number, patch: Partial<IndicatorSpec>): IndicatorSpec[] {
  return VALID_INDICATORS.map((r, i) => (i === n ? { ...r, ...patch } : r));
}

describe("quantitative-score (D2)", () => {
  it("accepts the valid form and the real sample", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("flags a positive indicator short of target scored in full, stating the formula", () => {
    const findings = findingsOf(rule, { indicators: withRow(0, { actual: "450人次", score: 20, deviation: "受疫情影响" }) });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].cells).toEqual(["I13", "G13"]);
    expect(findings[0].message).toContain("实际 450人次 / 目标 500人次 × 分值 20 = 18");
    expect(findings[0].message).toContain("表中为 20");
    expect(findings[0].fix).toEqual([expect.objectContaining({ cell: "I13", value: 18 })]);
  });

  it("flags a reached target scored below 分值", () => {
    const findings = findingsOf(rule, { indicators: withRow(1, { score: 8 }) });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("已达到");
    expect(findings[0].fix![0].value).toBe(10);
  });

  it("treats a score rounded to the integer as a warning", () => {
    // 466 / 500 × 20 = 18.64
    const findings = findingsOf(rule, { indicators: withRow(0, { actual: "466人次", score: 19 }) });
    expect(findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(findings[0].fix![0].value).toBe(18.64);
  });

  it("scores a reverse indicator by the profile's method", () => {
    const indicators = withRow(3, { actual: "2500元/人", score: 10 });
    const national = findingsOf(rule, { indicators });
    expect(national[0].message).toContain("目标 2000元/人 / 实际 2500元/人 × 分值 10 = 8");
    expect(national[0].fix![0].value).toBe(8);
    const pmkpi = findingsOf(rule, { indicators }, { profile: "pmkpi" });
    expect(pmkpi[0].fix![0].value).toBe(7.5);
    expect(findingsOf(rule, { indicators: withRow(3, { actual: "2500元/人", score: 8 }) })).toEqual([]);
  });

  it("gives 0 to an 等于 0 target that was missed", () => {
    const findings = findingsOf(rule, {
      indicators: withRow(2, { name: "安全事故", target: "=0起", actual: "2起", score: 10 }),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("得 0 分");
    expect(findings[0].fix![0].value).toBe(0);
  });

  it("allows a strongly over-achieved score reduced by 偏离度 (its reason is E1's business)", () => {
    expect(findingsOf(rule, { indicators: withRow(0, { actual: "700人次", score: 15 }) })).toEqual([]);
    // A mild over-achievement gives no licence to cut the score.
    expect(findingsOf(rule, { indicators: withRow(0, { actual: "520人次", score: 15 }) })).toHaveLength(1);
  });

  it("leaves scores outside [0, 分值], text scores and unconvertible units to other rules", () => {
    expect(findingsOf(rule, { indicators: withRow(0, { actual: "450人次", score: 25 }) })).toEqual([]);
    expect(findingsOf(rule, { indicators: withRow(0, { actual: "450人次", score: "满分" }) })).toEqual([]);
    expect(findingsOf(rule, { indicators: withRow(0, { actual: "450人", score: 20 }) })).toEqual([]);
  });

  it("reads the figure of an actual followed by a bracketed remark", () => {
    const findings = findingsOf(rule, { indicators: withRow(0, { actual: "450人次（含线上培训120人次）", score: 20, deviation: "受疫情影响" }) });
    expect(findings.map((f) => f.fix![0].value)).toEqual([18]);
    expect(findingsOf(rule, { indicators: withRow(0, { actual: "450人次(含线上培训120人次)", score: 18 }) })).toEqual([]);
  });

  it("scores an actual in another unit of the target's kind after converting it", () => {
    expect(findingsOf(rule, { indicators: withRow(0, { target: "≥2万人", actual: "19000人", score: 19 }) })).toEqual([]);
    const findings = findingsOf(rule, {
      indicators: withRow(0, { name: "新建道路长度", target: "≥12公里", actual: "9600米", score: 20, deviation: "征地延误" }),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("得分应为 16（实际 9.6公里 / 目标 12公里 × 分值 20 = 16）");
    expect(findings[0].fix![0].value).toBe(16);
  });

  it("ignores qualitative rows", () => {
    expect(findingsOf(rule, { indicators: withRow(4, { score: 13 }) })).toEqual([]);
  });
});
