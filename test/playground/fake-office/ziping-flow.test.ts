// The real Office.js adapter (src/excel) over the fake host, as the task pane runs it in the playground:
// check → highlight → apply the plan → undo → clear marks must leave every cell (values, formulas, number formats,
// fills, borders, notes, comments, rules) exactly as it was — on Microsoft 365 and on an emulated Excel 2016.
import { checkGrid } from "../../../src/core/check";
import type { EditPlan } from "../../../src/core/edit-plan";
import { buildEditPlan } from "../../../src/core/edit-plan";
import type { Grid } from "../../../src/core/grid";
import type { Finding } from "../../../src/core/rule";
import type { Features } from "../../../src/excel/features";
import { detectFeatures, officeIsSetSupported } from "../../../src/excel/features";
import { NOTE_PREFIX, clearMarks, highlightFindings } from "../../../src/excel/highlight";
import { clearOwnWrites } from "../../../src/excel/own-writes";
import { readSheet } from "../../../src/excel/read";
import { defaultStore } from "../../../src/excel/state";
import { UNDO_KEY, applyEditPlan, undoLast } from "../../../src/excel/write";
import { watchSheet } from "../../../src/excel/events";
import { readStatus, selectRange } from "../../../src/excel/workbook";
import type { FakeOfficeHost } from "../../../src/playground/fake-office";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";
import { buildFormGrid } from "../../helpers/form-builder";
import { g, install, run } from "./host";

const SHEET = "自评表";

/** A national form with a wrong 执行率 score, a wrong indicator score, a wrong total and grade. */
function brokenForm(): Grid {
  return buildFormGrid({ budgetScore: 9, totalScore: 90, grade: "良", cells: { I14: 8 } }, SHEET);
}

function sampleForm(): Grid {
  return fixtureToGrid(readFixture("sample-ziyang-2022"));
}

function features(): Features {
  return detectFeatures(officeIsSetSupported());
}

async function check(f: Features, sheetName?: string) {
  const read = await run((ctx) => readSheet(ctx, { features: f, sheetName }));
  const report = checkGrid(read.grid);
  return { read, form: report.forms[0] };
}

function valueAt(host: FakeOfficeHost, sheet: string, a1: string) {
  const s = host.workbook.sheet(sheet);
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  return host.workbook.getCell(s, parseInt(m[2], 10) - 1, m[1].charCodeAt(0) - 65);
}

beforeEach(() => clearOwnWrites());

const CASES: Array<{ name: string; grid: () => Grid }> = [
  { name: "a form built by the form builder", grid: brokenForm },
  { name: "the sample fixture (资阳 2022)", grid: sampleForm },
];

