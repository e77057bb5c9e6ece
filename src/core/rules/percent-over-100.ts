import type { Field } from "../form";
import type { Rule } from "../rule";
import { targetQuantity } from "../scoring";
import { fmt, normalizeLabel } from "../text";
import { indicatorName } from "./util";
import { isValueRow } from "./value-text";

// A share of a whole cannot pass 100%; growth, completion against plan and returns can.
const SHARE = /率|比例|比重|占比|覆盖|满意度|合格|及时|达标|知晓|到位|普及/;
const NOT_SHARE = /增长|增幅|增速|增加|增量|提高|提升|上升|下降|降低|减少|同比|环比|变化|变动|回报|收益|超额|完成率|倍/;
// …unless the name ends as a share does.
const SHARE_ENDING = /(及时率|合格率|满意度|覆盖率)$/;
const BAIFENBI = /\d\s*百分比/;

// C5 (§6.2, §8 #9): a share-type % indicator over 100%; the unit "百分比" written for "%".
const rule: Rule = {
  id: "percent-over-100",
  code: "C5",
  category: "指标值",
  severity: "warning",
  description: "比率类指标（合格率、覆盖率、满意度等）的百分数不应超过 100%；单位应写作“%”而非“百分比”",
  check({ score, report }) {
    for (const a of score.indicators) {
      const row = a.row;
      if (!isValueRow(row)) continue;
      const name = row.name ? normalizeLabel(row.name.text) : "";
      const isShare = SHARE.test(name) && !(NOT_SHARE.test(name) && !SHARE_ENDING.test(name));
      const target = targetQuantity(row);
      if (isShare && target.kind === "number" && target.unit === "%" && target.num !== undefined && target.num > 100 && row.target) {
        report({
          cells: [row.target.address],
          message: `${indicatorName(row)}是比率类指标，年度指标值为 ${fmt(target.num)}%，超过 100%。请核实目标值（如应为“=100%”）。`,
        });
      }
      const actual = row.actual && row.actual.row === row.row ? row.actual : undefined;
      // One note per row for the "百分比" habit, listing each cell that has it.
      const baifenbi: Field[] = [];
      if (row.target && wroteBaifenbi(row.target)) baifenbi.push(row.target);
      if (actual && wroteBaifenbi(actual)) baifenbi.push(actual);
      if (baifenbi.length) {
        report({
          severity: "info",
          cells: baifenbi.map((f) => f.address),
          message: `${indicatorName(row)}的${baifenbi.map((f) => `${f === actual ? "实际完成值" : "年度指标值"}“${f.text}”`).join("、")}把单位写成了“百分比”，规范写法为“%”。`,
        });
      }
      if (!actual) continue;
      // The assessment puts a 0.95 stored against a "≥90%" target on the % scale; otherwise read the cell itself.
      const actualPercent =
        a.kind === "quantitative" && a.unit === "%" && a.actual !== undefined && (a.actualUnit === "%" || a.actualUnit === undefined)
          ? a.actual
          : actual.q.kind === "number" && actual.q.unit === "%"
            ? actual.q.num
            : undefined;
      if (isShare && actualPercent !== undefined && actualPercent > 100) {
        report({
          cells: [actual.address],
          message: `${indicatorName(row)}是比率类指标，实际完成值为 ${fmt(actualPercent)}%，超过 100%。请核实实际完成值的计算口径。`,
        });
      }
    }
  },
};

function wroteBaifenbi(field: Field): boolean {
  return BAIFENBI.test(field.text);
}

export default rule;
