import { setValue } from "../edits";
import type { Rule } from "../rule";
import { amountOf } from "../scoring";
import { round2 } from "../text";
import { fmtAmount, fundName, fundTolerance } from "./util";

const AMOUNT_KEYS: Array<"initial" | "full" | "exec"> = ["initial", "full", "exec"];

// A2: 年度资金总额 = the sum of its 其中 rows, in each amount column (tolerance 0.01 万元); an amount is a number.
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
    const unit = budget.unitLabel;
    // An error value (#REF!, #VALUE!) in an amount cell: nothing downstream (执行率, 得分) can be checked against it.
    const broken: { [key: string]: boolean } = {};
    for (const fund of [total].concat(parts)) {
      for (const key of AMOUNT_KEYS) {
        const field = fund[key];
        if (!field || field.q.kind !== "error") continue;
        broken[key] = true;
        const partValues = fund === total ? parts.map((p) => amountOf(p[key], budget.toWanYuan)) : [];
        const sumOfParts =
          partValues.length > 0 && partValues.every((v) => v !== undefined)
            ? round2(partValues.reduce((s: number, v) => s + (v as number), 0) / budget.toWanYuan)
            : undefined;
        report({
          cells: [field.address],
          message:
            `${fundName(fund)}的${budget.labels[key]}单元格显示错误值 ${field.text}，请检查公式或引用` +
            (fund === total ? "；执行率和预算执行得分无法据此核对" : "") +
            (sumOfParts !== undefined ? `。按各资金来源之和应为 ${fmtAmount(sumOfParts)} ${unit}。` : "。"),
          fix: sumOfParts !== undefined ? [setValue(field, sumOfParts, "年度资金总额 = 各资金来源之和")] : undefined,
        });
      }
    }
    if (parts.length === 0) return;
    const tolerance = fundTolerance(budget);
    // A total row left at 0/blank over filled sources is budget-zero's finding (with its fix).
    const totalEmpty = AMOUNT_KEYS.every((k) => !amountOf(total[k], budget.toWanYuan));
    if (totalEmpty) return;
    const unsplit: string[] = [];
    const unsplitCells: string[] = [];
    for (const key of AMOUNT_KEYS) {
      if (broken[key]) continue;
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
            `（合计比总额${sum > totalValue ? "多" : "少"} ${fmtAmount(Math.abs(totalValue - sum))} ${unit}）。`,
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