describe.each([
  { profile: "current", api: "1.20", mode: "conditional", explained: "note", store: "workbook" },
  { profile: "1.12", api: "1.12", mode: "conditional", explained: "comment", store: "workbook" },
  { profile: "excel2016", api: "1.1", mode: "direct", explained: "pane", store: "document" },
])("profile $profile", ({ profile, api, mode, explained, store: storeKind }) => {
  it.each(CASES)("check → highlight → apply → undo → clear leaves $name exactly as it was", async ({ grid }) => {
    const gr = grid();
    const host = install([gr], { profile });
    const f = features();
    expect(f.api).toBe(api);
    const store = defaultStore(f);
    expect(store.kind).toBe(storeKind);
    const original = host.workbook.snapshot(gr.sheetName);

    // 检查: one round trip reads the whole form.
    const trips = host.stats.mark();
    const { read, form } = await check(f);
    expect(read.syncs).toBe(1);
    expect(trips()).toBe(1);
    expect(read.grid.merges.length > 0).toBe(f.mergedAreas);
    const findings: Finding[] = form.findings;
    expect(findings.length).toBeGreaterThan(0);

    // 标记
    const marked = await run((ctx) => highlightFindings(ctx, read.sheetName, findings, { features: f, store }));
    expect(marked).toMatchObject({ status: "marked", mode, explainedOn: explained });
    const sheet = host.workbook.sheet(read.sheetName);
    const first = findings[0].cells[0].split(":")[0];
    const r = /^([A-Z])(\d+)$/.exec(first)!;
    const rendered = host.workbook.renderCell(sheet, parseInt(r[2], 10) - 1, r[1].charCodeAt(0) - 65);
    expect(["#FFC7CE", "#FFEB9C", "#DDEBF7"]).toContain(rendered.fill); // the grid shows a severity colour there
    if (mode === "conditional") expect(sheet.conditionalFormats.length).toBeGreaterThan(0);
    else expect(sheet.conditionalFormats.length).toBe(0);
    const own = (text: string) => text.indexOf(NOTE_PREFIX) === 0;
    const noteCount = Object.keys(sheet.notes).filter((a) => own(sheet.notes[a].content)).length;
    const commentCount = host.workbook.comments.filter((c) => own(c.content)).length;
    expect([noteCount > 0, commentCount > 0]).toEqual([explained === "note", explained === "comment"]);
    expect(host.workbook.snapshot(gr.sheetName)).not.toBe(original);

    // 全部重算, with live formulas.
    const plan: EditPlan = buildEditPlan(form, { formulas: true });
    expect(plan.edits.length).toBeGreaterThan(0);
    const applied = await run((ctx) => applyEditPlan(ctx, plan, { features: f, store, label: "全部重算" }));
    expect(applied).toMatchObject({ status: "applied", syncs: 2 });
    for (const edit of plan.edits) {
      const cell = valueAt(host, gr.sheetName, edit.cell)!;
      if (edit.formula) expect([edit.cell, cell.formula]).toEqual([edit.cell, edit.formula]);
      else expect([edit.cell, cell.value]).toEqual([edit.cell, edit.value]);
    }
    // The recalculated sheet checks clean for what the plan fixed.
    const again = await check(f);
    const fixedRules = ["budget-score", "total-sum", "grade-consistent"];
    expect(again.form.findings.filter((x) => fixedRules.indexOf(x.rule) >= 0)).toEqual([]);

    // 撤销
    const undone = await run((ctx) => undoLast(ctx, { features: f, store }));
    expect(undone).toMatchObject({ status: "undone", remaining: 0 });

    // 清除标记
    const cleared = await run((ctx) => clearMarks(ctx, read.sheetName, { features: f, store }));
    expect(cleared.status).toBe("cleared");

    expect(host.workbook.snapshot(gr.sheetName)).toBe(original);
    const status = await run((ctx) => readStatus(ctx, store));
    expect(status).toMatchObject({ canUndo: false, highlighted: false });
  });

  it("refuses to apply a plan over a cell the user edited after the check, naming the cell", async () => {
    const host = install([brokenForm()], { profile });
    const f = features();
    const store = defaultStore(f);
    const { form } = await check(f);
    const plan = buildEditPlan(form);
    const target = plan.edits[0].cell;
    host.workbook.userEdit(SHEET + "!" + target, "7");
    const before = host.workbook.snapshot(SHEET);
    const result = await run((ctx) => applyEditPlan(ctx, plan, { features: f, store }));
    expect(result.status).toBe("stale");
    expect(result.status === "stale" && result.changed.map((c) => c.cell)).toEqual([target]);
    expect(host.workbook.snapshot(SHEET)).toBe(before);
  });

  it("keeps Ziping's state in the file: a reopened pane can still undo", async () => {
    const first = install([brokenForm()], { profile });
    const wb = first.workbook;
    const f = features();
    const { form } = await check(f);
    const before = wb.snapshot(SHEET);
    await run((ctx) => applyEditPlan(ctx, buildEditPlan(form), { features: f, store: defaultStore(f) }));
    expect(wb.settings[UNDO_KEY]).toBeDefined();
    // Close the pane, open it again: a new Office (document settings reloaded from the file).
    first.uninstall();
    expect(g.Office).toBeUndefined();
    install(wb, { profile });
    const f2 = features();
    const status = await run((ctx) => readStatus(ctx, defaultStore(f2)));
    expect(status.canUndo).toBe(true);
    const undone = await run((ctx) => undoLast(ctx, { features: f2, store: defaultStore(f2) }));
    expect(undone.status).toBe("undone");
    expect(wb.snapshot(SHEET)).toBe(before);
  });

  it("moves the selection to a finding's cell", async () => {
    const host = install([brokenForm()], { profile });
    await run((ctx) => selectRange(ctx, SHEET, "J6"));
    expect(host.workbook.selection).toEqual({ sheetId: host.workbook.sheet(SHEET).id, range: { top: 5, left: 9, bottom: 5, right: 9 } });
  });
});

