import { checkGrid } from "../../src/core/check";
import type { EditPlan } from "../../src/core/edit-plan";
import { buildEditPlan } from "../../src/core/edit-plan";
import type { Grid } from "../../src/core/grid";
import { cellAddress } from "../../src/core/grid";
import { featuresForVersion } from "../../src/excel/features";
import { clearOwnWrites, isOwnWrite } from "../../src/excel/own-writes";
import { readSheet } from "../../src/excel/read";
import { documentSettingsStore, workbookSettingsStore } from "../../src/excel/state";
import type { UndoState } from "../../src/excel/write";
import { MAX_UNDO_STEPS, UNDO_KEY, applyEditPlan, applyEditPlanInExcel, encodeUndo, readUndoSteps, undoLast, undoLastInExcel } from "../../src/excel/write";
import { buildFormGrid } from "../helpers/form-builder";
import type { CellSeed, SheetSeed } from "./fake-excel";
import { FakeDocumentSettings, FakeExcel } from "./fake-excel";

const SHEET = "自评表";

function sheet(extra: Partial<SheetSeed> = {}): SheetSeed {
  return {
    name: SHEET,
    cells: {
      F6: 100,
      G6: 86.2,
      H6: { v: 10, nf: "0.00" },
      I6: { v: 0.8, nf: "0%" },
      J6: { v: 8, f: "=ROUND(I6*H6,2)" },
      J20: 90,
      C21: "良",
      D21: "0012",
      E21: { v: "备注", nf: "@" },
    },
    ...extra,
  };
}

function plan(edits: EditPlan["edits"]): EditPlan {
  return { sheetName: SHEET, range: "B1:J21", edits, skipped: [] };
}

const RECALC = plan([
  { cell: "I6", value: 0.862, numberFormat: "0.00%", reason: "执行率", previousValue: 0.8 },
  { cell: "J6", formula: "=ROUND(MIN(I6,1)*H6,2)", reason: "得分", previousValue: 8, previousFormula: "=ROUND(I6*H6,2)" },
  { cell: "J20", value: 98.62, reason: "总分", previousValue: 90 },
  { cell: "C21", value: "优", reason: "等级", previousValue: "良" },
]);

