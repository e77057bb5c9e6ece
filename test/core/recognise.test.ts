// What the recogniser reads from each real layout (domain §1.1–§1.4): ranges, header fields, fund rows, goals,
// indicator columns and groups, the total row, and numbers read right.
import fc from "fast-check";
import type { Field, Form, FundRow, IndicatorRow, LabelledField, Recognition } from "../../src/core/form";
import type { CellValue, Grid } from "../../src/core/grid";
import { rangeAddress } from "../../src/core/grid";
import { recognise } from "../../src/core/recognise";
import { SheetView } from "../../src/core/sheet-view";
import { fixtureToGrid, listFixtures, readFixture } from "../fixtures/fixture";
import { buildFormGrid } from "../helpers/form-builder";

function recogniseFixture(name: string): Recognition {
  return recognise(fixtureToGrid(readFixture(name)));
}

function only(name: string): Form {
  const rec = recogniseFixture(name);
  expect(rec.note).toBeUndefined();
  expect(rec.forms).toHaveLength(1);
  return rec.forms[0];
}

/** "labelAddress→valueAddress text" of a labelled field. */
function labelled(f: LabelledField | undefined): string {
  return f ? `${f.labelAddress}→${f.field.address} ${f.field.text}` : "(none)";
}

/** "kind label @labelAddress" per fund row. */
function fundRows(form: Form): string[] {
  return form.budget!.rows.map((r) => `${r.kind} ${r.label} @${r.labelAddress}`);
}

function amounts(row: FundRow): Array<string | undefined> {
  return [row.initial, row.full, row.exec].map((f) => (f ? `${f.address}=${quantity(f)}` : undefined));
}

/** A field's reading as a compact string: "≥50个", "95%", "25.2", "text", "na", "error", "empty". */
function quantity(f: Field | undefined): string {
  if (!f) return "(none)";
  const q = f.q;
  if (q.kind !== "number") return q.kind;
  const op = q.op === ">=" ? "≥" : q.op === "<=" ? "≤" : q.op || "";
  return op + String(q.num) + (q.unit || "");
}

function groupSummary(form: Form): string[] {
  return form.indicators!.groups.map(
    (g) =>
      `${g.name} "${g.label}" ${g.declaredWeight === undefined ? "-" : g.declaredWeight}分 ` +
      `${g.rows.length}行 [${g.level2Groups.map((l) => `${l.name || l.label}:${l.rows.length}`).join(",")}] ` +
      `@${g.labelAddresses.join(",")}`,
  );
}

function rowAt(form: Form, excelRow: number): IndicatorRow {
  const row = form.indicators!.rows.filter((r) => r.row === excelRow - 1)[0];
  if (!row) throw new Error("no indicator row " + excelRow);
  return row;
}

const NATIONAL_COLUMNS = ["level1", "level2", "name", "target", "actual", "weight", "score", "deviation"];

function columnsFrom(first: number): { [k: string]: number } {
  const out: { [k: string]: number } = {};
  NATIONAL_COLUMNS.forEach((k, i) => (out[k] = first + i));
  return out;
}

