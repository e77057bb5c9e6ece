import type { FormReport } from "../../../src/core/check";
import { checkGrid } from "../../../src/core/check";
import type { Grid } from "../../../src/core/grid";
import type { ReportDocument } from "../../../src/core/report";
import { buildReport, reportToLines, reportToMarkdown, reportToPlainParagraphs } from "../../../src/core/report";
import type { FormSpec } from "../../helpers/form-builder";
import { VALID_INDICATORS, buildFormGrid } from "../../helpers/form-builder";
import { fixtureToGrid, listFixtures, readFixture } from "../../fixtures/fixture";

function reportOf(input: Grid | FormSpec): FormReport {
  const grid = (input as Grid).rows ? (input as Grid) : buildFormGrid(input as FormSpec);
  return checkGrid(grid).forms[0];
}

const sampleReport = () => reportOf(fixtureToGrid(readFixture("sample-ziyang-2022")));

function allText(doc: ReportDocument): string {
  return reportToPlainParagraphs(doc).join("\n");
}

function section(doc: ReportDocument, heading: string): string {
  const s = doc.sections.find((x) => x.heading === heading);
  if (!s) throw new Error("no section " + heading);
  return s.paragraphs.join("\n");
}

const UNFILLED = /[{}〔〕]|undefined|NaN|null|Infinity|\[object/;

describe("buildReport on the sample form (湖南 outline)", () => {
  const doc = buildReport(sampleReport(), { year: 2022 });

  it("follows the outline of the sample report", () => {
    expect(doc.sections.filter((s) => s.level === 1).map((s) => s.heading)).toEqual([
      "一、项目概况",
      "二、绩效自评工作开展情况",
      "三、综合评价结论",
      "四、绩效目标实现情况分析",
      "五、存在的问题和改进措施",
      "六、绩效自评结果拟应用和公开情况",
      "七、其他需要说明的问题",
    ]);
    expect(doc.sections.filter((s) => s.level === 3).map((s) => s.heading)).toEqual(["1.产出指标完成情况分析", "2.效益指标完成情况分析", "3.满意度指标完成情况分析"]);
    expect(doc.title).toBe("2022年度中共益阳市资阳区委办公室机要密码专项项目支出绩效自评报告");
  });

  it("takes budget, rate, score and grade from the form", () => {
    expect(section(doc, "一、项目概况")).toContain("2022年项目年初预算数25.2万元，全年预算数25.2万元，全年执行数25.2万元，预算执行率100%");
    const conclusion = section(doc, "三、综合评价结论");
    expect(conclusion).toContain("经自评，机要密码专项2022年度绩效自评得分为98分，自评等级为“优”。");
    expect(conclusion).toContain("预算执行率得分10分（执行率100%），产出指标得分50分，效益指标得分33分，满意度指标得分5分");
    expect(conclusion).toContain("效益指标合计得分38分");
    expect(conclusion).toContain("扣分情况：“信息化创建工程有力推进”扣1分，“健全完善覆盖各乡镇街道和区直部门的计算机加密通讯网”扣1分。");
  });

  it("lists 数量/质量/时效/成本 under 产出, including the empty 时效 and 成本 rows", () => {
    const output = section(doc, "1.产出指标完成情况分析");
    expect(output).toContain("产出指标设置三级指标6个，分值50分，得分50分。");
    expect(output).toContain("（1）数量指标。设置三级指标3个，分值30分，得分30分。“落实信创替代工程，替代计算机终端65台”实际完成值为“完成”，分值10分，得分10分。");
    expect(output).toContain("（3）时效指标。自评表中该项未设置三级指标。");
    expect(output).toContain("（4）成本指标。自评表中该项未设置三级指标。");
  });

  it("states each deduction and that its reason is missing", () => {
    const benefit = section(doc, "2.效益指标完成情况分析");
    expect(benefit).toContain("“信息化创建工程有力推进”实际完成值为“基本完成”，分值5分，得分4分，扣1分，自评表未说明偏差原因。");
    expect(benefit).not.toContain("服务对象满意度指标");
    expect(section(doc, "3.满意度指标完成情况分析")).toContain("“参与群众活动得到好评”实际完成值为“已完成”，分值5分，得分5分。");
  });

  it("summarises the checker's error and warning findings in plain words", () => {
    const found = section(doc, "（三）自评表核对发现的问题");
    expect(found).toContain("1.主管部门未填写。");
    expect(found).toContain("得分4，低于分值5（扣1分），但未填写偏差原因分析及改进措施");
    expect(found).toContain("时效指标一行为空");
    // info findings stay out.
    expect(found).not.toContain("达成年度指标");
    expect(buildReport(sampleReport(), { includeFindings: false }).sections.map((s) => s.heading)).not.toContain("（三）自评表核对发现的问题");
  });

  it("leaves no placeholder, and says 本年度 when the year is unknown", () => {
    expect(allText(doc)).not.toMatch(UNFILLED);
    const noYear = buildReport(sampleReport());
    expect(noYear.title).toBe("中共益阳市资阳区委办公室机要密码专项项目支出绩效自评报告");
    expect(allText(noYear)).toContain("本年度项目年初预算数25.2万元");
    expect(allText(noYear)).not.toMatch(UNFILLED);
  });

  it("puts the user's own overview paragraphs and publication channel in", () => {
    const d = buildReport(sampleReport(), { overview: ["机要密码专项用于全区机要通信保障"], publication: "将在益阳市资阳区人民政府网站公开" });
    expect(section(d, "一、项目概况")).toContain("机要密码专项用于全区机要通信保障。");
    expect(section(d, "六、绩效自评结果拟应用和公开情况")).toContain("将在益阳市资阳区人民政府网站公开。");
  });
});

describe("buildReport on the national test form", () => {
  it("reports 执行率 95%, the 结余 and the 99.5 total", () => {
    const doc = buildReport(reportOf({}));
    expect(doc.title).toBe("2024年度某市财政局培训中心基层干部业务培训项目支出绩效自评报告");
    expect(section(doc, "（一）项目资金使用及管理情况")).toBe(
      "2024年项目全年预算数100万元，全年执行数95万元，预算执行率95%。年末结余5万元。预算执行率分值10分，得分9.5分。",
    );
    expect(section(doc, "一、项目概况")).toContain("资金来源为当年财政拨款80万元（执行76万元）、上年结转资金10万元（执行10万元）、其他资金10万元（执行9万元）。");
    expect(section(doc, "三、综合评价结论")).toContain("绩效自评得分为99.5分，自评等级为“优”");
    expect(section(doc, "三、综合评价结论")).toContain("扣分情况：预算执行率扣0.5分。");
    expect(section(doc, "1.产出指标完成情况分析")).toContain("“培训人次”年度指标值为≥500人次，实际完成值为520人次，分值20分，得分20分。");
    expect(section(doc, "（一）存在的问题")).toBe("1.预算执行率为95%，全年预算数100万元中有5万元未支出。");
    expect(section(doc, "七、其他需要说明的问题")).toBe("无。");
  });

  it("quotes the 偏差原因 of a row that lost points, with its completion rate", () => {
    const indicators = VALID_INDICATORS.map((x, i) => (i === 0 ? { ...x, actual: "450人次", score: 18, deviation: "受场地改造影响，下一步将加快进度。" } : x));
    const doc = buildReport(reportOf({ indicators, totalScore: 97.5 }));
    expect(section(doc, "1.产出指标完成情况分析")).toContain(
      "“培训人次”年度指标值为≥500人次，实际完成值为450人次，完成率90%，分值20分，得分18分，扣2分。偏差原因及改进措施：受场地改造影响，下一步将加快进度。",
    );
  });

  it("notes a total that does not add up, and a grade that does not match it", () => {
    const doc = buildReport(reportOf({ totalScore: 95, grade: "良" }));
    const other = section(doc, "七、其他需要说明的问题");
    expect(other).toContain("自评表填报的总分为95分，按表内各项数据复核计算为99.5分");
    expect(other).toContain("等级“良”与总分95分对应的等级“优”不一致");
  });

  it("lists a 101 form's 成本 一级 as its own part", () => {
    const doc = buildReport(reportOf(fixtureToGrid(readFixture("cost-level1-2022"))));
    const parts = doc.sections.filter((s) => s.level === 3).map((s) => s.heading);
    expect(parts).toEqual(["1.产出指标完成情况分析", "2.成本指标完成情况分析", "3.效益指标完成情况分析", "4.满意度指标完成情况分析"]);
  });

  it("builds a complete report with no placeholder on every fixture", () => {
    for (const name of listFixtures()) {
      for (const form of checkGrid(fixtureToGrid(readFixture(name))).forms) {
        const text = allText(buildReport(form));
        expect({ name, bad: UNFILLED.test(text) }).toEqual({ name, bad: false });
      }
    }
  });
});

describe("renderings", () => {
  const doc: ReportDocument = {
    title: "标题",
    sections: [
      { heading: "一、概况", level: 1, paragraphs: ["第一段", "# 不是标题\n第二行"] },
      { heading: "（一）小节", level: 2, paragraphs: [] },
      { heading: "1.细目", level: 3, paragraphs: ["*强调*"] },
    ],
  };

  it("renders Markdown with heading levels and escapes", () => {
    expect(reportToMarkdown(doc)).toBe(
      "# 标题\n\n## 一、概况\n\n第一段\n\n\\# 不是标题 第二行\n\n### （一）小节\n\n#### 1.细目\n\n\\*强调\\*\n",
    );
  });

  it("gives one line per paragraph for a worksheet, with kinds for styling", () => {
    expect(reportToPlainParagraphs(doc)).toEqual(["标题", "一、概况", "第一段", "# 不是标题 第二行", "（一）小节", "1.细目", "*强调*"]);
    expect(reportToLines(doc).map((l) => l.kind)).toEqual(["title", "heading1", "paragraph", "paragraph", "heading2", "heading3", "paragraph"]);
  });
});