describe("applyEditPlan", () => {
  beforeEach(() => clearOwnWrites());

  it("writes the whole plan with 1 read sync + 1 write sync: values, formulas, number formats", async () => {
    const fake = new FakeExcel({ version: "1.9", sheets: [sheet()] });
    const context = fake.newContext();
    const sync = jest.spyOn(context, "sync");
    const result = await applyEditPlan(context, RECALC, { features: featuresForVersion("1.9"), store: workbookSettingsStore() });
    expect(result).toMatchObject({ status: "applied", cells: ["I6", "J6", "J20", "C21"], undoDepth: 1, syncs: 2 });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(fake.cell(SHEET, "I6")).toMatchObject({ v: 0.862, nf: "0.00%" });
    expect(fake.cell(SHEET, "J6").f).toBe("=ROUND(MIN(I6,1)*H6,2)");
    expect(fake.cell(SHEET, "J20").v).toBe(98.62);
    expect(fake.cell(SHEET, "C21").v).toBe("优");
    // The undo snapshot went into the workbook in the same write sync.
    const stored = JSON.parse(fake.settings[UNDO_KEY] as string) as UndoState;
    expect(stored.steps[0].cells.map((c) => c.a)).toEqual(["I6", "J6", "J20", "C21"]);
    expect(stored.steps[0].cells[1]).toMatchObject({ a: "J6", v: 8, f: "=ROUND(I6*H6,2)", n: "General" });
    // No suspension for a small plan.
    expect(fake.log.filter((l) => /suspend/.test(l))).toEqual([]);
    // Ziping's own writes are known to the change watcher.
    expect(isOwnWrite([SHEET], "I6")).toBe(true);
    expect(isOwnWrite([SHEET], "I7")).toBe(false);
  });

  it("refuses a stale plan: nothing written, the changed cells returned", async () => {
    const fake = new FakeExcel({ version: "1.9", sheets: [sheet()] });
    fake.type(SHEET, "J20", 95); // the user typed after the check
    const before = fake.snapshot(SHEET);
    const settingsBefore = JSON.stringify(fake.settings);
    const context = fake.newContext();
    const sync = jest.spyOn(context, "sync");
    const result = await applyEditPlan(context, RECALC, { features: featuresForVersion("1.9"), store: workbookSettingsStore() });
    expect(result.status).toBe("stale");
    if (result.status !== "stale") return;
    expect(result.changed).toEqual([{ cell: "J20", expected: "90", actual: "95" }]);
    expect(result.message).toMatch(/J20/);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(fake.snapshot(SHEET)).toBe(before);
    expect(JSON.stringify(fake.settings)).toBe(settingsBefore);
  });

  it("notices a formula replaced by a value (same result) as a change", async () => {
    const fake = new FakeExcel({ version: "1.9", sheets: [sheet()] });
    fake.type(SHEET, "J6", 8);
    const result = await applyEditPlan(fake.newContext(), RECALC, { features: featuresForVersion("1.9"), store: workbookSettingsStore() });
    expect(result).toMatchObject({ status: "stale", changed: [{ cell: "J6", expected: "=ROUND(I6*H6,2)（8）", actual: "8" }] });
  });

  it("refuses up front on a protected sheet (ExcelApi 1.2+): one read sync, nothing written", async () => {
    const fake = new FakeExcel({ version: "1.2", sheets: [sheet({ protected: true })] });
    const before = fake.snapshot(SHEET);
    const docSettings = new FakeDocumentSettings();
    const context = fake.newContext();
    const sync = jest.spyOn(context, "sync");
    const result = await applyEditPlan(context, RECALC, { features: featuresForVersion("1.2"), store: documentSettingsStore(docSettings) });
    expect(result).toMatchObject({ status: "refused", reason: "protected" });
    if (result.status === "refused") expect(result.message).toMatch(/工作表“自评表”受保护，无法写入，未做任何修改/);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(fake.snapshot(SHEET)).toBe(before);
    expect(docSettings.saves).toBe(0);
    expect(fake.log).toEqual([]);
  });

  it("on ExcelApi 1.1 protection is unknown up front: the write sync fails and writes nothing", async () => {
    const fake = new FakeExcel({ version: "1.1", sheets: [sheet({ protected: true })] });
    const before = fake.snapshot(SHEET);
    const docSettings = new FakeDocumentSettings();
    await expect(applyEditPlan(fake.newContext(), RECALC, { features: featuresForVersion("1.1"), store: documentSettingsStore(docSettings) })).rejects.toMatchObject({
      code: "AccessDenied",
    });
    expect(fake.snapshot(SHEET)).toBe(before);
    expect(docSettings.saves).toBe(0);
  });

  it("refuses up front in a read-only workbook (ExcelApi 1.8+)", async () => {
    const fake = new FakeExcel({ version: "1.8", sheets: [sheet()], readOnly: true });
    const before = fake.snapshot(SHEET);
    const result = await applyEditPlan(fake.newContext(), RECALC, { features: featuresForVersion("1.8"), store: workbookSettingsStore() });
    expect(result).toMatchObject({ status: "refused", reason: "read-only" });
    expect(fake.snapshot(SHEET)).toBe(before);
  });

  it("suspends screen updating (1.9) and calculation (1.6) around a big plan, then recalculates", async () => {
    const cells: { [a: string]: CellSeed } = {};
    const edits: EditPlan["edits"] = [];
    for (let r = 0; r < 60; r++) {
      cells[cellAddress(r, 1)] = r;
      edits.push({ cell: cellAddress(r, 1), value: r + 1, reason: "x", previousValue: r });
    }
    const fake = new FakeExcel({ version: "1.9", sheets: [{ name: SHEET, cells }] });
    const result = await applyEditPlan(fake.newContext(), plan(edits), { features: featuresForVersion("1.9"), store: workbookSettingsStore() });
    expect(result).toMatchObject({ status: "applied", syncs: 3 });
    expect(fake.log[0]).toBe("suspendScreenUpdating");
    expect(fake.log[1]).toBe("suspendApiCalculation");
    expect(fake.log[fake.log.length - 1]).toBe("calculate Recalculate");
    expect(fake.cell(SHEET, "B60").v).toBe(60);

    // ExcelApi 1.1 has neither: the big plan is written plainly (no ApiNotFound).
    const old = new FakeExcel({ version: "1.1", sheets: [{ name: SHEET, cells }] });
    const r11 = await applyEditPlan(old.newContext(), plan(edits), { features: featuresForVersion("1.1"), store: documentSettingsStore(new FakeDocumentSettings()) });
    expect(r11).toMatchObject({ status: "applied", syncs: 2 });
    expect(old.log.filter((l) => /suspend|calculate/.test(l))).toEqual([]);
  });

  it("uses one Excel undo group only where ExcelApi 1.20 is there", async () => {
    for (const [version, expected] of [
      ["1.20", { mergeUndoGroup: true }],
      ["1.19", undefined],
    ] as const) {
      const fake = new FakeExcel({ version, sheets: [sheet()] });
      const restore = fake.installGlobal();
      try {
        const result = await applyEditPlanInExcel(RECALC, { features: featuresForVersion(version), store: workbookSettingsStore() });
        expect(result.status).toBe("applied");
        expect(fake.runs).toEqual([expected]);
      } finally {
        restore();
      }
    }
  });
});

