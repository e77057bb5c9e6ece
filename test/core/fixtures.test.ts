// Every JSON fixture's "summary" (layout, number of forms, declared and recomputed 总分, grade) holds through the
// whole checker. The first form is the one summarised; "declared": null means no readable 总分.
import { checkGrid } from "../../src/core/check";
import { fixtureToGrid, listFixtures, readFixture } from "../fixtures/fixture";

const fixtures = listFixtures();

describe("fixture summaries", () => {
  it("has the layout fixtures", () => {
    for (const name of [
      "cn2020-national",
      "anhui-2022",
      "ab-labelled",
      "sichuan-510000",
      "cost-level1-2022",
      "export-onecell",
      "yuan-units",
      "errors-ref",
      "stacked-two-forms",
      "not-a-form",
      "sample-ziyang-2022",
    ]) {
      expect(fixtures).toContain(name + ".json");
    }
  });

  for (const name of fixtures) {
    const fixture = readFixture(name);
    const summary = fixture.summary;
    if (!summary) continue;
    it(name, () => {
      const report = checkGrid(fixtureToGrid(fixture));
      if (summary.forms !== undefined) expect(report.forms).toHaveLength(summary.forms);
      if (report.forms.length === 0) {
        expect(report.note).toMatch(/^未识别为自评表/);
        return;
      }
      const first = report.forms[0];
      expect(first.findings.filter((f) => f.rule === "internal-error")).toEqual([]);
      if (summary.variant !== undefined) expect(first.form.variant).toBe(summary.variant);
      const declared = summary.declared as number | null | undefined;
      if (declared === null) expect(first.summary.declared).toBeUndefined();
      else if (declared !== undefined) expect(first.summary.declared).toBe(declared);
      if (summary.computed !== undefined) expect(first.summary.computed).toBe(summary.computed);
      if (summary.grade !== undefined) expect(first.summary.grade).toBe(summary.grade);
    });
  }
});
