import type { Form, Level1Name, Level2Name } from "../form";
import type { Profile } from "../profile";
import type { Rule } from "../rule";

const COST_101: Level2Name[] = ["经济成本指标", "社会成本指标", "生态环境成本指标"];

/** The 二级 each 一级 may hold (§5.1): the 2020 table plus the 101 cost family under 成本指标. */
const ALLOWED: { [k in Level1Name]: Level2Name[] } = {
  产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
  成本指标: ["成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标"],
  效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
  满意度指标: ["服务对象满意度指标"],
};

export type Placement = "ok" | "hybrid" | "wrong";

/** Whether a 二级 may sit under a 一级 for this form and profile. */
export function placementOf(level1: Level1Name, level2: Level2Name, form: Form, profile: Profile): Placement {
  if (ALLOWED[level1].indexOf(level2) >= 0) return "ok";
  // 湖南: 满意度 is scored inside 效益指标 (40 分).
  if (level1 === "效益指标" && level2 === "服务对象满意度指标" && profile.satisfactionInBenefit) return "ok";
  // 四川 2023: 101-style cost names kept under 产出指标.
  if (level1 === "产出指标" && COST_101.indexOf(level2) >= 0) {
    return form.variant === "T-SC" || profile.name === "sichuan" ? "ok" : "hybrid";
  }
  return "wrong";
}

function expectedParent(level2: Level2Name, profile: Profile): string {
  if (level2 === "服务对象满意度指标") return profile.satisfactionInBenefit ? "满意度指标或效益指标" : "满意度指标";
  if (level2 === "成本指标") return "产出指标或成本指标";
  if (COST_101.indexOf(level2) >= 0) return "成本指标";
  if (level2 === "数量指标" || level2 === "质量指标" || level2 === "时效指标") return "产出指标";
  return "效益指标";
}

// B2 (§5.1): each 二级 belongs to its own 一级 — no 成本指标 under 效益, no 满意度 under 产出.
const rule: Rule = {
  id: "level2-parent",
  code: "B2",
  category: "指标结构",
  severity: "error",
  description: "二级指标应归属正确的一级指标（如成本指标不应在效益指标下，满意度指标不应在产出指标下）",
  check({ form, profile, report }) {
    const block = form.indicators;
    if (!block) return;
    for (const group of block.groups) {
      if (!group.name) continue;
      for (const l2 of group.level2Groups) {
        if (!l2.name) continue;
        const placement = placementOf(group.name, l2.name, form, profile);
        if (placement === "ok") continue;
        const label = (l2.label || l2.name).replace(/\s+/g, "");
        const cells = [l2.labelAddress, group.labelAddresses[0]].filter((c): c is string => !!c);
        if (cells.length === 0) continue;
        if (placement === "hybrid") {
          report({
            severity: "info",
            cells,
            message:
              `“${label}”是财预〔2021〕101号的成本二级指标，放在产出指标下与本表样式不一致：` +
              `按2020版模板应写作“成本指标”，或单列“成本指标”一级指标。`,
          });
          continue;
        }
        report({
          cells,
          message: `二级指标“${label}”不应放在${group.name}下，应归入${expectedParent(l2.name, profile)}。`,
        });
      }
    }
  },
};

export default rule;
