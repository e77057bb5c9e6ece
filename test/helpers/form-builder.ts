// Builds a national-layout 自评表 grid from a short spec, so rule tests state only what they change.
// Layout (like the sample): column A empty; B labels; budget C:D label, E 年初, F 全年预算, G 全年执行, H 分值, I 执行率, J 得分;
// indicators C 一级, D 二级, E 三级, F 年度指标值, G 实际完成值, H 分值, I 得分, J 偏差原因分析及改进措施.
// Rows: 1 title, 2 年度, 3 项目名称, 4 主管部门/实施单位, 5 fund header, 6 total, 7 财政拨款, 8 结转, 9 其他,
// 10 年度总体目标 headers, 11 goal texts, 12 indicator header, 13… indicators, then 总分, then 自评等级.
import type { CellValue, Grid } from "../../src/core/grid";
import { parseRangeAddress } from "../../src/core/grid";

export type Amounts = [CellValue, CellValue, CellValue];

export interface IndicatorSpec {
  level1: string;
  level2: string;
  name?: CellValue;
  target?: CellValue;
  actual?: CellValue;
  weight?: CellValue;
  score?: CellValue;
  deviation?: CellValue;
}

export interface FormSpec {
  title?: CellValue;
  year?: CellValue;
  projectName?: CellValue;
  department?: CellValue;
  implementer?: CellValue;
  total?: Amounts;
  fiscal?: Amounts;
  carryover?: Amounts;
  other?: Amounts;
  budgetWeight?: CellValue;
  rate?: CellValue;
  budgetScore?: CellValue;
  goals?: [CellValue, CellValue];
  indicators?: IndicatorSpec[];
  totalWeight?: CellValue;
  totalScore?: CellValue;
  /** Omit the grade row with null. */
  grade?: CellValue;
  /** Per-address overrides applied last, e.g. { F6: "#REF!" }. */
  cells?: { [address: string]: CellValue };
}

export const VALID_INDICATORS: IndicatorSpec[] = [
  { level1: "产出指标", level2: "数量指标", name: "培训人次", target: "≥500人次", actual: "520人次", weight: 20, score: 20 },
  { level1: "产出指标", level2: "质量指标", name: "培训合格率", target: "≥95%", actual: "98%", weight: 10, score: 10 },
  { level1: "产出指标", level2: "时效指标", name: "培训完成及时率", target: "=100%", actual: "100%", weight: 10, score: 10 },
  { level1: "产出指标", level2: "成本指标", name: "人均培训成本", target: "≤2000元/人", actual: "1900元/人", weight: 10, score: 10 },
  { level1: "效益指标", level2: "社会效益指标", name: "参训人员业务能力提升", target: "有所提升", actual: "达成年度指标", weight: 15, score: 15 },
  { level1: "效益指标", level2: "可持续影响指标", name: "培训成果持续应用", target: "长期", actual: "达成年度指标", weight: 15, score: 15 },
  { level1: "满意度指标", level2: "服务对象满意度指标", name: "参训人员满意度", target: "≥90%", actual: "95%", weight: 10, score: 10 },
];

/** A complete, consistent national form: 执行率 95% → 9.5, indicators 90 → 总分 99.5, 优. */
export const VALID_FORM: FormSpec = {
  title: "项目支出绩效自评表",
  year: "（2024年度）",
  projectName: "基层干部业务培训项目",
  department: "某市财政局",
  implementer: "某市财政局培训中心",
  total: [100, 100, 95],
  fiscal: [80, 80, 76],
  carryover: [10, 10, 10],
  other: [10, 10, 9],
  budgetWeight: 10,
  rate: "95%",
  budgetScore: 9.5,
  goals: ["全年培训基层干部500人次，提升业务能力。", "全年培训基层干部520人次，合格率98%，参训人员满意度95%。"],
  indicators: VALID_INDICATORS,
  totalWeight: 100,
  totalScore: 99.5,
  grade: "优",
};

export const ROW = {
  title: 1,
  year: 2,
  projectName: 3,
  department: 4,
  fundHeader: 5,
  total: 6,
  fiscal: 7,
  carryover: 8,
  other: 9,
  goalsHeader: 10,
  goals: 11,
  indicatorHeader: 12,
  firstIndicator: 13,
};

