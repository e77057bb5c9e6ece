// 偏差原因分析及改进措施 proposals (domain §7.2 D-*): for every row that lost points or over-achieved strongly, and for
// a budget not fully executed, 2–3 texts that each state a reason and a measure, with the row's numbers filled in.
// The pane shows them for editing; it never overwrites a non-empty cell without asking (needsConfirmation).
import type { FormReport } from "../check";
import type { IndicatorRow } from "../form";
import type { IndicatorAssessment } from "../scoring";
import type { DateLike } from "../text";
import { dateOrdinal, fmt, fmtPercent, normalizeLabel, tidyText } from "../text";
import { indicatorName } from "../rules/util";
import { fmtAmount } from "../rules/util";
import { fmtDate, isTimelinessRow, readDate } from "../rules/value-text";
import { BENEFIT_LEVEL2, COST_LEVEL2 } from "../taxonomy";

export type DeviationType =
  | "D-BUDGET-LOW"
  | "D-QTY-SHORT"
  | "D-QUALITY"
  | "D-TIME-LATE"
  | "D-COST-OVER"
  | "D-SAT-LOW"
  | "D-OVER"
  | "D-QUAL-PARTIAL"
  | "D-NA";

export const DEVIATION_TYPE_NAMES: { [t in DeviationType]: string } = {
  "D-BUDGET-LOW": "预算执行率偏低",
  "D-QTY-SHORT": "数量未完成",
  "D-QUALITY": "质量未达标",
  "D-TIME-LATE": "时效滞后",
  "D-COST-OVER": "成本超出控制目标",
  "D-SAT-LOW": "满意度未达标",
  "D-OVER": "超额完成较多",
  "D-QUAL-PARTIAL": "定性指标部分达成",
  "D-NA": "指标不适用",
};

export interface DeviationProposal {
  /** The cell to write: the row's 偏差原因分析及改进措施 cell, or the budget's 原因 cell. Absent when the layout has
   * no such cell (the national form has none for 执行率): the texts then serve the 自评报告. */
  cell?: string;
  /** 0-based sheet row of the indicator (or of the 年度资金总额 row). */
  row: number;
  type: DeviationType;
  /** “信息化创建工程有力推进” or 预算执行率. */
  subject: string;
  /** Why wording is proposed, with the numbers: "得分 4，低于分值 5（扣 1 分）". */
  why: string;
  /** 2–3 complete texts, each with a reason and a measure; no placeholder left. */
  texts: string[];
  /** What the cell holds now ("" when empty). */
  existingText: string;
  /** The cell is not empty: replacing it needs the user's confirmation. */
  needsConfirmation: boolean;
}

export interface DeviationOptions {
  /** Propose D-BUDGET-LOW when 执行率 < 100 % (default true). */
  includeBudget?: boolean;
}

type Family = "time" | "sat" | "cost" | "quality" | "quantity" | "benefit";

const MONEY_UNIT = /^(万?元|亿元|千元)(\/.*)?$/;

function familyOf(row: IndicatorRow): Family {
  const name = row.name ? normalizeLabel(row.name.text) : "";
  if (row.level2 === "时效指标" || (!row.level2 && isTimelinessRow(row))) return "time";
  if (row.level2 === "服务对象满意度指标" || (!row.level2 && /满意/.test(name))) return "sat";
  if (row.level2 && COST_LEVEL2.indexOf(row.level2) >= 0) return "cost";
  if (row.level2 === "质量指标") return "quality";
  if (row.level2 && BENEFIT_LEVEL2.indexOf(row.level2) >= 0) return "benefit";
  if (!row.level2 && /成本/.test(name)) return "cost";
  return "quantity";
}

interface RowFacts {
  a: IndicatorAssessment;
  name: string;
  targetText: string;
  actualText: string;
  unit: string;
  weight?: number;
  score?: number;
  deduction?: number;
}

/** "，扣 1 分" when the row lost points. */
function deductionClause(f: RowFacts): string {
  return f.deduction !== undefined ? `，扣${fmt(f.deduction)}分` : "";
}

function scoreClause(f: RowFacts): string {
  if (f.weight === undefined || f.score === undefined || f.deduction === undefined) return "";
  return `（分值${fmt(f.weight)}分，得分${fmt(f.score)}分，扣${fmt(f.deduction)}分）`;
}