describe("cn2020-national: no leading column, labels on the first row of each group, no merges", () => {
  const form = only("cn2020-national");

  it("finds the form, its title, year and header fields", () => {
    expect(form.variant).toBe("T-CN2020");
    expect(rangeAddress(form.range)).toBe("A1:I23");
    expect(form.title && form.title.address).toBe("A1");
    expect(form.year).toBe(2023);
    expect(labelled(form.projectName)).toBe("A3→B3 城乡居民医保政策宣传与经办能力提升项目");
    expect(labelled(form.department)).toBe("A4→B4 某县医疗保障局");
    expect(labelled(form.implementer)).toBe("E4→F4 某县医疗保障事务中心");
    expect(labelled(form.grade)).toBe("A23→B23 优");
  });

  it("reads the fund block", () => {
    const budget = form.budget!;
    expect(budget.headerRow).toBe(4);
    expect(budget.unitLabel).toBe("万元");
    expect(budget.toWanYuan).toBe(1);
    expect(fundRows(form)).toEqual([
      "total 年度资金总额 @B6",
      "fiscal 其中：当年财政拨款 @B7",
      "carryover 上年结转资金 @B8",
      "other 其他资金 @B9",
    ]);
    expect(budget.total).toBe(budget.rows[0]);
    expect(amounts(budget.total!)).toEqual(["C6=120", "D6=120", "E6=114"]);
    expect([budget.total!.weight, budget.total!.rate, budget.total!.score].map(quantity)).toEqual(["10", "95%", "9.5"]);
    expect(budget.total!.rate!.address).toBe("G6");
    expect(quantity(budget.rows[1].score)).toBe("na"); // "—" on a sub-row
  });

  it("reads the goals under their sub-labels", () => {
    expect(form.goals!.labelAddress).toBe("A10");
    expect(form.goals!.expected!.field.address).toBe("B11");
    expect(form.goals!.actual!.field.address).toBe("F11");
  });

  it("inherits first-row-only labels without merges", () => {
    const ind = form.indicators!;
    expect(ind.headerRow).toBe(11);
    expect(ind.headerEndRow).toBe(11);
    expect(ind.columns).toEqual(columnsFrom(1));
    expect(groupSummary(form)).toEqual([
      '产出指标 "产出指标" -分 5行 [数量指标:2,质量指标:1,时效指标:1,成本指标:1] @B13',
      '效益指标 "效益指标" -分 3行 [社会效益指标:2,可持续影响指标:1] @B18',
      '满意度指标 "满意度指标" -分 1行 [服务对象满意度指标:1] @B21',
    ]);
    const second = rowAt(form, 14);
    expect([second.level1, second.level2, second.level1Address, second.level2Address]).toEqual([
      "产出指标",
      "数量指标",
      "B13",
      "C13",
    ]);
    expect(rowAt(form, 19).level2).toBe("社会效益指标");
  });

  it("reads quantitative and qualitative values", () => {
    expect(quantity(rowAt(form, 13).target)).toBe("≥50个");
    expect(quantity(rowAt(form, 13).actual)).toBe("52个");
    expect(quantity(rowAt(form, 15).target)).toBe("=100%");
    expect(quantity(rowAt(form, 17).target)).toBe("≤90万元");
    expect(quantity(rowAt(form, 17).actual)).toBe("86.5万元");
    expect(quantity(rowAt(form, 19).target)).toBe("text");
    expect(rowAt(form, 19).actual!.text).toBe("达成年度指标");
    expect(rowAt(form, 21).level2).toBe("服务对象满意度指标");
  });

  it("reads the total row", () => {
    expect(form.total!.labelAddress).toBe("A22");
    expect([form.total!.weight!.address, quantity(form.total!.weight)]).toEqual(["G22", "100"]);
    expect([form.total!.score!.address, quantity(form.total!.score)]).toEqual(["H22", "99"]);
  });
});

describe("anhui-2022 (T-AH)", () => {
  const form = only("anhui-2022");

  it("is the 安徽 variant with 本年财政拨款", () => {
    expect(form.variant).toBe("T-AH");
    expect(form.year).toBe(2022);
    expect(rangeAddress(form.range)).toBe("A1:I25");
    expect(fundRows(form)[1]).toBe("fiscal 其中：本年财政拨款 @B7");
  });

  it("takes the declared 一级 weights from the labels", () => {
    expect(groupSummary(form)).toEqual([
      '产出指标 "产出指标(50分)" 50分 6行 [数量指标:2,质量指标:1,时效指标:1,成本指标:2] @B13',
      '效益指标 "效益指标(30分)" 30分 4行 [经济效益指标:1,社会效益指标:2,可持续影响指标:1] @B19',
      '满意度指标 "满意度指标(10分)" 10分 1行 [服务对象满意度指标:1] @B23',
    ]);
    expect(form.indicators!.groups[0].declaredWeightAddress).toBe("B13");
  });

  it("marks the empty 经济效益指标 row and reads 百分比 as %", () => {
    expect(rowAt(form, 19).isEmpty).toBe(true);
    expect(rowAt(form, 19).level2Address).toBe("C19");
    expect(quantity(rowAt(form, 16).target)).toBe("≥100%");
    expect(quantity(rowAt(form, 16).actual)).toBe("100%");
    expect(rowAt(form, 21).actual!.text).toBe("达成预期指标");
    expect(rowAt(form, 18).level2).toBe("成本指标"); // merged C17:C18
  });

  it("reads the merged total row", () => {
    expect(form.total!.labelAddress).toBe("A24");
    expect(form.total!.score!.address).toBe("H24");
    expect(labelled(form.grade)).toBe("A25→B25 优");
  });
});

