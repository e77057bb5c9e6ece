import type { Rule } from "../rule";
import { fmt, fmtPercent } from "../text";
import { anyUnreadable } from "./util";

// pmkpi's threshold: completion may exceed 执行率 by at most 5 % of itself.
const TOLERANCE = 0.05;

// D7: indicator completion (Σ 指标得分 ÷ Σ 指标分值) far above 预算执行率 — "高绩效低执行".
const rule: Rule = {
  id: "performance-vs-execution",
  code: "D7",
  category: "得分",
  severity: "warning",
  description: "指标完成率明显高于预算执行率（相对差超过 5%）时提示“高绩效低执行”",
  check({ form, score, report }) {
    const b = score.budget;
    if (!b) return;
    // A broken 分值 or 得分 would skew the completion rate; those cells are reported by their own rules.
    const rows = form.indicators ? form.indicators.rows : [];
    if (anyUnreadable(rows, "weight") || anyUnreadable(rows, "score")) return;
    const rate = b.rate !== undefined ? b.rate : b.declaredRate;
    if (rate === undefined || rate < 0) return;
    const weightSum = score.indicatorWeightSum;
    const scoreSum = score.declaredIndicatorScoreSum;
    if (!(weightSum > 0) || !(scoreSum > 0)) return;
    const completion = scoreSum / weightSum;
    const gap = (completion - rate) / completion;
    if (gap <= TOLERANCE + 1e-9) return;
    const where = b.row.rate || b.row.exec || b.row.score;
    const cells = (where ? [where.address] : [b.row.labelAddress]).concat(b.row.score && b.row.score !== where ? [b.row.score.address] : []);
    report({
      cells,
      message:
        `指标完成率 ${fmtPercent(completion)}（指标得分 ${fmt(scoreSum)} ÷ 指标分值 ${fmt(weightSum)}）` +
        `明显高于预算执行率 ${fmtPercent(rate)}（相对差 ${fmtPercent(gap)}，超过 5%），属“高绩效低执行”。` +
        `请核实指标得分是否偏高，或说明资金未按计划执行而绩效目标仍已完成的原因。`,
    });
  },
};

export default rule;
