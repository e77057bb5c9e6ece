// The scoring model (domain §3–§4): what each score, subtotal and the 总分 should be, from the form's own numbers.
import type { Field, Form, FundRow, IndicatorRow, Level1Group } from "./form";
import type { Grade, Profile } from "./profile";
import { gradeFor, parseGrade } from "./profile";
import type { Operator, Quantity } from "./text";
import { memoByText, normalizeLabel, parseQuantity, round2 } from "./text";
import { unitFactor } from "./units";

/** A number read from a field ("10分", "100%", 25.2); percentages as written (100 for "100%"). */
export function fieldNumber(field: Field | undefined): number | undefined {
  if (!field) return undefined;
  return field.q.kind === "number" ? field.q.num : undefined;
}

/** Amount in the block's own unit; "25.2万元" in a 元 block is converted. */
export function amountOf(field: Field | undefined, toWanYuan: number): number | undefined {
  const n = fieldNumber(field);
  if (n === undefined || !field) return undefined;
  const unit = field.q.unit;
  if (unit === "万元" || unit === "万") return toWanYuan === 1 ? n : n * 10000;
  if (unit === "元" && toWanYuan === 1) return n / 10000;
  return n;
}

/**
 * A rate cell as a fraction. "86.2%" → 0.862; 0.862 → 0.862; 86.2 → 0.862. When the reading is ambiguous
 * the one closer to `expected` wins.
 */
export function rateOf(field: Field | undefined, expected?: number): number | undefined {
  const n = fieldNumber(field);
  if (n === undefined || !field) return undefined;
  if (field.q.unit === "%") return n / 100;
  if (typeof field.value === "number" && /%$/.test(field.text)) return field.value;
  const asFraction = n;
  const asPercent = n / 100;
  if (expected !== undefined) {
    return Math.abs(asFraction - expected) <= Math.abs(asPercent - expected) ? asFraction : asPercent;
  }
  return n > 1.5 ? asPercent : asFraction;
}

export interface BudgetAssessment {
  row: FundRow;
  weight: number;
  full?: number;
  exec?: number;
  initial?: number;
  /** 全年执行数 ÷ 全年预算数. */
  rate?: number;
  declaredRate?: number;
  /** round2(min(rate, 1) × 分值). */
  expectedScore?: number;
  declaredScore?: number;
}

export function assessBudget(form: Form, profile: Profile): BudgetAssessment | undefined {
  const budget = form.budget;
  const row = budget && budget.total;
  if (!budget || !row) return undefined;
  const scale = budget.toWanYuan;
  const weight = fieldNumber(row.weight);
  const a: BudgetAssessment = {
    row,
    weight: weight !== undefined && weight > 0 ? weight : profile.budgetWeight,
    full: amountOf(row.full, scale),
    exec: amountOf(row.exec, scale),
    initial: amountOf(row.initial, scale),
    declaredScore: fieldNumber(row.score),
  };
  if (a.full !== undefined && a.exec !== undefined) {
    a.rate = a.full > 0 ? a.exec / a.full : a.exec > 0 ? undefined : 0;
    if (a.rate !== undefined) a.expectedScore = round2(Math.min(a.rate, 1) * a.weight);
  }
  a.declaredRate = rateOf(row.rate, a.rate);
  return a;
}

export type IndicatorKind = "quantitative" | "qualitative" | "unknown" | "empty";

export type Tier = 1 | 2 | 3;

export interface QualitativeReading {
  /** Score interval as fractions of 分值. */
  range: [number, number];
  tier?: Tier;
  /** The value is one of the official tier phrases (or their short forms). */
  official: boolean;
}

export interface IndicatorAssessment {
  row: IndicatorRow;
  kind: IndicatorKind;
  op?: Operator;
  /** No operator was written: read as ≥ (positive). */
  opImplicit?: boolean;
  target?: number;
  actual?: number;
  unit?: string;
  actualUnit?: string;
  weight?: number;
  declaredScore?: number;
  /** Quantitative: the formula's score. */
  expected?: number;
  /** Qualitative: the allowed score interval in points. */
  range?: [number, number];
  qualitative?: QualitativeReading;
  /** B ÷ A for positive indicators. */
  ratio?: number;
  overAchieved?: boolean;
  /** The 实际完成值 is a vague word ("完成") where a number belongs. */
  vagueActual?: boolean;
  notApplicable?: boolean;
}

