import type { IndicatorRow } from "../form";
import type { Rule } from "../rule";
import { targetQuantity } from "../scoring";
import { fmt, normalizeLabel } from "../text";
import { indicatorName } from "./util";
import { isValueRow, readDate, targetIsBlank, unitInName } from "./value-text";

// Indicators where less is better: the operator to suggest is ≤.
const REVERSE_NAME = /成本|费用|单价|造价|超支|投诉|事故|差错|失误|故障|误差|延误|逾期|发生率|失密|泄密|丢失|损失|排放量/;

// C1 (§1.4, §6.2): 年度指标值 is filled; a numeric one carries an operator and a unit.
const rule: Rule = {
  id: "target-format",
  code: "C1",
  category: "指标值",
  severity: "error",
  description: "年度指标值不能为空；定量指标值应写明运算符、数值和单位（如“≥65台”）",
  check({ form, score, report }) {
    const block = form.indicators;
    if (!block || block.columns.target === undefined) return;
    for (const a of score.indicators) {
      const row = a.row;
      if (!isValueRow(row) || !row.target || row.target.row !== row.row) continue;
      const field = row.target;
      const q = targetQuantity(row);
      if (q.kind === "empty" || targetIsBlank(row)) {
        report({
          cells: [field.address],
          message:
            `${indicatorName(row)}的年度指标值为空。请填写年初设定的目标：定量指标写运算符、数值和单位（如“≥65台”），` +
            `定性指标写目标描述（如“有所提升”）。`,
        });
        continue;
      }
      if (q.kind !== "number" || q.num === undefined) continue;
      // Dates belong to C7 ("2023.12" reads as a bare number).
      if (readDate(field.text)) continue;
      const missingOp = !q.op;
      const missingUnit = !q.unit && !unitInName(row);
      if (!missingOp && !missingUnit) continue;
      const written = normalizeLabel(field.text) || fmt(q.num);
      const where = row.nature ? "（指标性质列为空）" : "";
      const op = suggestedOperator(row, q.num, q.unit);
      const reading = a.kind === "quantitative" ? "评分时按“≥”（越大越好）理解" : "无法按定量指标计分";
      let message: string;
      if (missingOp && missingUnit) {
        message =
          `${indicatorName(row)}的年度指标值“${written}”只有数字，没有运算符${where}和单位，${reading}。` +
          `建议写为“${op}${fmt(q.num)}”加单位（如“个”“人次”“%”“万元”）。`;
      } else if (missingOp) {
        message =
          `${indicatorName(row)}的年度指标值“${written}”没有写“≥”“≤”或“=”${where}，${reading}。` +
          `建议写为“${op}${fmt(q.num)}${q.unit || ""}”。`;
      } else {
        message = `${indicatorName(row)}的年度指标值“${written}”没有单位，建议写明单位（如“个”“人次”“%”“万元”）。`;
      }
      report({ severity: "info", cells: [field.address], message });
    }
  },
};

function suggestedOperator(row: IndicatorRow, num: number, unit: string | undefined): string {
  const name = row.name ? normalizeLabel(row.name.text) : "";
  if (num === 0 || (unit === "%" && num === 100)) return "=";
  if (/成本/.test(row.level2 || "") || row.level1 === "成本指标" || REVERSE_NAME.test(name)) return "≤";
  return "≥";
}

export default rule;
