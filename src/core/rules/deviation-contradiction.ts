import type { Rule } from "../rule";
import { fmt, normalizeLabel } from "../text";
import { indicatorName } from "./util";

const SHORTFALL = /未完成|滞后|未达到|未达标|延期/g;
// "无延期", "未出现滞后", "不存在未完成事项" deny the shortfall rather than state it.
const NEGATED_BEFORE = /(无|没有|不存在|未|避免|防止|杜绝|不会|不)(出现|发生|造成|存在)?(任何)?$/;

// E4: a full score whose 偏差原因 says the target was missed contradicts itself.
const rule: Rule = {
  id: "deviation-contradiction",
  code: "E4",
  category: "偏差原因",
  severity: "info", // keyword heuristic: a hint, not a verdict
  description: "满分指标的偏差原因却写有未完成、滞后、未达标、延期等字样，前后矛盾",
  check({ score, report }) {
    for (const a of score.indicators) {
      if (a.weight === undefined || a.declaredScore === undefined || !a.row.score) continue;
      if (a.declaredScore < a.weight - 0.005) continue;
      const deviation = a.row.deviation;
      if (!deviation || deviation.text.trim() === "") continue;
      const word = statedShortfall(deviation.text);
      if (!word) continue;
      report({
        cells: [deviation.address, a.row.score.address],
        message: `${indicatorName(a.row)}得满分 ${fmt(a.weight)}，但偏差原因写有“${word}”，前后矛盾。请核实得分或修改说明。`,
      });
    }
  },
};

/** The first shortfall word the text asserts (not denies), if any. */
function statedShortfall(text: string): string | undefined {
  const t = normalizeLabel(text);
  SHORTFALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SHORTFALL.exec(t)) !== null) {
    const before = t.slice(Math.max(0, m.index - 6), m.index);
    if (!NEGATED_BEFORE.test(before)) return m[0];
  }
  return undefined;
}

export default rule;
