import * as fs from "fs";
import * as path from "path";
import type { FormReport } from "../../../src/core/check";
import { checkGrid } from "../../../src/core/check";
import type { Grid } from "../../../src/core/grid";
import { buildReport, reportToPlainParagraphs } from "../../../src/core/report";
import { checkReportText } from "../../../src/core/report-check";
import type { FormSpec, IndicatorSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS, buildFormGrid } from "../../helpers/form-builder";
import { fixtureToGrid, listFixtures, readFixture } from "../../fixtures/fixture";

function reportOf(input: Grid | FormSpec): FormReport {
  const grid = (input as Grid).rows ? (input as Grid) : buildFormGrid(input as FormSpec);
  return checkGrid(grid).forms[0];
}

const SAMPLE_TEXT = fs.readFileSync(path.join(__dirname, "../../fixtures/report-ziyang-2022.txt"), "utf8");
const sample = () => reportOf(fixtureToGrid(readFixture("sample-ziyang-2022")));

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error("not in text: " + from);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe("the sample 自评报告 against the sample form", () => {
  const items = checkReportText(SAMPLE_TEXT, sample());

  it("flags 实际到位资金28.8万元 against 25.2 / 25.2 / 25.2, and nothing else", () => {
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({ kind: "amount", severity: "error", found: "28.8万元", expected: "25.2万元（全年预算数、全年执行数、年初预算数）" });
    expect(item.excerpt).toBe("全年项目实际安排25.2万元，实际到位资金28.8万元，实际完成值为100%。");
    expect(item.message).toBe("报告中“实际到位资金28.8万元”的到位资金金额与自评表不符：自评表为25.2万元（全年预算数、全年执行数、年初预算数）。");
    expect(SAMPLE_TEXT.substr(item.offset, item.length)).toBe("28.8万元");
    expect(item.offset).toBeGreaterThan(SAMPLE_TEXT.indexOf("（三）绩效指标完成情况分析"));
    expect(item.cells.sort()).toEqual(["E5", "F5", "G5"]);
  });

  it("accepts 自评得分为98分 and 自评结论为“优秀”", () => {
    const sentence = SAMPLE_TEXT.indexOf("2022年度绩效自评得分为98分");
    expect(sentence).toBeGreaterThan(0);
    expect(items.filter((i) => Math.abs(i.offset - sentence) < 40)).toEqual([]);
  });

  it("does not flag the other projects' amounts listed in 项目概况", () => {
    const overviewEnd = SAMPLE_TEXT.indexOf("二、绩效自评工作开展情况");
    expect(SAMPLE_TEXT.slice(0, overviewEnd)).toContain("党史编撰28.8万元");
    expect(items.filter((i) => i.offset < overviewEnd)).toEqual([]);
    // Even with a fund keyword beside another project's amount.
    const listed = replaceOnce(SAMPLE_TEXT, "党史编撰28.8万元", "党史编撰项目预算28.8万元");
    expect(checkReportText(listed, sample()).map((i) => i.found)).toEqual(["28.8万元"]);
    expect(checkReportText(listed, sample())[0].offset).toBeGreaterThan(overviewEnd);
  });

  it("flags this project's own amount when it is wrong in 项目概况", () => {
    const wrong = replaceOnce(SAMPLE_TEXT, "机要密码专项25.2万元", "机要密码专项27.2万元");
    const found = checkReportText(wrong, sample()).map((i) => i.found);
    expect(found).toEqual(["27.2万元", "28.8万元"]);
  });

  it("flags a wrong total score, grade, 执行率 and 决算支出", () => {
    let text = replaceOnce(SAMPLE_TEXT, "自评得分为98分", "自评得分为95分");
    text = replaceOnce(text, "自评结论为“优秀”", "自评结论为“良好”");
    text = replaceOnce(text, "控制率100%。", "控制率100%，预算执行率为90%。");
    text = replaceOnce(text, "决算支出25.2万元", "决算支出20万元");
    const items2 = checkReportText(text, sample());
    expect(items2.map((i) => [i.kind, i.severity, i.found])).toEqual([
      ["score", "error", "95分"],
      ["grade", "error", "良好"],
      ["amount", "error", "28.8万元"],
      ["amount", "error", "20万元"],
      ["rate", "error", "90%"],
    ]);
    expect(items2[0].message).toBe("报告中总分写为95分，自评表为98分（总分、复核总分）。");
    expect(items2[1].message).toBe("报告中自评等级写为“良好”，自评表为“优”。");
    expect(items2[4].expected).toBe("100%");
    for (const i of items2) expect(text.substr(i.offset, i.length)).toBe(i.found);
  });

  it("accepts the same text written with full-width digits", () => {
    const text = replaceOnce(SAMPLE_TEXT, "决算支出25.2万元", "决算支出２５．２万元");
    expect(checkReportText(text, sample()).map((i) => i.found)).toEqual(["28.8万元"]);
  });
});

