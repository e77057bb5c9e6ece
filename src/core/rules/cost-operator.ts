import type { Level2Name } from "../form";
import type { Rule } from "../rule";
import { targetQuantity } from "../scoring";
import { fmt, normalizeLabel } from "../text";

const COST_LEVEL2: Level2Name[] = ["成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标"];
// Savings and reduction rates are rightly "≥" even under 成本.
const SAVING = /节约|节省|降低|下降|减少|压减|控制率|节支/;

// B10: a cost is capped (≤), not a floor (≥).
const rule: Rule = {
  id: "cost-operator",
  code: "B10",
  category: "指标结构",
  severity: "warning",
  description: "成本指标应设上限（≤），不应使用 ≥ 或 >",
  check({ form, report }) {
    const block = form.indicators;
    if (!block) return;
    for (const row of block.rows) {
      if (row.isEmpty || row.isPlaceholder) continue;
      const isCost = row.level1 === "成本指标" || (!!row.level2 && COST_LEVEL2.indexOf(row.level2) >= 0);
      if (!isCost) continue;
      const q = targetQuantity(row);
      if (q.kind !== "number" || (q.op !== ">=" && q.op !== ">") || q.num === undefined) continue;
      if (q.unit === "%") continue;
      const name = row.name ? row.name.text.replace(/\s+/g, "") : "";
      if (SAVING.test(normalizeLabel(name))) continue;
      const where = row.nature && /[≥>]|大于|正向/.test(row.nature.text) ? row.nature : row.target;
      if (!where) continue;
      const written = row.target ? row.target.text.replace(/\s+/g, "") : "";
      const symbol = q.op === ">=" ? "≥" : ">";
      report({
        cells: [where.address].concat(where !== row.target && row.target ? [row.target.address] : []),
        message:
          `成本指标${name ? `“${name}”` : ""}的年度指标值用了“${symbol}”（${row.nature && where === row.nature ? `指标性质 ${row.nature.text}，指标值 ${written}` : written}）。` +
          `成本应设上限，宜写作“≤${fmt(q.num)}${q.unit || ""}”，即实际成本不超过该数才算完成。`,
      });
    }
  },
};

export default rule;
