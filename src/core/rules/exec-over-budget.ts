import type { Rule } from "../rule";
import { amountOf } from "../scoring";
import { fmtPercent } from "../text";
import { fmtAmount, fundName, fundTolerance } from "./util";

// A3: money spent cannot exceed the year's budget (执行率 > 100 %), on the total and on each 资金来源.
const rule: Rule = {
  id: "exec-over-budget",
  code: "A3",
  category: "资金",
  severity: "error",
  description: "全年执行数不应大于全年预算数（执行率不应超过 100%）",
  check({ form, report }) {
    const budget = form.budget;
    if (!budget) return;
    const tolerance = fundTolerance(budget);
    const unit = budget.unitLabel;
    for (const row of budget.rows) {
      const full = amountOf(row.full, budget.toWanYuan);
      const exec = amountOf(row.exec, budget.toWanYuan);
      // A zero or blank budget with spending is budget-zero's (A6) case.
      if (full === undefined || exec === undefined || full <= 0) continue;
      if (exec - full <= tolerance) continue;
      report({
        cells: [row.exec!.address, row.full!.address],
        message:
          `${fundName(row)}：${budget.labels.exec} ${fmtAmount(exec)} ${unit} 大于${budget.labels.full} ${fmtAmount(full)} ${unit}` +
          `（超出 ${fmtAmount(exec - full)} ${unit}，执行率 ${fmtPercent(exec / full)}），执行数不应超过预算数，请核实两项金额。`,
      });
    }
  },
};

export default rule;