describe("change watching", () => {
  it("Microsoft 365: a user's edit triggers a re-check, Ziping's own writes do not", async () => {
    const host = install([brokenForm()], { profile: "current" });
    const f = features();
    let changes = 0;
    const watch = await watchSheet({ features: f, sheetName: SHEET, onChange: () => changes++, debounceMs: 1 });
    expect(watch.mode).toBe("events");
    const { form } = await check(f);
    await run((ctx) => applyEditPlan(ctx, buildEditPlan(form), { features: f, store: defaultStore(f) }));
    await host.idle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(changes).toBe(0);
    host.workbook.userEdit(SHEET + "!G13", "530人次");
    await host.idle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(changes).toBe(1);
    await watch.stop();
    host.workbook.userEdit(SHEET + "!G14", "99%");
    await host.idle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(changes).toBe(1);
    expect(host.events.registrations).toEqual([]);
  });

  it("Excel 2016: no events; comparing the fingerprint finds the user's edit", async () => {
    const host = install([brokenForm()], { profile: "excel2016" });
    const f = features();
    const { read } = await check(f);
    let stale = 0;
    const watch = await watchSheet({ features: f, sheetName: SHEET, onChange: () => undefined, onStale: () => stale++, fingerprint: read.fingerprint });
    expect(watch.mode).toBe("manual");
    expect(await watch.checkNow()).toBe(false);
    host.workbook.userEdit(SHEET + "!G13", "530人次");
    expect(await watch.checkNow()).toBe(true);
    expect(stale).toBe(1);
    expect(host.events.registrations).toEqual([]);
  });
});

describe("what an old Excel cannot do, it really cannot do", () => {
  it("Excel 2016: direct marks cannot tell an explicitly white cell from no fill (lossy, as Ziping warns); 1.9 restores it", async () => {
    for (const [profile, lossy] of [
      ["excel2016", true],
      ["1.9", false],
    ] as Array<[string, boolean]>) {
      const gr = brokenForm();
      const host = install([gr], { profile });
      const wb = host.workbook;
      const s = wb.sheet(SHEET);
      wb.ensureCell(s, 5, 9).fill = { pattern: "Solid", color: "#FFFFFF" }; // J6: white on purpose
      const before = wb.snapshot(SHEET);
      const f = features();
      const store = defaultStore(f);
      const { read, form } = await check(f);
      const result = await run((ctx) => highlightFindings(ctx, read.sheetName, form.findings, { features: f, store, mode: "direct" }));
      expect(result).toMatchObject({ status: "marked", mode: "direct", lossy });
      await run((ctx) => clearMarks(ctx, SHEET, { features: f, store }));
      expect(wb.getCell(s, 5, 9)!.fill).toEqual(lossy ? undefined : { pattern: "Solid", color: "#FFFFFF" });
      expect(wb.snapshot(SHEET) === before).toBe(!lossy);
      host.uninstall();
    }
  });

  it("a protected sheet: Microsoft 365 refuses up front; Excel 2016 finds out at the write and changes nothing", async () => {
    for (const profile of ["current", "excel2016"]) {
      const gr = brokenForm();
      const host = install([gr], { profile });
      host.workbook.sheet(SHEET).protected = true;
      const f = features();
      const { form } = await check(f);
      const before = host.workbook.snapshot(SHEET);
      const attempt = run((ctx) => applyEditPlan(ctx, buildEditPlan(form), { features: f, store: defaultStore(f) }));
      if (profile === "current") expect(await attempt).toMatchObject({ status: "refused", reason: "protected" });
      else await expect(attempt).rejects.toMatchObject({ code: "AccessDenied" });
      expect(host.workbook.snapshot(SHEET)).toBe(before);
      expect(host.workbook.settings[UNDO_KEY]).toBeUndefined();
      host.uninstall();
    }
  });
});
