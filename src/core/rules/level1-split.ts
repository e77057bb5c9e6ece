import type { IndicatorRow, Level1Name } from "../form";
import type { Profile } from "../profile";
import type { Rule } from "../rule";
import { fieldNumber } from "../scoring";
import { fmt } from "../text";
import { indicatorTotalWrong } from "./indicator-weight-total";
import { declaredWeightMismatch, hasUnreadableWeight } from "./level1-weight-sum";

const ORDER: Level1Name[] = ["产出指标", "成本指标", "效益指标", "满意度指标"];

/** The 一级 a row's 分值 counts towards: 满意度 rows go with 满意度 (or with 效益 where the profile merges them). */
function bucketOf(row: IndicatorRow, profile: Profile): Level1Name | undefined {
  let bucket = row.level2 === "服务对象满意度指标" ? "满意度指标" : row.level1;
  if (bucket === "满意度指标" && profile.satisfactionInBenefit) bucket = "效益指标";
  return bucket;
}

function short(name: Level1Name): string {
  return name.replace(/指标$/, "");
}

// B5 (W1/W2): the default 一级 split is 产出 50 / 效益 30 / 满意度 10 (湖南 50 / 40); another split is allowed but must be justified.
const rule: Rule = {
  id: "level1-split",
  code: "B5",
  category: "指标结构",
  severity: "warning",
  description: "一级指标分值原则上为产出 50、效益 30、满意度 10（湖南效益含满意度 40），调整时应说明理由",
  check({ form, score, profile, report }) {
    const block = form.indicators;
    const defaults = profile.level1Weights;
    if (!block || block.rows.length === 0 || hasUnreadableWeight(block.rows)) return;
    // 成本 as a 一级 (T-101): how its points come out of 产出 is not fixed.
    if (block.groups.some((g) => g.name === "成本指标")) return;
    // A wrong total (B4) explains any odd split; fix that first.
    if (indicatorTotalWrong(form, score, profile)) return;
    const skip: { [k: string]: boolean } = {};
    for (const g of score.groups) {
      if (g.group.name && declaredWeightMismatch(g.group.declaredWeight, g.weightSum, g.group.rows)) skip[g.group.name] = true;
    }
    const actual: { [k: string]: number } = {};
    for (const row of block.rows) {
      const bucket = bucketOf(row, profile);
      const w = fieldNumber(row.weight);
      if (!bucket || w === undefined) continue;
      actual[bucket] = (actual[bucket] || 0) + w;
    }
    const deviating: Level1Name[] = [];
    for (const name of ORDER) {
      const expected = defaults[name];
      if (expected === undefined || actual[name] === undefined || skip[name]) continue;
      if (Math.abs(actual[name] - expected) > 0.01) deviating.push(name);
    }
    if (deviating.length === 0) return;
    const present = ORDER.filter((n) => actual[n] !== undefined);
    const expectedNames = ORDER.filter((n) => defaults[n] !== undefined);
    const cells: string[] = [];
    for (const name of deviating) {
      const group = block.groups.filter((g) => g.name === name)[0];
      if (group && group.labelAddresses.length) cells.push(group.labelAddresses[0]);
    }
    if (cells.length === 0) return;
    report({
      cells,
      message:
        `一级指标分值为${present.map((n) => `${short(n)} ${fmt(actual[n])}`).join("、")}，` +
        `与默认分值（${expectedNames.map((n) => `${short(n)} ${fmt(defaults[n] as number)}`).join("、")}）不一致。` +
        `一级指标权重原则上按默认设置，有特殊情况可适当调整，请确认并说明理由。`,
    });
  },
};

export default rule;
