import type { LabelledField } from "../form";
import type { Rule } from "../rule";
import { compareScore } from "../scoring";
import { fmt, normalizeLabel } from "../text";
import { isBlankDeviation } from "./deviation-text";

// Points written in a sentence: "自评得分99.43分", "总分：95 分".
const POINTS = /(\d+(?:\.\d+)?)分/g;

// F3 (四川): 评价结论 states the 自评总分; with points lost, 存在问题 and 改进措施 say what they are, not "无".
const rule: Rule = {
  id: "conclusion-score",
  code: "F3",
  category: "文字",
  severity: "warning",
  description: "四川表样：评价结论应写明自评总分且与合计得分一致；总分不足 100 分时，存在问题和改进措施不能填“无”",
  check({ form, score, profile, report }) {
    if (profile.name !== "sichuan") return;
    const total = score.declaredTotal !== undefined ? score.declaredTotal : score.computedTotal;
    if (total === undefined) return;
    const conclusion = form.conclusion;
    if (conclusion && conclusion.field.text.trim() !== "") {
      const written = pointsIn(conclusion.field.text);
      // The recalculated total counts too: a wrong 合计 is D5's, not the conclusion's.
      const totals = [total].concat(score.computedTotal !== undefined ? [score.computedTotal] : []);
      const agrees = written.some((p) => totals.some((t) => compareScore(p, t) !== "mismatch"));
      if (!agrees) {
        report({
          cells: [conclusion.field.address],
          message:
            written.length === 0
              ? `评价结论未写明自评总分，应写明“自评得分 ${fmt(total)} 分”及等级。`
              : `评价结论中的得分 ${written.map(fmt).join("、")} 分与合计得分 ${fmt(total)} 分不一致。`,
        });
      }
    }
    if (total >= 100 - 0.005) return;
    const asked: Array<[LabelledField | undefined, string]> = [
      [form.problems, "问题"],
      [form.measures, "改进措施"],
    ];
    for (const [labelled, what] of asked) {
      if (!labelled || !isBlankDeviation(labelled.field.text)) continue;
      const written = labelled.field.text.trim();
      report({
        cells: [labelled.field.address],
        message:
          `总分 ${fmt(total)} 分，未得满分，${labelled.label.replace(/[\s:：]+/g, "")}${written === "" ? "未填写" : `填了“${written}”`}。` +
          `请写明扣分指标对应的${what}。`,
      });
    }
  },
};

function pointsIn(text: string): number[] {
  const out: number[] = [];
  const t = normalizeLabel(text);
  POINTS.lastIndex = 0;
  for (let m = POINTS.exec(t); m; m = POINTS.exec(t)) out.push(parseFloat(m[1]));
  return out;
}

export default rule;
