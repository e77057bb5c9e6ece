import type { Field } from "../form";
import type { Rule } from "../rule";
import { fundName } from "./util";

// A10: only the 年度资金总额 row is scored; 分值/执行率/得分 on a 资金来源 row invite double counting.
const rule: Rule = {
  id: "fund-subrow-score",
  code: "A10",
  category: "资金",
  severity: "info",
  description: "资金来源（其中）行不填分值、执行率和得分，只有年度资金总额行计分",
  check({ form, report }) {
    const budget = form.budget;
    if (!budget || !budget.total) return;
    const total = budget.total;
    for (const row of budget.rows) {
      if (row === total || row.kind === "total") continue;
      const filled: Field[] = [];
      const shown: string[] = [];
      const named: Array<[Field | undefined, string]> = [
        [row.weight, "分值"],
        [row.rate, "执行率"],
        [row.score, "得分"],
      ];
      for (const [field, name] of named) {
        // "—" and "/" are the template's own way of leaving these cells empty.
        if (!field || field.row !== row.row || field.q.kind === "empty" || field.q.kind === "na") continue;
        filled.push(field);
        shown.push(`${name} ${field.text}`);
      }
      if (filled.length === 0) continue;
      report({
        cells: filled.map((f) => f.address),
        message:
          `“${fundName(row)}”行填有${shown.join("、")}；只有年度资金总额行计算分值、执行率和得分，` +
          `资金来源行请留空或填“—”，以免重复计分。`,
      });
    }
  },
};

export default rule;
