import { setValue } from "../edits";
import type { Field } from "../form";
import type { Rule } from "../rule";
import { amountOf, rateOf } from "../scoring";
import { fmtPercent } from "../text";
import { fmtAmount, fundTolerance } from "./util";

// 0.01 percentage points, as a fraction.
const TOLERANCE = 0.0001 + 1e-9;

/** The stored fraction of a percent-formatted number (0.862 shown "86%"), else the cell read as a rate. */
function declaredRate(field: Field, expected: number): number | undefined {
  if (typeof field.value === "number" && /%$/.test(field.text)) return field.value;
  return rateOf(field, expected);
}

/** The declared value is the computed rate rounded to a whole percent or to one decimal. */
function isRounded(declared: number, expected: number): boolean {
  const pct = declared * 100;
  const exact = expected * 100;
  return Math.abs(pct - Math.round(exact)) < 1e-6 || Math.abs(pct - Math.round(exact * 10) / 10) < 1e-6;
}

// A4: 执行率 = 全年执行数 ÷ 全年预算数 (not ÷ 年初预算数).
const rule: Rule = {
  id: "exec-rate",
  code: "A4",
  category: "资金",
  severity: "error",
  description: "执行率应等于全年执行数 ÷ 全年预算数",
  check({ form, report }) {
    const budget = form.budget;
    const row = budget && budget.total;
    if (!budget || !row || !row.rate || !row.full || !row.exec) return;
    const full = amountOf(row.full, budget.toWanYuan);
    const exec = amountOf(row.exec, budget.toWanYuan);
    if (full === undefined || exec === undefined || full <= 0 || exec < 0) return;
    const expected = exec / full;
    const field = row.rate;
    const unit = budget.unitLabel;
    const basis = `${budget.labels.exec} ${fmtAmount(exec)} ÷ ${budget.labels.full} ${fmtAmount(full)} ${unit}`;
    const fix = [setValue(field, Math.round(expected * 10000) / 10000, "执行率 = 全年执行数 ÷ 全年预算数", "0.00%")];
    if (field.q.kind !== "number") {
      const blank = field.q.kind === "empty";
      report({
        severity: field.q.kind === "error" ? "error" : "warning",
        cells: [field.address],
        message: blank
          ? `执行率未填写，应为 ${fmtPercent(expected)}（${basis}）。`
          : `执行率单元格为“${field.text}”，不是有效的百分比，应为 ${fmtPercent(expected)}（${basis}）。`,
        fix,
      });
      return;
    }
    const declared = declaredRate(field, expected);
    if (declared === undefined || Math.abs(declared - expected) <= TOLERANCE) return;
    if (isRounded(declared, expected)) {
      report({
        severity: "warning",
        cells: [field.address],
        message: `执行率应为 ${fmtPercent(expected)}（${basis}），表中为 ${fmtPercent(declared)}，疑为取整，建议保留两位小数。`,
        fix,
      });
      return;
    }
    const initial = amountOf(row.initial, budget.toWanYuan);
    const byInitial =
      initial !== undefined &&
      initial > 0 &&
      Math.abs(initial - full) > fundTolerance(budget) &&
      (Math.abs(declared - exec / initial) <= TOLERANCE || isRounded(declared, exec / initial));
    report({
      cells: [field.address],
      message:
        `执行率应为 ${fmtPercent(expected)}（${basis}），表中为 ${fmtPercent(declared)}` +
        (byInitial
          ? `，疑为按${budget.labels.initial} ${fmtAmount(initial as number)} ${unit} 计算；执行率应以${budget.labels.full}为分母。`
          : "。"),
      fix,
    });
  },
};

export default rule;