function combine(head: string, reasons: string[], measures: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < reasons.length && i < measures.length; i++) out.push(head + reasons[i] + measures[i]);
  return out;
}

/** A value as written, short enough to quote; otherwise undefined. */
function quotable(text: string): string | undefined {
  const t = tidyText(text);
  return t !== "" && t.length <= 30 ? t : undefined;
}

function qtyShort(f: RowFacts): string[] {
  const A = f.a.target as number;
  const B = f.a.actual as number;
  const rest = A - B;
  const head =
    f.unit === "%"
      ? `${f.name}年度指标值为${f.targetText}，实际完成值为${fmt(B)}%，低于年度指标值${fmt(rest)}个百分点${deductionClause(f)}。`
      : `${f.name}年度指标值为${f.targetText}，实际完成${fmt(B)}${f.unit}，完成率${fmtPercent(A > 0 ? B / A : 0)}，` +
        `尚有${fmt(rest)}${f.unit}未完成${deductionClause(f)}。`;
  const remaining = f.unit === "%" ? "尽快补齐差距" : `尽快完成剩余${fmt(rest)}${f.unit}`;
  return combine(
    head,
    [
      "主要原因是项目实施受客观条件影响，实际进度慢于年初计划。",
      "主要原因是年初测算的任务量偏大，实际需求少于预期。",
      "主要原因是部分任务前期准备时间较长，未能在年度内全部完成。",
    ],
    [
      `下一步将细化年度工作计划，建立进度台账，按月跟踪督促，${remaining}。`,
      "今后将结合历史数据和实际需求科学设定指标值，提高绩效目标编制的准确性。",
      "下一步将加强组织协调和督促检查，提前做好前期准备，确保按计划完成年度任务。",
    ],
  );
}

function quality(f: RowFacts, reverse: boolean): string[] {
  const A = f.a.target;
  const B = f.a.actual;
  const actual = quotable(f.actualText) || (B !== undefined ? fmt(B) + f.unit : "");
  let head: string;
  if (reverse && A !== undefined && B !== undefined) {
    head = `${f.name}年度指标值为${f.targetText}，实际完成值为${actual}，超出控制目标${fmt(B - A)}${f.unit === "%" ? "个百分点" : f.unit}${deductionClause(f)}。`;
  } else if (actual) {
    head = `${f.name}年度指标值为${f.targetText}，实际完成值为${actual}，未达到年度指标值${deductionClause(f)}。`;
  } else {
    head = `${f.name}未达到年度指标值${deductionClause(f)}。`;
  }
  return combine(
    head,
    [
      "主要原因是部分环节质量把控不够严格，个别成果未达到验收标准。",
      "主要原因是执行标准和验收要求不够细化，过程监管不到位。",
      "主要原因是受设备、人员等条件限制，部分工作质量有待提高。",
    ],
    [
      "下一步将完善验收标准，加强过程监管，对未达标部分开展整改复验。",
      "今后将细化质量标准和操作规程，加强业务培训，提升工作质量。",
      "下一步将加强对关键环节的检查监督，建立问题整改台账，确保质量达标。",
    ],
  );
}

function timeLate(f: RowFacts, dates: { target: DateLike; actual: DateLike; year?: number } | undefined): string[] {
  let head: string;
  if (dates) {
    head = `${f.name}原计划${fmtDate(dates.target, dates.year)}前完成，实际于${fmtDate(dates.actual, dates.year)}完成，滞后于计划${deductionClause(f)}。`;
  } else if (f.a.kind === "quantitative" && f.a.actual !== undefined) {
    head = `${f.name}年度指标值为${f.targetText}，实际完成值为${fmt(f.a.actual)}${f.unit}，部分工作未按计划时间完成${deductionClause(f)}。`;
  } else {
    const actual = quotable(f.actualText);
    head = `${f.name}${actual ? `实际完成情况为“${actual}”，` : ""}部分工作未按计划时间完成${deductionClause(f)}。`;
  }
  return combine(
    head,
    [
      "滞后原因为前期手续办理时间较长，项目启动晚于计划。",
      "滞后原因为供应商交付延迟，影响了整体进度。",
      "滞后原因为受天气等不可抗力因素影响，实施进度有所延后。",
    ],
    [
      "今后将细化进度计划，建立进度台账，按月跟踪督促。",
      "下一步将提前启动前期准备和采购程序，加强与供应商的沟通协调，确保按期交付。",
      "今后将合理预留工作时间，强化进度管理，确保各项任务按期完成。",
    ],
  );
}

