import { setValue } from "../edits";
import type { Profile } from "../profile";
import type { Rule } from "../rule";
import type { IndicatorAssessment } from "../scoring";
import { compareScore } from "../scoring";
import { fmt } from "../text";
import { indicatorName } from "./util";

// D2: a quantitative row's 得分 follows the formula of domain §3.2 (正向/等于/反向).
const rule: Rule = {
  id: "quantitative-score",
  code: "D2",
  category: "得分",
  severity: "error",
  description: "定量指标得分应按公式计算：达到目标得满分，未达到按实际值与目标值的比例计分",
  check({ form, score, profile, report }) {
    const hasDeviationColumn = !!form.indicators && form.indicators.columns.deviation !== undefined;
    for (const a of score.indicators) {
      if (a.kind !== "quantitative" || a.expected === undefined || a.declaredScore === undefined) continue;
      if (a.weight === undefined || a.actual === undefined || a.target === undefined || !a.row.score) continue;
      const declared = a.declaredScore;
      // Outside [0, 分值] is score-range's (D1) finding.
      if (declared < -0.005 || declared > a.weight + 0.005) continue;
      const agreement = compareScore(declared, a.expected);
      if (agreement === "ok") continue;
      // The 办法 allows reducing a strongly over-achieved score by 偏离度; its explanation is E1's business.
      if (a.overAchieved && declared < a.expected && hasDeviationColumn) continue;
      const field = a.row.score;
      const reduced = a.overAchieved && declared < a.expected ? "；如系按偏离度调减分值，请说明理由" : "";
      report({
        severity: agreement === "rounding" ? "warning" : "error",
        cells: [field.address, a.row.actual ? a.row.actual.address : field.address],
        message:
          `${indicatorName(a.row)}得分应为 ${fmt(a.expected)}（${formula(a, profile)}），表中为 ${fmt(declared)}` +
          `${agreement === "rounding" ? "，疑为取整" : ""}${reduced}。`,
        fix: [setValue(field, a.expected, "按定量指标计分公式计算得分")],
      });
    }
  },
};

/** The formula with the row's own numbers ("实际 450 / 目标 500 × 分值 20 = 18"). */
function formula(a: IndicatorAssessment, profile: Profile): string {
  const A = a.target as number;
  const B = a.actual as number;
  const w = a.weight as number;
  const e = fmt(a.expected as number);
  const unit = a.unit || "";
  const actual = `实际 ${fmt(B)}${unit}`;
  const target = `目标 ${fmt(A)}${unit}`;
  if (a.op === ">=" || a.op === ">" || (a.op === "=" && A > 0)) {
    if (B >= A) return `${actual} 已达到${target}，得满分 ${fmt(w)}`;
    if (A <= 0) return `${target} 不大于 0，得满分 ${fmt(w)}`;
    return `${actual} / ${target} × 分值 ${fmt(w)} = ${e}`;
  }
  if (a.op === "=") return B <= 0 ? `目标为 ${fmt(A)}${unit}，${actual}，得满分 ${fmt(w)}` : `目标为 ${fmt(A)}${unit}，${actual} 不为 0，得 0 分`;
  // Reverse (≤ / <): lower is better.
  if (B <= A) return `反向指标，${actual} 未超过${target}，得满分 ${fmt(w)}`;
  if (profile.reverseMethod === "linear") {
    if (A > 0 && B < 2 * A) return `反向指标：(1 − (${actual} − ${target}) / ${target}) × 分值 ${fmt(w)} = ${e}`;
    return `反向指标：${actual} 达到${target}的 2 倍及以上，得 0 分`;
  }
  return `反向指标：${target} / ${actual} × 分值 ${fmt(w)} = ${e}`;
}

export default rule;
