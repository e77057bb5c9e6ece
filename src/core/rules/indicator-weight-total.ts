import { setValue } from "../edits";
import type { Form } from "../form";
import type { Profile } from "../profile";
import type { Rule } from "../rule";
import { fieldNumber } from "../scoring";
import type { FormScore } from "../scoring";
import { fmt } from "../text";
import { blankWeightNote, declaredWeightMismatch, differenceText, hasUnreadableWeight, weightRange } from "./level1-weight-sum";

const TOLERANCE = 0.01;

export interface IndicatorTotal {
  expected: number;
  /** How the expectation was derived, for messages. */
  basis: string;
}

/** What all indicator 分值 should add up to: the block's own "(90分)", else 100 − budget 分值, else the profile's. */
export function expectedIndicatorTotal(form: Form, profile: Profile): IndicatorTotal {
  const block = form.indicators;
  if (block && block.declaredWeight !== undefined) {
    return { expected: block.declaredWeight, basis: `绩效指标标注 ${fmt(block.declaredWeight)} 分` };
  }
  const budgetWeight = form.budget && form.budget.total ? fieldNumber(form.budget.total.weight) : undefined;
  if (budgetWeight !== undefined && budgetWeight > 0 && budgetWeight < 100) {
    return { expected: 100 - budgetWeight, basis: `100 − 预算执行率分值 ${fmt(budgetWeight)}` };
  }
  return { expected: profile.indicatorTotal, basis: `预算执行率之外的指标共 ${fmt(profile.indicatorTotal)} 分` };
}

/** Σ all indicator 分值 is readable and differs from the expected total. */
export function indicatorTotalWrong(form: Form, score: FormScore, profile: Profile): boolean {
  const block = form.indicators;
  if (!block || block.rows.length === 0 || hasUnreadableWeight(block.rows)) return false;
  return Math.abs(score.indicatorWeightSum - expectedIndicatorTotal(form, profile).expected) > TOLERANCE;
}

// B4 (W3): all indicator 分值 add up to 90 (100 − 预算执行率分值), and the 总分 row's 分值 is 100.
const rule: Rule = {
  id: "indicator-weight-total",
  code: "B4",
  category: "指标结构",
  severity: "error",
  description: "全部三级指标分值之和应为 90 分（100 减预算执行率分值），总分的分值应为 100 分",
  check({ form, score, profile, report }) {
    const block = form.indicators;
    if (block && block.rows.length > 0 && indicatorTotalWrong(form, score, profile)) {
      const total = expectedIndicatorTotal(form, profile);
      const sum = score.indicatorWeightSum;
      // When every 一级 declares its points and those add up right, B3 names the group that is off.
      const declaredSum = score.groups.reduce((s, g) => s + (g.group.declaredWeight || 0), 0);
      const allDeclared = score.groups.every((g) => g.group.declaredWeight !== undefined);
      const explainedByB3 =
        allDeclared &&
        Math.abs(declaredSum - total.expected) <= TOLERANCE &&
        score.groups.some((g) => declaredWeightMismatch(g.group.declaredWeight, g.weightSum, g.group.rows));
      const range = weightRange(block.rows);
      if (!explainedByB3 && range) {
        const parts = score.groups.map((g) => `${g.group.name || g.group.label.replace(/\s+/g, "")} ${fmt(g.weightSum)}`);
        report({
          cells: [range],
          message:
            `全部三级指标分值合计 ${fmt(sum)}${blankWeightNote(block.rows)}，应为 ${fmt(total.expected)}（${total.basis}），` +
            `${differenceText(sum, total.expected)}。各一级指标分值：${parts.join("，")}。`,
        });
      }
    }
    const totalWeight = form.total && form.total.weight;
    if (totalWeight && totalWeight.q.kind === "number" && Math.abs((totalWeight.q.num as number) - 100) > TOLERANCE) {
      report({
        cells: [totalWeight.address],
        message: `总分一行的分值应为 100（预算执行率与全部指标分值之和），表中为 ${fmt(totalWeight.q.num as number)}。`,
        // A formula total follows the rows, which the finding above names; keep it.
        fix: totalWeight.formula
          ? undefined
          : [setValue(totalWeight, typeof totalWeight.value === "string" && /分$/.test(totalWeight.text) ? "100分" : 100, "总分的分值为 100")],
      });
    }
  },
};

export default rule;
