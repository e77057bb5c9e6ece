import type { Rule } from "../rule";
import { fmt } from "../text";
import { isPlaceholderDeviation } from "./deviation-text";
import { indicatorName } from "./util";

// E5: "无", "/", "0", "暂无" is no explanation on a row that lost points (E1 reports only truly empty cells).
const rule: Rule = {
  id: "deviation-placeholder",
  code: "E5",
  category: "偏差原因",
  severity: "error",
  description: "扣分指标的偏差原因不能只填“无”“/”“0”“暂无”等占位内容",
  check({ score, report }) {
    for (const a of score.indicators) {
      if (a.weight === undefined || a.declaredScore === undefined) continue;
      // A full score needs no explanation, so a placeholder is fine there.
      if (a.declaredScore >= a.weight - 0.005) continue;
      const deviation = a.row.deviation;
      if (!deviation || !isPlaceholderDeviation(deviation.text)) continue;
      report({
        cells: [deviation.address].concat(a.row.score ? [a.row.score.address] : []),
        message:
          `${indicatorName(a.row)}得分 ${fmt(a.declaredScore)}，低于分值 ${fmt(a.weight)}（扣 ${fmt(a.weight - a.declaredScore)} 分），` +
          `偏差原因只填了“${deviation.text}”，应写明扣分原因及改进措施。`,
      });
    }
  },
};

export default rule;
