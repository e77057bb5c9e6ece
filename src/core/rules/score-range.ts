import { setValue } from "../edits";
import type { Field } from "../form";
import type { Edit, Rule } from "../rule";
import { fmt } from "../text";
import { indicatorName } from "./util";

// Half a cent: scores are kept to 2 d.p., so anything closer is the same score.
const EPS = 0.005;

// D1: 0 ≤ 得分 ≤ 分值 on every indicator row, 一级 小计 and the 总分 row, and a score is a number.
const rule: Rule = {
  id: "score-range",
  code: "D1",
  category: "得分",
  severity: "error",
  description: "得分应填写为数字，且不小于 0、不超过分值（三级指标、一级指标小计及总分）",
  check({ form, score, report }) {
    // A row above its 分值 also lifts the 总分 above 100: the row is the finding, the total's is not repeated.
    let rowAbove = false;
    for (const a of score.indicators) {
      if (a.kind === "empty") continue;
      const field = a.row.score;
      if (!field) continue;
      // Only a quantitative row has a score we can vouch for; qualitative scores are a judgement.
      const fix = (reason: string): Edit[] | undefined =>
        a.kind === "quantitative" && a.expected !== undefined ? [setValue(field, a.expected, reason)] : undefined;
      if (field.q.kind === "empty" && a.weight !== undefined && a.weight > 0 && !a.row.isPlaceholder) {
        report({
          cells: [field.address],
          message: `${indicatorName(a.row)}的得分未填写（分值 ${fmt(a.weight)}）。`,
          fix: fix("按公式计算指标得分"),
        });
        continue;
      }
      if (checkScore(field, a.weight, `${indicatorName(a.row)}`, fix, report)) rowAbove = true;
    }
    const block = form.indicators;
    if (!block) return;
    for (const group of block.groups) {
      const sub = group.subtotal;
      if (!sub || !sub.score) continue;
      const weight = sub.weight && sub.weight.q.kind === "number" ? sub.weight.q.num : group.declaredWeight;
      if (checkScore(sub.score, weight, `${group.label.replace(/\s+/g, "")}小计`, () => undefined, report)) rowAbove = true;
    }
    // The 总分 row too, against the 分值 it declares (100): too many points somewhere above shows here. Text and
    // error values there are total-sum's (D5) to report.
    const total = form.total;
    if (!rowAbove && total && total.score && total.score.q.kind === "number" && total.weight && total.weight.q.kind === "number") {
      checkScore(total.score, total.weight.q.num, "总分", () => undefined, report);
    }
  },
};

/** Reports what is wrong with one score cell; true when it is above its 分值. */
function checkScore(
  field: Field,
  weight: number | undefined,
  name: string,
  fix: (reason: string) => Edit[] | undefined,
  report: (r: { cells: string[]; message: string; fix?: Edit[] }) => void,
): boolean {
  const q = field.q;
  if (q.kind === "text") {
    report({
      cells: [field.address],
      message: `${name}的得分应为数字，表中为“${field.text}”。`,
      fix: fix("得分应为数字，按公式计算"),
    });
    return false;
  }
  if (q.kind === "error") {
    report({ cells: [field.address], message: `${name}的得分单元格显示错误值 ${field.text}，请检查公式或引用。`, fix: fix("按公式计算指标得分") });
    return false;
  }
  if (q.kind !== "number" || q.num === undefined) return false;
  const declared = q.num;
  if (declared < -EPS) {
    report({
      cells: [field.address],
      message: `${name}得分不能为负数，表中为 ${fmt(declared)}。`,
      fix: fix("得分不能为负数，按公式计算"),
    });
    return false;
  }
  if (weight !== undefined && weight >= 0 && declared > weight + EPS) {
    report({
      cells: [field.address],
      message: `${name}得分 ${fmt(declared)} 超过分值 ${fmt(weight)}，得分不能大于分值。`,
      fix: fix("得分不能大于分值，按公式计算"),
    });
    return true;
  }
  return false;
}

export default rule;
