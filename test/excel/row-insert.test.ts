// An indicator row inserted inside a 二级 group over the playground's fake Excel: one read sync + one write sync,
// merged labels and SUMs grow, the new row is recognised in its group, and Ziping's undo puts the sheet back exactly.
import { checkGrid } from "../../src/core/check";
import type { Grid } from "../../src/core/grid";
import { candidatesFor } from "../../src/core/library";
import type { RowInsertPlan } from "../../src/core/row-insert";
import { insertableGroups, planIndicatorRowInsert } from "../../src/core/row-insert";
import { detectFeatures, officeIsSetSupported } from "../../src/excel/features";
import { readSheet } from "../../src/excel/read";
import { clearOwnWrites, isOwnWrite } from "../../src/excel/own-writes";
import { insertIndicatorRow, undoInsertedRow } from "../../src/excel/row-insert";
import { defaultStore } from "../../src/excel/state";
import { UNDO_KEY, undoLast } from "../../src/excel/write";
import { workbookFromGrids } from "../../src/playground/fake-office";
import { insertForm } from "../helpers/insert-form";
import { install, run } from "../playground/fake-office/host";

function planFor(grid: Grid, level2: string): RowInsertPlan {
  const form = checkGrid(grid).forms[0].form;
  const group = insertableGroups(form).filter((g) => g.name === level2)[0];
  const candidate = candidatesFor(form, group.rows[0].level1, group.name).filter((c) => c.ready)[0];
  const result = planIndicatorRowInsert(grid, form, group, candidate);
  if ("error" in result) throw new Error(result.error);
  return result.plan;
}

function setUp(profile: "current" | "excel2016" = "current") {
  const grid = insertForm({ formulas: true, sheetName: "自评表" });
  const host = install(workbookFromGrids([grid]), { profile });
  const features = detectFeatures(officeIsSetSupported());
  const store = defaultStore(features);
  return { grid, host, features, store, wb: host.workbook, sheet: host.workbook.sheet("自评表") };
}

describe("insertIndicatorRow over the playground fake", () => {
  test("inserts the row in two syncs; the form reads one more 满意度 row and the 总分 SUMs cover it", async () => {
    const { grid, wb, sheet, features, store, host } = setUp();
    const plan = planFor(grid, "服务对象满意度指标");
    const before = host.stats.syncCalls;
    const r = await run((ctx) => insertIndicatorRow(ctx, plan, { features, store, lastCol: 9 }));
    expect(r).toMatchObject({ status: "applied", syncs: 2 });
    expect(host.stats.syncCalls - before).toBe(3); // 2 + the one Excel.run makes
    expect(wb.getCell(sheet, 21, 8)!.formula).toBe("=SUM(I13:I21)");
    expect(wb.getCell(sheet, 30, 1)!.formula).toBe("=I20*2"); // moved from B30 to B31, still row 20
    expect(sheet.merges.map((m) => [m.top, m.bottom, m.left])).toEqual(expect.arrayContaining([[19, 20, 2], [19, 20, 3]]));

    const read = await run((ctx) => readSheet(ctx, { features }));
    const form = checkGrid(read.grid).forms[0].form;
    const satisfaction = insertableGroups(form).filter((g) => g.name === "服务对象满意度指标")[0];
    expect(satisfaction.rows.map((x) => x.row + 1)).toEqual([20, 21]);
    expect(satisfaction.rows[1].name!.text).not.toBe("");
    expect(form.total!.row + 1).toBe(22);
  });

  test("the change events of the insert (the row, and every row it moved) are known as Ziping's own", async () => {
    const { grid, features, store } = setUp();
    clearOwnWrites();
    await run((ctx) => insertIndicatorRow(ctx, planFor(grid, "数量指标"), { features, store, lastCol: 9 }));
    expect(isOwnWrite(["自评表"], "15:15")).toBe(true);
    expect(isOwnWrite(["自评表"], "A15:J40")).toBe(true);
    expect(isOwnWrite(["自评表"], "A14")).toBe(false);
  });

  test("undo deletes the row and restores the sheet exactly", async () => {
    const { grid, wb, features, store } = setUp();
    const original = wb.snapshot("自评表");
    const plan = planFor(grid, "数量指标");
    await run((ctx) => insertIndicatorRow(ctx, plan, { features, store, lastCol: 9 }));
    expect(wb.snapshot("自评表")).not.toBe(original);
    const undone = await run((ctx) => undoLast(ctx, { features, store, undoInsertedRow }));
    expect(undone).toMatchObject({ status: "undone", remaining: 0 });
    expect(wb.snapshot("自评表")).toBe(original);
    expect(wb.settings[UNDO_KEY]).toBeUndefined();
  });

  test("the plan is refused, nothing written, when a cell it relies on changed since the check", async () => {
    const { grid, wb, features, store } = setUp();
    const plan = planFor(grid, "服务对象满意度指标");
    wb.userEdit("I21", "=SUM(I13:I19)", { sheet: "自评表" });
    const changed = wb.snapshot("自评表");
    const r = await run((ctx) => insertIndicatorRow(ctx, plan, { features, store, lastCol: 9 }));
    expect(r.status).toBe("stale");
    expect((r as { message: string }).message).toContain("I21");
    expect(wb.snapshot("自评表")).toBe(changed);
  });

  test("undo keeps the row when the user typed in it since", async () => {
    const { grid, wb, features, store } = setUp();
    const plan = planFor(grid, "数量指标");
    await run((ctx) => insertIndicatorRow(ctx, plan, { features, store, lastCol: 9 }));
    wb.userEdit("H15", "5", { sheet: "自评表" });
    const undone = await run((ctx) => undoLast(ctx, { features, store, undoInsertedRow }));
    expect(undone.status).toBe("stale");
    expect((undone as { message: string }).message).toContain("H15");
    expect(wb.getCell(wb.sheet("自评表"), 14, 7)!.value).toBe(5);
  });

  test("a batch Excel refuses part-way is reported as such, with how to revert it", async () => {
    const { grid, features, store, wb } = setUp();
    const plan = planFor(grid, "数量指标");
    plan.addMerges = ["not-an-address"];
    const r = await run((ctx) => insertIndicatorRow(ctx, plan, { features, store, lastCol: 9 }).catch((e: Error) => ({ status: "threw", message: e.message })));
    expect(r).toMatchObject({ status: "refused", reason: "unsupported" });
    expect((r as { message: string }).message).toMatch(/未能完成插入第 15 行.*Ctrl\+Z/);
    expect(wb.settings[UNDO_KEY]).toBeUndefined(); // no undo step for a batch that failed
  });

  test("a protected sheet is refused before anything is written", async () => {
    const { grid, wb, sheet, features, store } = setUp();
    sheet.protected = true;
    const original = wb.snapshot("自评表");
    const r = await run((ctx) => insertIndicatorRow(ctx, planFor(grid, "数量指标"), { features, store }));
    expect(r.status).toBe("refused");
    expect(wb.snapshot("自评表")).toBe(original);
  });

  test("Excel 2016 (ExcelApi 1.1, no merge API) is told to insert the row by hand", async () => {
    const { grid, wb, features, store } = setUp("excel2016");
    const original = wb.snapshot("自评表");
    const r = await run((ctx) => insertIndicatorRow(ctx, planFor(grid, "数量指标"), { features, store }));
    expect(r).toMatchObject({ status: "refused", reason: "unsupported" });
    expect(wb.snapshot("自评表")).toBe(original);
  });
});
