import type { Rule } from "../rule";
import { fmt } from "../text";
import { hasMeasure, hasReason, isBlankDeviation } from "./deviation-text";
import { indicatorName } from "./util";

// E3: a row that lost points explains both why (原因) and what will change (改进措施).
const rule: Rule = {
  id: "deviation-reason-and-measure",
  code: "E3",
  category: "偏差原因",
  severity: "info", // keyword heuristic: a hint, not a verdict
  description: "扣分指标的偏差原因分析及改进措施应同时写明偏差原因和改进措施",
  check({ score, report }) {
    for (const a of score.indicators) {
      if (a.weight === undefined || a.declaredScore === undefined) continue;
      if (a.declaredScore >= a.weight - 0.005) continue;
      const deviation = a.row.deviation;
      // Empty and placeholder texts are E1's and E5's findings.
      if (!deviation || isBlankDeviation(deviation.text)) continue;
      const reason = hasReason(deviation.text);
      const measure = hasMeasure(deviation.text);
      if (reason && measure) continue;
      const missing = !reason && !measure ? "偏差原因和改进措施" : !reason ? "偏差原因（如“由于……”“受……影响”）" : "改进措施（如“下一步将……”“加强……”）";
      report({
        cells: [deviation.address],
        message: `${indicatorName(a.row)}扣 ${fmt(a.weight - a.declaredScore)} 分，偏差原因分析及改进措施中未写明${missing}。`,
      });
    }
  },
};

export default rule;