describe("ab-labelled (T-AB)", () => {
  const form = only("ab-labelled");

  it("reads the A/B headers and the city-level header names", () => {
    expect(form.variant).toBe("T-AB");
    expect(rangeAddress(form.range)).toBe("B1:J24");
    expect(form.year).toBe(2023);
    expect(labelled(form.department)).toBe("B4→C4 某市教育局");
    expect(form.department!.label).toBe("市级主管部门");
    expect(labelled(form.implementer)).toBe("F4→G4 某市学生资助管理中心");
    expect(form.budget!.labels).toEqual({ initial: "年初预算数", full: "全年预算数（A）", exec: "全年执行数（B）" });
    expect(form.indicators!.columnLabels.target).toBe("年度指标值（A）");
    expect(form.indicators!.columnLabels.actual).toBe("实际完成值（B）");
    expect(form.indicators!.columns).toEqual(columnsFrom(2));
  });

  it("keeps the 中央补助 row among the fund rows", () => {
    expect(fundRows(form)).toEqual([
      "total 年度资金总额 @C6",
      "extra 其中：中央补助 @C7",
      "fiscal 市级财政拨款 @C8",
      "carryover 上年结转资金 @C9",
      "other 其他资金 @C10",
    ]);
    expect(amounts(form.budget!.rows[1])).toEqual(["E7=300", "F7=300", "G7=300"]);
    expect(form.budget!.total!.rate!.address).toBe("I6");
  });

  it("reads 年初预期目标 / 年度实际完成情况", () => {
    expect(form.goals!.expected!.label).toBe("年初预期目标");
    expect(form.goals!.expected!.field.address).toBe("C12");
    expect(form.goals!.actual!.label).toBe("年度实际完成情况");
    expect(form.goals!.actual!.field.address).toBe("G12");
  });

  it("reads groups and the total", () => {
    expect(groupSummary(form)).toEqual([
      '产出指标 "产出指标" -分 5行 [数量指标:2,质量指标:1,时效指标:1,成本指标:1] @C14',
      '效益指标 "效益指标" -分 3行 [社会效益指标:2,可持续影响指标:1] @C19',
      '满意度指标 "满意度指标" -分 1行 [服务对象满意度指标:1] @C22',
    ]);
    expect(quantity(rowAt(form, 19).target)).toBe("=0人");
    expect(form.total!.score!.address).toBe("I23");
    expect(quantity(form.total!.score)).toBe("99.33");
  });
});

