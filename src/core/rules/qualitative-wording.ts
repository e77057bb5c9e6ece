import type { IndicatorRow } from "../form";
import type { Rule } from "../rule";
import type { Tier } from "../scoring";
import { readQualitative } from "../scoring";
import { indicatorName } from "./util";
import { hasDateTarget, isOnTimeWord, isTimelinessRow, isValueRow, plainText, readDate, vagueActualOnFigureTarget } from "./value-text";

const TIER_NAMES: { [t in Tier]: string } = {
  1: "达成年度指标",
  2: "部分达成年度指标并具有一定效果",
  3: "未达成年度指标且效果较差",
};

const TIER_RANGES: { [t in Tier]: string } = { 1: "80%（含）–100%", 2: "60%（含）–80%", 3: "0–60%" };

// Short phrases whose tier is beyond doubt. Sentences are not read by prefix: "未发生安全事故" is a success.
const SYNONYMS: Array<[RegExp, Tier]> = [
  [
    /^(已?全部完成|已?完成|已?按时完成|已?按期完成|已?如期完成|已?达成|达成预期(指标|目标)?|达到预期(指标|目标|效果)?|已?达标|已?实现|已?全部实现|效果(明显|显著|良好)|成效(明显|显著)|明显|显著|良好|优秀|优|好|是|合格|符合|满足|已?到位|已?落实)$/,
    1,
  ],
  [/^(部分(完成|达成|实现|达标|达到)|部分达成年度指标)$/, 2],
  [/^((未|未能|没有|尚未)(完成|达成|达标|实现|达到)(预期|年度)?(指标|目标)?|不达标|不合格|较差|差)$/, 3],
];

// Between tier 1 and tier 2: the user has to choose.
const AMBIGUOUS = /^(基本(完成|达成|实现|达标|达到|满足|符合)?|大部分(完成|达成|实现)|较好|一般|良)$/;

// C4 (§3.3, §1.4): a qualitative 实际完成值 is one of the three official tiers.
const rule: Rule = {
  id: "qualitative-wording",
  code: "C4",
  category: "指标值",
  severity: "warning",
  description: "定性指标实际完成值应为“达成年度指标”“部分达成年度指标并具有一定效果”“未达成年度指标且效果较差”之一",
  check({ score, report }) {
    // One finding per distinct wording: a form that writes "已完成" eleven times has one habit to change.
    const groups: { [key: string]: { cells: string[]; rows: IndicatorRow[]; text: string; tier?: Tier } } = {};
    const order: string[] = [];
    for (const a of score.indicators) {
      const row = a.row;
      if (a.kind === "quantitative" || !isValueRow(row) || !row.actual || row.actual.row !== row.row) continue;
      if (row.actual.q.kind !== "text" || (row.target && row.target.q.kind === "na")) continue;
      if (!ownsRow(row)) continue;
      const said = plainText(row.actual.text);
      const reading = readQualitative(said);
      if (reading && reading.official) continue;
      let key: string;
      let tier: Tier | undefined;
      if (AMBIGUOUS.test(said)) key = "?" + said;
      else {
        tier = tierOf(said);
        if (tier === undefined) {
          report({
            cells: [row.actual.address],
            message:
              `${indicatorName(row)}的实际完成值“${row.actual.text}”不是完成档次表述，无法判断达成档次。` +
              `定性指标请填写“达成年度指标”“部分达成年度指标并具有一定效果”或“未达成年度指标且效果较差”，具体情况写入偏差原因分析。`,
          });
          continue;
        }
        key = tier + said;
      }
      if (!groups[key]) {
        groups[key] = { cells: [], rows: [], text: row.actual.text, tier };
        order.push(key);
      }
      groups[key].cells.push(row.actual.address);
      groups[key].rows.push(row);
    }
    for (const key of order) {
      const g = groups[key];
      const where = g.cells.length > 1 ? `（共 ${g.cells.length} 处）` : `（${indicatorName(g.rows[0])}）`;
      const message =
        g.tier !== undefined
          ? `实际完成值“${g.text}”${where}不是规范的完成档次表述，按“${TIER_NAMES[g.tier]}”理解` +
            `（得分为分值的 ${TIER_RANGES[g.tier]}）。建议改为“${TIER_NAMES[g.tier]}”。`
          : `实际完成值“${g.text}”${where}介于“${TIER_NAMES[1]}”和“${TIER_NAMES[2]}”之间，无法确定档次。` +
            `请按实际情况选择其一（得分分别为分值的 ${TIER_RANGES[1]} 或 ${TIER_RANGES[2]}）。`;
      report({ severity: "info", cells: g.cells, message });
    }
  },
};

function tierOf(said: string): Tier | undefined {
  for (const [pattern, tier] of SYNONYMS) if (pattern.test(said)) return tier;
  return undefined;
}

/** Rows another value rule speaks for: C3's figure-in-the-target guess and C7's dates and "按时". */
function ownsRow(row: IndicatorRow): boolean {
  if (!row.actual || vagueActualOnFigureTarget(row) || hasDateTarget(row)) return false;
  if (isTimelinessRow(row) && (isOnTimeWord(row.actual.text) || readDate(row.actual.text))) return false;
  return true;
}

export default rule;
