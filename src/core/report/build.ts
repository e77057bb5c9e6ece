// The 自评报告 draft (domain §7.1, 湖南-style outline of the sample report), every number taken from the form:
// budget, execution, rate, score, grade, per-indicator results, deductions with their reasons, and the problems the
// checker found. Structured output; report/render.ts turns it into Markdown or worksheet rows.
import type { FormReport } from "../check";
import type { FundRow, IndicatorRow, Level2Name } from "../form";
import type { Grade } from "../profile";
import { gradeFor } from "../profile";
import type { IndicatorAssessment } from "../scoring";
import { amountOf, compareScore, computedScoreOf } from "../scoring";
import { fmt, fmtPercent, normalizeLabel, round2, tidyText } from "../text";
import { isBlankDeviation } from "../rules/deviation-text";
import { fmtAmount, fundName, indicatorName } from "../rules/util";
import { BENEFIT_LEVEL2 } from "../taxonomy";

export interface ReportSection {
  /** With its outline number: "一、项目概况", "（一）项目资金使用及管理情况", "1.产出指标完成情况". */
  heading: string;
  level: 1 | 2 | 3;
  paragraphs: string[];
}

export interface ReportDocument {
  title: string;
  sections: ReportSection[];
}

export interface ReportOptions {
  /** The evaluation year when the form does not state it. */
  year?: number;
  /** The user's own paragraphs on background and main content, placed in 项目概况. */
  overview?: string[];
  /** Where the report will be published; a general sentence is used otherwise. */
  publication?: string;
  /** List the checker's error and warning findings in 存在的问题 (default true). */
  includeFindings?: boolean;
}

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

export type SectionKey = "产出" | "成本" | "效益" | "满意度" | "其他";

const OUTPUT_LEVEL2: Level2Name[] = ["数量指标", "质量指标", "时效指标", "成本指标"];
const COST_LEVEL2: Level2Name[] = ["经济成本指标", "社会成本指标", "生态环境成本指标"];
const SATISFACTION_LEVEL2: Level2Name[] = ["服务对象满意度指标"];

interface RowInfo {
  row: IndicatorRow;
  a: IndicatorAssessment;
  weight?: number;
  /** The score as the form states it; the formula's when the cell is blank. */
  score?: number;
  deduction?: number;
}

interface Context {
  r: FormReport;
  projectName: string;
  /** "2022年" or "本年度". */
  yearText: string;
  /** "2022年度" or "本年度". */
  fiscalYearText: string;
  year?: number;
  implementer: string;
  department: string;
  rows: RowInfo[];
  total?: number;
  grade?: Grade;
}

function sentence(text: string): string {
  const t = tidyText(text);
  if (t === "") return t;
  return /[。！？.!?；;]$/.test(t) ? t.replace(/[.;；]$/, "。") : t + "。";
}

function fieldText(f: { text: string } | undefined): string {
  return f ? tidyText(f.text) : "";
}

/** Which outline part of 四 a row belongs to: 满意度 apart even where the form counts it inside 效益 (湖南). */
export function sectionOfRow(row: IndicatorRow): SectionKey {
  const l2 = row.level2;
  if (l2) {
    if (OUTPUT_LEVEL2.indexOf(l2) >= 0) return l2 === "成本指标" && row.level1 === "成本指标" ? "成本" : "产出";
    if (COST_LEVEL2.indexOf(l2) >= 0) return "成本";
    if (BENEFIT_LEVEL2.indexOf(l2) >= 0) return "效益";
    if (SATISFACTION_LEVEL2.indexOf(l2) >= 0) return "满意度";
  }
  const l1 = row.level1;
  if (l1 === "产出指标") return "产出";
  if (l1 === "成本指标") return "成本";
  if (l1 === "效益指标") return "效益";
  if (l1 === "满意度指标") return "满意度";
  return "其他";
}

