import type { Rule } from "../rule";
import { fmt } from "../text";
import { indicatorName } from "./util";

// E1: a row that lost points must say why (偏差原因分析及改进措施).
const rule: Rule = {
  id: "deviation-required",
  code: "E1",
  category: "偏差原因",
  severity: "error",
  description: "得分低于分值的指标必须填写偏差原因分析及改进措施",
  check({ form, score, report }) {
    if (!form.indicators || form.indicators.columns.deviation === undefined) return;
    for (const a of score.indicators) {
      if (a.weight === undefined || a.declaredScore === undefined) continue;
      if (a.declaredScore >= a.weight - 0.005) continue;
      const deviation = a.row.deviation;
      // A placeholder such as "无" is reported by deviation-placeholder (E5), so each cell gets one finding.
      if (!deviation || deviation.text.trim() !== "") continue;
      const name = indicatorName(a.row);
      report({
        cells: [a.row.score!.address, deviation.address],
        message: `${name}得分 ${fmt(a.declaredScore)}，低于分值 ${fmt(a.weight)}（扣 ${fmt(a.weight - a.declaredScore)} 分），但未填写偏差原因分析及改进措施。`,
      });
    }
  },
};

export default rule;