const OFFICIAL_TIERS: Array<[RegExp, Tier]> = [
  [/^(达成年度指标|达成)$/, 1],
  [/^(部分达成年度指标并具有一定效果|部分达成)$/, 2],
  [/^(未达成年度指标且效果较差|未达成)$/, 3],
];

// Whole phrases only: a prefix match would read "未发生安全事故" as 未达成 or "完成率80%" as 达成.
const SYNONYM_TIERS: Array<[RegExp, [number, number], Tier | undefined]> = [
  [/^(未完成|没有完成|尚未完成|未达标|未达到|未达到预期|未实现|否|差|较差|不合格|不达标|滞后|延期|未按时完成|效果较差)$/, [0, 0.6], 3],
  [/^(部分完成|部分达成|部分实现|部分达标|部分达到|部分完成年度指标|部分达成预期指标|有一定效果)$/, [0.6, 0.8], 2],
  [/^(基本完成|基本达成|基本实现|基本达标|基本达到|基本满意|大部分完成|较好|一般|良)$/, [0.6, 1], undefined],
  [
    /^(已?完成|全部完成|圆满完成|按时完成|按期完成|如期完成|已?按时完成|完成年度目标|完成年度指标|已?达成|达成预期|达成预期指标|达成预期目标|达到预期|达到预期目标|已?达标|已?实现|实现预期目标|是|有|优|优秀|良好|好|显著|效果显著|明显|效果明显|成效明显|成效显著|有所提升|有效提升|明显提升|持续提升|合格|符合|符合要求|符合规定|符合相关规定|满足|满足要求|有效|稳定|安全|畅通|到位|及时)$/,
    [0.8, 1],
    1,
  ],
];

/** The completion tier a 实际完成值 states, if it states one (frozen: the scoring and several rules share it). */
export const readQualitative: (text: string) => Readonly<QualitativeReading> | undefined = memoByText(
  (text) => {
    const reading = readQualitativeText(text);
    return reading && Object.freeze(reading);
  },
  2000,
);

function readQualitativeText(text: string): QualitativeReading | undefined {
  const t = normalizeLabel(text).replace(/[。.!！]$/, "");
  if (t === "") return undefined;
  for (const [pattern, tier] of OFFICIAL_TIERS) {
    if (pattern.test(t)) return { range: tierRange(tier), tier, official: true };
  }
  for (const [pattern, range, tier] of SYNONYM_TIERS) {
    if (pattern.test(t)) return tier ? { range, tier, official: false } : { range, official: false };
  }
  return undefined;
}

function tierRange(tier: Tier): [number, number] {
  return tier === 1 ? [0.8, 1] : tier === 2 ? [0.6, 0.8] : [0, 0.6];
}

const VAGUE_ACTUAL = /^(已?完成|全部完成|按时完成|已?达标|达成|已达成|是|良好|好|优|合格|符合|满足|已实现|实现)$/;

const NATURE_OPS: Array<[RegExp, Operator]> = [
  [/^(≥|>=|大于等于|正向)/, ">="],
  [/^(≤|<=|小于等于|反向)/, "<="],
  [/^(>|大于)/, ">"],
  [/^(<|小于)/, "<"],
  [/^(=|等于)/, "="],
];

const EMPTY: Quantity = Object.freeze({ kind: "empty" }) as Quantity;

/**
 * The target of a row as a quantity, combining 四川's 指标性质 / 度量单位 columns when present. Without them it is the
 * target cell's own reading, shared: callers must not change the result.
 */