function rowInfos(r: FormReport): RowInfo[] {
  const out: RowInfo[] = [];
  for (let i = 0; i < r.score.indicators.length; i++) {
    const a = r.score.indicators[i];
    const info: RowInfo = { row: a.row, a };
    if (a.weight !== undefined) info.weight = a.weight;
    const score = a.declaredScore !== undefined ? a.declaredScore : computedScoreOf(a);
    if (score !== undefined) info.score = score;
    if (info.weight !== undefined && info.score !== undefined && info.score < info.weight - 0.005) info.deduction = round2(info.weight - info.score);
    out.push(info);
  }
  return out;
}

function sum(rows: RowInfo[], pick: (r: RowInfo) => number | undefined): number {
  let s = 0;
  for (let i = 0; i < rows.length; i++) s += pick(rows[i]) || 0;
  return round2(s);
}

function amount(r: FormReport, field: FundRow["full"]): number | undefined {
  const budget = r.form.budget;
  if (!budget) return undefined;
  const n = amountOf(field, budget.toWanYuan);
  return n === undefined ? undefined : n * budget.toWanYuan;
}

function wan(n: number): string {
  return fmtAmount(n) + "万元";
}

function budgetScore(r: FormReport): { score?: number; weight?: number } {
  const b = r.score.budget;
  if (!b) return {};
  const score = b.declaredScore !== undefined ? b.declaredScore : b.expectedScore;
  return score !== undefined ? { score, weight: b.weight } : { weight: b.weight };
}

function makeContext(r: FormReport, options: ReportOptions): Context {
  const form = r.form;
  const year = form.year !== undefined ? form.year : options.year;
  const ctx: Context = {
    r,
    projectName: form.projectName && form.projectName.field.text ? tidyText(form.projectName.field.text).replace(/\s+/g, "") : "本项目",
    yearText: year !== undefined ? year + "年" : "本年度",
    fiscalYearText: year !== undefined ? year + "年度" : "本年度",
    implementer: fieldText(form.implementer && form.implementer.field),
    department: fieldText(form.department && form.department.field),
    rows: rowInfos(r),
  };
  if (year !== undefined) ctx.year = year;
  const declared = r.score.declaredTotal;
  const total = declared !== undefined ? declared : r.score.computedTotal;
  if (total !== undefined) {
    ctx.total = total;
    ctx.grade = r.score.declaredGrade || gradeFor(total, r.profile.gradeBands);
  }
  return ctx;
}

function title(ctx: Context): string {
  const name = ctx.projectName === "本项目" ? "项目" : ctx.projectName;
  const tail = /项目$/.test(name) ? "支出绩效自评报告" : "项目支出绩效自评报告";
  return (ctx.year !== undefined ? ctx.year + "年度" : "") + ctx.implementer + name + tail;
}

// ---- 一、项目概况 ----

function fundsParagraph(ctx: Context): string | undefined {
  const r = ctx.r;
  const budget = r.form.budget;
  const total = budget && budget.total;
  if (!budget || !total) return undefined;
  const initial = amount(r, total.initial);
  const full = amount(r, total.full);
  const exec = amount(r, total.exec);
  const parts: string[] = [];
  if (initial !== undefined) parts.push(`年初预算数${wan(initial)}`);
  if (full !== undefined) parts.push(`全年预算数${wan(full)}`);
  if (exec !== undefined) parts.push(`全年执行数${wan(exec)}`);
  if (parts.length === 0) return undefined;
  let text = `${ctx.yearText}项目${parts.join("，")}`;
  if (full !== undefined && exec !== undefined && full > 0) text += `，预算执行率${fmtPercent(exec / full)}`;
  text += "。";
  if (initial !== undefined && full !== undefined && Math.abs(full - initial) >= 0.00005) {
    text += `全年预算数较年初预算数${full > initial ? "增加" : "减少"}${wan(Math.abs(full - initial))}。`;
  }
  const sources: string[] = [];
  for (let i = 0; i < budget.rows.length; i++) {
    const row = budget.rows[i];
    if (row === total || row.kind === "total") continue;
    const f = amount(r, row.full);
    const e = amount(r, row.exec);
    if (f === undefined || f <= 0) continue;
    sources.push(`${fundName(row)}${wan(f)}` + (e !== undefined ? `（执行${wan(e)}）` : ""));
  }
  if (sources.length) text += `资金来源为${sources.join("、")}。`;
  return text;
}

