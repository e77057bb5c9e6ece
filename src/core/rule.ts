// What a rule is and what it reports. One file per rule under rules/, listed in rules/index.ts.
import type { CellValue } from "./grid";
import type { Form } from "./form";
import type { Profile } from "./profile";
import type { FormScore } from "./scoring";

export type Severity = "error" | "warning" | "info";

export type Category = "表头" | "资金" | "指标结构" | "指标值" | "得分" | "偏差原因" | "文字" | "内部";

/** One cell change. `previous*` is what the cell held when the plan was made (for stale checks and undo). */
export interface Edit {
  cell: string;
  value?: number | string;
  formula?: string;
  /** With a formula: what it gives, for hosts that store a cached result without calculating (.xlsx files). */
  result?: number | string;
  numberFormat?: string;
  reason: string;
  previousValue?: CellValue;
  previousFormula?: string;
}

export interface Finding {
  rule: string;
  /** The checkpoint in the domain catalog (§6.2), e.g. "A5". */
  code: string;
  severity: Severity;
  category: Category;
  message: string;
  /** A1 addresses or ranges on the form's sheet; the first is where to look. */
  cells: string[];
  fix?: Edit[];
}

export interface Report {
  message: string;
  cells: string[];
  /** Overrides the rule's default severity for this finding (e.g. A1: 项目名称 error, 实施单位 info). */
  severity?: Severity;
  fix?: Edit[];
}

export interface RuleContext {
  form: Form;
  score: FormScore;
  profile: Profile;
  report(report: Report): void;
}

export interface Rule {
  /** Stable kebab-case id, used in output, suppressions and options. */
  id: string;
  code: string;
  category: Category;
  severity: Severity;
  /** One zh-CN line saying what the rule checks. */
  description: string;
  check(context: RuleContext): void;
}
