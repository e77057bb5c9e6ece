import { setValue } from "../edits";
import type { Field, FundRow } from "../form";
import type { Edit, Rule } from "../rule";
import { amountOf } from "../scoring";
import { fmtAmount, fundName, fundTolerance } from "./util";

const AMOUNT_KEYS: Array<"initial" | "full" | "exec"> = ["initial", "full", "exec"];

// A6: a zero or blank budget with money spent, or a 年度资金总额 row left at 0 while its 其中 rows hold the amounts
// (池州 2022: 0 / 0 / 0 over 90 / 89.974 / 89.974).
const rule: Rule = {
  id: "budget-zero",
  code: "A6",
  category: "资金",
  severity: "error",
  description: "全年预算数为 0 或空白而有执行数，或年度资金总额为 0 而资金来源行填有金额",
  check({ form, report }) {
    const budget = form.budget;
    if (!budget) return;
    const scale = budget.toWanYuan;
    const tolerance = fundTolerance(budget);
    const unit = budget.unitLabel;
    const total = budget.total;
    const parts = total ? budget.rows.filter((r) => r !== total && r.row > total.row) : [];
    const amount = (row: FundRow, key: "initial" | "full" | "exec") => amountOf(row[key], scale);

    if (total && isAllZero(total) && parts.length > 0) {
      const sums: { [key: string]: number } = {};
      let partsHoldMoney = false;
      for (const key of AMOUNT_KEYS) {
        let sum = 0;
        for (const p of parts) sum += amount(p, key) || 0;
        sums[key] = sum;
        if (Math.abs(sum) > tolerance) partsHoldMoney = true;
      }
      if (partsHoldMoney) {
        const fields = AMOUNT_KEYS.map((k) => total[k]).filter((f): f is Field => f !== undefined);
        const fix: Edit[] = [];
        const expected: string[] = [];
        for (const key of AMOUNT_KEYS) {
          const field = total[key];
          if (!field) continue;
          expected.push(`${budget.labels[key]} ${fmtAmount(sums[key])}`);
          fix.push(setValue(field, round4(sums[key]), "年度资金总额 = 各资金来源之和"));
        }
        const filled = parts
          .filter((p) => AMOUNT_KEYS.some((k) => Math.abs(amount(p, k) || 0) > tolerance))
          .map((p) => `${fundName(p)} ${AMOUNT_KEYS.map((k) => fmtAmount(amount(p, k) || 0)).join(" / ")}`);
        report({
          cells: fields.map((f) => f.address),
          message:
            `${fundName(total)}为 0 或未填写，但资金来源行填有金额（${filled.join("；")} ${unit}），` +
            `年度资金总额应为各资金来源之和：${expected.join("、")} ${unit}。`,
          fix,
        });
        return;
      }
    }

    for (const row of budget.rows) {
      const exec = amount(row, "exec");
      if (!row.exec || exec === undefined || exec <= tolerance) continue;
      const full = amount(row, "full");
      if (full !== undefined && full > tolerance) continue;
      // A text or error in the budget cell is not a zero budget.
      if (row.full && row.full.q.kind !== "empty" && row.full.q.kind !== "number" && row.full.q.kind !== "na") continue;
      const where = row.full ? [row.full.address, row.exec.address] : [row.exec.address];
      report({
        cells: where,
        message:
          `${fundName(row)}：${budget.labels.exec} ${fmtAmount(exec)} ${unit}，但${budget.labels.full}` +
          `${full === undefined ? "未填写" : "为 0"}，执行率无法计算，请填写${budget.labels.full}。`,
      });
    }

    function isAllZero(row: FundRow): boolean {
      let anyField = false;
      for (const key of AMOUNT_KEYS) {
        const field = row[key];
        if (!field) continue;
        anyField = true;
        const kind = field.q.kind;
        if (kind === "empty" || kind === "na") continue;
        const v = amountOf(field, scale);
        if (v === undefined || Math.abs(v) > tolerance) return false;
      }
      return anyField;
    }
  },
};

function round4(n: number): number {
  return Math.round(n * 10000) / 10000;
}

export default rule;
