import type { Rule } from "../rule";
import { fmt } from "../text";
import { isBlankDeviation } from "./deviation-text";
import { indicatorName } from "./util";

// 广西: with a target of 0, an actual of 30 or more counts as strong over-achievement.
const ZERO_TARGET_OVER = 30;

// D4 (and E2 for 广西): an actual far above the target with a full score needs a 偏离度 review and a written reason.
const rule: Rule = {
  id: "over-achievement",
  code: "D4",
  category: "得分",
  severity: "warning",
  description: "实际完成值大幅超过年度指标值仍得满分时，应复核指标值是否偏低（偏离度），并在偏差原因中说明",
  check({ form, score, profile, report }) {
    const hasDeviationColumn = !!form.indicators && form.indicators.columns.deviation !== undefined;
    const mandatory = profile.deviationOnOverAchievement && hasDeviationColumn;
    for (const a of score.indicators) {
      if (a.kind !== "quantitative" || a.actual === undefined || a.target === undefined || !a.row.actual) continue;
      const zeroTargetOver =
        profile.deviationOnOverAchievement && a.target === 0 && (a.op === ">=" || a.op === ">") && a.actual >= ZERO_TARGET_OVER;
      if (!a.overAchieved && !zeroTargetOver) continue;
      const deviation = a.row.deviation;
      const blank = !deviation || isBlankDeviation(deviation.text);
      if (!blank) continue;
      const known = a.weight !== undefined && a.declaredScore !== undefined;
      const full = known && (a.declaredScore as number) >= (a.weight as number) - 0.005;
      const lost = known && !full;
      const unit = a.unit || "";
      const how =
        a.target > 0
          ? `实际完成值 ${fmt(a.actual)}${unit} 是年度指标值 ${fmt(a.target)}${unit} 的 ${fmt(a.actual / a.target)} 倍`
          : `年度指标值为 0，实际完成值达到 ${fmt(a.actual)}${unit}`;
      const threshold =
        a.target > 0 ? `超出目标 ${fmt((profile.overAchievement - 1) * 100)}% 及以上` : `达到 ${ZERO_TARGET_OVER} 及以上`;
      const cells = [a.row.actual.address].concat(a.row.score ? [a.row.score.address] : [], deviation ? [deviation.address] : []);
      if (mandatory) {
        // A row that lost points already gets E1 (empty) or E5 (placeholder) on this cell.
        if (lost) continue;
        report({
          severity: "error",
          cells,
          message: `${indicatorName(a.row)}${how}（${threshold}），超计划较大，须在偏差原因中说明实际完成情况超计划较大的原因。`,
        });
        continue;
      }
      if (!full) continue;
      report({
        cells,
        message:
          `${indicatorName(a.row)}${how}（${threshold}），仍得满分 ${fmt(a.weight as number)}。` +
          `请复核年初指标值是否设定偏低，必要时按偏离度适度调减分值，并在偏差原因中说明超额完成的原因。`,
      });
    }
  },
};

export default rule;