export function targetQuantity(row: IndicatorRow): Quantity {
  if (!row.nature && !row.unit) return row.target ? row.target.q : EMPTY;
  const q: Quantity = row.target ? { ...row.target.q } : { kind: "empty" };
  if (row.nature) {
    const nature = normalizeLabel(row.nature.text);
    if (/定性/.test(nature)) return row.target ? { kind: "text" } : q;
    for (const [pattern, op] of NATURE_OPS) if (pattern.test(nature)) q.op = op;
  }
  if (row.unit && q.kind === "number" && !q.unit) {
    const unit = normalizeLabel(row.unit.text);
    if (unit) q.unit = unit === "百分比" ? "%" : unit;
  }
  return q;
}

export function assessIndicator(row: IndicatorRow, profile: Profile): IndicatorAssessment {
  const a: IndicatorAssessment = { row, kind: "unknown" };
  a.weight = fieldNumber(row.weight);
  a.declaredScore = fieldNumber(row.score);
  if (row.isEmpty) {
    a.kind = "empty";
    return a;
  }
  const target = targetQuantity(row);
  const actualQ: Quantity = row.actual ? actualQuantity(row.actual) : EMPTY;
  if (target.kind === "na" || actualQ.kind === "na") a.notApplicable = target.kind === "na";
  if (target.kind === "number" && target.num !== undefined && (target.op || isNumericOnly(row))) {
    a.kind = "quantitative";
    a.op = target.op || ">=";
    a.opImplicit = !target.op;
    a.target = target.num;
    a.unit = target.unit;
    if (actualQ.kind === "number" && actualQ.num !== undefined) {
      a.actual = actualOnTargetScale(actualQ, row.actual!, a.unit, a.target);
      a.actualUnit = actualQ.unit;
    } else if (row.actual && VAGUE_ACTUAL.test(normalizeLabel(row.actual.text))) {
      a.vagueActual = true;
    }
    if (a.actual !== undefined && a.weight !== undefined) computeQuantitative(a, profile);
    return a;
  }
  if (row.actual && actualQ.kind === "text") {
    const reading = readQualitative(row.actual.text);
    if (reading) {
      a.kind = "qualitative";
      a.qualitative = reading;
      if (a.weight !== undefined) a.range = [round2(reading.range[0] * a.weight), round2(reading.range[1] * a.weight)];
      return a;
    }
  }
  if (target.kind === "text" || (row.target && row.target.text !== "" && target.kind !== "number")) a.kind = "qualitative";
  return a;
}

