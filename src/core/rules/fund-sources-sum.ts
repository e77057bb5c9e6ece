import type { Rule } from "../rule";
import { amountOf } from "../scoring";
import { fmtAmount, fundName, fundTolerance } from "./util";

const AMOUNT_KEYS: Array<"initial" | "full" | "exec"> = ["initial", "full", "exec"];

// A2: 年度资金总额 = the sum of its 其中 rows, in each amount column (tolerance 0.01 万元).
const rule: Rule = {
  id: "fund-sources-sum",
  code: "A2",
  category: "资金",
  severity: "error",
  description: "年度资金总额应等于各资金来源（当年财政拨款、上年结转资金、其他资金等）之和",
  check({ form, report }) {
    const budget = form.budget;
    const total = budget && budget.total;
    if (!budget || !total) return;
    const parts = budget.rows.filter((r) => r !== total && r.row > total.row);
    if (parts.length === 0) return;
    const unit = budget.unitLabel;
    const tolerance = fundTolerance(budget);
    // A total row left at 0/blank over filled sources is budget-zero's finding (with its fix).
    const totalEmpty = AMOUNT_KEYS.every((k) => !amountOf(total[k], budget.toWanYuan));
    if (totalEmpty) return;
    const unsplit: string[] = [];
    const unsplitCells: string[] = [];
    for (const key of AMOUNT_KEYS) {
      const totalField = total[key];
      const totalValue = amountOf(totalField, budget.toWanYuan);
      if (!totalField || totalValue === undefined) continue;
      const partFields = parts.map((p) => p[key]).filter((f) => f !== undefined).map((f) => f!);
      const values = partFields.map((f) => amountOf(f, budget.toWanYuan)).filter((v) => v !== undefined) as number[];
      if (values.length === 0) {
        if (totalValue !== 0) {
          unsplit.push(`${budget.labels[key]} ${fmtAmount(totalValue)}`);
          unsplitCells.push(totalField.address, ...partFields.map((f) => f.address));
        }
        continue;
      }
      const sum = values.reduce((s, v) => s + v, 0);
      if (Math.abs(sum - totalValue) > tolerance) {
        report({
          cells: [totalField.address, ...partFields.map((f) => f.address)],
          message:
            `${budget.labels[key]}：各资金来源合计 ${fmtAmount(sum)} ${unit}，与年度资金总额 ${fmtAmount(totalValue)} ${unit} 不一致` +
            `（相差 ${fmtAmount(totalValue - sum)} ${unit}）。`,
        });
      }
    }
    if (unsplit.length > 0) {
      report({
        severity: "warning",
        cells: unsplitCells,
        message:
          `资金来源未分列：年度资金总额（${unsplit.join("，")} ${unit}）未填到` +
          `${parts.map(fundName).join("、")}中，无法核对资金来源。`,
      });
    }
  },
};

export default rule;
