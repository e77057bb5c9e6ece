// The rule catalog: every rule Ziping runs, sorted by id. Add a rule here and a test beside its peers.
import type { Rule } from "../rule";
import budgetScore from "./budget-score";
import deviationRequired from "./deviation-required";
import fundSourcesSum from "./fund-sources-sum";
import headerRequired from "./header-required";
import level2Required from "./level2-required";
import totalSum from "./total-sum";

export const RULES: Rule[] = [budgetScore, deviationRequired, fundSourcesSum, headerRequired, level2Required, totalSum];

export function ruleById(id: string): Rule | undefined {
  return RULES.filter((r) => r.id === id)[0];
}
