import type { IndicatorRow } from "../form";
import type { Rule } from "../rule";
import { normalizeLabel } from "../text";

const NUMBERING = /^(\(?\d{1,2}\)|\d{1,2}[.、]|[\u2460-\u2473]|[一二三四五六七八九十]{1,2}、)/;
const CLOSING_PUNCTUATION = /[。.;；,，、:：]+$/;

/** Compare names without spacing, numbering ("1.", "（2）", "①") or closing punctuation. */
export function indicatorKey(name: string): string {
  return normalizeLabel(name).replace(NUMBERING, "").replace(CLOSING_PUNCTUATION, "").toLowerCase();
}

function where(row: IndicatorRow, withLabel = true): string {
  const label = withLabel ? row.level2Label.replace(/\s+/g, "") : "";
  return `第 ${row.row + 1} 行${label ? `（${label}）` : ""}`;
}

// B8: the same 三级 indicator entered twice scores it twice.
const rule: Rule = {
  id: "duplicate-indicator",
  code: "B8",
  category: "指标结构",
  severity: "warning",
  description: "同一个三级指标不应重复填写",
  check({ form, report }) {
    const block = form.indicators;
    if (!block) return;
    // A bare dictionary: a name such as "constructor" must not find Object.prototype's.
    const first: { [key: string]: IndicatorRow } = Object.create(null);
    for (const row of block.rows) {
      if (row.isEmpty || row.isPlaceholder || !row.name) continue;
      const key = indicatorKey(row.name.text);
      if (key.length < 2) continue;
      const earlier = first[key];
      if (!earlier) {
        first[key] = row;
        continue;
      }
      const targets = [earlier, row].map((r) => (r.target ? r.target.text.replace(/\s+/g, "") : ""));
      const targetNote = targets[0] !== targets[1] && targets[0] && targets[1] ? `（年度指标值分别为“${targets[0]}”和“${targets[1]}”）` : "";
      report({
        cells: [row.name.address, earlier.name!.address],
        message:
          `三级指标“${row.name.text.replace(/\s+/g, "")}”在${where(earlier)}和${where(row, row.level2Label !== earlier.level2Label)}重复出现${targetNote}。` +
          `同一指标只应设置一次，请删除或合并重复的行，并重新分配分值。`,
      });
    }
  },
};

export default rule;
