// Shared reading of 年度指标值 / 实际完成值 text for the value rules (C1–C7), so each case has one owner.
import type { IndicatorRow } from "../form";
import type { DateLike } from "../text";
import { memoByText, normalizeLabel, parseDateLike } from "../text";

// The value rules read the same cells again and again (C3, C4, C6 and C7 all ask whether a row has a date target or a
// vague actual): each reading of a text is remembered.
const MEMO_LIMIT = 2000;

/** Normalised cell text without closing punctuation ("已完成。" → "已完成"). */
export const plainText: (text: string) => string = memoByText(
  (text) => normalizeLabel(text).replace(/[。.!！;；,，]+$/, ""),
  MEMO_LIMIT,
);

// "Done" without saying how much (domain §6.2 C3, §8 #3).
// "满意" answers a 满意度 target of "≥90%" without the survey's figure.
const VAGUE =
  /^(已?完成|已?全部完成|基本完成|已?达标|已?达成|已?达到|达到要求|达到预期|是|良好|较好|好|优|优秀|合格|符合|满足|已?实现|已?到位|已?落实|(非常|比较|较为|较|很|基本)?满意)$/;

export function isVagueWord(text: string): boolean {
  return VAGUE.test(plainText(text));
}

// "按时" alone says nothing about when (domain §7.2: 时效 actuals are a date or a rate).
const ON_TIME = /^(已?按时|已?按期|已?如期|已?准时|及时)(完成|办结|到位|拨付|发放|支付|兑付|完工|交付|验收)?$/;

export function isOnTimeWord(text: string): boolean {
  return ON_TIME.test(plainText(text));
}

const namesATime = memoByText((name) => /完成时间|完成时限|完成日期|完成期限|截止时间|截止日期/.test(normalizeLabel(name)), MEMO_LIMIT);

export function isTimelinessRow(row: IndicatorRow): boolean {
  if (row.level2 === "时效指标") return true;
  return !!row.name && namesATime(row.name.text);
}

export interface ReadDate extends DateLike {
  /** "次年3月": the year after the evaluation year. */
  nextYear: boolean;
}

/** The date written in a text, if any (frozen: shared by every reader of the same text). */
export const readDate: (text: string) => Readonly<ReadDate> | undefined = memoByText((text) => {
  const d = parseDateLike(text);
  if (!d) return undefined;
  const nextYear = d.year === undefined && /次年|翌年|来年|明年|下一年|下年度/.test(normalizeLabel(text));
  return Object.freeze({ year: d.year, month: d.month, day: d.day, nextYear });
}, MEMO_LIMIT);

/** A 时效 row whose target is a date ("≤2024年12月", "12月前"): C7 owns its 实际完成值. */
export function hasDateTarget(row: IndicatorRow): boolean {
  return !!row.target && isTimelinessRow(row) && readDate(row.target.text) !== undefined;
}

export function fmtDate(d: DateLike, year?: number): string {
  const y = d.year !== undefined ? d.year : year;
  return (y !== undefined ? y + "年" : "") + d.month + "月" + (d.day !== undefined ? d.day + "日" : "");
}

// Counting and money units seen after a number inside free text; longer alternatives first.
const EMBEDDED_UNITS =
  "人次|人天|万元|亿元|千元|元|台套|台|套|个|次|人|户|件|项|所|家|辆|座|间|场|期|批|份|篇|本|册|条|处|名|位|" +
  "公里|千米|平方米|米|亩|公顷|吨|小时|张|块|株|棵|头|只|部|村|校|班|课时|学时|%";
const EMBEDDED = new RegExp("(\\d+(?:\\.\\d+)?)(" + EMBEDDED_UNITS + ")");

/** A figure with a unit inside a sentence: "落实信创替代工程，替代计算机终端65台" → 65台 (frozen, shared). */
export const embeddedQuantity: (text: string) => Readonly<{ num: number; unit: string; text: string }> | undefined = memoByText(
  (text) => {
    const m = EMBEDDED.exec(normalizeLabel(text));
    return m ? Object.freeze({ num: parseFloat(m[1]), unit: m[2], text: m[0] }) : undefined;
  },
  MEMO_LIMIT,
);

/**
 * A target that names a figure without being read as quantitative (a number in a sentence, or a bare number in a
 * text cell), on a row whose 实际完成值 is only a vague word. C3 reports it (info); C4 leaves the row alone.
 */
export function vagueActualOnFigureTarget(row: IndicatorRow): { text: string } | undefined {
  if (!row.target || !row.actual || !isVagueWord(row.actual.text) || hasDateTarget(row)) return undefined;
  const q = row.target.q;
  if (q.kind === "number" && q.num !== undefined && !q.op && !q.unit && typeof row.target.value !== "number") {
    return { text: row.target.text };
  }
  if (q.kind !== "text" || readDate(row.target.text)) return undefined;
  const embedded = embeddedQuantity(row.target.text);
  return embedded ? { text: embedded.text } : undefined;
}

/** The unit written in the 三级 name's closing brackets: "新增就业人数（人）" → "人". */
export function unitInName(row: IndicatorRow): string | undefined {
  const m = row.name ? /[(（]([^()（）]{1,6})[)）]$/.exec(normalizeLabel(row.name.text)) : null;
  return m ? m[1] : undefined;
}

/** No 年度指标值 written (四川's 指标性质 "定性" alone does not count as one). */
export function targetIsBlank(row: IndicatorRow): boolean {
  return !row.target || normalizeLabel(row.target.text) === "";
}

/** Skip rows the value rules have nothing to say about: empty 二级 rows (B1) and template residue (B7). */
export function isValueRow(row: IndicatorRow): boolean {
  return !row.isEmpty && !row.isPlaceholder;
}
