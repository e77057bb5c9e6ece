import type { Rule } from "../rule";
import { targetQuantity } from "../scoring";
import { fmt } from "../text";
import { indicatorName } from "./util";
import { hasDateTarget, isValueRow } from "./value-text";

// Spellings of the same unit.
const SAME: { [unit: string]: string } = {
  日: "天",
  个月: "月",
  千米: "公里",
  km: "公里",
  m: "米",
  "m²": "平方米",
  "㎡": "平方米",
  m2: "平方米",
  公斤: "千克",
  kg: "千克",
  t: "吨",
  "人/次": "人次",
  万: "万元",
  亿: "亿元",
};

// Units of one kind and their size in a common base, for "1 万元 = 10000 元".
const SCALES: Array<{ [unit: string]: number }> = [
  { 元: 1, 千元: 1000, 万元: 10000, 亿元: 100000000 },
  { 米: 1, 公里: 1000 },
  { 平方米: 1, 亩: 10000 / 15, 公顷: 10000, 平方公里: 1000000 },
  { 克: 1, 千克: 1000, 吨: 1000000 },
  { 小时: 1, 天: 24 },
];

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
      const tu = canonical(target.unit);
      const au = canonical(actual.unit);
      if (tu === au) continue;
      let detail: string;
      const factor = scaleBetween(au, tu);
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

function canonical(unit: string): string {
  const u = unit.toLowerCase();
  return SAME[u] || SAME[unit] || unit;
}

/** How many `to` one `from` is (元 → 万元: 0.0001), when both are of one kind. */
function scaleBetween(from: string, to: string): number | undefined {
  for (const scale of SCALES) {
    if (scale[from] !== undefined && scale[to] !== undefined) return scale[from] / scale[to];
  }
  return undefined;
}

/** "万元 = 10000 元" from the pair, whichever way the factor goes. */
function bigger(from: string, to: string, factor: number): string {
  return factor >= 1 ? `${from} = ${fmt(factor)} ${to}` : `${to} = ${fmt(1 / factor)} ${from}`;
}

export default rule;
