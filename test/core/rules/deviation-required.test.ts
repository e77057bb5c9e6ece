import rule from "../../../src/core/rules/deviation-required";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { findingsOf, keysOf } from "../../helpers/rule-tester";

const withRow0 = (change: object) => VALID_INDICATORS.map((ind, i) => (i === 0 ? { ...ind, ...change } : ind));

describe("deviation-required (E1)", () => {
  it("accepts full scores with no text, and deductions that are explained", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, { indicators: withRow0({ actual: "450人次", score: 18, deviation: "受疫情影响停训一月，下一步将加密培训班次。" }) })).toEqual([]);
  });

  it("requires a reason where points were lost, pointing at the score and the empty cell", () => {
    const findings = findingsOf(rule, { indicators: withRow0({ actual: "450人次", score: 18 }) });
    expect(findings).toHaveLength(1);
    expect(findings[0].cells).toEqual(["I13", "J13"]);
    expect(findings[0].message).toBe("“培训人次”得分 18，低于分值 20（扣 2 分），但未填写偏差原因分析及改进措施。");
  });

  it("leaves placeholder text such as 无 to deviation-placeholder", () => {
    expect(findingsOf(rule, { indicators: withRow0({ score: 18, deviation: "无" }) })).toEqual([]);
  });

  it("finds the two 可持续影响 rows of the sample that lost a point", () => {
    expect(keysOf(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022"))))).toEqual([
      "deviation-required@I25",
      "deviation-required@I26",
    ]);
  });
});