function overviewSection(ctx: Context, options: ReportOptions): ReportSection {
  const paragraphs: string[] = [];
  const who = ctx.department && ctx.implementer && ctx.department !== ctx.implementer
    ? `由${ctx.department}主管、${ctx.implementer}实施`
    : ctx.implementer || ctx.department
      ? `由${ctx.implementer || ctx.department}实施`
      : "";
  paragraphs.push(`本报告对${ctx.projectName}${ctx.fiscalYearText}的预算执行和绩效目标完成情况进行自评。` + (who ? `该项目${who}。` : ""));
  for (const p of options.overview || []) if (tidyText(p)) paragraphs.push(sentence(p));
  const goals = ctx.r.form.goals;
  const expected = goals && goals.expected ? fieldText(goals.expected.field) : "";
  if (expected) paragraphs.push(`项目年度绩效目标：${sentence(expected)}`);
  const funds = fundsParagraph(ctx);
  paragraphs.push(funds || "自评表未填写项目资金情况。");
  return { heading: "一、项目概况", level: 1, paragraphs };
}

// ---- 二、绩效自评工作开展情况 ----

function gradeBandsText(ctx: Context): string {
  const bands = ctx.r.profile.gradeBands;
  const parts: string[] = [];
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i];
    const upper = i > 0 ? bands[i - 1].min : undefined;
    if (b.min <= 0) parts.push(`${upper !== undefined ? upper + "分以下" : "其余"}为“${b.grade}”`);
    else if (upper === undefined) parts.push(`${b.min}分（含）以上为“${b.grade}”`);
    else parts.push(`${b.min}分（含）至${upper}分为“${b.grade}”`);
  }
  return parts.join("，");
}

function workSection(ctx: Context): ReportSection {
  const r = ctx.r;
  const paragraphs: string[] = [];
  const unit = ctx.implementer || ctx.department || "项目实施单位";
  paragraphs.push(
    `按照项目支出绩效自评工作要求，${unit}对照年初设定的绩效目标，对${ctx.projectName}${ctx.fiscalYearText}的预算执行情况和绩效指标完成情况逐项进行了自评，填报了项目支出绩效自评表。`,
  );
  const filled = ctx.rows.filter((x) => x.a.kind !== "empty" && !x.row.isPlaceholder);
  const level1: string[] = [];
  const level2: string[] = [];
  for (let i = 0; i < filled.length; i++) {
    const row = filled[i].row;
    const k1 = row.level1 || row.level1Label;
    const k2 = k1 + "/" + (row.level2 || row.level2Label);
    if (k1 && level1.indexOf(k1) < 0) level1.push(k1);
    if (level2.indexOf(k2) < 0) level2.push(k2);
  }
  const bs = budgetScore(r);
  const indicatorWeight = sum(filled, (x) => x.weight);
  const parts: string[] = [];
  if (filled.length) parts.push(`自评表设置一级指标${level1.length}个、二级指标${level2.length}个、三级指标${filled.length}个，各项绩效指标分值合计${fmt(indicatorWeight)}分`);
  if (bs.weight !== undefined) parts.push(`预算执行率分值${fmt(bs.weight)}分`);
  if (parts.length) paragraphs.push(parts.join("，") + "。");
  paragraphs.push(
    "评分方法：预算执行率得分按全年执行数除以全年预算数再乘以分值计算；定量指标完成年度指标值的得满分，未完成的按实际完成值与年度指标值的比例计分；" +
      "定性指标按“达成年度指标”“部分达成年度指标并具有一定效果”“未达成年度指标且效果较差”三档，分别按分值的80%（含）至100%、60%（含）至80%、0至60%计分。" +
      `评价等级按总分划分：${gradeBandsText(ctx)}。`,
  );
  return { heading: "二、绩效自评工作开展情况", level: 1, paragraphs };
}

// ---- 三、综合评价结论 ----