function costOver(f: RowFacts): string[] {
  const A = f.a.target as number;
  const B = f.a.actual as number;
  const head =
    f.unit === "%"
      ? `${f.name}实际为${fmt(B)}%，超出控制目标${fmt(A)}%共${fmt(B - A)}个百分点${deductionClause(f)}。`
      : `${f.name}实际成本${fmt(B)}${f.unit}，超出控制目标${fmt(A)}${f.unit}共${fmt(B - A)}${f.unit}${deductionClause(f)}。`;
  return combine(
    head,
    [
      "原因是材料（服务）价格上涨，实际采购成本高于预算测算。",
      "原因是实施过程中工程量（工作量）变更增加。",
      "原因是年初成本测算不够精确，部分支出未充分预计。",
    ],
    [
      "今后将加强成本测算和过程控制，严格执行合同价款。",
      "下一步将规范变更审批程序，严格控制工程量（工作量）变更，防止成本超支。",
      "今后将参考市场价格和历史数据科学测算成本，提高预算编制的准确性。",
    ],
  );
}

function satLow(f: RowFacts): string[] {
  let head: string;
  if (f.a.kind === "quantitative" && f.a.actual !== undefined && f.a.target !== undefined) {
    head = `${f.name}实际为${fmt(f.a.actual)}${f.unit}，低于目标值${fmt(f.a.target)}${f.unit}${deductionClause(f)}。`;
  } else {
    const actual = quotable(f.actualText);
    head = `${f.name}${actual ? `实际完成情况为“${actual}”，` : ""}满意度未全面达到年度指标值${deductionClause(f)}。`;
  }
  return combine(
    head,
    [
      "主要原因是部分服务对象对服务的及时性和便利性仍有意见。",
      "主要原因是政策宣传解读不够到位，部分服务对象对项目内容了解不充分。",
      "主要原因是沟通反馈渠道不够畅通，服务对象反映的问题未能及时解决。",
    ],
    [
      "下一步将针对反映集中的问题改进服务，加强政策宣传和沟通反馈。",
      "今后将通过多种渠道加强政策宣传解读，提高服务对象的知晓度和认可度。",
      "下一步将完善意见收集和问题整改机制，及时回应服务对象的意见建议，并扩大满意度调查覆盖面。",
    ],
  );
}

function overAchieved(f: RowFacts): string[] {
  const A = f.a.target as number;
  const B = f.a.actual as number;
  const head =
    f.unit === "%"
      ? `${f.name}年度指标值为${f.targetText}，实际完成值为${fmt(B)}%，高于年度指标值${fmt(B - A)}个百分点。`
      : `${f.name}年度指标值为${f.targetText}，实际完成${fmt(B)}${f.unit}，超出年度指标值${fmtPercent((B - A) / A)}。`;
  return combine(
    head,
    [
      "主要原因是服务需求增加，实际工作量超出年初预计。",
      "主要原因是年中追加了工作任务。",
      "主要原因是年初指标值设定偏低，未充分考虑实际工作量。",
    ],
    [
      "今后将结合历史数据和实际需求合理设定指标值。",
      "下一步将根据任务调整情况及时申请调整绩效目标，确保目标设定与实际工作相匹配。",
      "今后将加强绩效目标测算，参考以前年度完成情况科学设定指标值。",
    ],
  );
}

function qualPartial(f: RowFacts): string[] {
  const actual = quotable(f.actualText);
  const head = actual
    ? `${f.name}实际完成情况为“${actual}”，已取得阶段性成效，但尚未全面达成年度指标${scoreClause(f)}。`
    : `${f.name}已取得阶段性成效，但尚未全面达成年度指标${scoreClause(f)}。`;
  return combine(
    head,
    [
      "主要原因是该项工作周期较长，部分内容需跨年度持续推进。",
      "主要原因是涉及部门和单位较多，协调推进需要时间。",
      "主要原因是受技术条件和资金安排限制，部分工作推进进度慢于预期。",
    ],
    [
      "下一步将细化工作计划，明确责任分工和完成时限，加强跟踪督促，确保年度目标全面达成。",
      "下一步将加强与相关部门的沟通协调，统筹推进后续工作，巩固已取得的成效。",
      "下一步将积极争取技术和资金支持，建立长效推进机制，确保工作持续见效。",
    ],
  );
}

