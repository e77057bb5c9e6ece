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
  for (const rule of options.rules || RULES) {
    if (disabled.indexOf(rule.id) >= 0) continue;
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
    try {
      rule.check({ form, score, profile, report });
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
  findings.sort(compareFindings);
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

function compareFindings(a: Finding, b: Finding): number {
  const s = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  if (s !== 0) return s;
  const pa = firstCell(a);
  const pb = firstCell(b);
  return pa.top - pb.top || pa.left - pb.left || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

function firstCell(f: Finding): { top: number; left: number } {
  try {
    return parseRangeAddress(f.cells[0]);
  } catch {
    return { top: 1e9, left: 1e9 };
  }
}