function sectionRows(ctx: Context, key: SectionKey): RowInfo[] {
  return ctx.rows.filter((x) => sectionOfRow(x.row) === key && x.a.kind !== "empty" && !x.row.isPlaceholder);
}

const SECTION_NAMES: { [k in SectionKey]: string } = {
  产出: "产出指标",
  成本: "成本指标",
  效益: "效益指标",
  满意度: "满意度指标",
  其他: "其他指标",
};

const SECTION_ORDER: SectionKey[] = ["产出", "成本", "效益", "满意度", "其他"];

function conclusionSection(ctx: Context): ReportSection {
  const r = ctx.r;
  const paragraphs: string[] = [];
  if (ctx.total === undefined) {
    paragraphs.push("自评表未填写总分，无法形成综合评价结论，请先完成自评表评分。");
    return { heading: "三、综合评价结论", level: 1, paragraphs };
  }
  let text = `经自评，${ctx.projectName}${ctx.fiscalYearText}绩效自评得分为${fmt(ctx.total)}分，自评等级为“${ctx.grade}”。`;
  const parts: string[] = [];
  const bs = budgetScore(r);
  const b = r.score.budget;
  if (bs.score !== undefined) parts.push(`预算执行率得分${fmt(bs.score)}分` + (b && b.rate !== undefined ? `（执行率${fmtPercent(b.rate)}）` : ""));
  for (let i = 0; i < SECTION_ORDER.length; i++) {
    const rows = sectionRows(ctx, SECTION_ORDER[i]);
    if (rows.length) parts.push(`${SECTION_NAMES[SECTION_ORDER[i]]}得分${fmt(sum(rows, (x) => x.score))}分`);
  }
  if (parts.length) text += `其中${parts.join("，")}。`;
  const satisfaction = sectionRows(ctx, "满意度");
  const benefit = sectionRows(ctx, "效益");
  if (satisfaction.length && benefit.length && satisfaction.every((x) => x.row.level1 === "效益指标")) {
    // 湖南 (T-HN-ZY): the form counts 满意度 inside the 效益 一级.
    text += `自评表中满意度指标计入效益指标，效益指标合计得分${fmt(sum(benefit.concat(satisfaction), (x) => x.score))}分。`;
  }
  paragraphs.push(text);
  const lost: string[] = [];
  if (bs.score !== undefined && bs.weight !== undefined && bs.score < bs.weight - 0.005) lost.push(`预算执行率扣${fmt(bs.weight - bs.score)}分`);
  for (let i = 0; i < ctx.rows.length; i++) {
    const x = ctx.rows[i];
    if (x.deduction !== undefined) lost.push(`${indicatorName(x.row)}扣${fmt(x.deduction)}分`);
  }
  if (lost.length) paragraphs.push(`扣分情况：${lost.join("，")}。`);
  else paragraphs.push("预算执行率和各项绩效指标均得满分。");
  return { heading: "三、综合评价结论", level: 1, paragraphs };
}

// ---- 四、绩效目标实现情况分析 ----

function budgetUseSection(ctx: Context): ReportSection {
  const r = ctx.r;
  const paragraphs: string[] = [];
  const b = r.score.budget;
  const budget = r.form.budget;
  if (!b || !budget) {
    paragraphs.push("自评表未填写项目资金情况。");
  } else {
    const full = b.full !== undefined ? b.full * budget.toWanYuan : undefined;
    const exec = b.exec !== undefined ? b.exec * budget.toWanYuan : undefined;
    const bs = budgetScore(r);
    let text = "";
    if (full !== undefined && exec !== undefined) {
      text = `${ctx.yearText}项目全年预算数${wan(full)}，全年执行数${wan(exec)}`;
      if (b.rate !== undefined) text += `，预算执行率${fmtPercent(b.rate)}`;
      text += "。";
      if (full - exec >= 0.00005) text += `年末结余${wan(full - exec)}。`;
      else if (exec - full >= 0.00005) text += `执行数超出全年预算数${wan(exec - full)}。`;
    }
    if (bs.score !== undefined && bs.weight !== undefined) text += `预算执行率分值${fmt(bs.weight)}分，得分${fmt(bs.score)}分。`;
    const reason = b.row.reason ? fieldText(b.row.reason) : "";
    if (reason && !isBlankDeviation(reason)) text += `执行情况说明：${sentence(reason)}`;
    paragraphs.push(text || "自评表未填写全年预算数和全年执行数。");
  }
  return { heading: "（一）项目资金使用及管理情况", level: 2, paragraphs };
}

