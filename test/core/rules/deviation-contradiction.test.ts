import rule from "../../../src/core/rules/deviation-contradiction";
import type { IndicatorSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS } from "../../helpers/form-builder";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { findingsOf } from "../../helpers/rule-tester";

function withRow(n: number, patch: Partial<IndicatorSpec>): IndicatorSpec[] {
  return VALID_INDICATORS.map((r, i) => (i === n ? { ...r, ...patch } : r));
}

const full = (deviation: string) => ({ indicators: withRow(2, { deviation }) });

describe("deviation-contradiction (E4)", () => {
  it("accepts the valid form and the real sample", () => {
    expect(findingsOf(rule, {})).toEqual([]);
    expect(findingsOf(rule, fixtureToGrid(readFixture("sample-ziyang-2022")))).toEqual([]);
  });

  it("flags a full score whose text says the target was missed", () => {
    const findings = findingsOf(rule, full("部分培训因场地原因延期至次年举办。"));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("info");
    expect(findings[0].cells).toEqual(["J15", "I15"]);
    expect(findings[0].message).toContain("“延期”");
    expect(findings[0].message).toContain("满分 10");
    expect(findingsOf(rule, full("有两期培训未完成"))).toHaveLength(1);
    expect(findingsOf(rule, full("进度滞后"))).toHaveLength(1);
  });

  it("does not read a denial as a shortfall", () => {
    expect(findingsOf(rule, full("按期完成，无延期。"))).toEqual([]);
    expect(findingsOf(rule, full("未出现滞后情况"))).toEqual([]);
    expect(findingsOf(rule, full("没有发生延期"))).toEqual([]);
  });

  it("ignores rows that lost points", () => {
    expect(findingsOf(rule, { indicators: withRow(2, { actual: "90%", score: 9, deviation: "部分培训延期。" }) })).toEqual([]);
  });
});
