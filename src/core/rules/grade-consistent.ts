import { setValue } from "../edits";
import type { Grade, GradeBand } from "../profile";
import { gradeFor } from "../profile";
import type { Rule } from "../rule";
import { fmt } from "../text";

// How a grade is written in each style, so a fix keeps the user's wording.
const STYLES: Array<{ [g in Grade]: string }> = [
  { 优: "优", 良: "良", 中: "中", 差: "差" },
  { 优: "优秀", 良: "良好", 中: "中等", 差: "较差" },
  { 优: "优秀", 良: "良好", 中: "合格", 差: "不合格" },
  { 优: "A", 良: "B", 中: "C", 差: "D" },
];

// D6 (§4): the written 自评等级 matches the declared 总分 under the profile's grade bands.
const rule: Rule = {
  id: "grade-consistent",
  code: "D6",
  category: "得分",
  severity: "error",
  description: "自评等级应与总分相符（优 ≥90，良 80–90，中 60–80，差 <60）",
  check({ form, score, profile, report }) {
    const field = form.grade && form.grade.field;
    // Blank, "/" or "—": no grade written yet, nothing to compare.
    if (!field || field.q.kind === "empty" || field.q.kind === "na") return;
    const declared = score.declaredGrade;
    if (declared === undefined) {
      report({
        severity: "warning",
        cells: [field.address],
        message: `自评等级“${field.text}”无法识别，应填写 优、良、中、差 之一（或 优秀、良好 等写法）。`,
      });
      return;
    }
    const total = score.declaredTotal;
    if (total === undefined || !form.total || !form.total.score) return;
    const expected = gradeFor(total, profile.gradeBands);
    if (expected === declared) return;
    const written = styleOf(field.text)[expected];
    report({
      cells: [field.address, form.total.score.address],
      message: `自评等级应为“${written}”（总分 ${fmt(total)}，${bandText(expected, profile.gradeBands)}），表中为“${field.text}”。`,
      fix: [setValue(field, written, `按总分 ${fmt(total)} 确定自评等级`)],
    });
  },
};

function styleOf(text: string): { [g in Grade]: string } {
  const t = text.replace(/[\s"'“”]/g, "");
  for (let i = 0; i < STYLES.length; i++) {
    const style = STYLES[i];
    for (const g of ["优", "良", "中", "差"] as Grade[]) if (style[g] === t) return style;
  }
  return STYLES[0];
}

/** "良为 [80, 90)" from the bands (sorted high to low). */
function bandText(grade: Grade, bands: GradeBand[]): string {
  for (let i = 0; i < bands.length; i++) {
    if (bands[i].grade !== grade) continue;
    const min = bands[i].min;
    if (i === 0) return `${grade}为 ${fmt(min)} 分（含）以上`;
    const max = bands[i - 1].min;
    return min <= 0 ? `${grade}为 ${fmt(max)} 分以下` : `${grade}为 ${fmt(min)}（含）–${fmt(max)} 分`;
  }
  return "";
}

export default rule;