function goalsSection(ctx: Context): ReportSection {
  const goals = ctx.r.form.goals;
  const expected = goals && goals.expected ? fieldText(goals.expected.field) : "";
  const actual = goals && goals.actual ? fieldText(goals.actual.field) : "";
  const paragraphs: string[] = [];
  paragraphs.push(expected ? `年度总体目标：${sentence(expected)}` : "自评表未填写年度总体目标（预期目标）。");
  paragraphs.push(actual ? `实际完成情况：${sentence(actual)}` : "自评表未填写年度总体目标的实际完成情况。");
  return { heading: "（二）总体绩效目标完成情况分析", level: 2, paragraphs };
}

function rowSentence(x: RowInfo): string {
  const row = x.row;
  const name = indicatorName(row);
  const target = fieldText(row.target);
  const actual = fieldText(row.actual);
  const sameAsName = row.name && normalizeLabel(row.name.text) === normalizeLabel(target);
  let text = name;
  if (target && !sameAsName) text += `年度指标值为${target}，`;
  text += actual ? `实际完成值为${/^[\d.≥≤=<>+-]/.test(actual) ? actual : "“" + actual + "”"}` : "实际完成值未填写";
  const a = x.a;
  if (a.kind === "quantitative" && a.ratio !== undefined && a.ratio < 1 - 1e-9) text += `，完成率${fmtPercent(a.ratio)}`;
  if (x.weight !== undefined && x.score !== undefined) text += `，分值${fmt(x.weight)}分，得分${fmt(x.score)}分`;
  else if (x.weight !== undefined) text += `，分值${fmt(x.weight)}分`;
  if (x.deduction !== undefined) {
    text += `，扣${fmt(x.deduction)}分`;
    const deviation = fieldText(row.deviation);
    text += deviation && !isBlankDeviation(deviation) ? `。偏差原因及改进措施：${sentence(deviation)}` : "，自评表未说明偏差原因。";
  } else {
    text += "。";
  }
  return text;
}

const SUB_NUMERALS = ["（1）", "（2）", "（3）", "（4）", "（5）", "（6）", "（7）", "（8）"];

function level2Order(key: SectionKey, ctx: Context): Level2Name[] {
  if (key === "产出") return ctx.r.form.variant === "T-101" ? ["数量指标", "质量指标", "时效指标"] : OUTPUT_LEVEL2;
  if (key === "成本") return ["成本指标"].concat(COST_LEVEL2) as Level2Name[];
  if (key === "效益") return BENEFIT_LEVEL2;
  if (key === "满意度") return SATISFACTION_LEVEL2;
  return [];
}

