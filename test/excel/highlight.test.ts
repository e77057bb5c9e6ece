import { featuresForVersion } from "../../src/excel/features";
import type { MarkState, MarkTarget } from "../../src/excel/highlight";
import { LEFTOVER_MESSAGE, MARKS_KEY, MAX_DIRECT_CELLS, NOTE_PREFIX, clearMarks, highlightFindings, marksOf, planMarks, tagFormula } from "../../src/excel/highlight";
import { documentSettingsStore, workbookSettingsStore } from "../../src/excel/state";
import type { SheetSeed } from "./fake-excel";
import { FakeDocumentSettings, FakeExcel, NO_BORDER, NO_FILL } from "./fake-excel";

const SHEET = "自评表";

const FINDINGS: MarkTarget[] = [
  { severity: "error", cells: ["J6"], message: "预算执行率得分应为 8.62" },
  { severity: "warning", cells: ["J13:J14", "F13"], message: "偏差原因未填写" },
  { severity: "info", cells: ["C3"], message: "实施单位未填写" },
  { severity: "info", cells: ["J6"], message: "得分保留两位小数" },
];

function seed(extra: Partial<SheetSeed> = {}): SheetSeed {
  return {
    name: SHEET,
    cells: {
      C3: "乡村道路维护",
      // no fill (default), explicit white, coloured, patterned with a tint, theme-tinted solid
      J6: { v: 8, fill: { pattern: "Solid", color: "#FFFFFF" } },
      J13: { v: "", fill: { pattern: "Solid", color: "#92D050", tintAndShade: 0.4 } },
      J14: { v: 1, fill: { pattern: "Gray25", color: "#FFFF00", patternColor: "#FF0000" }, borders: { bottom: { style: "Double", color: "#0000FF", weight: "Thick" } } },
      F13: { v: 5, borders: { top: { style: "Continuous", color: "#000000", weight: "Thin" }, left: { style: "Dot", color: "#C00000", weight: "Thin" } } },
    },
    rules: [{ address: "F6:F20", type: "CellValue", fill: "#FF0000" }],
    notes: { F13: "用户自己的备注" },
    ...extra,
  };
}

function marks(fake: FakeExcel): MarkState {
  return JSON.parse(fake.settings[MARKS_KEY] as string);
}

describe("planMarks", () => {
  it("keeps the most severe severity per range, anchors explanations on the first cell, errors added last", () => {
    const plan = planMarks(FINDINGS);
    expect(plan.ranges.map((r) => r.address + ":" + r.severity)).toEqual(["C3:info", "J13:J14:warning", "F13:warning", "J6:error"]);
    expect(plan.anchorOrder).toEqual(["J6", "J13", "C3"]);
    expect(plan.anchors.J6).toEqual(["错误：预算执行率得分应为 8.62", "提示：得分保留两位小数"]);
  });

  it("marks a finding that points at a whole form by its first cell only", () => {
    const plan = planMarks([{ severity: "warning", cells: ["B1:J60"], message: "x" }]);
    expect(plan.ranges.map((r) => r.address)).toEqual(["B1"]);
  });
});

