import { featuresForVersion } from "../../src/excel/features";
import { MARKS_KEY, clearAllMarks, highlightFindings } from "../../src/excel/highlight";
import { documentSettingsStore, memoryStore, workbookSettingsStore } from "../../src/excel/state";
import { listSheets, readStateKey, readStatus, selectRange, writeStateKey } from "../../src/excel/workbook";
import { applyEditPlan } from "../../src/excel/write";
import { FakeDocumentSettings, FakeExcel } from "./fake-excel";

function twoSheets(version: string) {
  return new FakeExcel({
    version,
    sheets: [
      { name: "表一", cells: { B2: 1, C2: { v: 2, fill: { pattern: "Solid", color: "#FFFFFF" } } } },
      { name: "表 二", cells: { B2: 3 } },
    ],
  });
}

describe("workbook helpers", () => {
  it("lists the sheets and jumps to a cell", async () => {
    const fake = twoSheets("1.1");
    expect(await listSheets(fake.newContext())).toEqual(["表一", "表 二"]);
    const context = fake.newContext();
    const sync = jest.spyOn(context, "sync");
    await selectRange(context, "表 二", "B2");
    expect(sync).toHaveBeenCalledTimes(1);
    expect(fake.active).toBe("表 二");
    expect(fake.selection).toBe("'表 二'!B2");
  });

  it("reports Ziping's status from the workbook (undo, marks)", async () => {
    const fake = twoSheets("1.9");
    const f = featuresForVersion("1.9");
    const store = workbookSettingsStore();
    expect(await readStatus(fake.newContext(), store)).toEqual({ canUndo: false, undoSteps: 0, highlighted: false, markedSheets: [] });
    await applyEditPlan(
      fake.newContext(),
      { sheetName: "表一", range: "A1:C2", edits: [{ cell: "B2", value: 5, reason: "x", previousValue: 1 }], skipped: [] },
      { features: f, store: workbookSettingsStore(), label: "全部重算" },
    );
    await highlightFindings(fake.newContext(), "表 二", [{ severity: "error", cells: ["B2"], message: "x" }], { features: f, store: workbookSettingsStore() });
    expect(await readStatus(fake.newContext(), workbookSettingsStore())).toEqual({
      canUndo: true,
      undoSteps: 1,
      undoLabel: "全部重算",
      highlighted: true,
      markedSheets: ["表 二"],
    });
  });

  it("stores other state keys (suppressions) in the workbook, or the document settings before ExcelApi 1.4", async () => {
    const fake = twoSheets("1.4");
    const list = [{ rule: "exec-rate", sheet: "表一", cell: "I6", reason: "已说明", at: "2025-01-01T00:00:00Z" }];
    await writeStateKey(fake.newContext(), workbookSettingsStore(), "ziping.ignored", list);
    expect(await readStateKey(fake.newContext(), workbookSettingsStore(), "ziping.ignored")).toEqual(list);
    await writeStateKey(fake.newContext(), workbookSettingsStore(), "ziping.ignored", null);
    expect(fake.settings["ziping.ignored"]).toBeUndefined();

    const old = twoSheets("1.1");
    const docSettings = new FakeDocumentSettings();
    await writeStateKey(old.newContext(), documentSettingsStore(docSettings), "ziping.ignored", list);
    expect(docSettings.saves).toBe(1);
    expect(await readStateKey(old.newContext(), documentSettingsStore(docSettings.reopen()), "ziping.ignored")).toEqual(list);

    const mem = memoryStore();
    await writeStateKey(old.newContext(), mem, "k", { a: 1 });
    expect(await readStateKey(old.newContext(), mem, "k")).toEqual({ a: 1 });
  });
});

describe("clearAllMarks", () => {
  it("clears every sheet Ziping marked, from the state alone, and drops entries of deleted sheets", async () => {
    for (const [version, mode] of [
      ["1.18", "conditional"],
      ["1.9", "direct"],
    ] as const) {
      const fake = twoSheets(version);
      const f = featuresForVersion(version);
      const original1 = fake.snapshot("表一");
      const original2 = fake.snapshot("表 二");
      await highlightFindings(fake.newContext(), "表一", [{ severity: "warning", cells: ["B2:C2"], message: "x" }], { features: f, store: workbookSettingsStore(), mode });
      await highlightFindings(fake.newContext(), "表 二", [{ severity: "error", cells: ["B2"], message: "y" }], { features: f, store: workbookSettingsStore(), mode });
      // A stale entry for a sheet that no longer exists.
      const state = JSON.parse(fake.settings[MARKS_KEY] as string);
      state.sheets.push({ id: "{gone}", name: "已删除", mode, at: "", ranges: [], notes: [], comments: [] });
      fake.settings[MARKS_KEY] = JSON.stringify(state);
      expect(fake.snapshot("表一")).not.toBe(original1);

      const context = fake.newContext();
      const sync = jest.spyOn(context, "sync");
      const result = await clearAllMarks(context, { features: f, store: workbookSettingsStore() });
      expect(result).toMatchObject({ status: "cleared", syncs: 3 });
      expect(sync).toHaveBeenCalledTimes(3);
      expect(fake.snapshot("表一")).toBe(original1);
      expect(fake.snapshot("表 二")).toBe(original2);
      expect(fake.settings[MARKS_KEY]).toBeUndefined();
    }
  });
});