function indicatorSection(ctx: Context, key: SectionKey, number: number): ReportSection | undefined {
  const all = ctx.rows.filter((x) => sectionOfRow(x.row) === key);
  const filled = all.filter((x) => x.a.kind !== "empty" && !x.row.isPlaceholder);
  const order = level2Order(key, ctx);
  if (all.length === 0 && (key === "成本" || key === "其他")) return undefined;
  const name = SECTION_NAMES[key];
  const paragraphs: string[] = [];
  if (filled.length) {
    paragraphs.push(`${name}设置三级指标${filled.length}个，分值${fmt(sum(filled, (x) => x.weight))}分，得分${fmt(sum(filled, (x) => x.score))}分。`);
  } else {
    paragraphs.push(`自评表未设置${name}的三级指标。`);
  }
  // 二级 in the standard order, then any the form has outside it (unrecognised labels).
  const groups: Array<{ label: string; rows: RowInfo[]; present: boolean }> = [];
  for (let i = 0; i < order.length; i++) {
    const l2 = order[i];
    const rows = all.filter((x) => x.row.level2 === l2);
    // 成本指标 (2020) under the 成本 section is listed only when present.
    if (key === "成本" && rows.length === 0) continue;
    groups.push({ label: l2, rows, present: rows.length > 0 });
  }
  const others: { [label: string]: RowInfo[] } = {};
  const otherLabels: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const x = all[i];
    if (x.row.level2 && order.indexOf(x.row.level2) >= 0) continue;
    const label = x.row.level2 || normalizeLabel(x.row.level2Label) || "其他";
    if (!others[label]) {
      others[label] = [];
      otherLabels.push(label);
    }
    others[label].push(x);
  }
  for (let i = 0; i < otherLabels.length; i++) groups.push({ label: otherLabels[i], rows: others[otherLabels[i]], present: true });
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    const prefix = (SUB_NUMERALS[i] || "（" + (i + 1) + "）") + g.label + "。";
    const rows = g.rows.filter((x) => x.a.kind !== "empty" && !x.row.isPlaceholder);
    if (!g.present) {
      paragraphs.push(prefix + `自评表未设置${g.label}。`);
      continue;
    }
    if (rows.length === 0) {
      paragraphs.push(prefix + "自评表中该项未设置三级指标。");
      continue;
    }
    let text = prefix + `设置三级指标${rows.length}个，分值${fmt(sum(rows, (x) => x.weight))}分，得分${fmt(sum(rows, (x) => x.score))}分。`;
    for (let j = 0; j < rows.length; j++) text += rowSentence(rows[j]);
    paragraphs.push(text);
  }
  return { heading: `${number}.${name}完成情况分析`, level: 3, paragraphs };
}

// ---- 五、存在的问题和改进措施 ----

function problemsSections(ctx: Context, options: ReportOptions): ReportSection[] {
  const r = ctx.r;
  const problems: string[] = [];
  const b = r.score.budget;
  const budget = r.form.budget;
  let budgetLow = false;
  if (b && budget && b.full !== undefined && b.exec !== undefined && b.full > 0 && b.exec < b.full - 0.00005) {
    budgetLow = true;
    problems.push(`预算执行率为${fmtPercent(b.exec / b.full)}，全年预算数${wan(b.full * budget.toWanYuan)}中有${wan((b.full - b.exec) * budget.toWanYuan)}未支出。`);
  }
  const lostRows = ctx.rows.filter((x) => x.deduction !== undefined);
  for (let i = 0; i < lostRows.length; i++) {
    const x = lostRows[i];
    const actual = fieldText(x.row.actual);
    problems.push(`${indicatorName(x.row)}未全面达成年度指标${actual ? `（实际完成值为“${actual}”）` : ""}，扣${fmt(x.deduction as number)}分。`);
  }
  const sections: ReportSection[] = [];
  const numbered = (items: string[]) => items.map((t, i) => `${i + 1}.${t}`);
  sections.push({ heading: "五、存在的问题和改进措施", level: 1, paragraphs: [] });
  sections.push({
    heading: "（一）存在的问题",
    level: 2,
    paragraphs: problems.length ? numbered(problems) : ["本年度预算已全部执行，各项绩效指标均得满分，未发现明显问题。"],
  });
  const measures: string[] = [];
  if (budgetLow) measures.push("加快项目实施和资金支付进度，科学测算项目支出，提高预算编制的准确性，结余资金按规定收回或结转使用。");
  if (lostRows.length) measures.push("对未全面达成的指标逐项分析原因，明确责任分工和完成时限，跟踪督促整改，确保后续工作按计划完成。");
  const findings = options.includeFindings === false ? [] : r.findings.filter((f) => f.severity === "error" || f.severity === "warning");
  if (findings.length) measures.push("对照自评表核对中发现的问题，逐项修正和完善自评表的数据、指标和说明，确保自评结果真实、准确、完整。");
  measures.push("加强绩效目标管理，结合历史数据和实际需求科学设置可衡量的绩效指标，提高绩效自评工作质量。");
  sections.push({ heading: "（二）改进措施", level: 2, paragraphs: numbered(measures) });
  if (findings.length) {
    const seen: { [m: string]: boolean } = {};
    const items: string[] = [];
    for (let i = 0; i < findings.length; i++) {
      const m = plainWords(findings[i].message);
      if (seen[m]) continue;
      seen[m] = true;
      items.push(m);
    }
    sections.push({
      heading: "（三）自评表核对发现的问题",
      level: 2,
      paragraphs: [`经对自评表逐项核对，发现以下${items.length}个需要修正或完善的问题：`].concat(numbered(items)),
    });
  }
  return sections;
}