describe("sichuan-510000 (T-SC)", () => {
  const form = only("sichuan-510000");

  it("covers the whole form down to the signatures", () => {
    expect(form.variant).toBe("T-SC");
    expect(rangeAddress(form.range)).toBe("A1:K28");
    expect(form.year).toBe(2023);
    expect(labelled(form.projectName)).toBe("A4→C4 人民调解以案定补经费");
    expect(form.department!.label).toBe("主管部门及代码");
    expect(labelled(form.implementer)).toBe("G5→I5 某县司法局");
  });

  it("reads 项目基本情况 as the goal text", () => {
    expect(form.goals!.labelAddress).toBe("B6");
    expect(form.goals!.actual!.field.address).toBe("D6");
    expect(form.goals!.expected).toBeUndefined();
  });

  it("reads 预算执行情况 with 调整后预算数, 权重 and 原因", () => {
    const budget = form.budget!;
    expect(budget.headerRow).toBe(7);
    expect(budget.labels).toEqual({ initial: "年初预算", full: "调整后预算数", exec: "预算执行数" });
    expect(fundRows(form)).toEqual([
      "total 总额 @B9",
      "fiscal 其中：财政资金 @B10",
      "extra 财政专户管理资金 @B11",
      "extra 单位资金 @B12",
      "other 其他资金 @B13",
    ]);
    const total = budget.total!;
    expect(amounts(total)).toEqual(["D9=50", "E9=60", "F9=57.6"]);
    expect([total.rate, total.weight, total.score].map((f) => f!.address)).toEqual(["G9", "H9", "I9"]);
    expect(quantity(total.rate)).toBe("96%");
    expect(total.reason!.address).toBe("J9");
    // The one 原因 cell merged over all fund rows belongs to the 总额 row only.
    expect(budget.rows[1].reason).toBeUndefined();
  });

  it("reads the two-row indicator header", () => {
    const ind = form.indicators!;
    expect(ind.headerRow).toBe(13);
    expect(ind.headerEndRow).toBe(14);
    expect(ind.declaredWeight).toBe(90);
    expect(ind.columns).toEqual({
      level1: 1,
      level2: 2,
      name: 3,
      nature: 4,
      target: 5,
      unit: 6,
      actual: 7,
      weight: 8,
      score: 9,
      deviation: 10,
    });
    expect(ind.columnLabels.nature).toBe("指标性质");
    expect(ind.columnLabels.unit).toBe("度量单位");
    expect(ind.columnLabels.weight).toBe("权重");
    expect(ind.columnLabels.deviation).toBe("未完成原因分析");
    expect(groupSummary(form)).toEqual([
      '产出指标 "产出指标" -分 5行 [数量指标:2,质量指标:1,时效指标:1,成本指标:1] @B16',
      '效益指标 "效益指标" -分 2行 [社会效益指标:2] @B21',
      '满意度指标 "满意度指标" -分 1行 [服务对象满意度指标:1] @B23',
    ]);
    const first = ind.rows[0];
    expect(first.row).toBe(15);
    expect([first.nature!.text, quantity(first.target), first.unit!.text, quantity(first.actual)]).toEqual([
      "≥",
      "800",
      "件",
      "856",
    ]);
    expect(rowAt(form, 21).nature!.text).toBe("定性");
  });

  it("reads 合计 and the conclusion fields", () => {
    expect(form.total!.labelAddress).toBe("A24");
    expect([form.total!.weight!.address, form.total!.score!.address]).toEqual(["I24", "J24"]);
    expect(quantity(form.total!.weight)).toBe("100");
    expect(form.conclusion!.field.address).toBe("C25");
    expect(form.problems!.field.address).toBe("C26");
    expect(form.measures!.field.address).toBe("C27");
    expect(form.grade).toBeUndefined();
  });
});

describe("cost-level1-2022 (T-101)", () => {
  const form = only("cost-level1-2022");

  it("puts 成本指标 as a 一级 with its own 二级", () => {
    expect(form.variant).toBe("T-101");
    expect(form.year).toBe(2022);
    expect(groupSummary(form)).toEqual([
      '成本指标 "成本指标" -分 2行 [经济成本指标:1,社会成本指标:1] @C13',
      '产出指标 "产出指标" -分 3行 [数量指标:1,质量指标:1,时效指标:1] @C15',
      '效益指标 "效益指标" -分 2行 [社会效益指标:2] @C18',
      '满意度指标 "满意度指标" -分 1行 [服务对象满意度指标:1] @C20',
    ]);
    expect(quantity(rowAt(form, 13).target)).toBe("≤10万元");
    expect(form.total!.score!.address).toBe("I21");
  });
});

