// Scoring profiles (domain §2–§4): thresholds that differ by province or system. Data, not code.
import type { Level1Name, VariantId } from "./form";

export type Grade = "优" | "良" | "中" | "差";

export interface GradeBand {
  grade: Grade;
  /** Inclusive lower bound of the band. */
  min: number;
}

export type ProfileName = "national" | "hunan" | "sichuan" | "guangxi" | "pmkpi";

export interface Profile {
  name: ProfileName;
  label: string;
  gradeBands: GradeBand[];
  /** B ≥ factor × A on a positive indicator counts as strong over-achievement (D4, E2). */
  overAchievement: number;
  /** Reverse (≤) indicators over target: A ÷ B × w ("ratio", printed notes) or (1 − (B−A)/A) × w ("linear", pmkpi). */
  reverseMethod: "ratio" | "linear";
  budgetWeight: number;
  /** Σ of all indicator 分值 (100 − budget weight). */
  indicatorTotal: number;
  /** Default 一级 split (W1); a different split is allowed but warned (B5). */
  level1Weights: Partial<{ [k in Level1Name]: number }>;
  /** 满意度 sits inside 效益 (湖南 T-HN-ZY). */
  satisfactionInBenefit: boolean;
  /** 执行率 below this needs a written reason (四川 90 %). */
  explainRateBelow?: number;
  /** 执行率 below this is warned (pmkpi yellow at 80 %). */
  warnRateBelow: number;
  /** Every 三级 分值 must be > 0 (isCheckWeightGtZero). */
  requirePositiveWeights: boolean;
  /** 偏差原因 is mandatory on strong over-achievement (广西). */
  deviationOnOverAchievement: boolean;
}

export const GRADE_BANDS_NATIONAL: GradeBand[] = [
  { grade: "优", min: 90 },
  { grade: "良", min: 80 },
  { grade: "中", min: 60 },
  { grade: "差", min: 0 },
];

export const GRADE_BANDS_LEGACY: GradeBand[] = [
  { grade: "优", min: 80 },
  { grade: "良", min: 70 },
  { grade: "中", min: 60 },
  { grade: "差", min: 0 },
];

const NATIONAL: Profile = {
  name: "national",
  label: "全国通用（财预〔2020〕10号）",
  gradeBands: GRADE_BANDS_NATIONAL,
  overAchievement: 1.2,
  reverseMethod: "ratio",
  budgetWeight: 10,
  indicatorTotal: 90,
  level1Weights: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
  satisfactionInBenefit: false,
  warnRateBelow: 0.8,
  requirePositiveWeights: false,
  deviationOnOverAchievement: false,
};

export const PROFILES: { [k in ProfileName]: Profile } = {
  national: NATIONAL,
  hunan: {
    ...NATIONAL,
    name: "hunan",
    label: "湖南（效益指标含满意度 40 分）",
    level1Weights: { 产出指标: 50, 效益指标: 40 },
    satisfactionInBenefit: true,
  },
  sichuan: {
    ...NATIONAL,
    name: "sichuan",
    label: "四川（510000 样式，执行率低于 90% 须说明）",
    level1Weights: {},
    explainRateBelow: 0.9,
  },
  guangxi: {
    ...NATIONAL,
    name: "guangxi",
    label: "广西（超额 30% 须说明偏差原因）",
    overAchievement: 1.3,
    deviationOnOverAchievement: true,
  },
  pmkpi: {
    ...NATIONAL,
    name: "pmkpi",
    label: "预算管理一体化系统兼容（反向指标线性扣分）",
    reverseMethod: "linear",
    requirePositiveWeights: true,
  },
};

export function isProfileName(name: string): name is ProfileName {
  return Object.prototype.hasOwnProperty.call(PROFILES, name);
}

/** The profile a recognised layout implies when the user has not chosen one. */
export function defaultProfileFor(variant: VariantId): Profile {
  if (variant === "T-HN-ZY") return PROFILES.hunan;
  if (variant === "T-SC") return PROFILES.sichuan;
  if (variant === "T-101") return { ...NATIONAL, level1Weights: {} };
  return PROFILES.national;
}

export function gradeFor(total: number, bands: GradeBand[]): Grade {
  for (const band of bands) if (total >= band.min - 1e-9) return band.grade;
  return "差";
}

/** Reads a written grade ("优秀", "良好", "合格", "差") as one of the four. */
export function parseGrade(text: string): Grade | undefined {
  const t = text.replace(/[\s"'“”]/g, "");
  if (t === "") return undefined;
  if (/^(优|优秀|A)$/.test(t)) return "优";
  if (/^(良|良好|B)$/.test(t)) return "良";
  if (/^(中|中等|合格|一般|C)$/.test(t)) return "中";
  if (/^(差|较差|不合格|D)$/.test(t)) return "差";
  return undefined;
}