// 四川 asks for the reason in 100 characters at most: kept short.
function budgetLow(full: number, exec: number): string[] {
  const head = `全年预算数${fmtAmount(full)}万元，实际支出${fmtAmount(exec)}万元，执行率${fmtPercent(exec / full)}，结余${fmtAmount(full - exec)}万元。`;
  return combine(
    head,
    [
      "主要原因是项目实施进度滞后，部分款项未能在年内支付。",
      "主要原因是政府采购程序耗时较长，合同签订和付款相应推迟。",
      "主要原因是实际采购价低于预算，形成资金结余。",
    ],
    [
      "下一步将加快实施和支付进度，结余资金按规定收回或结转。",
      "下一步将提前启动采购程序，确保资金按进度支付。",
      "今后将科学测算项目支出，提高预算编制准确性。",
    ],
  );
}

interface Classified {
  type: DeviationType;
  texts: string[];
  why: string;
}

function lateDates(row: IndicatorRow, year: number | undefined): { target: DateLike; actual: DateLike; year?: number } | undefined {
  if (!row.target || !row.actual) return undefined;
  const target = readDate(row.target.text);
  const actual = readDate(row.actual.text);
  if (!target || !actual) return undefined;
  const base = year !== undefined ? year : target.year !== undefined ? target.year : actual.year !== undefined ? actual.year : 0;
  const actualOrdinal = dateOrdinal(actual, actual.nextYear ? base + 1 : base);
  if (actualOrdinal <= dateOrdinal(target, base)) return undefined;
  return year !== undefined ? { target, actual, year } : { target, actual };
}

function classify(f: RowFacts, lost: boolean, year: number | undefined): Classified | undefined {
  const a = f.a;
  const family = familyOf(a.row);
  if (a.kind === "quantitative" && a.overAchieved && a.target !== undefined && a.actual !== undefined && a.target > 0) {
    const times = fmt(a.actual / a.target);
    return { type: "D-OVER", texts: overAchieved(f), why: `实际完成值是年度指标值的 ${times} 倍，超额完成较多` };
  }
  if (!lost) return undefined;
  const why =
    f.weight !== undefined && f.score !== undefined && f.deduction !== undefined
      ? `得分 ${fmt(f.score)}，低于分值 ${fmt(f.weight)}（扣 ${fmt(f.deduction)} 分）`
      : "未达到年度指标值";
  if (family === "time") {
    const dates = lateDates(a.row, year);
    return { type: "D-TIME-LATE", texts: timeLate(f, dates), why };
  }
  if (a.kind === "quantitative" && a.target !== undefined && a.actual !== undefined) {
    const reverse = a.op === "<=" || a.op === "<";
    if (reverse) {
      if (a.actual <= a.target) return { type: "D-QUAL-PARTIAL", texts: qualPartial(f), why };
      if (family === "cost" || MONEY_UNIT.test(f.unit)) return { type: "D-COST-OVER", texts: costOver(f), why };
      return { type: "D-QUALITY", texts: quality(f, true), why };
    }
    if (a.actual < a.target) {
      if (family === "sat") return { type: "D-SAT-LOW", texts: satLow(f), why };
      if (family === "quality") return { type: "D-QUALITY", texts: quality(f, false), why };
      return { type: "D-QTY-SHORT", texts: qtyShort(f), why };
    }
  }
  if (family === "sat") return { type: "D-SAT-LOW", texts: satLow(f), why };
  return { type: "D-QUAL-PARTIAL", texts: qualPartial(f), why };
}

const OP_SYMBOLS: { [op: string]: string } = { ">=": "≥", ">": ">", "=": "=", "<=": "≤", "<": "<" };