describe("export-onecell: system export with one-cell values", () => {
  const form = only("export-onecell");

  it("matches headers with spaces and line breaks, in a different column order", () => {
    expect(form.variant).toBe("T-CN2020");
    expect(rangeAddress(form.range)).toBe("A1:H23");
    expect(form.year).toBe(2023);
    expect(labelled(form.projectName)).toBe("A3→B3 社区居家养老服务补贴");
    expect(form.indicators!.columns).toEqual({
      level1: 0,
      level2: 1,
      name: 2,
      weight: 3,
      target: 4,
      actual: 5,
      score: 6,
      deviation: 7,
    });
    expect(form.indicators!.columnLabels.target).toBe("年度指标值");
    expect(form.budget!.labels).toEqual({ initial: "年初预算数", full: "全年预算数", exec: "全年执行数" });
  });

  it("reads amounts written as text, with thousands separators, full-width digits and units", () => {
    const rows = form.budget!.rows;
    expect(amounts(rows[0])).toEqual(["C6=1234.5", "D6=1234.5", "E6=1172.78"]);
    expect(amounts(rows[1])).toEqual(["C7=1209.3", "D7=1209.3", "E7=1147.58"]);
    expect(amounts(rows[2])).toEqual(["C8=25.2", "D8=25.2万元", "E8=25.2万元"]);
    expect(amounts(rows[3])).toEqual(["C9=na", "D9=na", "E9=na"]);
    expect(quantity(rows[2].weight)).toBe("na"); // "/"
  });

  it("reads percentages stored as fractions by their display", () => {
    const rate = form.budget!.total!.rate!;
    expect([rate.value, rate.text, quantity(rate)]).toEqual([0.95, "95%", "95%"]);
    const quality = rowAt(form, 15);
    expect(quantity(quality.target)).toBe("=100%"); // "＝100％"
    expect([quality.actual!.value, quantity(quality.actual)]).toEqual([1, "100%"]);
    expect(quantity(rowAt(form, 21).actual)).toBe("93%");
  });

  it("reads operator, value and unit with spaces in one cell", () => {
    expect(quantity(rowAt(form, 13).target)).toBe("≥1500人");
    expect(quantity(rowAt(form, 14).target)).toBe("≥50个");
    expect(quantity(rowAt(form, 17).target)).toBe("≤300元/月");
    expect(quantity(rowAt(form, 19).target)).toBe("≥60%");
    expect(groupSummary(form)).toEqual([
      '产出指标 "产出指标" -分 5行 [数量指标:2,质量指标:1,时效指标:1,成本指标:1] @A13',
      '效益指标 "效益指标" -分 3行 [社会效益指标:2,可持续影响指标:1] @A18',
      '满意度指标 "满意度指标" -分 1行 [服务对象满意度指标:1] @A21',
    ]);
    expect(form.total!.labelAddress).toBe("A22");
    expect([form.total!.weight!.address, form.total!.score!.address]).toEqual(["D22", "G22"]);
  });
});

describe("yuan-units: amounts in 元", () => {
  const form = only("yuan-units");

  it("reads the unit from 项目资金（元）", () => {
    expect(form.budget!.unitLabel).toBe("元");
    expect(form.budget!.toWanYuan).toBe(0.0001);
    expect(amounts(form.budget!.total!)).toEqual(["E6=1250000", "F6=1250000", "G6=1187500"]);
    expect(quantity(rowAt(form, 16).target)).toBe("≤125万元");
  });
});

describe("errors-ref: formula errors and text in number cells", () => {
  const form = only("errors-ref");

  it("keeps error cells as errors, with their formulas", () => {
    const total = form.budget!.total!;
    expect([total.rate!.address, quantity(total.rate), total.rate!.text]).toEqual(["I6", "error", "#REF!"]);
    expect(total.rate!.formula).toBe("=G6/#REF!");
    expect(quantity(total.score)).toBe("error");
    expect(quantity(rowAt(form, 14).score)).toBe("error");
    expect(quantity(form.total!.score)).toBe("error");
  });

  it("keeps text in number cells as text", () => {
    expect([quantity(rowAt(form, 13).actual), rowAt(form, 13).actual!.text]).toEqual(["text", "完成"]);
    expect([quantity(rowAt(form, 15).score), rowAt(form, 15).score!.text]).toEqual(["text", "完成"]);
    expect(form.indicators!.rows).toHaveLength(7);
  });
});

describe("stacked-two-forms", () => {
  const rec = recogniseFixture("stacked-two-forms");

  it("finds two forms with their own ranges and titles", () => {
    expect(rec.forms.map((f) => rangeAddress(f.range))).toEqual(["B1:J20", "B22:J43"]);
    expect(rec.forms.map((f) => f.title && f.title.address)).toEqual(["B1", "B22"]);
    expect(rec.forms.map((f) => f.year)).toEqual([2023, 2023]);
    expect(rec.forms.map((f) => f.projectName!.field.text)).toEqual(["农村公路养护补助", "农村饮水工程运行管护补助"]);
    expect(rec.forms.map((f) => f.total!.score!.address)).toEqual(["I19", "I42"]);
  });

  it("does not split the second form at its repeated header row", () => {
    const second = rec.forms[1];
    expect(second.indicators!.headerRow).toBe(32);
    expect(second.indicators!.repeatedHeaderRows).toEqual([37]);
    expect(second.indicators!.rows.map((r) => r.row + 1)).toEqual([34, 35, 36, 37, 39, 40, 41]);
    expect(groupSummary(second)).toEqual([
      '产出指标 "产出指标" -分 4行 [数量指标:1,质量指标:1,时效指标:1,成本指标:1] @C34',
      '效益指标 "效益指标" -分 2行 [社会效益指标:1,可持续影响指标:1] @C39,C40',
      '满意度指标 "满意度指标" -分 1行 [服务对象满意度指标:1] @C41',
    ]);
    expect(second.budget!.total!.exec!.address).toBe("G27");
  });
});

