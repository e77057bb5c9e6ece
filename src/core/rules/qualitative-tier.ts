import { setValue } from "../edits";
import type { Rule } from "../rule";
import type { Tier } from "../scoring";
import { fmt, normalizeLabel, round2 } from "../text";
import { indicatorName } from "./util";

const TIER_NAMES: { [t in Tier]: string } = {
  1: "达成年度指标",
  2: "部分达成年度指标并具有一定效果",
  3: "未达成年度指标且效果较差",
};

// Free phrases that leave no doubt about the tier. Longer sentences ("未发生安全事故", "完成率80%") are not read:
// a prefix match would misplace them.
const UNAMBIGUOUS =
  /^(已?全部完成|已?完成|已?按时完成|已?按期完成|已?如期完成|已?达成|达成预期(指标|目标)?|达到预期(指标|目标)?|已?达标|已?实现|已?全部实现|部分(完成|达成|实现|达标|达到)|(未|未能|没有|尚未)(完成|达成|达标|实现|达到)(预期|年度)?(指标|目标)?|不达标)$/;

// D3 (§3.3): a qualitative score lies in its tier's interval: [0.8w, w], [0.6w, 0.8w), [0, 0.6w).
const rule: Rule = {
  id: "qualitative-tier",
  code: "D3",
  category: "得分",
  severity: "error",
  description: "定性指标得分应在完成档次对应的区间内：达成 80%–100%，部分达成 60%–80%，未达成 60% 以下",
  check({ score, report }) {
    for (const a of score.indicators) {
      const reading = a.qualitative;
      if (a.kind !== "qualitative" || !reading || reading.tier === undefined || !a.row.actual || !a.row.score) continue;
      if (a.weight === undefined || a.declaredScore === undefined || a.weight <= 0) continue;
      const phrase = normalizeLabel(a.row.actual.text).replace(/[。.!！]$/, "");
      if (!reading.official && !UNAMBIGUOUS.test(phrase)) continue;
      const w = a.weight;
      const declared = a.declaredScore;
      // Outside [0, 分值] is score-range's (D1) finding.
      if (declared < -0.005 || declared > w + 0.005) continue;
      const tier = reading.tier;
      const low = round2(reading.range[0] * w);
      const high = round2(reading.range[1] * w);
      // Tier 1 includes 分值 itself; the upper bound of tiers 2 and 3 belongs to the tier above.
      const highInclusive = tier === 1;
      let fix: number | undefined;
      if (declared < low - 0.005) fix = low;
      else if (highInclusive ? declared > high + 0.005 : declared >= high - 1e-9) fix = highInclusive ? high : round2(high - 0.01);
      if (fix === undefined) continue;
      const interval = `[${fmt(low)}, ${fmt(high)}${highInclusive ? "]" : ")"}`;
      const how = reading.official ? `“${a.row.actual.text}”` : `“${a.row.actual.text}”（即${TIER_NAMES[tier]}）`;
      report({
        cells: [a.row.score.address, a.row.actual.address],
        message:
          `${indicatorName(a.row)}实际完成值为${how}，得分应在分值 ${fmt(w)} 的 ${tierPercent(tier)} 之间，` +
          `即 ${interval}，表中为 ${fmt(declared)}。`,
        fix: [setValue(a.row.score, fix, `按“${TIER_NAMES[tier]}”档次的得分区间调整`)],
      });
    }
  },
};

function tierPercent(tier: Tier): string {
  return tier === 1 ? "80%（含）–100%" : tier === 2 ? "60%（含）–80%" : "0–60%";
}

export default rule;
