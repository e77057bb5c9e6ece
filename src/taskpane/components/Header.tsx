// The chosen form at a glance: project, recognised layout, declared vs computed 总分, grade, counts by severity.
import type { FormReport } from "../../core/check";
import type { Severity } from "../../core/rule";
import { fmt } from "../../core/text";
import { SEVERITIES } from "../model";
import { useStrings } from "./context";
import { SeverityIcon } from "./icons";

export interface HeaderProps {
  form: FormReport;
  /** Counts of the findings still shown (ignored ones left out). */
  counts: { [s in Severity]: number };
}

function num(n: number | undefined, none: string): string {
  return n === undefined ? none : fmt(n);
}

export function Header(props: HeaderProps) {
  const s = useStrings();
  const { form, counts } = props;
  const summary = form.summary;
  const project = form.form.projectName && form.form.projectName.field.text;
  const totalsDiffer = summary.declared !== undefined && summary.computed !== undefined && Math.abs(summary.declared - summary.computed) >= 0.005;
  const gradesDiffer = !!summary.declaredGrade && !!summary.grade && summary.declaredGrade !== summary.grade;
  return (
    <section class="zp-summary" aria-label={s.summaryLabel}>
      <h2 class="zp-project">{project || s.noProjectName}</h2>
      <dl class="zp-facts">
        <div class="zp-fact">
          <dt>{s.variant}</dt>
          <dd>{form.variantName}</dd>
        </div>
        <div class="zp-fact">
          <dt>{s.total}</dt>
          <dd>
            {s.declared} <strong>{num(summary.declared, s.none)}</strong> · {s.computed} <strong>{num(summary.computed, s.none)}</strong>
            {totalsDiffer && <span class="zp-badge zp-badge-error">{s.mismatch}</span>}
          </dd>
        </div>
        <div class="zp-fact">
          <dt>{s.grade}</dt>
          <dd>
            <strong>{summary.grade || s.none}</strong>
            {summary.declaredGrade && (
              <span>
                {" "}
                ({s.declared} {summary.declaredGrade})
              </span>
            )}
            {gradesDiffer && <span class="zp-badge zp-badge-error">{s.mismatch}</span>}
          </dd>
        </div>
      </dl>
      <ul class="zp-counts" aria-label={s.countsLabel}>
        {SEVERITIES.map((sev) => (
          <li key={sev} class={"zp-count zp-sev-" + sev}>
            <SeverityIcon severity={sev} />
            <span>
              {s.severityPlural[sev]} {counts[sev]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
