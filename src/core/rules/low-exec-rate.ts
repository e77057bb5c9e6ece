import type { Rule } from "../rule";
import { amountOf } from "../scoring";
import { fmtPercent } from "../text";
import { fmtAmount, isMissingReason } from "./util";

// A7: low execution needs explaining. pmkpi warns below 80 %; 四川 requires a written reason below 90 %.
const rule: Rule = {
  id: "low-exec-rate",
  code: "A7",
  category: "资金",
  severity: "warning",
  description: "执行率偏低（低于 80%，四川低于 90%）时应说明原因",
  check({ form, profile, report }) {
    const budget = form.budget;
    const row = budget && budget.total;
    if (!budget || !row || !row.exec) return;
    const full = amountOf(row.full, budget.toWanYuan);
    const exec = amountOf(row.exec, budget.toWanYuan);
    if (full === undefined || exec === undefined || full <= 0 || exec < 0) return;
    const rate = exec / full;
    const basis = `${budget.labels.exec} ${fmtAmount(exec)} ÷ ${budget.labels.full} ${fmtAmount(full)} ${budget.unitLabel}`;
    const reason = row.reason;
    const explainBelow = profile.explainRateBelow;
    // One finding per form: the reason cell when the profile demands a written reason there, else the rate.
    if (explainBelow !== undefined && reason && rate < explainBelow - 1e-9 && isMissingReason(reason)) {
      report({
        cells: [reason.address, row.rate ? row.rate.address : row.exec.address],
        message:
          `执行率 ${fmtPercent(rate)}（${basis}）低于 ${fmtPercent(explainBelow)}，` +
          `请在原因栏说明执行率偏低的原因（不超过 100 字）。`,
      });
      return;
    }
    if (rate >= profile.warnRateBelow - 1e-9) return;
    if (reason && !isMissingReason(reason)) return;
    report({
      cells: [row.rate ? row.rate.address : row.exec.address],
      message:
        `执行率 ${fmtPercent(rate)}（${basis}）低于 ${fmtPercent(profile.warnRateBelow)}，` +
        `预算执行偏慢，请在偏差原因分析或自评报告中说明原因。`,
    });
  },
};

export default rule;
