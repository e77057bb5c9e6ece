// One entry point for every host: grid in, recognised forms with findings, scores and the recalculation plan out.
import type { Form } from "./form";
import { VARIANT_NAMES } from "./form";
import type { Grid } from "./grid";
import { parseRangeAddress, rangeAddress } from "./grid";
import type { Grade, Profile, ProfileName } from "./profile";
import { GRADE_BANDS_LEGACY, PROFILES, defaultProfileFor } from "./profile";
import { recognise } from "./recognise";
import type { Finding, Report, Rule, Severity } from "./rule";
import { RULES } from "./rules";
import type { FormScore } from "./scoring";
import { scoreForm } from "./scoring";

export interface CheckOptions {
  /** Force a profile; by default it follows the recognised layout. */
  profile?: ProfileName;
  /** "legacy" uses the older 80/70/60 grade bands. */
  grades?: "national" | "legacy";
  /** Rule ids to skip. */
  disabledRules?: string[];
  /** Run these rules instead of the catalog (tests). */
  rules?: Rule[];
}

export interface FormSummary {
  declared?: number;
  computed?: number;
  grade?: Grade;
  declaredGrade?: Grade;
  counts: { [s in Severity]: number };
}

export interface FormReport {
  form: Form;
  /** A1 range of the form on its sheet. */
  range: string;
  variantName: string;
  profile: Profile;
  score: FormScore;
  summary: FormSummary;
  findings: Finding[];
}

export interface SheetReport {
  sheetName: string;
  forms: FormReport[];
  note?: string;
}

const SEVERITY_ORDER: { [s in Severity]: number } = { error: 0, warning: 1, info: 2 };

export function profileFor(form: Form, options: CheckOptions = {}): Profile {
  const base = options.profile ? PROFILES[options.profile] : defaultProfileFor(form.variant);
  return options.grades === "legacy" ? { ...base, gradeBands: GRADE_BANDS_LEGACY } : base;
}

export function checkForm(form: Form, options: CheckOptions = {}): FormReport {
  const profile = profileFor(form, options);
  const score = scoreForm(form, profile);
  const disabled = options.disabledRules || [];
  const findings: Finding[] = [];
  // One context for all rules; `report` files each finding under the rule being run.
  let rule: Rule = RULES[0];
  const report = (r: Report) => {
    const finding: Finding = {
      rule: rule.id,
      code: rule.code,
      severity: r.severity || rule.severity,
      category: rule.category,
      message: r.message,
      cells: r.cells,
    };
    if (r.fix && r.fix.length) finding.fix = r.fix;
    findings.push(finding);
  };
  const context = { form, score, profile, report };
  for (rule of options.rules || RULES) {
    if (disabled.indexOf(rule.id) >= 0) continue;
    try {
      rule.check(context);
    } catch (e) {
      // A broken rule must not hide what the others found.
      findings.push({
        rule: "internal-error",
        code: "-",
        severity: "warning",
        category: "内部",
        message: `规则 ${rule.id} 检查时出错（${e instanceof Error ? e.message : String(e)}），其余规则已照常检查。`,
        cells: [rangeAddress(form.range)],
      });
    }
  }
  sortFindings(findings);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    form,
    range: rangeAddress(form.range),
    variantName: VARIANT_NAMES[form.variant],
    profile,
    score,
    summary: {
      declared: score.declaredTotal,
      computed: score.computedTotal,
      grade: score.grade,
      declaredGrade: score.declaredGrade,
      counts,
    },
    findings,
  };
}

export function checkGrid(grid: Grid, options: CheckOptions = {}): SheetReport {
  const recognition = recognise(grid);
  const report: SheetReport = {
    sheetName: grid.sheetName,
    forms: recognition.forms.map((form) => checkForm(form, options)),
  };
  if (recognition.note) report.note = recognition.note;
  return report;
}

interface SortKey {
  finding: Finding;
  severity: number;
  top: number;
  left: number;
}

/** Errors first, then by the first cell (row, column), then by rule id; each first cell is parsed once. */
function sortFindings(findings: Finding[]): void {
  const keys: SortKey[] = findings.map((finding) => {
    const at = firstCell(finding);
    return { finding, severity: SEVERITY_ORDER[finding.severity], top: at.top, left: at.left };
  });
  keys.sort(compareKeys);
  for (let i = 0; i < keys.length; i++) findings[i] = keys[i].finding;
}

function compareKeys(a: SortKey, b: SortKey): number {
  const ra = a.finding.rule;
  const rb = b.finding.rule;
  return a.severity - b.severity || a.top - b.top || a.left - b.left || (ra < rb ? -1 : ra > rb ? 1 : 0);
}

function firstCell(f: Finding): { top: number; left: number } {
  try {
    return parseRangeAddress(f.cells[0]);
  } catch {
    return { top: 1e9, left: 1e9 };
  }
}
