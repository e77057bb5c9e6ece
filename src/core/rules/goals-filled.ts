import type { LabelledField } from "../form";
import type { Rule } from "../rule";
import { normalizeLabel } from "../text";

const NUMBER_RUN = /[+-]?\d+(\.\d+)?/g;
const AMOUNT_UNITS = /(亿元|万元|千元|元|万|%|百分比)/g;
const SEPARATORS = /[\/\\,，、;；:：.。~～\-—－()（）|]/g;
const VAGUE = /^(已?完成|已?全部完成|基本完成|按时完成|已?达成|已?达标|已?实现|是|好|良好|完成年度目标|已完成年度目标|达成年度指标|达成预期目标|达到预期)[。.!！]?$/;

/** "43.2", "43.2万元", "43.2 / 37.24": numbers and amount units only. */
function isNumbersOnly(field: LabelledField["field"]): boolean {
  if (typeof field.value === "number") return true;
  const t = normalizeLabel(field.text);
  if (!/\d/.test(t)) return false;
  return t.replace(NUMBER_RUN, "").replace(AMOUNT_UNITS, "").replace(SEPARATORS, "") === "";
}

// F1: 年度总体目标 is narrative: 预期目标 states the approved goal, 实际完成情况 tells what was achieved.
const rule: Rule = {
  id: "goals-filled",
  code: "F1",
  category: "文字",
  severity: "warning",
  description: "年度总体目标的预期目标和实际完成情况应填写文字说明，而不是空白、金额或“完成”",
  check({ form, report }) {
    const goals = form.goals;
    if (!goals) return;
    const sides: Array<[LabelledField | undefined, string, string]> = [
      [goals.expected, "预期目标", "年初批复的年度总体绩效目标（做什么、达到什么效果）"],
      [goals.actual, "实际完成情况", "年度目标实际完成情况的文字说明（完成了哪些工作、主要指标完成数及效果）"],
    ];
    for (const [side, name, expected] of sides) {
      if (!side) continue;
      const field = side.field;
      const label = side.label.replace(/\s+/g, "") || name;
      const kind = field.q.kind;
      let problem: string | undefined;
      if (kind === "empty" || kind === "na") problem = kind === "empty" ? "未填写" : `只填了“${field.text}”`;
      else if (kind === "error") problem = `为“${field.text}”`;
      else if (isNumbersOnly(field)) problem = `只填了数字“${field.text}”`;
      else if (VAGUE.test(normalizeLabel(field.text))) problem = `只填了“${field.text}”`;
      if (!problem) continue;
      report({
        cells: [field.address],
        message: `年度总体目标“${label}”${problem}，应填写${expected}。`,
      });
    }
  },
};

export default rule;
