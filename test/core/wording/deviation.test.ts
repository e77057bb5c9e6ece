import type { FormReport } from "../../../src/core/check";
import { checkGrid } from "../../../src/core/check";
import type { Grid } from "../../../src/core/grid";
import { hasMeasure, hasReason } from "../../../src/core/rules/deviation-text";
import type { DeviationProposal } from "../../../src/core/wording/deviation";
import { deviationProposals } from "../../../src/core/wording/deviation";
import type { FormSpec, IndicatorSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS, buildFormGrid } from "../../helpers/form-builder";
import { fixtureToGrid, listFixtures, readFixture } from "../../fixtures/fixture";

function reportOf(input: Grid | FormSpec): FormReport {
  const grid = (input as Grid).rows ? (input as Grid) : buildFormGrid(input as FormSpec);
  return checkGrid(grid).forms[0];
}

const FULLY_EXECUTED: FormSpec = { total: [100, 100, 100], fiscal: [80, 80, 80], carryover: [10, 10, 10], other: [10, 10, 10], rate: "100%", budgetScore: 10, totalScore: 100 };

function withRow(i: number, change: Partial<IndicatorSpec>, extra: FormSpec = {}): FormSpec {
  const indicators = VALID_INDICATORS.map((x, j) => (j === i ? { ...x, ...change } : { ...x }));
  return { ...FULLY_EXECUTED, ...extra, indicators };
}

function expectWellFormed(p: DeviationProposal): void {
  expect(p.texts.length).toBeGreaterThanOrEqual(2);
  expect(p.texts.length).toBeLessThanOrEqual(3);
  for (const t of p.texts) {
    expect({ t, reason: hasReason(t), measure: hasMeasure(t) }).toEqual({ t, reason: true, measure: true });
    expect(t).not.toMatch(/[{}〔〕]|undefined|NaN|null|Infinity/);
  }
  expect(new Set(p.texts).size).toBe(p.texts.length);
}

describe("deviationProposals on the sample form", () => {
  const proposals = deviationProposals(reportOf(fixtureToGrid(readFixture("sample-ziyang-2022"))));

  it("proposes D-QUAL-PARTIAL texts for the two 可持续影响 rows scored 4 of 5 (基本完成)", () => {
    expect(proposals.map((p) => [p.cell, p.row, p.type])).toEqual([
      ["J25", 24, "D-QUAL-PARTIAL"],
      ["J26", 25, "D-QUAL-PARTIAL"],
    ]);
    for (const p of proposals) {
      expectWellFormed(p);
      expect(p.existingText).toBe("");
      expect(p.needsConfirmation).toBe(false);
      expect(p.why).toBe("得分 4，低于分值 5（扣 1 分）");
      for (const t of p.texts) {
        expect(t).toContain("“基本完成”");
        expect(t).toContain("分值5分，得分4分，扣1分");
      }
    }
    expect(proposals[0].texts[0]).toMatch(/^“信息化创建工程有力推进”/);
  });
});