/** Excel row of the n-th indicator (0-based) and of the 总分 row for a spec. */
export function indicatorRow(n: number): number {
  return ROW.firstIndicator + n;
}

export function totalRow(spec: FormSpec): number {
  return ROW.firstIndicator + (spec.indicators || VALID_INDICATORS).length;
}

export function buildFormGrid(overrides: FormSpec = {}, sheetName = "Sheet1"): Grid {
  const spec: FormSpec = { ...VALID_FORM, ...overrides };
  const values: CellValue[][] = [];
  const merges: string[] = [];
  const set = (address: string, value: CellValue | undefined) => {
    if (value === undefined) return;
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const r = parseInt(m[2], 10) - 1;
    const c = m[1].charCodeAt(0) - 65;
    while (values.length <= r) values.push([]);
    values[r][c] = value;
  };
  set("B1", spec.title);
  merges.push("B1:J1");
  set("B2", spec.year);
  merges.push("B2:J2");
  set("B3", "项目名称");
  set("C3", spec.projectName);
  merges.push("C3:J3");
  set("B4", "主管部门");
  set("C4", spec.department);
  merges.push("C4:E4");
  set("F4", "实施单位");
  set("G4", spec.implementer);
  merges.push("G4:J4");
  set("B5", "项目资金（万元）");
  merges.push("B5:B9");
  ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].forEach((h, i) => set(String.fromCharCode(69 + i) + "5", h));
  const funds: Array<[number, string, Amounts | undefined]> = [
    [6, "年度资金总额", spec.total],
    [7, "其中：当年财政拨款", spec.fiscal],
    [8, "上年结转资金", spec.carryover],
    [9, "其他资金", spec.other],
  ];
  for (const [row, label, amounts] of funds) {
    set("C" + row, label);
    merges.push(`C${row}:D${row}`);
    if (amounts) amounts.forEach((v, i) => set(String.fromCharCode(69 + i) + row, v === null ? undefined : v));
  }
  set("H6", spec.budgetWeight);
  set("I6", spec.rate);
  set("J6", spec.budgetScore);
  set("B10", "年度总体目标");
  merges.push("B10:B11");
  set("C10", "预期目标");
  merges.push("C10:F10");
  set("G10", "实际完成情况");
  merges.push("G10:J10");
  if (spec.goals) {
    set("C11", spec.goals[0]);
    set("G11", spec.goals[1]);
  }
  merges.push("C11:F11", "G11:J11");
  set("B12", "绩效指标");
  ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"].forEach((h, i) =>
    set(String.fromCharCode(67 + i) + "12", h),
  );
  const indicators = spec.indicators || [];
  let prev1 = "";
  let prev2 = "";
  indicators.forEach((ind, i) => {
    const row = ROW.firstIndicator + i;
    if (ind.level1 !== prev1) set("C" + row, ind.level1);
    if (ind.level2 !== prev2 || ind.level1 !== prev1) set("D" + row, ind.level2);
    prev1 = ind.level1;
    prev2 = ind.level2;
    set("E" + row, ind.name);
    set("F" + row, ind.target);
    set("G" + row, ind.actual);
    set("H" + row, ind.weight);
    set("I" + row, ind.score);
    set("J" + row, ind.deviation);
  });
  if (indicators.length) merges.push(`B12:B${ROW.firstIndicator + indicators.length - 1}`);
  const total = ROW.firstIndicator + indicators.length;
  set("B" + total, "总分");
  merges.push(`B${total}:G${total}`);
  set("H" + total, spec.totalWeight);
  set("I" + total, spec.totalScore);
  if (spec.grade !== null && spec.grade !== undefined) {
    set("B" + (total + 1), "自评等级");
    set("C" + (total + 1), spec.grade);
  }
  for (const address of Object.keys(spec.cells || {})) set(address, spec.cells![address]);
  const rows = values.map((row) => {
    const out: Array<{ value: CellValue } | null> = [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      out[c] = v === undefined || v === null || v === "" ? null : { value: v };
    }
    return out;
  });
  return { sheetName, rows, merges: merges.map(parseRangeAddress) };
}
