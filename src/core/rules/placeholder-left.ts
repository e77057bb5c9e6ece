import type { Field } from "../form";
import type { Rule } from "../rule";
import { fieldNumber } from "../scoring";
import { fmt } from "../text";
import { rowRange } from "./util";

// B7 (§8 item 11): template residue rows ("指标1", "……", "XX") left in the form.
const rule: Rule = {
  id: "placeholder-left",
  code: "B7",
  category: "指标结构",
  severity: "error",
  description: "不能保留模板示例行（“指标1”“指标2”“……”“XX”等）",
  check({ form, report }) {
    const block = form.indicators;
    if (!block) return;
    for (const row of block.rows) {
      if (!row.isPlaceholder) continue;
      const shown: Field | undefined = row.name && row.name.text ? row.name : row.target;
      const cells = [shown ? shown.address : undefined, rowRange(row)].filter((c): c is string => !!c);
      if (cells.length === 0) continue;
      const weight = fieldNumber(row.weight);
      const where = (row.level2Label || row.level1Label).replace(/\s+/g, "");
      report({
        cells,
        message:
          `第 ${row.row + 1} 行${where ? `（${where}）` : ""}“${shown ? shown.text.replace(/\s+/g, "") : ""}”是模板示例行，` +
          `未替换为实际指标。请替换为批复的绩效指标，或删除该行` +
          (weight ? `；该行还占了 ${fmt(weight)} 分，删除后请把分值分配到其他指标。` : "。"),
      });
    }
  },
};

export default rule;