describe("deviationProposals by deviation type", () => {
  it("D-NA: a row marked 不适用 with an empty 偏差原因 gets texts saying why and what next; one already explained gets none", () => {
    const na = deviationProposals(reportOf(withRow(3, { target: "不适用", actual: "/", weight: 10, score: 10 })));
    expect(na.map((p) => [p.cell, p.type, p.subject])).toEqual([["J16", "D-NA", "“人均培训成本”"]]);
    expectWellFormed(na[0]);
    expect(na[0].texts[0]).toMatch(/不予考核/);
    expect(na[0].texts[0]).toMatch(/2025年度/);
    expect(deviationProposals(reportOf(withRow(3, { target: "/", actual: "/", deviation: "本年度未采购，不适用。" })))).toEqual([]);
  });

  it("proposes nothing for a form met in full", () => {
    expect(deviationProposals(reportOf(FULLY_EXECUTED))).toEqual([]);
  });

  it("D-BUDGET-LOW: 执行率 95% with the amounts; no cell on the national layout", () => {
    const [p] = deviationProposals(reportOf({}));
    expect(p).toMatchObject({ type: "D-BUDGET-LOW", row: 5, subject: "预算执行率" });
    expect(p.cell).toBeUndefined();
    expectWellFormed(p);
    expect(p.texts[0]).toContain("全年预算数100万元，实际支出95万元，执行率95%，结余5万元");
    expect(deviationProposals(reportOf({}), { includeBudget: false })).toEqual([]);
  });

  it("D-BUDGET-LOW goes to the 原因 cell of the 四川 layout, in 万元", () => {
    const p = deviationProposals(reportOf(fixtureToGrid(readFixture("sichuan-510000"))))[0];
    expect(p.type).toBe("D-BUDGET-LOW");
    expect(p.cell).toBe("J9");
    expect(p.existingText).not.toBe("");
    expect(p.needsConfirmation).toBe(true);
    // The 四川 note allows 100 characters.
    for (const t of p.texts) expect(t.length).toBeLessThanOrEqual(100);
  });

  it("writes a 四川 target from its 指标性质 and 度量单位 columns", () => {
    const p = deviationProposals(reportOf(fixtureToGrid(readFixture("sichuan-510000"))))[1];
    expect(p.type).toBe("D-QTY-SHORT");
    expect(p.texts[0]).toContain("年度指标值为≥1200人次，实际完成1180人次，完成率98.33%，尚有20人次未完成");
  });

  it("reads a 元 budget block in 万元", () => {
    const p = deviationProposals(reportOf(fixtureToGrid(readFixture("yuan-units"))))[0];
    expect(p.type).toBe("D-BUDGET-LOW");
    expect(p.texts[0]).toContain("全年预算数125万元，实际支出118.75万元，执行率95%，结余6.25万元");
  });

  it("D-QTY-SHORT: target, actual, completion rate and the rest to do", () => {
    const [p] = deviationProposals(reportOf(withRow(0, { actual: "450人次", score: 18 }, { totalScore: 98 })));
    expect(p).toMatchObject({ type: "D-QTY-SHORT", cell: "J13", why: "得分 18，低于分值 20（扣 2 分）" });
    expectWellFormed(p);
    expect(p.texts[0]).toContain("年度指标值为≥500人次，实际完成450人次，完成率90%，尚有50人次未完成，扣2分");
    expect(p.texts[0]).toContain("尽快完成剩余50人次");
  });

  it("counts a quantitative row marked full but short of its target as losing points", () => {
    const [p] = deviationProposals(reportOf(withRow(0, { actual: "450人次", score: 20 })));
    expect(p.type).toBe("D-QTY-SHORT");
    expect(p.texts[0]).toContain("扣2分");
  });

  it("D-QUALITY for a 质量 rate below target", () => {
    const [p] = deviationProposals(reportOf(withRow(1, { actual: "90%", score: 9.47 })));
    expect(p.type).toBe("D-QUALITY");
    expectWellFormed(p);
    expect(p.texts[0]).toContain("年度指标值为≥95%，实际完成值为90%，未达到年度指标值，扣0.53分");
  });

  it("D-TIME-LATE with the planned and actual dates", () => {
    const [p] = deviationProposals(reportOf(withRow(2, { name: "项目完成时间", target: "≤2024年10月", actual: "2024年12月20日", score: 8 })));
    expect(p.type).toBe("D-TIME-LATE");
    expectWellFormed(p);
    expect(p.texts[0]).toContain("原计划2024年10月前完成，实际于2024年12月20日完成，滞后于计划，扣2分");
  });

  it("D-TIME-LATE for a 及时率 below 100%", () => {
    const [p] = deviationProposals(reportOf(withRow(2, { actual: "90%", score: 9 })));
    expect(p.type).toBe("D-TIME-LATE");
    expect(p.texts[0]).toContain("实际完成值为90%");
  });

  it("D-COST-OVER for a reverse cost indicator over its limit", () => {
    const [p] = deviationProposals(reportOf(withRow(3, { actual: "2200元/人", score: 9.09 })));
    expect(p.type).toBe("D-COST-OVER");
    expectWellFormed(p);
    expect(p.texts[0]).toContain("实际成本2200元/人，超出控制目标2000元/人共200元/人，扣0.91分");
  });

  it("D-SAT-LOW for 满意度 below target", () => {
    const [p] = deviationProposals(reportOf(withRow(6, { actual: "85%", score: 9.44 })));
    expect(p.type).toBe("D-SAT-LOW");
    expectWellFormed(p);
    expect(p.texts[0]).toContain("实际为85%，低于目标值90%，扣0.56分");
  });

  it("D-OVER for a strong over-achievement, even with a full score", () => {
    const [p] = deviationProposals(reportOf(withRow(0, { actual: "800人次" })));
    expect(p).toMatchObject({ type: "D-OVER", why: "实际完成值是年度指标值的 1.6 倍，超额完成较多" });
    expectWellFormed(p);
    expect(p.texts[0]).toContain("实际完成800人次，超出年度指标值60%");
  });

  it("D-QUAL-PARTIAL for a qualitative row that lost points", () => {
    const [p] = deviationProposals(reportOf(withRow(4, { actual: "部分达成年度指标并具有一定效果", score: 10 })));
    expect(p.type).toBe("D-QUAL-PARTIAL");
    expectWellFormed(p);
    expect(p.texts[0]).toContain("（分值15分，得分10分，扣5分）");
  });

  it("marks a cell that already holds text as needing confirmation, and keeps the text", () => {
    const [p] = deviationProposals(reportOf(withRow(0, { actual: "450人次", score: 18, deviation: "受疫情影响。" })));
    expect(p.existingText).toBe("受疫情影响。");
    expect(p.needsConfirmation).toBe(true);
  });

  it("skips empty and template rows", () => {
    const indicators = VALID_INDICATORS.concat([{ level1: "效益指标", level2: "经济效益指标" }, { level1: "效益指标", level2: "生态效益指标", name: "指标1" }]);
    expect(deviationProposals(reportOf({ ...FULLY_EXECUTED, indicators }))).toEqual([]);
  });

  it("never throws and always gives well-formed texts on every fixture", () => {
    for (const name of listFixtures()) {
      for (const form of checkGrid(fixtureToGrid(readFixture(name))).forms) {
        for (const p of deviationProposals(form)) expectWellFormed(p);
      }
    }
  });

  it("survives unusable cells", () => {
    const spec = withRow(0, { actual: "#REF!", score: "十分", weight: "—" }, { cells: { G6: "#DIV/0!" } });
    expect(() => deviationProposals(reportOf(spec))).not.toThrow();
  });
});
