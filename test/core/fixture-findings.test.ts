// Every fixture's findings must match the "expect" markers written into its cells (markdownlint-style).
// After a deliberate change, re-mark with scripts/mark-fixture.ts and review the diff.
import { checkGrid } from "../../src/core/check";
import { expectedFindings, findingKeys, fixtureToGrid, listFixtures, readFixture } from "../fixtures/fixture";

describe.each(listFixtures())("%s", (name) => {
  it("reports exactly the marked findings", () => {
    const fixture = readFixture(name);
    const report = checkGrid(fixtureToGrid(fixture));
    const findings = report.forms.reduce((all, f) => all.concat(f.findings), [] as Parameters<typeof findingKeys>[0]);
    expect(findingKeys(findings)).toEqual(expectedFindings(fixture));
  });
});

describe("the sample form (issue: what done looks like)", () => {
  const report = checkGrid(fixtureToGrid(readFixture("sample-ziyang-2022"))).forms[0];
  const bySeverity = (s: string) => findingKeys(report.findings.filter((f) => f.severity === s));

  it("has as errors exactly: the empty 主管部门 and the two 可持续影响 rows that lost a point with no 偏差原因", () => {
    expect(bySeverity("error")).toEqual(["deviation-required@I25", "deviation-required@I26", "header-required@C3"]);
  });

  it("warns about the empty 时效/成本 rows and the unreconciled 资金来源, and notes the empty 经济效益 row", () => {
    expect(bySeverity("warning")).toEqual(["fund-sources-sum@E5", "level2-required@D18", "level2-required@D19"]);
    expect(bySeverity("info")).toContain("level2-required@D20");
  });

  it("reads the 效益指标 block continued after the page break as one 一级 worth 40", () => {
    const benefit = report.form.indicators!.groups.filter((g) => g.name === "效益指标")[0];
    expect(benefit.labelAddresses).toEqual(["C20", "C25"]);
    expect(report.score.groups.filter((g) => g.group === benefit)[0].weightSum).toBe(40);
    expect(report.summary).toEqual(expect.objectContaining({ declared: 98, computed: 98, grade: "优" }));
  });
});
