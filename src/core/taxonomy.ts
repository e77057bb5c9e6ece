// Indicator taxonomy (domain §5.1) and label synonyms used by the recogniser.
import type { Level1Name, Level2Name } from "./form";

export function canonicalLevel1(label: string): Level1Name | undefined {
  if (/产出/.test(label)) return "产出指标";
  // "效益指标（含满意度）" is still 效益.
  if (/效益|效果/.test(label)) return "效益指标";
  if (/满意/.test(label)) return "满意度指标";
  if (/成本/.test(label)) return "成本指标";
  return undefined;
}

export function canonicalLevel2(label: string): Level2Name | undefined {
  if (/数量/.test(label)) return "数量指标";
  if (/质量/.test(label)) return "质量指标";
  if (/时效|进度/.test(label)) return "时效指标";
  if (/经济成本/.test(label)) return "经济成本指标";
  if (/社会成本/.test(label)) return "社会成本指标";
  if (/生态(环境)?成本|环境成本/.test(label)) return "生态环境成本指标";
  if (/成本/.test(label)) return "成本指标";
  if (/经济效益/.test(label)) return "经济效益指标";
  if (/社会效益/.test(label)) return "社会效益指标";
  if (/生态效益|环境效益/.test(label)) return "生态效益指标";
  if (/可持续/.test(label)) return "可持续影响指标";
  if (/满意/.test(label)) return "服务对象满意度指标";
  return undefined;
}

/** Where each 二级 belongs in the national 2020 taxonomy; T-101 moves the cost family under 成本指标. */
export const LEVEL2_PARENT_2020: { [k in Level2Name]: Level1Name } = {
  数量指标: "产出指标",
  质量指标: "产出指标",
  时效指标: "产出指标",
  成本指标: "产出指标",
  经济成本指标: "成本指标",
  社会成本指标: "成本指标",
  生态环境成本指标: "成本指标",
  经济效益指标: "效益指标",
  社会效益指标: "效益指标",
  生态效益指标: "效益指标",
  可持续影响指标: "效益指标",
  服务对象满意度指标: "满意度指标",
};

/** The cost family: 成本指标 under 产出 (2020) and the three under 成本指标 as a 一级 (T-101). */
export const COST_LEVEL2: Level2Name[] = ["成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标"];
export const BENEFIT_LEVEL2: Level2Name[] = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"];

const POINTS_SUFFIX = /[(\[【]\s*(\d+(?:\.\d+)?)\s*分\s*[)\]】]/;

/** 一级 label with a points suffix: "产出指标(50分)" → 50. */
export function declaredPoints(label: string): number | undefined {
  const m = POINTS_SUFFIX.exec(label);
  return m ? parseFloat(m[1]) : undefined;
}

const PLACEHOLDER = /^(指标\d*|…+|\.{3,}|。{3,}|x{2,}|×{2,}|\*+|XX.*|xx.*|\(?待填\)?|请填写.*)$/i;

export function isPlaceholderText(label: string): boolean {
  return label !== "" && PLACEHOLDER.test(label);
}
