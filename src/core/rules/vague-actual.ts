import type { Rule } from "../rule";
import { readQualitative } from "../scoring";
import { normalizeLabel } from "../text";
import { indicatorName } from "./util";
import { embeddedQuantity, hasDateTarget, isValueRow, isVagueWord, plainText, vagueActualOnFigureTarget } from "./value-text";

// C3 (§6.2, §8 #3): a quantitative indicator needs a figure as 实际完成值, not "完成".
const rule: Rule = {
  id: "vague-actual",
  code: "C3",
  category: "指标值",
  severity: "error",
  description: "定量指标的实际完成值应填写具体数值和单位，不能只写“完成”“达标”等词",
  check({ score, report }) {
    for (const a of score.indicators) {
      const row = a.row;
      // Dates in 时效 rows are C7's.
      if (!isValueRow(row) || !row.actual || row.actual.row !== row.row || hasDateTarget(row)) continue;
      const actual = row.actual;
      const said = plainText(actual.text);
      if (a.kind === "quantitative") {
        if (actual.q.kind !== "text") continue;
        const target = row.target && row.target.text ? `“${row.target.text}”` : "";
        if (a.actual !== undefined) {
          // "450人次（含线上培训120人次）": the scoring reads the figure; the remark belongs elsewhere.
          report({
            severity: "info",
            cells: [actual.address],
            message:
              `${indicatorName(row)}的实际完成值“${actual.text}”在数值后加了说明，已按其中的数值核对得分。` +
              `建议只填数值和单位，说明文字写入偏差原因分析。`,
          });
        } else if (/\d/.test(said)) {
          report({
            severity: "info",
            cells: [actual.address],
            message:
              `${indicatorName(row)}是定量指标（年度指标值${target}），实际完成值“${actual.text}”夹有文字，无法按公式核对得分。` +
              `建议只填数值和单位${suggestFigure(actual.text)}，说明文字写入偏差原因分析。`,
          });
        } else if (a.vagueActual || isVagueWord(said) || readQualitative(said)) {
          report({
            cells: [actual.address],
            message:
              `${indicatorName(row)}是定量指标（年度指标值${target}），实际完成值只写了“${actual.text}”，没有具体数值，无法计算得分。` +
              `请填写实际完成的数值和单位${a.unit ? `（单位：${a.unit}）` : ""}。`,
          });
        } else {
          report({
            severity: "warning",
            cells: [actual.address],
            message:
              `${indicatorName(row)}是定量指标（年度指标值${target}），实际完成值“${actual.text}”不是数值，无法计算得分。` +
              `请填写实际完成的数值和单位${a.unit ? `（单位：${a.unit}）` : ""}。`,
          });
        }
        continue;
      }
      // The target names a figure in words ("……替代计算机终端65台") and the actual is only "完成": a guess, so info.
      const figure = vagueActualOnFigureTarget(row);
      if (!figure || !row.target) continue;
      const copied = !!row.name && normalizeLabel(row.name.text) === normalizeLabel(row.target.text);
      const embedded = embeddedQuantity(row.target.text);
      const suggestion = embedded ? `“≥${embedded.num}${embedded.unit}”` : "带运算符和单位的目标值";
      report({
        severity: "info",
        cells: [actual.address, row.target.address],
        message:
          (copied
            ? `${indicatorName(row)}的年度指标值照抄了指标名称，其中含有数量“${figure.text}”，`
            : `${indicatorName(row)}的年度指标值“${row.target.text}”含有数量“${figure.text}”，`) +
          `而实际完成值只写了“${actual.text}”。如这是定量指标，建议年度指标值写为${suggestion}，实际完成值填写实际完成的数量和单位。`,
      });
    }
  },
};

/** "完成65台" → "（如“65台”）"; nothing when no single figure can be picked out. */
function suggestFigure(text: string): string {
  const embedded = embeddedQuantity(text);
  return embedded ? `（如“${embedded.text}”）` : "";
}

export default rule;
