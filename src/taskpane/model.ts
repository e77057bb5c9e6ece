// Pure view logic of the pane: which findings are shown, ignored or stale, in what order, and how fixes read.
import type { FormReport, SheetReport } from "../core/check";
import type { Category, Edit, Finding, Severity } from "../core/rule";
import { fmt, fmtPercent } from "../core/text";
import type { Suppression } from "./host";
import type { Strings } from "./strings";

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

export interface Entry {
  /** rule | sheet | first cell: what a suppression matches. */
  key: string;
  finding: Finding;
}

export interface IgnoredEntry {
  suppression: Suppression;
  finding: Finding;
}

export interface CategoryGroup {
  category: Category;
  entries: Entry[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  categories: CategoryGroup[];
}

export interface Partition {
  /** Findings of the chosen form that are not ignored, in display order (severity, then category). */
  visible: Entry[];
  groups: SeverityGroup[];
  /** Ignored findings of the chosen form. */
  ignored: IgnoredEntry[];
  /** Suppressions on this sheet whose finding no longer appears on any form of the sheet. */
  stale: Suppression[];
  counts: { [s in Severity]: number };
}

export function findingKey(sheetName: string, finding: Finding): string {
  return finding.rule + "|" + sheetName + "|" + (finding.cells[0] || "");
}

export function suppressionKey(s: Suppression): string {
  return s.rule + "|" + s.sheet + "|" + s.cell;
}

export function suppressionFor(sheetName: string, finding: Finding, reason: string, now: Date): Suppression {
  return { rule: finding.rule, sheet: sheetName, cell: finding.cells[0] || "", reason, at: now.toISOString(), message: finding.message };
}

export function partition(report: SheetReport, formIndex: number, suppressions: Suppression[]): Partition {
  const bySheet: { [key: string]: Suppression } = {};
  for (let i = 0; i < suppressions.length; i++) {
    if (suppressions[i].sheet === report.sheetName) bySheet[suppressionKey(suppressions[i])] = suppressions[i];
  }
  const seen: { [key: string]: boolean } = {};
  for (let f = 0; f < report.forms.length; f++) {
    const findings = report.forms[f].findings;
    for (let i = 0; i < findings.length; i++) seen[findingKey(report.sheetName, findings[i])] = true;
  }
  const form: FormReport | undefined = report.forms[formIndex];
  const entries: Entry[] = [];
  const ignored: IgnoredEntry[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  if (form) {
    for (let i = 0; i < form.findings.length; i++) {
      const finding = form.findings[i];
      const key = findingKey(report.sheetName, finding);
      const s = bySheet[key];
      if (s) ignored.push({ suppression: s, finding });
      else {
        entries.push({ key, finding });
        counts[finding.severity]++;
      }
    }
  }
  const stale: Suppression[] = [];
  for (const key of Object.keys(bySheet)) if (!seen[key]) stale.push(bySheet[key]);
  const groups = groupEntries(entries);
  return { visible: flatten(groups), groups, ignored, stale, counts };
}

/** Severity first (error, warning, info), then category in order of first appearance; keeps the core's order inside. */
export function groupEntries(entries: Entry[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (let s = 0; s < SEVERITIES.length; s++) {
    const severity = SEVERITIES[s];
    const categories: CategoryGroup[] = [];
    let count = 0;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e.finding.severity !== severity) continue;
      count++;
      let group: CategoryGroup | undefined;
      for (let c = 0; c < categories.length; c++) if (categories[c].category === e.finding.category) group = categories[c];
      if (!group) {
        group = { category: e.finding.category, entries: [] };
        categories.push(group);
      }
      group.entries.push(e);
    }
    if (count) groups.push({ severity, count, categories });
  }
  return groups;
}

export function flatten(groups: SeverityGroup[]): Entry[] {
  const out: Entry[] = [];
  for (let g = 0; g < groups.length; g++) {
    for (let c = 0; c < groups[g].categories.length; c++) out.push.apply(out, groups[g].categories[c].entries);
  }
  return out;
}

/** What an edit writes, as a user reads it: "8.62", "95%", "=SUM(I12:I20)", "优". */
export function editValueText(edit: Edit): string {
  if (edit.formula) return edit.formula;
  if (typeof edit.value === "number") {
    return edit.numberFormat && edit.numberFormat.indexOf("%") >= 0 ? fmtPercent(edit.value) : fmt(edit.value);
  }
  return edit.value === undefined ? "" : String(edit.value);
}

/** Button text of a finding's fix: "改为 8.62" for one cell, "修正 3 处" for several. */
export function fixText(strings: Strings, fix: Edit[]): string {
  return fix.length === 1 ? strings.fixTo(editValueText(fix[0])) : strings.fixMany(fix.length);
}

/** Accessible name of the fix button: which cells get which values. */
export function fixDescription(strings: Strings, fix: Edit[]): string {
  const parts: string[] = [];
  for (let i = 0; i < fix.length; i++) parts.push(strings.fixLabel(fix[i].cell, strings.fixTo(editValueText(fix[i]))));
  return parts.join(strings.listSep);
}

/** A cheap fingerprint of what a check depends on: values, formulas and merges. */
// First-run panel: shown once per year (自评 happens once a year), remembered in local storage.

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const FIRST_RUN_KEY = "ziping.firstRun";

export function firstRunDue(store: KeyValueStore | undefined, now: Date): boolean {
  if (!store) return true;
  try {
    const seen = parseInt(store.getItem(FIRST_RUN_KEY) || "", 10);
    return !(seen >= now.getFullYear());
  } catch (e) {
    return true;
  }
}

export function rememberFirstRun(store: KeyValueStore | undefined, now: Date): void {
  if (!store) return;
  try {
    store.setItem(FIRST_RUN_KEY, String(now.getFullYear()));
  } catch (e) {
    // Storage blocked (some webviews): the panel simply shows again next time.
  }
}

/** The findings to mark on the sheet: every form's, less the ones the user ignored. */
export function markedFindings(report: SheetReport, suppressions: Suppression[]): Finding[] {
  const ignored: { [key: string]: boolean } = {};
  for (let i = 0; i < suppressions.length; i++) ignored[suppressionKey(suppressions[i])] = true;
  const out: Finding[] = [];
  for (let f = 0; f < report.forms.length; f++) {
    const findings = report.forms[f].findings;
    for (let i = 0; i < findings.length; i++) if (!ignored[findingKey(report.sheetName, findings[i])]) out.push(findings[i]);
  }
  return out;
}
