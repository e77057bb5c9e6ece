import { setValue } from "../edits";
import type { Field, IndicatorRow } from "../form";
import { rangeAddress } from "../grid";
import type { Report, Rule } from "../rule";
import { fieldNumber } from "../scoring";
import { fmt, round2 } from "../text";

const TOLERANCE = 0.01;

/** The 分值 cells of some rows as one column range ("H13:H20"); it may span a repeated header. */
export function weightRange(rows: IndicatorRow[]): string | undefined {
  const fields = rows.map((r) => r.weight).filter((f): f is Field => !!f);
  if (fields.length === 0) return undefined;
  let top = fields[0].row;
  let bottom = fields[0].row;
  for (const f of fields) {
    if (f.row < top) top = f.row;
    if (f.row > bottom) bottom = f.row;
  }
  return rangeAddress({ top, bottom, left: fields[0].col, right: fields[0].col });
}

/** A 分值 that holds text or an error: sums over it mean nothing (weight-positive reports the cell). */
export function hasUnreadableWeight(rows: IndicatorRow[]): boolean {
  return rows.some((r) => !r.isEmpty && !!r.weight && (r.weight.q.kind === "text" || r.weight.q.kind === "error"));
}

/** Filled rows whose 分值 is blank, as a message suffix. */
export function blankWeightNote(rows: IndicatorRow[]): string {
  const n = rows.filter((r) => !r.isEmpty && (!r.weight || r.weight.q.kind === "empty")).length;
  return n > 0 ? `（其中 ${n} 行未填分值）` : "";
}

/** "多 5 分" / "少 5 分": how the actual sum stands against what it should be. */
export function differenceText(actual: number, expected: number): string {
  return `${actual > expected ? "多" : "少"} ${fmt(Math.abs(actual - expected))} 分`;
}

/** B3 reports this group: its 一级 label declares points that its 三级 分值 do not add up to. */
export function declaredWeightMismatch(declared: number | undefined, sum: number, rows: IndicatorRow[]): boolean {
  return declared !== undefined && !hasUnreadableWeight(rows) && Math.abs(sum - declared) > TOLERANCE;
}

// B3 (W3): the 三级 分值 under a 一级 add up to the weight its label declares ("产出指标(50分)") and to its 小计; those
// under a 二级 add up to the 分值 written on the 二级's own row, when it has one.
const rule: Rule = {
  id: "level1-weight-sum",
  code: "B3",
  category: "指标结构",
  severity: "error",
  description: "各一级指标下三级指标分值之和应等于该一级指标标注的分值（如“产出指标(50分)”）及小计分值；二级指标行填写的分值应等于其下三级指标分值之和",
  check({ score, report }) {
    for (const g of score.groups) {
      const group = g.group;
      const rows = group.rows;
      if (hasUnreadableWeight(rows)) continue;
      const sum = g.weightSum;
      const name = group.name || group.label.replace(/\s+/g, "");
      const range = weightRange(rows);
      const declared = group.declaredWeight;
      const sub = group.subtotal;
      const subField = sub && sub.weight && sub.weight.q.kind === "number" ? sub.weight : undefined;
      const subValue = subField ? (subField.q.num as number) : undefined;
      const subWrong = subValue !== undefined && Math.abs(subValue - sum) > TOLERANCE;
      let subReported = false;
      if (declaredWeightMismatch(declared, sum, rows)) {
        const labelCell = group.declaredWeightAddress || group.labelAddresses[0];
        const finding: Report = {
          cells: [labelCell, range].filter((c): c is string => !!c),
          message:
            `${name}标注 ${fmt(declared!)} 分，但其下三级指标分值合计 ${fmt(sum)}${blankWeightNote(rows)}，` +
            `${differenceText(sum, declared!)}。请调整三级指标分值或一级指标分值。`,
        };
        if (subWrong && Math.abs(subValue! - declared!) <= TOLERANCE) {
          finding.cells.push(subField!.address);
          finding.message += `小计分值 ${fmt(subValue!)} 同样与三级合计不符。`;
          subReported = true;
        }
        if (finding.cells.length) report(finding);
      }
      if (!subWrong || subReported) continue;
      const declaredAgrees = declared !== undefined && Math.abs(declared - sum) <= TOLERANCE;
      report({
        cells: [subField!.address, range].filter((c): c is string => !!c),
        message: declaredAgrees
          ? `${name}小计分值应为 ${fmt(sum)}（所属三级指标分值之和，与标注的 ${fmt(declared!)} 分一致），表中为 ${fmt(subValue!)}。`
          : `${name}小计分值为 ${fmt(subValue!)}，但所属三级指标分值合计 ${fmt(sum)}${blankWeightNote(rows)}，` +
            `${differenceText(sum, subValue!)}。请核对三级指标分值或小计。`,
        fix: declaredAgrees && !subField!.formula ? [setValue(subField!, sum, "小计分值 = 所属三级指标分值之和")] : undefined,
      });
    }
    for (const g of score.groups) {
      for (const l2 of g.group.level2Groups) {
        const sub = l2.subtotal && l2.subtotal.weight;
        if (!sub || sub.q.kind !== "number" || hasUnreadableWeight(l2.rows)) continue;
        const sum = round2(l2.rows.reduce((s, r) => s + (fieldNumber(r.weight) || 0), 0));
        const written = sub.q.num as number;
        if (Math.abs(written - sum) <= TOLERANCE) continue;
        report({
          cells: [sub.address, weightRange(l2.rows)].filter((c): c is string => !!c),
          message:
            `${l2.label.replace(/\s+/g, "")}一行的分值为 ${fmt(written)}，但其下三级指标分值合计 ${fmt(sum)}${blankWeightNote(l2.rows)}，` +
            `${differenceText(sum, written)}。请核对三级指标分值或二级指标行的分值。`,
        });
      }
    }
  },
};

export default rule;
