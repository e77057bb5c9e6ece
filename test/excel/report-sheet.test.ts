// The 自评报告 worksheet: one paragraph per row in column A, wrapped, printable width, always text; 1 read sync + ONE
// write sync; Ziping's undo deletes the sheet (unless the user edited it) — over office-addin-mock and over the
// playground's fake Excel (Microsoft 365 and Excel 2016 profiles).
import { featuresForVersion, detectFeatures, officeIsSetSupported } from "../../src/excel/features";
import { REPORT_COLUMN_WIDTH, freeSheetName, undoAddedSheet, writeReportSheet } from "../../src/excel/report-sheet";
import { defaultStore, documentSettingsStore, workbookSettingsStore } from "../../src/excel/state";
import { UNDO_KEY, undoLast } from "../../src/excel/write";
import { simpleWorkbook, install, run } from "../playground/fake-office/host";
import { FakeDocumentSettings, FakeExcel } from "./fake-excel";

const PARAGRAPHS = ["机要密码专项2022年度绩效自评报告", "一、项目概况", "=SUM 不是公式", "+5% 也不是数字", "2022", "全年预算数25.2万元。"];

describe("freeSheetName", () => {
  test("the base name, else the first free (n), case-insensitively", () => {
    expect(freeSheetName("自评报告", ["Sheet1"])).toBe("自评报告");
    expect(freeSheetName("自评报告", ["自评报告"])).toBe("自评报告(2)");
    expect(freeSheetName("自评报告", ["自评报告", "自评报告(2)"])).toBe("自评报告(3)");
    expect(freeSheetName("Report", ["REPORT"])).toBe("Report(2)");
  });
});