// A figure followed by a remark in brackets: "450人次（含线上培训120人次）", "92%(问卷调查500人)".
const FIGURE_WITH_REMARK = /^([^(（]+)[(（][^()（）]*[)）][。.]?$/;

/** The 实际完成值 as a quantity; a figure with a bracketed remark is read as the figure. */
function actualQuantity(field: Field): Quantity {
  if (field.q.kind !== "text") return field.q;
  const m = FIGURE_WITH_REMARK.exec(field.text.trim());
  const figure = m ? parseQuantity(m[1]) : undefined;
  return figure && figure.kind === "number" ? figure : field.q;
}

/** A target written as a bare number with a unit ("100%", "65台") in a numeric-looking column. */
function isNumericOnly(row: IndicatorRow): boolean {
  return !!row.target && row.target.q.kind === "number" && (row.target.q.unit !== undefined || !!row.nature || typeof row.target.value === "number");
}

/**
 * The actual in the target's unit ("9600米" against "≥12公里" is 9.6), or undefined when the two units measure
 * different things (人 and 人次): such a row is not scored by formula, and C6 asks for one unit.
 */
function actualOnTargetScale(q: Quantity, field: Field, targetUnit: string | undefined, target: number): number | undefined {
  let n = q.num as number;
  if (targetUnit && q.unit) {
    const factor = unitFactor(q.unit, targetUnit);
    if (factor === undefined) return undefined;
    n = n * factor;
  } else if (targetUnit === "%" && typeof field.value === "number" && n <= 1.5 && target > 1.5) {
    // 0.95 stored as a fraction against a "≥90%" target.
    n = n * 100;
  }
  return n < 0 ? 0 : n;
}

function computeQuantitative(a: IndicatorAssessment, profile: Profile): void {
  const A = a.target as number;
  const B = a.actual as number;
  const w = a.weight as number;
  let score: number;
  if (a.op === ">=" || a.op === ">") {
    score = B >= A ? w : A > 0 ? (B / A) * w : w;
    if (A > 0) a.ratio = B / A;
    a.overAchieved = A > 0 ? B >= profile.overAchievement * A : false;
  } else if (a.op === "=") {
    if (A > 0) {
      score = B >= A ? w : (B / A) * w;
      a.ratio = B / A;
      a.overAchieved = B >= profile.overAchievement * A;
    } else score = B <= 0 ? w : 0;
  } else {
    if (B <= A) score = w;
    else if (profile.reverseMethod === "linear") score = A > 0 && B < 2 * A ? (1 - (B - A) / A) * w : 0;
    else score = B > 0 ? (A / B) * w : w;
  }
  a.expected = round2(score);
}

export interface GroupScore {
  group: Level1Group;
  weightSum: number;
  declaredScoreSum: number;
  computedScoreSum: number;
}

export interface FormScore {
  budget?: BudgetAssessment;
  indicators: IndicatorAssessment[];
  groups: GroupScore[];
  indicatorWeightSum: number;
  declaredIndicatorScoreSum: number;
  declaredTotal?: number;
  /** Budget score + Σ indicator scores as they should be. */
  computedTotal?: number;
  grade?: Grade;
  declaredGrade?: Grade;
}

/**
 * The score a row carries after recalculation: the formula's for quantitative rows, the user's own otherwise
 * (qualitative scores are a judgement; rules flag them but the recalculation keeps them).
 */
export function computedScoreOf(a: IndicatorAssessment): number | undefined {
  return a.expected !== undefined ? a.expected : a.declaredScore;
}

export function scoreForm(form: Form, profile: Profile): FormScore {
  const budget = assessBudget(form, profile);
  const indicators = form.indicators ? form.indicators.rows.map((r) => assessIndicator(r, profile)) : [];
  const byRow: { [row: number]: IndicatorAssessment } = {};
  for (const a of indicators) byRow[a.row.row] = a;
  const groups: GroupScore[] = (form.indicators ? form.indicators.groups : []).map((group) => {
    let weightSum = 0;
    let declaredScoreSum = 0;
    let computedScoreSum = 0;
    for (const row of group.rows) {
      const a = byRow[row.row];
      weightSum += a.weight || 0;
      declaredScoreSum += a.declaredScore || 0;
      computedScoreSum += computedScoreOf(a) || 0;
    }
    return { group, weightSum: round2(weightSum), declaredScoreSum: round2(declaredScoreSum), computedScoreSum: round2(computedScoreSum) };
  });
  const score: FormScore = {
    budget,
    indicators,
    groups,
    indicatorWeightSum: round2(groups.reduce((s, g) => s + g.weightSum, 0)),
    declaredIndicatorScoreSum: round2(groups.reduce((s, g) => s + g.declaredScoreSum, 0)),
    declaredTotal: form.total ? fieldNumber(form.total.score) : undefined,
  };
  const budgetPart = budget ? (budget.expectedScore !== undefined ? budget.expectedScore : budget.declaredScore) : 0;
  if (indicators.length > 0 || budget) {
    score.computedTotal = round2((budgetPart || 0) + groups.reduce((s, g) => s + g.computedScoreSum, 0));
    score.grade = gradeFor(score.computedTotal, profile.gradeBands);
  }
  if (form.grade) score.declaredGrade = parseGrade(form.grade.field.text);
  return score;
}

export type Agreement = "ok" | "rounding" | "mismatch";

/** Domain §3.5: |Δ| ≤ 0.01 agrees; up to 0.5 and equal to the rounded integer is a rounding difference. */
export function compareScore(declared: number, expected: number): Agreement {
  const delta = Math.abs(declared - expected);
  if (delta <= 0.01 + 1e-9) return "ok";
  if (delta <= 0.5 + 1e-9 && Math.floor(declared) === declared && Math.round(expected) === declared) return "rounding";
  if (delta <= 0.5 + 1e-9 && Math.round(declared * 10) / 10 === Math.round(expected * 10) / 10) return "rounding";
  return "mismatch";
}