describe("not-a-form", () => {
  it("finds no form in a budget ledger and says why in Chinese", () => {
    const rec = recogniseFixture("not-a-form");
    expect(rec.forms).toEqual([]);
    expect(rec.note).toMatch(/^未识别为自评表/);
    expect(rec.note).toContain("第 3 行");
  });

  it("explains an empty sheet and a sheet of prose", () => {
    expect(recognise({ sheetName: "空", rows: [], merges: [] }).note).toBe("未识别为自评表：工作表是空的。");
    const prose = recognise({ sheetName: "说明", rows: [[{ value: "填表说明：请按要求填写。" }]], merges: [] });
    expect(prose.forms).toEqual([]);
    expect(prose.note).toMatch(/^未识别为自评表/);
  });
});

describe("sample-ziyang-2022 (T-HN-ZY)", () => {
  const form = only("sample-ziyang-2022");

  it("keeps the 效益指标（40分） block repeated after the page break as one group", () => {
    expect(form.variant).toBe("T-HN-ZY");
    expect(rangeAddress(form.range)).toBe("B1:J29");
    expect(form.indicators!.repeatedHeaderRows).toEqual([]);
    expect(groupSummary(form)).toEqual([
      '产出指标 "产出指标(50分)" 50分 8行 [数量指标:3,质量指标:3,时效指标:1,成本指标:1] @C12',
      '效益指标 "效益指标（40分）" 40分 9行 [经济效益指标:1,社会效益指标:3,生态效益指标:1,可持续影响指标:3,服务对象满意度指标:1] @C20,C25',
    ]);
    expect(rowAt(form, 26).level2).toBe("可持续影响指标");
    expect(rowAt(form, 28).level1).toBe("效益指标");
  });

  it("reads 10分 and 100% in the fund row and the blank 主管部门", () => {
    const total = form.budget!.total!;
    expect([quantity(total.weight), quantity(total.rate), quantity(total.score)]).toEqual(["10分", "100%", "10"]);
    expect(labelled(form.department)).toBe("B3→C3 ");
    expect(form.total!.weight!.text).toBe("100分");
  });
});

describe("level2-subtotals: 二级 rows that carry the sum of their 三级 分值 and 得分", () => {
  const form = only("level2-subtotals");

  /** "二级 @label: weight/score (row)" for every 二级 subtotal. */
  function level2Subtotals(f: Form): string[] {
    const out: string[] = [];
    for (const g of f.indicators!.groups) {
      for (const l2 of g.level2Groups) {
        const sub = l2.subtotal;
        if (sub) out.push(`${l2.name} @${sub.labelAddress}: ${quantity(sub.weight)}/${quantity(sub.score)} (${sub.row + 1})`);
      }
    }
    return out;
  }

  it("reads them as subtotals of their 二级, merged over the 三级 rows or not, and only the 三级 as indicators", () => {
    expect(form.indicators!.rows.map((r) => `${r.row + 1} ${r.level2} ${r.name!.text}`)).toEqual([
      "14 数量指标 培训人次",
      "15 数量指标 培训班期数",
      "17 质量指标 培训合格率",
      "18 时效指标 培训完成及时率",
      "20 成本指标 人均培训成本",
      "22 社会效益指标 参训人员业务能力提升",
      "24 可持续影响指标 培训成果持续应用",
      "26 服务对象满意度指标 参训人员满意度",
    ]);
    expect(level2Subtotals(form)).toEqual([
      "数量指标 @D13: 20/20 (13)",
      "质量指标 @D16: 10/10 (16)",
      "成本指标 @D19: 10/10 (19)",
      "社会效益指标 @D21: 15/15 (21)",
      "可持续影响指标 @D23: 15/15 (23)",
      "服务对象满意度指标 @D25: 10/10 (25)",
    ]);
    expect(groupSummary(form)).toEqual([
      '产出指标 "产出指标" -分 5行 [数量指标:2,质量指标:1,时效指标:1,成本指标:1] @C13',
      '效益指标 "效益指标" -分 2行 [社会效益指标:1,可持续影响指标:1] @C21',
      '满意度指标 "满意度指标" -分 1行 [服务对象满意度指标:1] @C25',
    ]);
  });

  it("keeps a 二级 row with numbers but no 三级 rows under it as an indicator row", () => {
    const grid = fixtureToGrid(readFixture("level2-subtotals"));
    grid.rows[16] = []; // the only 三级 row of 质量指标
    const changed = recognise(grid).forms[0];
    expect(changed.indicators!.rows.map((r) => r.row + 1)).toContain(16);
    expect(rowAt(changed, 16).name!.text).toBe("");
    expect(level2Subtotals(changed)).not.toContain("质量指标 @D16: 10/10 (16)");
  });

  it("does not take a 二级 row with a target or text for a subtotal", () => {
    const grid = fixtureToGrid(readFixture("level2-subtotals"));
    grid.rows[12]![5] = { value: "≥500人次" };
    expect(rowAt(recognise(grid).forms[0], 13).target!.text).toBe("≥500人次");
    const text = fixtureToGrid(readFixture("level2-subtotals"));
    text.rows[12]![7] = { value: "二十" };
    expect(recognise(text).forms[0].indicators!.rows.map((r) => r.row + 1)).toContain(13);
  });
});