describe("conditional-format marks (ExcelApi 1.6+)", () => {
  it("marks with Ziping's own rules and notes in 1 read + 1 write sync; the user's formatting, rule and note stay", async () => {
    const fake = new FakeExcel({ version: "1.18", sheets: [seed()] });
    const original = fake.snapshot(SHEET);
    const originalCells = JSON.stringify(fake.sheet(SHEET).cells);
    const context = fake.newContext();
    const sync = jest.spyOn(context, "sync");
    const result = await highlightFindings(context, SHEET, FINDINGS, { features: featuresForVersion("1.18"), store: workbookSettingsStore() });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(result).toMatchObject({ status: "marked", mode: "conditional", explainedOn: "note", paneOnly: [], unmarked: [], lossy: false, syncs: 2 });

    // Base formatting untouched: no fill stays no fill, white stays white.
    expect(JSON.stringify(fake.sheet(SHEET).cells)).toBe(originalCells);
    const rules = fake.sheet(SHEET).rules;
    expect(rules[0]).toMatchObject({ address: "F6:F20", type: "CellValue" }); // the user's rule is still first
    const own = rules.filter((r) => r.formula.indexOf("ZIPING") >= 0);
    expect(own.map((r) => r.address)).toEqual(["C3", "J13:J14", "F13", "J6"]);
    const j6 = own[3];
    expect(j6).toMatchObject({ type: "Custom", formula: tagFormula("error"), fill: "#FFC7CE" });
    // Not colour alone: the border style says the severity.
    expect(j6.borders.EdgeTop).toEqual({ style: "Continuous", color: "#C00000" });
    expect(own[1].borders.EdgeLeft.style).toBe("Dash");
    expect(own[0].borders.EdgeBottom.style).toBe("Dot");

    // Explanations: Ziping's notes on the anchors J6, J13 and C3; F13 keeps the user's note.
    const notes = fake.sheet(SHEET).notes;
    expect(notes.F13).toBe("用户自己的备注");
    expect(notes.J6).toBe(NOTE_PREFIX + "\n错误：预算执行率得分应为 8.62\n提示：得分保留两位小数");
    expect(notes.J13).toMatch(/^【自评表助手】\n警告：偏差原因未填写/);
    expect(marksOf(fake.settings[MARKS_KEY] as string, SHEET)).toContainEqual({ address: "J6", severity: "error" });

    // 清除标记 from a reopened pane: a new context, a new store object.
    const context2 = fake.newContext();
    const sync2 = jest.spyOn(context2, "sync");
    const cleared = await clearMarks(context2, SHEET, { features: featuresForVersion("1.18"), store: workbookSettingsStore() });
    expect(sync2).toHaveBeenCalledTimes(2);
    expect(cleared).toMatchObject({ status: "cleared", rules: 4, notes: 3, comments: 0, restoredCells: 0 });
    expect(fake.snapshot(SHEET)).toBe(original);
    expect(fake.settings[MARKS_KEY]).toBeUndefined();
  });

  it("leaves a user's note in place and keeps that explanation in the pane", async () => {
    const fake = new FakeExcel({ version: "1.18", sheets: [seed()] });
    const result = await highlightFindings(fake.newContext(), SHEET, [{ severity: "warning", cells: ["F13"], message: "x" }], {
      features: featuresForVersion("1.18"),
      store: workbookSettingsStore(),
    });
    expect(result).toMatchObject({ status: "marked", paneOnly: ["F13"] });
    expect(fake.sheet(SHEET).notes).toEqual({ F13: "用户自己的备注" });
  });

  it("re-highlighting replaces the previous marks instead of stacking them", async () => {
    const fake = new FakeExcel({ version: "1.18", sheets: [seed()] });
    const original = fake.snapshot(SHEET);
    const options = { features: featuresForVersion("1.18"), store: workbookSettingsStore() };
    await highlightFindings(fake.newContext(), SHEET, FINDINGS, options);
    await highlightFindings(fake.newContext(), SHEET, FINDINGS.slice(0, 1), options);
    const own = fake.sheet(SHEET).rules.filter((r) => r.formula.indexOf("ZIPING") >= 0);
    expect(own.map((r) => r.address)).toEqual(["J6"]);
    expect(Object.keys(fake.sheet(SHEET).notes).sort()).toEqual(["F13", "J6"]);
    expect(marks(fake).sheets.length).toBe(1);
    await clearMarks(fake.newContext(), SHEET, options);
    expect(fake.snapshot(SHEET)).toBe(original);
  });

  it("uses threaded comments on ExcelApi 1.10–1.17 and never touches someone's comment", async () => {
    const fake = new FakeExcel({ version: "1.17", sheets: [seed({ notes: {} })] });
    fake.comments.push({ id: "user-c", sheetId: fake.sheet(SHEET).id, cell: "C3", content: "请核对项目名称" });
    const original = fake.snapshot(SHEET);
    const features = featuresForVersion("1.17");
    const context = fake.newContext();
    const sync = jest.spyOn(context, "sync");
    const result = await highlightFindings(context, SHEET, FINDINGS, { features, store: workbookSettingsStore() });
    expect(result).toMatchObject({ status: "marked", explainedOn: "comment", paneOnly: ["C3"] });
    expect(sync).toHaveBeenCalledTimes(3); // + locating the existing comment
    expect(fake.comments.map((c) => c.cell + ":" + c.content.slice(0, 7))).toEqual(["C3:请核对项目名称", "J6:" + NOTE_PREFIX, "J13:" + NOTE_PREFIX]);
    const cleared = await clearMarks(fake.newContext(), SHEET, { features, store: workbookSettingsStore() });
    expect(cleared).toMatchObject({ status: "cleared", comments: 2, notes: 0 });
    expect(fake.snapshot(SHEET)).toBe(original);
  });

  it("ExcelApi 1.10–1.17: a legacy note it cannot see makes the comment fail — marks stay, explanations go to the pane", async () => {
    const fake = new FakeExcel({ version: "1.12", sheets: [seed({ notes: { J13: "旧式批注" } })] });
    const original = fake.snapshot(SHEET);
    const features = featuresForVersion("1.12");
    const result = await highlightFindings(fake.newContext(), SHEET, FINDINGS, { features, store: workbookSettingsStore() });
    expect(result).toMatchObject({ status: "marked", mode: "conditional", explainedOn: "pane", paneOnly: ["J6", "J13", "C3"] });
    expect(fake.comments).toEqual([]);
    expect(fake.sheet(SHEET).rules.filter((r) => r.formula.indexOf("ZIPING") >= 0).length).toBe(4);
    expect(marks(fake).sheets[0].comments).toEqual([]);
    await clearMarks(fake.newContext(), SHEET, { features, store: workbookSettingsStore() });
    expect(fake.snapshot(SHEET)).toBe(original);
  });

  it("explains in the pane only on ExcelApi 1.6–1.9 (no notes, no comments — and no call to them)", async () => {
    const fake = new FakeExcel({ version: "1.9", sheets: [seed({ notes: {} })] });
    const original = fake.snapshot(SHEET);
    const result = await highlightFindings(fake.newContext(), SHEET, FINDINGS, { features: featuresForVersion("1.9"), store: workbookSettingsStore() });
    expect(result).toMatchObject({ status: "marked", mode: "conditional", explainedOn: "pane", syncs: 2 });
    expect(fake.sheet(SHEET).notes).toEqual({});
    expect(fake.comments).toEqual([]);
    await clearMarks(fake.newContext(), SHEET, { features: featuresForVersion("1.9"), store: workbookSettingsStore() });
    expect(fake.snapshot(SHEET)).toBe(original);
  });

  it("a workbook marked on a current Excel and opened on Excel 2016 (1.1): clear says what it cannot remove", async () => {
    const fake = new FakeExcel({ version: "1.18", sheets: [seed()] });
    await highlightFindings(fake.newContext(), SHEET, FINDINGS, { features: featuresForVersion("1.18"), store: workbookSettingsStore() });
    // The same file in an old Excel: no conditional-format or notes API. (Whether Office.context.document.settings
    // shows what workbook.settings stored is not documented; hand the state over.)
    const old = new FakeExcel({ version: "1.1", sheets: [seed()] });
    old.sheets[0] = fake.sheets[0];
    const docSettings = new FakeDocumentSettings({ [MARKS_KEY]: fake.settings[MARKS_KEY] });
    const result = await clearMarks(old.newContext(), SHEET, { features: featuresForVersion("1.1"), store: documentSettingsStore(docSettings) });
    expect(result).toMatchObject({ status: "cleared", rules: 0, leftover: LEFTOVER_MESSAGE });
    expect(docSettings.memory[MARKS_KEY]).toBe(fake.settings[MARKS_KEY]); // still on record
  });

  it("refuses on a protected sheet and changes nothing", async () => {
    const fake = new FakeExcel({ version: "1.18", sheets: [seed({ protected: true })] });
    const original = fake.snapshot(SHEET);
    const result = await highlightFindings(fake.newContext(), SHEET, FINDINGS, { features: featuresForVersion("1.18"), store: workbookSettingsStore() });
    expect(result).toMatchObject({ status: "refused", reason: "protected" });
    if (result.status === "refused") expect(result.message).toMatch(/受保护，无法添加标记/);
    expect(fake.snapshot(SHEET)).toBe(original);
    expect(fake.settings).toEqual({});
  });
});