describe("undoLast", () => {
  beforeEach(() => clearOwnWrites());

  it("restores values, formulas and number formats exactly — after the pane was reopened", async () => {
    const fake = new FakeExcel({ version: "1.9", sheets: [sheet()] });
    const original = fake.snapshot(SHEET);
    const features = featuresForVersion("1.9");
    const tricky = plan([
      ...RECALC.edits,
      { cell: "D21", value: 12, numberFormat: "0.00", reason: "x", previousValue: "0012" },
      { cell: "E21", value: "=不是公式", reason: "x", previousValue: "备注" },
      { cell: "F21", value: "新", reason: "x", previousValue: null },
    ]);
    const applied = await applyEditPlan(fake.newContext(), tricky, { features, store: workbookSettingsStore() });
    expect(applied.status).toBe("applied");
    expect(fake.cell(SHEET, "E21").v).toBe("=不是公式"); // text cell "@": stored as text, not a formula
    expect(fake.snapshot(SHEET)).not.toBe(original);

    // A new context and a new store object: nothing in memory survives but the workbook.
    const context = fake.newContext();
    const sync = jest.spyOn(context, "sync");
    const undone = await undoLast(context, { features, store: workbookSettingsStore() });
    expect(undone).toMatchObject({ status: "undone", remaining: 0 });
    expect(sync).toHaveBeenCalledTimes(3); // state, re-read, write
    expect(fake.snapshot(SHEET)).toBe(original);
    expect(fake.cell(SHEET, "D21")).toMatchObject({ v: "0012", nf: "General" }); // text that looks like a number
    expect(fake.cell(SHEET, "J6")).toMatchObject({ f: "=ROUND(I6*H6,2)", v: 8 });
    expect(fake.settings[UNDO_KEY]).toBeUndefined();
  });

  it("takes 2 syncs when the pane passes the stack it already read", async () => {
    const fake = new FakeExcel({ version: "1.4", sheets: [sheet()] });
    const features = featuresForVersion("1.4");
    await applyEditPlan(fake.newContext(), RECALC, { features, store: workbookSettingsStore() });
    const steps = await readUndoSteps(fake.newContext(), workbookSettingsStore());
    expect(steps.length).toBe(1);
    const context = fake.newContext();
    const sync = jest.spyOn(context, "sync");
    const result = await undoLast(context, { features, store: workbookSettingsStore(), steps });
    expect(result.status).toBe("undone");
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("undoes step by step, newest first", async () => {
    const fake = new FakeExcel({ version: "1.4", sheets: [sheet()] });
    const original = fake.snapshot(SHEET);
    const features = featuresForVersion("1.4");
    await applyEditPlan(fake.newContext(), plan([RECALC.edits[2]]), { features, store: workbookSettingsStore() });
    const afterFirst = fake.snapshot(SHEET);
    await applyEditPlan(fake.newContext(), plan([{ cell: "J20", value: 99, reason: "x", previousValue: 98.62 }]), { features, store: workbookSettingsStore() });
    expect(fake.cell(SHEET, "J20").v).toBe(99);
    expect(await undoLast(fake.newContext(), { features, store: workbookSettingsStore() })).toMatchObject({ status: "undone", remaining: 1 });
    expect(fake.snapshot(SHEET)).toBe(afterFirst);
    expect(await undoLast(fake.newContext(), { features, store: workbookSettingsStore() })).toMatchObject({ status: "undone", remaining: 0 });
    expect(fake.snapshot(SHEET)).toBe(original);
    expect(await undoLast(fake.newContext(), { features, store: workbookSettingsStore() })).toMatchObject({ status: "nothing" });
  });

  it("refuses when the user changed a written cell afterwards (nothing restored), unless forced", async () => {
    const fake = new FakeExcel({ version: "1.9", sheets: [sheet()] });
    const features = featuresForVersion("1.9");
    await applyEditPlan(fake.newContext(), RECALC, { features, store: workbookSettingsStore() });
    fake.type(SHEET, "J20", 97);
    const before = fake.snapshot(SHEET);
    const result = await undoLast(fake.newContext(), { features, store: workbookSettingsStore() });
    expect(result).toMatchObject({ status: "stale", changed: [{ cell: "J20", expected: "98.62", actual: "97" }] });
    expect(fake.snapshot(SHEET)).toBe(before);
    expect(fake.settings[UNDO_KEY]).toBeDefined();
    const forced = await undoLast(fake.newContext(), { features, store: workbookSettingsStore(), force: true });
    expect(forced.status).toBe("undone");
    expect(fake.cell(SHEET, "J20").v).toBe(90);
  });

  it("refuses on a protected sheet", async () => {
    const fake = new FakeExcel({ version: "1.9", sheets: [sheet()] });
    const features = featuresForVersion("1.9");
    await applyEditPlan(fake.newContext(), RECALC, { features, store: workbookSettingsStore() });
    fake.sheet(SHEET).protected = true;
    const before = fake.snapshot(SHEET);
    const result = await undoLast(fake.newContext(), { features, store: workbookSettingsStore() });
    expect(result).toMatchObject({ status: "refused", reason: "protected" });
    expect(fake.snapshot(SHEET)).toBe(before);
  });

  it("ExcelApi 1.1: the snapshot lives in the document settings (saveAsync) and survives reopening", async () => {
    const fake = new FakeExcel({ version: "1.1", sheets: [sheet()] });
    const original = fake.snapshot(SHEET);
    const features = featuresForVersion("1.1");
    const docSettings = new FakeDocumentSettings();
    const applied = await applyEditPlan(fake.newContext(), RECALC, { features, store: documentSettingsStore(docSettings) });
    expect(applied.status).toBe("applied");
    expect(docSettings.saves).toBe(1);
    expect(typeof docSettings.persisted[UNDO_KEY]).toBe("string");
    expect(fake.settings).toEqual({}); // no workbook.settings on 1.1
    const reopened = docSettings.reopen();
    const context = fake.newContext();
    const sync = jest.spyOn(context, "sync");
    const undone = await undoLast(context, { features, store: documentSettingsStore(reopened) });
    expect(undone.status).toBe("undone");
    expect(sync).toHaveBeenCalledTimes(2); // the state needs no sync
    expect(fake.snapshot(SHEET)).toBe(original);
    expect(reopened.persisted[UNDO_KEY]).toBeUndefined();
  });

  it("undoLastInExcel groups the undo on ExcelApi 1.20", async () => {
    const fake = new FakeExcel({ version: "1.20", sheets: [sheet()] });
    const features = featuresForVersion("1.20");
    await applyEditPlan(fake.newContext(), RECALC, { features, store: workbookSettingsStore() });
    const restore = fake.installGlobal();
    try {
      expect((await undoLastInExcel({ features, store: workbookSettingsStore() })).status).toBe("undone");
      expect(fake.runs).toEqual([{ mergeUndoGroup: true }]);
    } finally {
      restore();
    }
  });

  it("keeps the stack small", () => {
    const step = (i: number) => ({ id: "s" + i, sheet: SHEET, sheetId: "x", at: "", label: "", cells: [{ a: "A1", v: "x".repeat(5000), n: "General", w: { v: 1 } }] });
    const state: UndoState = { v: 1, steps: [] };
    for (let i = 0; i < 30; i++) state.steps.push(step(i));
    const text = encodeUndo(state)!;
    const kept = JSON.parse(text) as UndoState;
    expect(kept.steps.length).toBeLessThanOrEqual(MAX_UNDO_STEPS);
    expect(text.length).toBeLessThanOrEqual(60000);
    expect(kept.steps[kept.steps.length - 1].id).toBe("s29");
  });
});

describe("check → recalculate → undo on a real form (the issue's “done when”)", () => {
  function seedFromGrid(grid: Grid): SheetSeed {
    const cells: { [a: string]: CellSeed } = {};
    grid.rows.forEach((row, r) =>
      (row || []).forEach((cell, c) => {
        if (!cell || cell.value === null) return;
        cells[cellAddress(r, c)] = cell.value as CellSeed;
      }),
    );
    return { name: grid.sheetName, cells, merges: grid.merges.map((m) => cellAddress(m.top, m.left) + ":" + cellAddress(m.bottom, m.right)) };
  }

  it("reads the sheet, applies the core's plan, and 撤销 gives back the workbook it started with", async () => {
    const grid = buildFormGrid({ budgetScore: 8, totalScore: 98, grade: "优" }, SHEET);
    const fake = new FakeExcel({ version: "1.20", sheets: [seedFromGrid(grid)] });
    const original = fake.snapshot(SHEET);
    const features = featuresForVersion("1.20");

    const read = await readSheet(fake.newContext(), { features });
    const report = checkGrid(read.grid);
    expect(report.forms.length).toBe(1);
    const editPlan = buildEditPlan(report.forms[0]);
    expect(editPlan.edits.length).toBeGreaterThan(0);

    const applied = await applyEditPlan(fake.newContext(), editPlan, { features, store: workbookSettingsStore(), label: "全部重算" });
    expect(applied.status).toBe("applied");
    const after = checkGrid((await readSheet(fake.newContext(), { features })).grid);
    expect(after.forms[0].summary.declared).toBe(after.forms[0].summary.computed);

    const undone = await undoLast(fake.newContext(), { features, store: workbookSettingsStore() });
    expect(undone.status).toBe("undone");
    expect(fake.snapshot(SHEET)).toBe(original);
  });
});