describe("checkReportText statements", () => {
  const form = () => reportOf({});

  it("checks amounts by keyword: 预算, 执行, 结余, 财政拨款", () => {
    const text = [
      "三、综合评价结论",
      "项目全年预算100万元，全年执行95万元，结余5万元。",
      "其中当年财政拨款预算80万元，执行76万元。",
      "项目全年预算120万元，实际支出90万元，结余8万元。",
    ].join("\n");
    const items = checkReportText(text, form());
    expect(items.map((i) => i.found)).toEqual(["120万元", "90万元", "8万元"]);
    expect(items[0].expected).toBe("100万元（全年预算数、年初预算数）、80万元（当年财政拨款全年预算数、当年财政拨款年初预算数）、10万元（上年结转资金全年预算数、其他资金全年预算数、上年结转资金年初预算数、其他资金年初预算数）");
  });

  it("reads 元 and 亿元", () => {
    const text = "本项目全年执行950000元，全年预算0.01亿元，执行数约95万元。";
    expect(checkReportText(text, form())).toEqual([]);
    expect(checkReportText("本项目全年支出900000元。", form()).map((i) => i.found)).toEqual(["900000元"]);
  });

  it("accepts an amount rounded to the decimals written, and no coarser", () => {
    const r = reportOf({ total: [100, 100, 89.974], fiscal: undefined, carryover: undefined, other: undefined });
    expect(checkReportText("项目全年支出89.97万元，支出90万元，支出89.974万元。", r)).toEqual([]);
    expect(checkReportText("项目全年支出89.9万元。", r).map((i) => i.found)).toEqual(["89.9万元"]);
  });

  it("leaves thresholds and unit-level figures alone", () => {
    const text = ["四、绩效目标实现情况分析", "项目总成本控制在110万元以内，人均成本不超过2000元/人，支出不低于80万元。"].join("\n");
    expect(checkReportText(text, form())).toEqual([]);
    const overview = ["一、项目概况", "我单位2024年部门预算总额500万元，共有项目3个。"].join("\n");
    expect(checkReportText(overview, form())).toEqual([]);
  });

  it("checks scores by subject: 一级, 二级, 三级 and the budget", () => {
    const text = [
      "其中预算执行率得分9.5分，产出指标得分50分，效益指标得分30分，满意度指标得分9分。",
      "“培训人次”分值20分，得分18分。",
      "（2）质量指标。设置三级指标1个，分值10分，得分10分。",
      "综合得分99.5分，总分100分。",
    ].join("\n");
    const items = checkReportText(text, form());
    expect(items.map((i) => [i.kind, i.found])).toEqual([
      ["score", "9分"],
      ["score", "18分"],
    ]);
    expect(items[0].message).toBe("报告中满意度指标得分写为9分，自评表为10分（满意度指标得分、满意度指标复核得分）。");
    expect(items[1].cells).toEqual(["I13"]);
  });

  it("checks deductions against 分值 − 得分", () => {
    expect(checkReportText("预算执行率扣0.5分。", form())).toEqual([]);
    expect(checkReportText("预算执行率扣2分。", form()).map((i) => i.found)).toEqual(["2分"]);
  });

  it("checks 执行率 against the computed and the declared rate", () => {
    expect(checkReportText("预算执行率为95%。执行率达到95.0%。", form())).toEqual([]);
    expect(checkReportText("预算执行率为98%。", form()).map((i) => i.expected)).toEqual(["95%"]);
    expect(checkReportText("预算执行率不低于90%。", form())).toEqual([]);
    expect(checkReportText("产出指标得分50分，预算执行率为90%。", form()).map((i) => i.found)).toEqual(["90%"]);
  });

  it("accepts the values of an indicator named …执行率 when the sentence names it", () => {
    const indicators: IndicatorSpec[] = [{ level1: "产出指标", level2: "时效指标", name: "项目资金执行率", target: "≥90%", actual: "92%", weight: 50, score: 50 }];
    indicators.push(...VALID_INDICATORS.filter((x) => x.level1 !== "产出指标"));
    const r = reportOf({ indicators });
    expect(checkReportText("“项目资金执行率”实际完成92%，执行率92%。", r)).toEqual([]);
    expect(checkReportText("预算执行率92%。", r).map((i) => i.found)).toEqual(["92%"]);
  });

  it("checks grades written in words", () => {
    expect(checkReportText("自评等级为优。评价结论为“优秀”。", form())).toEqual([]);
    expect(checkReportText("评价等级为“良”。", form()).map((i) => i.found)).toEqual(["良"]);
    expect(checkReportText("评价结论为中共某委办公室负责。", form())).toEqual([]);
  });

  it("checks an indicator's values where a sentence names it", () => {
    const text = "“培训人次”年度指标值为≥500人次，实际完成值为500人次。“培训合格率”实际完成值为“98%”。";
    const items = checkReportText(text, form());
    expect(items.map((i) => [i.kind, i.found, i.expected])).toEqual([["indicator", "500人次", "520人次"]]);
    expect(items[0].message).toBe("报告中“培训人次”的实际完成值写为500人次，自评表为520人次。");
    expect(checkReportText("“培训人次”实际完成值为90%。", form())).toEqual([]);
  });

  it("is silent on its own generated report for every fixture", () => {
    for (const name of listFixtures()) {
      for (const r of checkGrid(fixtureToGrid(readFixture(name))).forms) {
        const text = reportToPlainParagraphs(buildReport(r, { year: 2022 })).join("\n");
        expect({ name, items: checkReportText(text, r) }).toEqual({ name, items: [] });
      }
    }
  });

  it("catches most numbers changed in its own generated report", () => {
    const r = reportOf({});
    const text = reportToPlainParagraphs(buildReport(r)).join("\n");
    const checked = ["年初预算数100万元", "全年执行数95万元", "预算执行率95%", "得分为99.5分", "产出指标得分50分", "得分9.5分"];
    for (const phrase of checked) {
      const changed = text.replace(phrase, phrase.replace(/\d+(\.\d+)?/, (n) => String(parseFloat(n) + 3)));
      expect({ phrase, n: checkReportText(changed, r).length }).toEqual({ phrase, n: 1 });
    }
  });

  it("never throws on odd input", () => {
    expect(checkReportText("", form())).toEqual([]);
    expect(() => checkReportText("得分分分。执行率%。万元元1,234.5万元\r\n\t#REF!", form())).not.toThrow();
    expect(() => checkReportText(SAMPLE_TEXT, reportOf({ total: ["#REF!", null, "—"], totalScore: "满分", grade: null }))).not.toThrow();
  });
});