describe("cell display", () => {
  it("applies the number format when the host gives no display text", () => {
    const view = new SheetView({
      sheetName: "S",
      rows: [[{ value: 1, numberFormat: "0%" }, { value: 0.862, numberFormat: "0.0%" }, { value: 25.2 }]],
      merges: [],
    });
    expect(view.field(0, 0).text).toBe("100%");
    expect(view.field(0, 0).q).toEqual({ kind: "number", num: 100, unit: "%" });
    expect(view.field(0, 1).text).toBe("86.2%");
    expect(view.field(0, 2).q).toEqual({ kind: "number", num: 25.2 });
  });
});

describe("robustness", () => {
  const WORDS = [
    "项目名称", "主管部门", "年初预算数", "全年预算数", "全年执行数", "执行率", "年度资金总额", "其中：当年财政拨款",
    "绩效指标(90分)", "一级指标", "二级指标", "三级指标", "年度指标值", "指标性质", "度量单位", "实际完成值", "分值", "得分",
    "产出指标(50分)", "效益指标", "数量指标", "小计", "总分", "合计", "评价结论", "自评等级", "序号", "≥50个", "完成", "—",
  ];
  const value: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constantFrom(...WORDS),
    fc.double({ noNaN: false }),
    fc.constant({ error: "#REF!" }),
    fc.constant(true),
    fc.constant(null),
    fc.string({ maxLength: 4 }),
  );
  const chaos: fc.Arbitrary<Grid> = fc
    .record({
      rows: fc.array(fc.option(fc.array(fc.option(value), { maxLength: 14 })), { maxLength: 50 }),
      merges: fc.array(
        fc.record({ top: fc.nat(55), left: fc.nat(15), h: fc.integer({ min: -2, max: 8 }), w: fc.integer({ min: -2, max: 6 }) }),
        { maxLength: 20 },
      ),
    })
    .map(({ rows, merges }) => ({
      sheetName: "乱",
      rows: rows.map((row) => (row ? row.map((v) => (v === null ? null : { value: v })) : null)),
      merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
    }));

  it("never throws on chaotic grids, overlapping or inverted merges included", () => {
    fc.assert(
      fc.property(chaos, (grid) => {
        const rec = recognise(grid);
        expect(rec.note || "").not.toContain("内部错误");
        for (const form of rec.forms) {
          expect(form.range.top).toBeLessThanOrEqual(form.range.bottom);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never throws when cells of the real layouts are blanked or overwritten", () => {
    const names = listFixtures();
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.array(fc.record({ r: fc.nat(45), c: fc.nat(11), v: fc.option(value) }), { maxLength: 15 }),
        (name, edits) => {
          const grid = fixtureToGrid(readFixture(name));
          for (const e of edits) {
            while (grid.rows.length <= e.r) grid.rows.push([]);
            const row = grid.rows[e.r] || (grid.rows[e.r] = []);
            row[e.c] = e.v === null ? null : { value: e.v };
          }
          const rec = recognise(grid);
          expect(rec.note || "").not.toContain("内部错误");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("survives a whole-column merge and a sparse row far below", () => {
    const grid = buildFormGrid({});
    grid.merges.push({ top: 0, left: 11, bottom: 1048575, right: 11 });
    grid.rows[60000] = [{ value: "总分" }];
    const rec = recognise(grid);
    expect(rec.forms).toHaveLength(1);
    expect(rangeAddress(rec.forms[0].range)).toBe("B1:J21");
  });

  function dataSheet(rows: number, cols: number): Grid {
    const out: Grid["rows"] = [];
    for (let r = 0; r < rows; r++) {
      const row = [];
      for (let c = 0; c < cols; c++) {
        row.push({ value: c % 3 === 0 ? r * 100 + c : c % 3 === 1 ? `预算执行情况说明${r}-${c}` : `项目${r}` });
      }
      out.push(row);
    }
    // Flat strings, as a host hands them over.
    return JSON.parse(JSON.stringify({ sheetName: "数据", rows: out, merges: [] }));
  }

  // Speed is measured by `npm run bench`, not asserted here.
  it("finds no form in a 10,000-row data sheet", () => {
    expect(recognise(dataSheet(10000, 12)).forms).toEqual([]);
  });

  it("ends a form placed above a long data table at the form, not at the end of the sheet", () => {
    const form = buildFormGrid({});
    const data = dataSheet(5000, 10);
    const rows = form.rows.concat([[]], data.rows);
    const rec = recognise({ sheetName: "S", rows, merges: form.merges });
    expect(rec.forms).toHaveLength(1);
    expect(rangeAddress(rec.forms[0].range)).toBe("B1:J21");
  });
});

describe("header details", () => {
  it("takes the 年度 over a bare year and never a date", () => {
    const withDate = recognise(buildFormGrid({ year: "填报日期：2024年3月15日" })).forms[0];
    expect(withDate.year).toBeUndefined();
    expect(recognise(buildFormGrid({ year: "（2023年）" })).forms[0].year).toBe(2023);
    const both = recognise(buildFormGrid({ title: "项目支出绩效自评表（填报时间2024年）", year: "（2023年度）" })).forms[0];
    expect(both.year).toBe(2023);
  });

  it("reads the amount unit from a title line when the fund label has none", () => {
    const form = recognise(buildFormGrid({ year: "（2023年度）　单位：元", cells: { B5: "项目资金" } })).forms[0];
    expect(form.budget!.unitLabel).toBe("元");
    expect(form.budget!.toWanYuan).toBe(0.0001);
    const labelled = recognise(buildFormGrid({ year: "单位：元" })).forms[0];
    expect(labelled.budget!.unitLabel).toBe("万元"); // 项目资金（万元） says otherwise
  });

  it("reads 项目名称, 主管部门 and 实施单位 written in one cell with their value", () => {
    const form = recognise(
      buildFormGrid({
        cells: { B3: "项目名称：基层干部业务培训项目", C3: "", B4: "主管部门: 某市财政局", C4: "", F4: "实施单位 ： 某市财政局培训中心", G4: "" },
      }),
    ).forms[0];
    expect([form.projectName, form.department, form.implementer].map(labelled)).toEqual([
      "B3→B3 基层干部业务培训项目",
      "B4→B4 某市财政局",
      "F4→F4 某市财政局培训中心",
    ]);
    expect(form.projectName!.label).toBe("项目名称");
    expect(form.projectName!.field.value).toBe("项目名称：基层干部业务培训项目");
    expect(rangeAddress(form.range)).toBe("B1:J21");
  });

  it("still reads a label ending in a colon from the cell right of it", () => {
    const form = recognise(buildFormGrid({ cells: { B3: "项目名称：" } })).forms[0];
    expect(labelled(form.projectName)).toBe("B3→C3 基层干部业务培训项目");
  });

  it("does not take a 年度目标值 column for the 年度目标 row", () => {
    const form = recognise(buildFormGrid({ cells: { B10: "", C10: "", G10: "", C11: "", G11: "", F12: "年度目标值" } })).forms[0];
    expect(form.goals).toBeUndefined();
    expect(form.indicators!.columns.target).toBe(5);
  });
});
