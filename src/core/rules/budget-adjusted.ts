import type { Rule } from "../rule";
import { amountOf } from "../scoring";
import { fmtAmount, fundName, fundTolerance, isMissingReason } from "./util";

// A8: a budget changed during the year (追加/调减) should be explained; 四川 prints that requirement on the form.
const rule: Rule = {
  id: "budget-adjusted",
  code: "A8",
  category: "资金",
  severity: "info",
  description: "年初预算数与全年预算数不一致时，应说明预算调整（追加或调减）的原因",
  check({ form, profile, report }) {
    const budget = form.budget;
    const row = budget && budget.total;
    if (!budget || !row || !row.initial || !row.full) return;
    const initial = amountOf(row.initial, budget.toWanYuan);
    const full = amountOf(row.full, budget.toWanYuan);
    if (initial === undefined || full === undefined || initial < 0 || full < 0) return;
    const delta = full - initial;
    if (Math.abs(delta) <= fundTolerance(budget)) return;
    const reason = row.reason;
    // A written reason is taken as the explanation; its wording is not judged here.
    if (reason && !isMissingReason(reason)) return;
    const unit = budget.unitLabel;
    const change = delta > 0 ? `追加 ${fmtAmount(delta)} ${unit}` : `调减 ${fmtAmount(-delta)} ${unit}`;
    const required = profile.name === "sichuan" && reason !== undefined;
    report({
      severity: required ? "warning" : "info",
      cells: reason ? [row.full.address, row.initial.address, reason.address] : [row.full.address, row.initial.address],
      message:
        `${fundName(row)}：${budget.labels.full} ${fmtAmount(full)} ${unit} 与${budget.labels.initial} ${fmtAmount(initial)} ${unit} 不一致` +
        `（${change}），` +
        (reason ? "请在原因栏说明年中预算调整的原因。" : "请在自评报告中说明年中预算调整的原因。"),
    });
  },
};

export default rule;