describe("direct marks with a snapshot", () => {
  it("ExcelApi 1.9+: restores every touched cell exactly — no fill vs white, patterns, tints, borders", async () => {
    const fake = new FakeExcel({ version: "1.9", sheets: [seed({ notes: {} })] });
    const original = fake.snapshot(SHEET);
    const features = featuresForVersion("1.9");
    const context = fake.newContext();
    const sync = jest.spyOn(context, "sync");
    const result = await highlightFindings(context, SHEET, FINDINGS, { features, store: workbookSettingsStore(), mode: "direct" });
    expect(result).toMatchObject({ status: "marked", mode: "direct", lossy: false });
    expect(sync).toHaveBeenCalledTimes(2);
    // Marked: fill and border by severity.
    expect(fake.cell(SHEET, "J6").fill).toMatchObject({ pattern: "Solid", color: "#FFC7CE" });
    expect(fake.cell(SHEET, "J6").borders.top).toMatchObject({ style: "Continuous", color: "#C00000", weight: "Medium" });
    expect(fake.cell(SHEET, "C3").fill.color).toBe("#DDEBF7");
    expect(fake.cell(SHEET, "C3").borders.left.style).toBe("Dot");
    expect(fake.cell(SHEET, "J14").borders.bottom.style).toBe("Dash");
    expect(fake.snapshot(SHEET)).not.toBe(original);

    // Cleared from a reopened pane.
    const context2 = fake.newContext();
    const sync2 = jest.spyOn(context2, "sync");
    const cleared = await clearMarks(context2, SHEET, { features, store: workbookSettingsStore() });
    expect(cleared).toMatchObject({ status: "cleared", restoredCells: 5, rules: 0 });
    expect(sync2).toHaveBeenCalledTimes(2);
    expect(fake.snapshot(SHEET)).toBe(original);
    expect(fake.cell(SHEET, "C3").fill).toEqual(NO_FILL); // no fill
    expect(fake.cell(SHEET, "J6").fill).toEqual({ ...NO_FILL, pattern: "Solid" }); // explicit white
    expect(fake.cell(SHEET, "J13").fill.tintAndShade).toBe(0.4);
    expect(fake.cell(SHEET, "J14").fill).toMatchObject({ pattern: "Gray25", patternColor: "#FF0000" });
    expect(fake.cell(SHEET, "J14").borders.bottom).toEqual({ style: "Double", color: "#0000FF", weight: "Thick", tintAndShade: 0 });
  });

  it("re-highlighting keeps the original snapshot of cells that were already marked", async () => {
    const fake = new FakeExcel({ version: "1.9", sheets: [seed({ notes: {} })] });
    const original = fake.snapshot(SHEET);
    const options = { features: featuresForVersion("1.9"), store: workbookSettingsStore(), mode: "direct" as const };
    await highlightFindings(fake.newContext(), SHEET, FINDINGS, options);
    // J6 stays marked (now as a warning), J13:J14 and C3 are no longer findings, A1 is new.
    await highlightFindings(fake.newContext(), SHEET, [{ severity: "warning", cells: ["J6", "A1"], message: "x" }], options);
    expect(fake.cell(SHEET, "J13").fill.tintAndShade).toBe(0.4); // restored right away
    expect(fake.cell(SHEET, "J6").fill.color).toBe("#FFEB9C");
    await clearMarks(fake.newContext(), SHEET, options);
    expect(fake.snapshot(SHEET)).toBe(original);
  });

  it("ExcelApi 1.1: fill colour and borders come back; white is lossy (restored as no fill) and says so", async () => {
    const fake = new FakeExcel({
      version: "1.1",
      sheets: [
        {
          name: SHEET,
          cells: {
            B2: { v: 1 }, // no fill
            C2: { v: 2, fill: { pattern: "Solid", color: "#92D050" }, borders: { right: { style: "Continuous", color: "#000000", weight: "Medium" } } },
            D2: { v: 3, fill: { pattern: "Solid", color: "#FFFFFF" } }, // explicit white
          },
        },
      ],
    });
    const features = featuresForVersion("1.1");
    const docSettings = new FakeDocumentSettings();
    const context = fake.newContext();
    const sync = jest.spyOn(context, "sync");
    const result = await highlightFindings(context, SHEET, [{ severity: "error", cells: ["B2:D2"], message: "合计不符" }], {
      features,
      store: documentSettingsStore(docSettings),
    });
    expect(result).toMatchObject({ status: "marked", mode: "direct", explainedOn: "pane", lossy: true });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(fake.cell(SHEET, "C2").fill.color).toBe("#FFC7CE");
    expect(fake.cell(SHEET, "C2").borders.left).toMatchObject({ style: "Continuous", color: "#C00000" }); // inside vertical
    expect(docSettings.saves).toBe(1);
    expect(fake.settings).toEqual({});

    const cleared = await clearMarks(fake.newContext(), SHEET, { features, store: documentSettingsStore(docSettings.reopen()) });
    expect(cleared).toMatchObject({ status: "cleared", restoredCells: 3 });
    expect(fake.cell(SHEET, "B2").fill).toEqual(NO_FILL);
    expect(fake.cell(SHEET, "C2").fill).toMatchObject({ pattern: "Solid", color: "#92D050" });
    expect(fake.cell(SHEET, "C2").borders.right).toEqual({ style: "Continuous", color: "#000000", weight: "Medium", tintAndShade: 0 });
    expect(fake.cell(SHEET, "C2").borders.left).toEqual(NO_BORDER);
    // The documented loss: ExcelApi 1.1 reads white and "no fill" alike.
    expect(fake.cell(SHEET, "D2").fill).toEqual(NO_FILL);
  });

  it("caps the direct snapshot and reports the ranges left unmarked", async () => {
    const fake = new FakeExcel({ version: "1.9", sheets: [{ name: SHEET, cells: { A1: 1 } }] });
    const targets: MarkTarget[] = [];
    for (let r = 1; r <= 5; r++) targets.push({ severity: "info", cells: ["A" + r * 100 + ":J" + (r * 100 + 9)], message: "x" });
    targets.push({ severity: "error", cells: ["B2"], message: "y" });
    const result = await highlightFindings(fake.newContext(), SHEET, targets, { features: featuresForVersion("1.9"), store: workbookSettingsStore(), mode: "direct" });
    if (result.status !== "marked") throw new Error(result.status);
    expect(result.ranges).toContain("B2");
    expect(result.unmarked.length).toBeGreaterThan(0);
    expect(result.ranges.length * 100).toBeLessThanOrEqual(MAX_DIRECT_CELLS + 100);
  });
});
