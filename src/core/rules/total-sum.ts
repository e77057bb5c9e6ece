import { setValue } from "../edits";
import type { Rule } from "../rule";
import { compareScore, fieldNumber } from "../scoring";
import { fmt, round2 } from "../text";
import { anyUnreadable, isUnreadable } from "./util";

// D5: 总分 = 预算执行率得分 + Σ 指标得分, and each 一级 小计 (and a 二级 row's own 得分) = Σ its rows. A sum over a score
// cell that cannot be read (#REF!, text) is not compared: that cell is D1's (or A5's) to report.

const rule: Rule = {
  id: "total-sum",
  code: "D5",
  category: "得分",
  severity: "error",
  description: "总分应等于预算执行率得分与各指标得分之和，小计应等于所属指标得分之和",
  check({ form, score, report }) {
    for (const g of score.groups) {
      const sub = g.group.subtotal;
      if (!sub || !sub.score || sub.score.q.kind !== "number" || anyUnreadable(g.group.rows, "score")) continue;
      const declared = sub.score.q.num as number;
      if (compareScore(declared, g.declaredScoreSum) === "ok") continue;
      report({
        cells: [sub.score.address],
        message: `${g.group.label}小计应为 ${fmt(g.declaredScoreSum)}（所属指标得分之和），表中为 ${fmt(declared)}。`,
        fix: [setValue(sub.score, g.declaredScoreSum, "小计 = 所属指标得分之和")],
      });
    }
    for (const g of score.groups) {
      for (const l2 of g.group.level2Groups) {
        const sub = l2.subtotal && l2.subtotal.score;
        if (!sub || sub.q.kind !== "number" || anyUnreadable(l2.rows, "score")) continue;
        const declared = sub.q.num as number;
        const sum = round2(l2.rows.reduce((s, r) => s + (fieldNumber(r.score) || 0), 0));
        if (compareScore(declared, sum) === "ok") continue;
        report({
          cells: [sub.address],
          message: `${l2.label.replace(/\s+/g, "")}一行的得分应为 ${fmt(sum)}（其下三级指标得分之和），表中为 ${fmt(declared)}。`,
          fix: [setValue(sub, sum, "二级指标得分 = 所属三级指标得分之和")],
        });
      }
    }
    const total = form.total;
    if (!total || !total.score) return;
    const budgetScore = score.budget && score.budget.declaredScore !== undefined ? score.budget.declaredScore : 0;
    const sum = Math.round((budgetScore + score.declaredIndicatorScoreSum) * 100) / 100;
    const kind = total.score.q.kind;
    if (kind === "empty" || kind === "text" || kind === "error") {
      const problem = kind === "empty" ? "未填写" : kind === "error" ? `单元格显示错误值 ${total.score.text}` : `应为数字（表中为“${total.score.text}”）`;
      // Recalculated, since other score cells may be unreadable too.
      const expected = score.computedTotal !== undefined ? score.computedTotal : sum;
      report({
        cells: [total.score.address],
        message: `总分${problem}，重算应为 ${fmt(expected)}（预算执行率得分 + 各指标得分）。`,
        fix: [setValue(total.score, expected, "总分 = 预算执行率得分 + 各指标得分")],
      });
      return;
    }
    if (score.declaredTotal === undefined) return;
    if ((score.budget && isUnreadable(score.budget.row.score)) || (form.indicators && anyUnreadable(form.indicators.rows, "score"))) return;
    const agreement = compareScore(score.declaredTotal, sum);
    if (agreement === "ok") return;
    report({
      severity: agreement === "rounding" ? "warning" : "error",
      cells: [total.score.address],
      message:
        `总分应为 ${fmt(sum)}（预算执行率得分 ${fmt(budgetScore)} + 指标得分合计 ${fmt(score.declaredIndicatorScoreSum)}），` +
        `表中为 ${fmt(score.declaredTotal)}。`,
      fix: [setValue(total.score, sum, "总分 = 预算执行率得分 + 各指标得分")],
    });
  },
};

export default rule;
