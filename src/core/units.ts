// Units of 年度指标值 / 实际完成值: spellings of one unit and sizes within one kind, so that "9600米" can be scored
// against "≥12公里" and "33500人" against "≥3.2万人" (domain §1.4: the actual is measured in the target's unit).

// Spellings of the same unit.
const SAME: { [unit: string]: string } = {
  日: "天",
  个月: "月",
  千米: "公里",
  km: "公里",
  m: "米",
  "m²": "平方米",
  "㎡": "平方米",
  m2: "平方米",
  公斤: "千克",
  kg: "千克",
  t: "吨",
  "人/次": "人次",
  万: "万元",
  亿: "亿元",
};

// Units of one kind and their size in a common base, for "1 万元 = 10000 元".
const SCALES: Array<{ [unit: string]: number }> = [
  { 元: 1, 千元: 1000, 万元: 10000, 亿元: 100000000 },
  { 米: 1, 公里: 1000 },
  { 平方米: 1, 亩: 10000 / 15, 公顷: 10000, 平方公里: 1000000 },
  { 克: 1, 千克: 1000, 吨: 1000000 },
  { 小时: 1, 天: 24 },
];

// Counting units written with a 万/亿 prefix: 万人, 万册, 万人次, 万亩.
const PREFIXES: { [prefix: string]: number } = { 万: 10000, 亿: 100000000 };

export function canonicalUnit(unit: string): string {
  const u = unit.toLowerCase();
  return SAME[u] || SAME[unit] || unit;
}

function scaleOf(unit: string): { [unit: string]: number } | undefined {
  for (const scale of SCALES) if (scale[unit] !== undefined) return scale;
  return undefined;
}

/** A unit as a multiple of a base unit: "万人" → 10000 × 人; units on a scale are their own base. */
function decompose(unit: string): { base: string; times: number } {
  const u = canonicalUnit(unit);
  const times = PREFIXES[u.charAt(0)];
  if (scaleOf(u) || times === undefined || u.length < 2) return { base: u, times: 1 };
  return { base: canonicalUnit(u.slice(1)), times };
}

/**
 * How many `to` one `from` is (米 → 公里: 0.001, 人 → 万人: 0.0001, 日 → 天: 1), or undefined when the two do not
 * measure one kind (人 and 人次, 台 and 套).
 */
export function unitFactor(from: string, to: string): number | undefined {
  const f = decompose(from);
  const t = decompose(to);
  if (f.base === t.base) return f.times / t.times;
  const scale = scaleOf(f.base);
  if (!scale || scale[t.base] === undefined) return undefined;
  return (f.times * scale[f.base]) / (t.times * scale[t.base]);
}
