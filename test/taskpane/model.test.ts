// Pure pane logic: suppression matching, fix wording, language choice, theme detection, change fingerprint.
import { checkGrid } from "../../src/core/check";
import { fixtureToGrid, readFixture } from "../fixtures/fixture";
import { buildFormGrid } from "../helpers/form-builder";
import { editValueText, findingKey, firstRunDue, fixText, partition, rememberFirstRun } from "../../src/taskpane/model";
import { gridFingerprint as gridSignature } from "../../src/core/grid";
import { ZH, loadStrings, wantsEnglish } from "../../src/taskpane/strings";
import { EN } from "../../src/taskpane/strings-en";
import { isDarkTheme, luminance } from "../../src/taskpane/theme";

function memoryStore() {
  const data: { [key: string]: string } = {};
  return { getItem: (k: string) => (k in data ? data[k] : null), setItem: (k: string, v: string) => void (data[k] = v) };
}

describe("task pane model", () => {
  test("partition keeps the core's findings, splits off ignored ones and reports stale suppressions", () => {
    const report = checkGrid(fixtureToGrid(readFixture("sample-ziyang-2022")));
    const findings = report.forms[0].findings;
    const first = findings[0];
    const at = "2025-01-01T00:00:00Z";
    const p = partition(report, 0, [
      { rule: first.rule, sheet: report.sheetName, cell: first.cells[0], reason: "r", at },
      { rule: "gone", sheet: report.sheetName, cell: "A1", reason: "r", at },
      { rule: first.rule, sheet: "other", cell: first.cells[0], reason: "r", at },
    ]);
    expect(p.visible).toHaveLength(findings.length - 1);
    expect(p.ignored.map((i) => i.finding)).toEqual([first]);
    expect(p.stale.map((s) => s.rule)).toEqual(["gone"]);
    expect(p.visible.map((e) => e.key)).not.toContain(findingKey(report.sheetName, first));
    // Display order: every error before every warning before every info.
    const order = p.visible.map((e) => ["error", "warning", "info"].indexOf(e.finding.severity));
    expect(order.slice().sort()).toEqual(order);
    const total = p.counts.error + p.counts.warning + p.counts.info;
    expect(total).toBe(p.visible.length);
  });

  test("fix wording: one cell reads 改为 <value>, percentages as percentages, several cells are counted", () => {
    expect(fixText(ZH, [{ cell: "J6", value: 8.62, reason: "" }])).toBe("改为 8.62");
    expect(fixText(ZH, [{ cell: "I6", value: 0.95, numberFormat: "0.00%", reason: "" }])).toBe("改为 95%");
    expect(fixText(ZH, [{ cell: "C30", value: "优", reason: "" }])).toBe("改为 优");
    expect(editValueText({ cell: "I20", formula: "=J6+SUM(I13:I19)", reason: "" })).toBe("=J6+SUM(I13:I19)");
    expect(fixText(ZH, [{ cell: "A1", value: 1, reason: "" }, { cell: "A2", value: 2, reason: "" }])).toBe("修正 2 处");
    expect(fixText(EN, [{ cell: "J6", value: 8.62, reason: "" }])).toBe("Change to 8.62");
  });

  test("English only when Office's display language is English", () => {
    expect(wantsEnglish("en-US")).toBe(true);
    expect(wantsEnglish("EN-gb")).toBe(true);
    expect(wantsEnglish("zh-CN")).toBe(false);
    expect(wantsEnglish("fr-FR")).toBe(false);
    expect(wantsEnglish(undefined)).toBe(false);
    // Both tables name the same things.
    expect(Object.keys(EN).sort()).toEqual(Object.keys(ZH).sort());
    expect(EN.firstRunSteps).toHaveLength(ZH.firstRunSteps.length);
  });

  test("loads the English table only for English", async () => {
    await expect(loadStrings("en-US")).resolves.toBe(EN);
    await expect(loadStrings("zh-CN")).resolves.toBe(ZH);
  });

  test("dark theme from Office's body colour, else the system preference", () => {
    expect(luminance("#FFFFFF")).toBeCloseTo(1);
    expect(luminance("262626")).toBeLessThan(0.1);
    expect(luminance("not a colour")).toBeUndefined();
    expect(isDarkTheme({ bodyBackgroundColor: "#262626" }, false)).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: "#E6E6E6" }, true)).toBe(false);
    expect(isDarkTheme(undefined, true)).toBe(true);
    expect(isDarkTheme({}, false)).toBe(false);
  });

  test("the change fingerprint moves with values and formulas, not with display text", () => {
    const a = buildFormGrid();
    const b = buildFormGrid();
    expect(gridSignature(a)).toBe(gridSignature(b));
    b.rows[5]![9] = { value: 9.5, formula: "=ROUND(I6*H6,2)" };
    expect(gridSignature(a)).not.toBe(gridSignature(b));
    const c = buildFormGrid();
    c.rows[2]![2] = { value: "基层干部业务培训项目", text: "基层干部业务培训项目 " };
    expect(gridSignature(a)).toBe(gridSignature(c));
  });

  test("first run is due once a year and tolerates blocked storage", () => {
    const store = memoryStore();
    expect(firstRunDue(store, new Date("2025-01-05"))).toBe(true);
    rememberFirstRun(store, new Date("2025-01-05"));
    expect(firstRunDue(store, new Date("2025-12-30"))).toBe(false);
    expect(firstRunDue(store, new Date("2026-01-02"))).toBe(true);
    const blocked = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); } };
    expect(firstRunDue(blocked, new Date())).toBe(true);
    expect(() => rememberFirstRun(blocked, new Date())).not.toThrow();
    expect(firstRunDue(undefined, new Date())).toBe(true);
  });
});
