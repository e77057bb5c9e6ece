import type { Field, IndicatorRow } from "../form";
import type { Rule, Severity } from "../rule";
import { fieldNumber } from "../scoring";
import { fmt } from "../text";
import { expectedIndicatorTotal } from "./indicator-weight-total";
import { indicatorName } from "./util";

function blank(row: IndicatorRow): boolean {
  return isEmptyField(row.name) && isEmptyField(row.target) && isEmptyField(row.actual);
}

function isEmptyField(field: Field | undefined): boolean {
  return !field || field.text === "";
}

/** A nameless row whose 分值 equals the sum of the named rows of its 二级: a 二级 weight, not an empty row. */
function isLevel2WeightRow(row: IndicatorRow, rows: IndicatorRow[]): boolean {
  const w = fieldNumber(row.weight);
  if (w === undefined) return false;
  const peers = rows.filter((r) => r !== row && r.level2Label === row.level2Label && r.level1 === row.level1 && !blank(r));
  if (peers.length === 0) return false;
  const sum = peers.reduce((s, r) => s + (fieldNumber(r.weight) || 0), 0);
  return Math.abs(sum - w) <= 0.01;
}

// B6 (W4, §5.3): every filled 三级 has a positive numeric 分值; an empty 二级 row carries none.
const rule: Rule = {
  id: "weight-positive",
  code: "B6",
  category: "指标结构",
  severity: "warning",
  description: "每个三级指标的分值应为大于 0 的数字；空置的二级指标行不能占分值",
  check({ form, profile, report }) {
    const block = form.indicators;
    if (!block || block.columns.weight === undefined) return;
    for (const row of block.rows) {
      const weight = row.weight;
      if (row.isEmpty || row.isPlaceholder || !weight) continue;
      const q = weight.q;
      if (blank(row)) {
        if (q.kind === "empty" || q.kind === "na" || (q.kind === "number" && q.num === 0)) continue;
        if (isLevel2WeightRow(row, block.rows)) continue;
        const label = row.level2Label.replace(/\s+/g, "") || "二级指标";
        report({
          severity: "error",
          cells: [weight.address].concat(row.level2Address ? [row.level2Address] : []),
          message:
            `${label}一行没有三级指标，却填了分值 ${weight.text}。空置的二级指标行不能占分值：` +
            `请补充三级指标，或删去分值并把这部分分值分配到其他指标。`,
        });
        continue;
      }
      if (q.kind === "number" && (q.num as number) > 0) continue; // the usual case: nothing to say
      const name = indicatorName(row);
      let severity: Severity | undefined;
      let message = "";
      if (q.kind === "empty") {
        severity = "warning";
        const total = expectedIndicatorTotal(form, profile).expected;
        message = `${name}未填写分值。每个三级指标都应有分值，全部指标分值合计 ${fmt(total)} 分。`;
      } else if (q.kind === "error") {
        severity = "error";
        message = `${name}的分值为错误值“${weight.text}”，请改为数字分值。`;
      } else if (q.kind === "text") {
        severity = "error";
        message = `${name}的分值“${weight.text}”不是数字，无法计算得分和合计，请改为数字分值。`;
      } else if (q.kind === "na" || q.num === 0) {
        severity = profile.requirePositiveWeights ? "warning" : "info";
        message =
          `${name}的分值为“${weight.text}”，该指标不参与评分。` +
          (profile.requirePositiveWeights ? "预算管理一体化系统要求三级指标分值大于 0。" : "如指标不适用，宜删除该行并把分值分配到其他指标。");
      } else if ((q.num as number) < 0) {
        severity = "error";
        message = `${name}的分值为 ${fmt(q.num as number)}，分值不能为负数。`;
      }
      if (!severity) continue;
      const cells = [weight.address].concat(row.name && row.name.text ? [row.name.address] : []);
      report({ severity, cells, message });
    }
  },
};

export default rule;
