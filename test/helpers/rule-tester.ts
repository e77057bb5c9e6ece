// Runs one rule over a grid and returns its findings, like ESLint's RuleTester but plain jest.
import { checkGrid, CheckOptions } from "../../src/core/check";
import type { Grid } from "../../src/core/grid";
import type { Finding, Rule } from "../../src/core/rule";
import { buildFormGrid, FormSpec } from "./form-builder";

export function findingsOf(rule: Rule, input: Grid | FormSpec, options: CheckOptions = {}): Finding[] {
  const grid = isGrid(input) ? input : buildFormGrid(input);
  const report = checkGrid(grid, { ...options, rules: [rule] });
  if (report.forms.length === 0) throw new Error("fixture not recognised: " + report.note);
  const internal = report.forms[0].findings.filter((f) => f.rule === "internal-error");
  if (internal.length) throw new Error(internal[0].message);
  return report.forms[0].findings;
}

/** "rule@firstCell" keys, sorted: compact to assert on. */
export function keysOf(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${f.cells[0].split(":")[0]}`).sort();
}

function isGrid(x: Grid | FormSpec): x is Grid {
  return Array.isArray((x as Grid).rows) && Array.isArray((x as Grid).merges);
}
