import type { Rule } from "../rule";
import { fieldNumber } from "../scoring";
import { fmt } from "../text";
import { indicatorName } from "./util";
import type { ReadDate } from "./value-text";
import { fmtDate, hasDateTarget, isOnTimeWord, isTimelinessRow, isValueRow, plainText, readDate } from "./value-text";

// C7 (§6.2, §1.4, §7.2): 时效 indicators compare dates; the actual is a date or a rate, never "按时" alone.
const rule: Rule = {
  id: "timeliness-date",
  code: "C7",
  category: "指标值",
  severity: "warning",
  description: "时效指标的实际完成时间不应晚于年度指标值且应在评价年度内；实际完成值应写日期或及时率，而非“按时”",
  check({ form, score, report }) {
    for (const a of score.indicators) {
      const row = a.row;
      if (!isValueRow(row) || !isTimelinessRow(row) || !row.actual || row.actual.row !== row.row) continue;
      const actualField = row.actual;
      const targetField = row.target && row.target.row === row.row ? row.target : undefined;
      const target = targetField ? readDate(targetField.text) : undefined;
      const actual = actualField.q.kind === "text" || actualField.q.kind === "number" ? readDate(actualField.text) : undefined;
      const year = form.year;

      if (targetField && target && year !== undefined && target.year !== undefined && target.year !== year) {
        report({
          cells: [targetField.address],
          message:
            `${indicatorName(row)}的年度指标值“${targetField.text}”中的时间 ${fmtDate(target)} 不在评价年度 ${year} 年内，` +
            `请核实是否沿用了往年的指标值。`,
        });
      }

      if (!actual) {
        const said = plainText(actualField.text);
        if (said === "" || actualField.q.kind !== "text") continue;
        // A date target answered with "完成", or "按时" on a non-numeric target. A rate target ("=100%") answered
        // with "按时完成" is C3's: a number belongs there.
        if ((hasDateTarget(row) && !/\d/.test(said)) || (isOnTimeWord(said) && a.kind !== "quantitative")) {
          report({
            severity: "info",
            cells: [actualField.address],
            message:
              `${indicatorName(row)}的实际完成值只写了“${actualField.text}”。时效指标请填写实际完成日期` +
              `（如“${year !== undefined ? year : "2024"}年11月30日完成”）或完成及时率（如“100%”）。`,
          });
        }
        continue;
      }

      const base = year !== undefined ? year : target && target.year !== undefined ? target.year : actual.year;
      const late = target ? isLater(actual, target, base) : false;
      const weight = fieldNumber(row.weight);
      const declared = fieldNumber(row.score);
      const fullScore = weight !== undefined && declared !== undefined && weight > 0 && declared >= weight - 0.005;
      if (late && targetField && target) {
        if (fullScore) {
          report({
            cells: [actualField.address, targetField.address],
            message:
              `${indicatorName(row)}实际完成时间 ${fmtDate(actual, yearOf(actual, base))} 晚于年度指标值要求的 ` +
              `${fmtDate(target, yearOf(target, base))}，但得分为满分 ${fmt(weight as number)}。请核实完成时间，` +
              `或按进度滞后情况扣分并在偏差原因中说明。`,
          });
        }
        // Late and already marked down: the deduction tells the story, even when it ran into the next year.
        continue;
      }
      // An actual in the target's own year (both copied from last year, or "次年3月前") is the target's finding.
      const targetYear = target ? yearOf(target, base) : undefined;
      if (year !== undefined && actual.year !== undefined && actual.year !== year && actual.year !== targetYear) {
        report({
          cells: [actualField.address],
          message:
            `${indicatorName(row)}的实际完成时间 ${fmtDate(actual)} 不在评价年度 ${year} 年内，` +
            `请核实是否填错年份或沿用了往年的数据。`,
        });
      }
    }
  },
};

function yearOf(d: ReadDate, base: number | undefined): number | undefined {
  if (d.year !== undefined) return d.year;
  return base !== undefined ? base + (d.nextYear ? 1 : 0) : undefined;
}

/** Strictly later: a month-only actual counts from the month's first day, a month-only target to its last. */
function isLater(actual: ReadDate, target: ReadDate, base: number | undefined): boolean {
  const ay = yearOf(actual, base);
  const ty = yearOf(target, base);
  // Without a year on one side and no evaluation year there is nothing safe to compare.
  if ((ay === undefined) !== (ty === undefined)) return false;
  const start = (ay || 0) * 10000 + actual.month * 100 + (actual.day !== undefined ? actual.day : 1);
  const end = (ty || 0) * 10000 + target.month * 100 + (target.day !== undefined ? target.day : 31);
  return start > end;
}

export default rule;
