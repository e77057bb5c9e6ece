import type { Rule } from "../rule";
import { targetQuantity } from "../scoring";
import { fmt } from "../text";
import { canonicalUnit, unitFactor } from "../units";
import { indicatorName } from "./util";
import { hasDateTarget, isValueRow } from "./value-text";

// C6 (§6.2): the 实际完成值 is measured in the unit of the 年度指标值.
const rule: Rule = {
  id: "unit-mismatch",
  code: "C6",
  category: "指标值",
  severity: "warning",
  description: "实际完成值的单位应与年度指标值的单位一致",
  check({ score, report }) {
    for (const a of score.indicators) {
      const row = a.row;
      if (!isValueRow(row) || !row.actual || !row.target || row.actual.row !== row.row || hasDateTarget(row)) continue;
      const target = targetQuantity(row);
      const actual = row.actual.q;
      // A missing unit on either side is C1's (target) or harmless (actual).
      if (target.kind !== "number" || actual.kind !== "number" || !target.unit || !actual.unit || actual.num === undefined) continue;
      const tu = canonicalUnit(target.unit);
      const au = canonicalUnit(actual.unit);
      if (tu === au) continue;
      let detail: string;
      const factor = unitFactor(au, tu);
      if (factor !== undefined) {
        const converted = actual.num * factor;
        detail =
          `（1 ${bigger(au, tu, factor)}），换算后实际完成值为 ${fmt(converted)}${target.unit}。` +
          `请统一单位，避免按数字直接比较时出错。`;
      } else if ((tu === "人" && au === "人次") || (tu === "人次" && au === "人")) {
        detail = "。“人”是人数，“人次”按次累计，两者口径不同，请按年度指标值的口径填写实际完成值。";
      } else {
        detail = "，两者无法直接比较。请按年度指标值的单位填写实际完成值。";
      }
      report({
        cells: [row.actual.address, row.target.address],
        message: `${indicatorName(row)}的实际完成值单位为“${actual.unit}”，年度指标值单位为“${target.unit}”${detail}`,
      });
    }
  },
};

/** "万元 = 10000 元" from the pair, whichever way the factor goes. */
function bigger(from: string, to: string, factor: number): string {
  return factor >= 1 ? `${from} = ${fmt(factor)} ${to}` : `${to} = ${fmt(1 / factor)} ${from}`;
}

export default rule;