describe("writeReportSheet over office-addin-mock", () => {
  test("adds the sheet with one write sync: text in A1:A6, wrapped, column width; undo deletes it", async () => {
    const fake = new FakeExcel({ version: "1.9", sheets: [{ name: "自评表", cells: { B2: "项目名称" } }, { name: "自评报告" }] });
    const features = featuresForVersion("1.9");
    const store = workbookSettingsStore();
    const context = fake.newContext();
    const sync = jest.spyOn(context, "sync");
    const r = await writeReportSheet(context, "自评报告", PARAGRAPHS, { features, store });
    expect(r).toEqual({ status: "written", sheetName: "自评报告(2)", rows: 6, syncs: 2 });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(fake.sheets.map((s) => s.name)).toEqual(["自评表", "自评报告", "自评报告(2)"]);
    for (let i = 0; i < PARAGRAPHS.length; i++) {
      const c = fake.cell("自评报告(2)", "A" + (i + 1));
      expect(c.v).toBe(PARAGRAPHS[i]);
      expect(c.f).toBeUndefined();
    }
    const sheet = fake.sheet("自评报告(2)");
    expect(sheet.wrapped).toEqual(["A1:A6"]);
    expect(sheet.columnWidths[0]).toBe(REPORT_COLUMN_WIDTH);
    // The add and the writes went in the same (second) batch.
    const write = fake.log.slice(fake.log.indexOf("worksheets.add 自评报告(2)"));
    expect(write.length).toBeGreaterThanOrEqual(4);

    const undone = await undoLast(fake.newContext(), { features, store, undoAddedSheet });
    expect(undone).toMatchObject({ status: "undone", sheetName: "自评报告(2)", remaining: 0 });
    expect(fake.sheets.map((s) => s.name)).toEqual(["自评表", "自评报告"]);
    expect(fake.settings[UNDO_KEY]).toBeUndefined();
  });

  test("a report sheet the user edited is not deleted by undo", async () => {
    const fake = new FakeExcel({ version: "1.9", sheets: [{ name: "自评表" }] });
    const features = featuresForVersion("1.9");
    const store = workbookSettingsStore();
    await writeReportSheet(fake.newContext(), "自评报告", PARAGRAPHS, { features, store });
    fake.cell("自评报告", "A2").v = "一、项目基本情况";
    const undone = await undoLast(fake.newContext(), { features, store, undoAddedSheet });
    expect(undone.status).toBe("stale");
    expect((undone as { message: string }).message).toContain("已被修改，未删除");
    expect(fake.sheets.map((s) => s.name)).toEqual(["自评表", "自评报告"]);
  });

  test("Excel 2016 (1.1): no column width, undo kept in document settings; read-only and protected structure refused", async () => {
    const fake = new FakeExcel({ version: "1.1", sheets: [{ name: "自评表" }] });
    const features = featuresForVersion("1.1");
    const store = documentSettingsStore(new FakeDocumentSettings());
    const r = await writeReportSheet(fake.newContext(), "自评报告", PARAGRAPHS, { features, store });
    expect(r.status).toBe("written");
    expect(fake.sheet("自评报告").columnWidths[0]).toBeUndefined();
    expect(fake.sheet("自评报告").wrapped).toEqual(["A1:A6"]);
    expect((await undoLast(fake.newContext(), { features, store, undoAddedSheet })).status).toBe("undone");
    expect(fake.sheets).toHaveLength(1);

    const ro = new FakeExcel({ version: "1.9", sheets: [{ name: "自评表" }], readOnly: true });
    const refused = await writeReportSheet(ro.newContext(), "自评报告", PARAGRAPHS, { features: featuresForVersion("1.9"), store: workbookSettingsStore() });
    expect(refused).toMatchObject({ status: "refused", syncs: 1 });
    expect(ro.sheets).toHaveLength(1);

    const locked = new FakeExcel({ version: "1.9", sheets: [{ name: "自评表" }] });
    locked.structureProtected = true;
    const r2 = await writeReportSheet(locked.newContext(), "自评报告", PARAGRAPHS, { features: featuresForVersion("1.9"), store: workbookSettingsStore() });
    expect(r2.status).toBe("refused");
    expect((r2 as { message: string }).message).toContain("未做任何修改");
    expect(locked.sheets).toHaveLength(1);
    expect(locked.settings[UNDO_KEY]).toBeUndefined();
  });

  test("without the sheet undo passed in, undo refuses and keeps the step", async () => {
    const fake = new FakeExcel({ version: "1.9", sheets: [{ name: "自评表" }] });
    const features = featuresForVersion("1.9");
    const store = workbookSettingsStore();
    await writeReportSheet(fake.newContext(), "自评报告", PARAGRAPHS, { features, store });
    const r = await undoLast(fake.newContext(), { features, store });
    expect(r).toMatchObject({ status: "refused", reason: "unsupported" });
    expect(fake.sheets).toHaveLength(2);
    expect(fake.settings[UNDO_KEY]).toBeDefined();
  });

  test("nothing to write is refused without a sync", async () => {
    const fake = new FakeExcel({ version: "1.9", sheets: [{ name: "自评表" }] });
    const r = await writeReportSheet(fake.newContext(), "自评报告", [], { features: featuresForVersion("1.9"), store: workbookSettingsStore() });
    expect(r).toMatchObject({ status: "refused", syncs: 0 });
  });
});

describe.each(["current", "excel2016"] as const)("writeReportSheet over the playground fake (%s)", (profile) => {
  test("writes, wraps, sizes the column, and undo removes the sheet", async () => {
    const host = install(simpleWorkbook({ B2: "项目名称" }, "自评表"), { profile });
    const features = detectFeatures(officeIsSetSupported());
    const store = defaultStore(features);
    const r = await run((ctx) => writeReportSheet(ctx, "自评报告", PARAGRAPHS, { features, store }));
    expect(r).toMatchObject({ status: "written", sheetName: "自评报告", rows: 6 });
    const sheet = host.workbook.sheet("自评报告");
    for (let i = 0; i < PARAGRAPHS.length; i++) {
      const c = host.workbook.getCell(sheet, i, 0)!;
      expect(c.value).toBe(PARAGRAPHS[i]);
      expect(c.formula).toBeUndefined();
      expect(c.alignment && c.alignment.wrapText).toBe(true);
    }
    if (profile === "current") expect(sheet.columnWidths[0]).toBeGreaterThan(50);
    const undone = await run((ctx) => undoLast(ctx, { features, store, undoAddedSheet }));
    expect(undone.status).toBe("undone");
    expect(host.workbook.findSheet("自评报告")).toBeUndefined();
  });
});
