// The rule catalog: every rule Ziping runs, sorted by id. Add a rule here and a test beside its peers.
import type { Rule } from "../rule";
import actualRequired from "./actual-required";
import budgetAdjusted from "./budget-adjusted";
import budgetScore from "./budget-score";
import budgetWeight from "./budget-weight";
import budgetZero from "./budget-zero";
import conclusionScore from "./conclusion-score";
import costOperator from "./cost-operator";
import deviationContradiction from "./deviation-contradiction";
import deviationPlaceholder from "./deviation-placeholder";
import deviationReasonAndMeasure from "./deviation-reason-and-measure";
import deviationRequired from "./deviation-required";
import duplicateIndicator from "./duplicate-indicator";
import execOverBudget from "./exec-over-budget";
import execRate from "./exec-rate";
import fundSourcesSum from "./fund-sources-sum";
import fundSubrowScore from "./fund-subrow-score";
import goalsFilled from "./goals-filled";
import gradeConsistent from "./grade-consistent";
import headerRequired from "./header-required";
import indicatorClassification from "./indicator-classification";
import indicatorWeightTotal from "./indicator-weight-total";
import level1Required from "./level1-required";
import level1Split from "./level1-split";
import level1WeightSum from "./level1-weight-sum";
import level2Parent from "./level2-parent";
import level2Required from "./level2-required";
import lowExecRate from "./low-exec-rate";
import overAchievement from "./over-achievement";
import percentOver100 from "./percent-over-100";
import performanceVsExecution from "./performance-vs-execution";
import placeholderLeft from "./placeholder-left";
import qualitativeTier from "./qualitative-tier";
import qualitativeWording from "./qualitative-wording";
import quantitativeScore from "./quantitative-score";
import scoreRange from "./score-range";
import targetFormat from "./target-format";
import textLength from "./text-length";
import timelinessDate from "./timeliness-date";
import totalSum from "./total-sum";
import unitMismatch from "./unit-mismatch";
import vagueActual from "./vague-actual";
import weightPositive from "./weight-positive";

export const RULES: Rule[] = [
  actualRequired,
  budgetAdjusted,
  budgetScore,
  budgetWeight,
  budgetZero,
  conclusionScore,
  costOperator,
  deviationContradiction,
  deviationPlaceholder,
  deviationReasonAndMeasure,
  deviationRequired,
  duplicateIndicator,
  execOverBudget,
  execRate,
  fundSourcesSum,
  fundSubrowScore,
  goalsFilled,
  gradeConsistent,
  headerRequired,
  indicatorClassification,
  indicatorWeightTotal,
  level1Required,
  level1Split,
  level1WeightSum,
  level2Parent,
  level2Required,
  lowExecRate,
  overAchievement,
  percentOver100,
  performanceVsExecution,
  placeholderLeft,
  qualitativeTier,
  qualitativeWording,
  quantitativeScore,
  scoreRange,
  targetFormat,
  textLength,
  timelinessDate,
  totalSum,
  unitMismatch,
  vagueActual,
  weightPositive,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.filter((r) => r.id === id)[0];
}
