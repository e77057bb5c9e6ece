import { setValue } from "../edits";
import type { Rule } from "../rule";
import { compareScore } from "../scoring";
import { fmt, fmtPercent } from "../text";

// A5: 预算执行率得分 = 执行率 × 分值 (2 d.p.), never above 分值.
const rule: Rule = {
  id: "budget-score",
  code: "A5",
  category: "资金",
  severity: "error",
  description: "预算执行率得分应为执行率 × 分值（保留两位小数），且不超过分值",
  check({ score, report }) {
    const b = score.budget;
    if (!b || !b.row.score || b.expectedScore === undefined || b.rate === undefined) return;
    const field = b.row.score;
    if (b.declaredScore === undefined) {
      const kind = field.q.kind;
      if (kind === "na") return;
      const problem = kind === "empty" ? "为空" : kind === "error" ? `显示错误值 ${field.text}` : `应为数字（表中为“${field.text}”）`;
      report({
        cells: [field.address],
        message: `预算执行率得分${problem}，应为 ${fmt(b.expectedScore)}（执行率 ${fmtPercent(b.rate)} × 分值 ${fmt(b.weight)}）。`,
        fix: [setValue(field, b.expectedScore, "按执行率 × 分值计算预算执行率得分")],
      });
      return;
    }
    const agreement = compareScore(b.declaredScore, b.expectedScore);
    if (agreement === "ok") return;
    const capped = b.rate > 1 ? `（执行率超过 100%，得分按分值封顶）` : "";
    report({
      severity: agreement === "rounding" ? "warning" : "error",
      cells: [field.address],
      message:
        `预算执行率得分应为 ${fmt(b.expectedScore)}（执行率 ${fmtPercent(b.rate)} × 分值 ${fmt(b.weight)}），` +
        `表中为 ${fmt(b.declaredScore)}${agreement === "rounding" ? "，疑为取整或按档计分" : ""}${capped}。`,
      fix: [setValue(field, b.expectedScore, "按执行率 × 分值计算预算执行率得分")],
    });
  },
};

export default rule;
