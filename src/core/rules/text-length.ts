import type { Field } from "../form";
import type { Rule } from "../rule";

// 四川's form prints its limits (domain §1.2, §6.2 E6): 原因 and 年度目标完成情况 ≤ 100 字, 评价结论 / 存在问题 /
// 改进措施 ≤ 200 字 each. White space does not count.
const REASON_LIMIT = 100;
const GOAL_LIMIT = 100;
const NARRATIVE_LIMIT = 200;

const WHITE_SPACE = /[\s\u3000]+/g;

function lengthOf(text: string): number {
  return text.replace(WHITE_SPACE, "").length;
}

// E6: length limits where the variant defines them (四川).
const rule: Rule = {
  id: "text-length",
  code: "E6",
  category: "文字",
  severity: "warning",
  description: "四川表样规定的字数上限：原因、年度目标完成情况不超过 100 字，评价结论、存在问题、改进措施各不超过 200 字",
  check({ form, profile, report }) {
    if (profile.name !== "sichuan") return;
    const checks: Array<[Field | undefined, string, number]> = [];
    const budget = form.budget;
    if (budget) {
      for (const fund of budget.rows) checks.push([fund.reason, `${fund.label.replace(WHITE_SPACE, "")}的原因`, REASON_LIMIT]);
    }
    if (form.goals && form.goals.actual) {
      checks.push([form.goals.actual.field, form.goals.actual.label.replace(/^\d\.?/, "").replace(WHITE_SPACE, ""), GOAL_LIMIT]);
    }
    for (const labelled of [form.conclusion, form.problems, form.measures]) {
      if (labelled) checks.push([labelled.field, labelled.label.replace(WHITE_SPACE, ""), NARRATIVE_LIMIT]);
    }
    for (const [field, name, limit] of checks) {
      if (!field || typeof field.value !== "string") continue;
      const length = lengthOf(field.text);
      if (length <= limit) continue;
      report({
        cells: [field.address],
        message: `${name}共 ${length} 字，超过表样规定的 ${limit} 字，请精简后填写（详细情况可写入自评报告）。`,
      });
    }
  },
};

export default rule;