/** Checker messages space numbers for the pane ("得分 4，低于分值 5"); a report does not. */
function plainWords(message: string): string {
  return tidyText(message).replace(/([\u4e00-\u9fff\d%）”，。、]) +(?=[\u4e00-\u9fff\d（“])/g, "$1");
}

// ---- 六、七 ----

function publicationSection(ctx: Context, options: ReportOptions): ReportSection {
  const unit = ctx.implementer || ctx.department || "本单位";
  const paragraphs = [
    `自评结果将作为${unit}以后年度预算安排、绩效目标设定和项目管理改进的重要依据，对自评发现的问题及时整改，促进财政资金合理分配和有效使用。`,
    options.publication && tidyText(options.publication)
      ? sentence(options.publication)
      : `${ctx.yearText}项目支出绩效自评表和自评报告将按照预决算公开的有关规定予以公开，接受社会监督。`,
  ];
  return { heading: "六、绩效自评结果拟应用和公开情况", level: 1, paragraphs };
}

function otherSection(ctx: Context): ReportSection {
  const r = ctx.r;
  const paragraphs: string[] = [];
  const declared = r.score.declaredTotal;
  const computed = r.score.computedTotal;
  if (declared !== undefined && computed !== undefined && compareScore(declared, computed) !== "ok") {
    paragraphs.push(`自评表填报的总分为${fmt(declared)}分，按表内各项数据复核计算为${fmt(computed)}分（等级“${gradeFor(computed, r.profile.gradeBands)}”），请核实后统一。`);
  }
  const declaredGrade = r.score.declaredGrade;
  if (declaredGrade && declared !== undefined && declaredGrade !== gradeFor(declared, r.profile.gradeBands)) {
    paragraphs.push(`自评表填报的等级“${declaredGrade}”与总分${fmt(declared)}分对应的等级“${gradeFor(declared, r.profile.gradeBands)}”不一致，请核实。`);
  }
  if (paragraphs.length === 0) paragraphs.push("无。");
  return { heading: "七、其他需要说明的问题", level: 1, paragraphs };
}

/** The 自评报告 draft for one recognised form. */
export function buildReport(report: FormReport, options: ReportOptions = {}): ReportDocument {
  const ctx = makeContext(report, options);
  const sections: ReportSection[] = [];
  sections.push(overviewSection(ctx, options));
  sections.push(workSection(ctx));
  sections.push(conclusionSection(ctx));
  sections.push({ heading: "四、绩效目标实现情况分析", level: 1, paragraphs: [] });
  sections.push(budgetUseSection(ctx));
  sections.push(goalsSection(ctx));
  sections.push({ heading: "（三）绩效指标完成情况分析", level: 2, paragraphs: [] });
  let n = 1;
  for (let i = 0; i < SECTION_ORDER.length; i++) {
    const s = indicatorSection(ctx, SECTION_ORDER[i], n);
    if (s) {
      sections.push(s);
      n++;
    }
  }
  const problems = problemsSections(ctx, options);
  for (let i = 0; i < problems.length; i++) sections.push(problems[i]);
  sections.push(publicationSection(ctx, options));
  sections.push(otherSection(ctx));
  return { title: title(ctx), sections };
}

/** Outline numbering helper for hosts that add their own sections. */
export function chineseNumeral(n: number): string {
  return n >= 1 && n <= NUMERALS.length ? NUMERALS[n - 1] : String(n);
}