/** A quantitative target as one text ("≥1200人次"), also where 四川 splits 指标性质 and 度量单位 into columns. */
function targetTextOf(a: IndicatorAssessment): string {
  if (a.kind === "quantitative" && a.target !== undefined) return (a.opImplicit || !a.op ? "" : OP_SYMBOLS[a.op]) + fmt(a.target) + (a.unit || "");
  return a.row.target ? tidyText(a.row.target.text) : "";
}

function factsOf(a: IndicatorAssessment): RowFacts {
  const row = a.row;
  const f: RowFacts = {
    a,
    name: indicatorName(row),
    targetText: targetTextOf(a),
    actualText: row.actual ? tidyText(row.actual.text) : "",
    unit: a.unit || a.actualUnit || "",
  };
  if (a.weight !== undefined) f.weight = a.weight;
  // The lower of the declared and the formula's score: a quantitative row marked full but short of its target lost points.
  let score = a.declaredScore;
  if (a.expected !== undefined && (score === undefined || a.expected < score)) score = a.expected;
  if (score !== undefined) f.score = score;
  if (f.weight !== undefined && f.score !== undefined && f.score < f.weight - 0.005) f.deduction = f.weight - f.score;
  return f;
}

/** Proposals for every row that lost points or over-achieved strongly, and for 执行率 < 100 %, in sheet order. */
export function deviationProposals(report: FormReport, options: DeviationOptions = {}): DeviationProposal[] {
  const out: DeviationProposal[] = [];
  const form = report.form;
  const score = report.score;
  const b = score.budget;
  const budget = form.budget;
  if (options.includeBudget !== false && b && budget && b.full !== undefined && b.exec !== undefined && b.full > 0) {
    const rate = b.exec / b.full;
    if (rate < 1 - 1e-9 && b.exec >= 0) {
      const full = b.full * budget.toWanYuan;
      const exec = b.exec * budget.toWanYuan;
      const reason = b.row.reason;
      const existing = reason ? tidyText(reason.text) : "";
      const proposal: DeviationProposal = {
        row: b.row.row,
        type: "D-BUDGET-LOW",
        subject: "预算执行率",
        why: `执行率 ${fmtPercent(rate)}，未全部执行（结余 ${fmtAmount(full - exec)} 万元）`,
        texts: budgetLow(full, exec),
        existingText: existing,
        needsConfirmation: existing !== "",
      };
      if (reason) proposal.cell = reason.address;
      out.push(proposal);
    }
  }
  for (let i = 0; i < score.indicators.length; i++) {
    const a = score.indicators[i];
    if (a.kind === "empty" || a.row.isPlaceholder) continue;
    if (a.notApplicable) {
      // A row marked 不适用 or "/" is not scored (§3.4); its 偏差原因 cell should say why, once.
      if (a.row.deviation && tidyText(a.row.deviation.text) === "") {
        const name = indicatorName(a.row);
        out.push({ cell: a.row.deviation.address, row: a.row.row, type: "D-NA", subject: name, why: "标为不适用，不计分", texts: notApplicable(name, form.year), existingText: "", needsConfirmation: false });
      }
      continue;
    }
    const f = factsOf(a);
    const c = classify(f, f.deduction !== undefined, form.year);
    if (!c) continue;
    const existing = a.row.deviation ? tidyText(a.row.deviation.text) : "";
    const proposal: DeviationProposal = {
      row: a.row.row,
      type: c.type,
      subject: f.name,
      why: c.why,
      texts: c.texts,
      existingText: existing,
      needsConfirmation: existing !== "",
    };
    if (a.row.deviation) proposal.cell = a.row.deviation.address;
    out.push(proposal);
  }
  return out;
}

/** D-NA (domain §7.2): why the indicator does not apply this year, and what happens to it next year. */
function notApplicable(name: string, year: number | undefined): string[] {
  const next = year ? `${year + 1}年度` : "下一年度";
  return [
    `本年度${name}不适用，原因是年度内未安排相关实施内容，按规定不予考核，总分按适用指标折算。${next}编制绩效目标时将据实调整该指标。`,
    `${name}因相关政策和任务调整，本年度不适用，按规定不予考核。今后将在绩效目标申报时加强审核，确保指标与年度任务相符。`,
    `本年度该指标不适用，原因是项目内容已调整至其他项目实施，按规定不予考核。下一步将及时调整绩效目标，保持指标与实际任务一致。`,
  ];
}
