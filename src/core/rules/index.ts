// The rule catalog: every rule Ziping runs, sorted by id. Add a rule here and a test beside its peers.
import type { Rule } from "../rule";
import budgetAdjusted from "./budget-adjusted";
import budgetScore from "./budget-score";
import budgetWeight from "./budget-weight";
import budgetZero from "./budget-zero";
import costOperator from "./cost-operator";
import deviationRequired from "./deviation-required";
import duplicateIndicator from "./duplicate-indicator";
import execOverBudget from "./exec-over-budget";
import execRate from "./exec-rate";
import fundSourcesSum from "./fund-sources-sum";
import fundSubrowScore from "./fund-subrow-score";
import goalsFilled from "./goals-filled";
import headerRequired from "./header-required";
import indicatorClassification from "./indicator-classification";
import indicatorWeightTotal from "./indicator-weight-total";
import level1Required from "./level1-required";
import level1Split from "./level1-split";
import level1WeightSum from "./level1-weight-sum";
import level2Parent from "./level2-parent";
import level2Required from "./level2-required";
import lowExecRate from "./low-exec-rate";
import placeholderLeft from "./placeholder-left";
import totalSum from "./total-sum";
import weightPositive from "./weight-positive";

export const RULES: Rule[] = [
  budgetAdjusted,
  budgetScore,
  budgetWeight,
  budgetZero,
  costOperator,
  deviationRequired,
  duplicateIndicator,
  execOverBudget,
  execRate,
  fundSourcesSum,
  fundSubrowScore,
  goalsFilled,
  headerRequired,
  indicatorClassification,
  indicatorWeightTotal,
  level1Required,
  level1Split,
  level1WeightSum,
  level2Parent,
  level2Required,
  lowExecRate,
  placeholderLeft,
  totalSum,
  weightPositive,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.filter((r) => r.id === id)[0];
}
