import type { Rule } from "../rule";
import { targetQuantity } from "../scoring";
import { fmt, normalizeLabel } from "../text";
import { indicatorName } from "./util";
import { isValueRow, targetIsBlank } from "./value-text";

// C2 (§6.2): every indicator with a target reports what was achieved; "NULL" is a system export's blank.
const rule: Rule = {
  id: "actual-required",
  code: "C2",
  category: "指标值",
  severity: "error",
  description: "已设定年度指标值的指标，实际完成值不能为空或“NULL”",
  check({ form, score, report }) {
    const block = form.indicators;
    if (!block) return;
    for (const a of score.indicators) {
      const row = a.row;
      if (!isValueRow(row) || !row.actual || row.actual.row !== row.row) continue;
      const target = targetQuantity(row);
      // No target is C1's finding; "—" / "不适用" marks a row that is not assessed (§3.4).
      if (targetIsBlank(row) || target.kind === "empty" || target.kind === "na" || target.kind === "error") continue;
      const text = normalizeLabel(row.actual.text);
      const isNull = /^null$/i.test(text);
      if (text !== "" && !isNull) continue;
      const what = isNull ? "为“NULL”（系统导出的空值）" : "为空";
      const hint =
        target.kind === "number" && target.num !== undefined
          ? `请填写实际完成的数值和单位（年度指标值为“${row.target && row.target.text ? row.target.text : fmt(target.num)}”）。`
          : "请填写实际完成情况：定性指标填“达成年度指标”“部分达成年度指标并具有一定效果”或“未达成年度指标且效果较差”。";
      report({ cells: [row.actual.address], message: `${indicatorName(row)}的实际完成值${what}。${hint}` });
    }
  },
};

export default rule;
