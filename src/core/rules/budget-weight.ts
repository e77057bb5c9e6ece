import type { Rule } from "../rule";
import { fmt } from "../text";

// A9: 预算执行率 carries 10 of the 100 points unless a locality says otherwise.
const rule: Rule = {
  id: "budget-weight",
  code: "A9",
  category: "资金",
  severity: "warning",
  description: "预算执行率分值应为 10 分（或所选评分口径规定的分值）",
  check({ form, profile, report }) {
    const budget = form.budget;
    const row = budget && budget.total;
    const field = row && row.weight;
    if (!field || field.q.kind !== "number" || field.q.num === undefined) return;
    const declared = field.q.num;
    const expected = profile.budgetWeight;
    if (Math.abs(declared - expected) <= 1e-9) return;
    report({
      cells: [field.address],
      message:
        `预算执行率分值为 ${fmt(declared)}，按${profile.label}口径应为 ${fmt(expected)} 分` +
        `（指标分值合计相应为 ${fmt(profile.indicatorTotal)} 分）；如当地另有规定请忽略。`,
    });
  },
};

export default rule;
