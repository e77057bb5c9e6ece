// The playground page's state without a browser: opening workbooks (and refusing what is not one, in Chinese),
// finding the 自评表, restarting the pane, snapshots; and the grid's pure helpers (editing text, arrow keys over merges).
import ExcelJS from "exceljs";
import type { ExcelJsModule } from "../../../src/playground/fake-office";
import { workbookFromGrids } from "../../../src/playground/fake-office";
import { Playground, downloadName, findForms } from "../../../src/playground/app/controller";
import { editText, extent, move, textAlign } from "../../../src/playground/app/grid-logic";
import { gridsToXlsxBuffer } from "../../../src/xlsx/write";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";

const excel = ExcelJS as unknown as ExcelJsModule;
const sample = () => fixtureToGrid(readFixture("sample-ziyang-2022"));

describe("Playground controller", () => {
  it("opens an .xlsx, selects the sheet holding the form and restarts the pane", async () => {
    const pg = new Playground(excel, () => Promise.reject(new Error("no fetch")));
    let notified = 0;
    pg.subscribe(() => notified++);
    const bytes = await gridsToXlsxBuffer([{ sheetName: "说明", rows: [[{ value: "封面" }]], merges: [] }, { ...sample(), sheetName: "自评表" }]);
    expect(await pg.openBytes(bytes, "样例.xlsx")).toBe(true);
    expect(pg.banner).toBeNull();
    expect(pg.workbook!.activeSheet!.name).toBe("自评表");
    expect(pg.paneGeneration).toBe(1);
    expect(pg.fileName).toBe("样例.xlsx");
    expect(notified).toBeGreaterThan(0);
    expect(JSON.parse(pg.snapshot()).map((s: { name: string }) => s.name)).toEqual(["说明", "自评表"]);
    const out = await pg.xlsx();
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(out);
    expect(again.getWorksheet("自评表")!.getCell("C2").value).toBe("机要密码专项");
  });

  it("keeps the open workbook and says so in Chinese when the bytes are not a workbook", async () => {
    const pg = new Playground(excel);
    pg.show(workbookFromGrids([sample()]), "a.xlsx");
    const before = pg.workbook;
    expect(await pg.openBytes(new TextEncoder().encode("not a zip"), "说明.txt")).toBe(false);
    expect(pg.workbook).toBe(before);
    expect(pg.banner).toEqual({ kind: "error", text: expect.stringMatching(/^无法打开“说明\.txt”：.*不是有效的 Excel 工作簿/) });
  });

  it("shows the recogniser's note when no sheet holds a 自评表", () => {
    const wb = workbookFromGrids([fixtureToGrid(readFixture("not-a-form"))]);
    expect(findForms(wb).note).toMatch(/普通数据表/);
    const pg = new Playground(excel);
    pg.show(wb, "台账.xlsx");
    expect(pg.banner!.text).toMatch(/^“台账\.xlsx”中没有识别到项目支出绩效自评表：.*普通数据表/);
  });

  it("restarts the pane when the Excel version changes, and only then", () => {
    const pg = new Playground(excel);
    pg.setProfile("current");
    expect(pg.paneGeneration).toBe(0);
    pg.setProfile("excel2016");
    expect([pg.profile, pg.paneGeneration]).toEqual(["excel2016", 1]);
  });

  it("names the download after the open file", () => {
    expect(downloadName("自评表.xls")).toBe("自评表.xlsx");
    expect(downloadName("")).toBe("工作簿1.xlsx");
  });
});

describe("grid helpers", () => {
  const wb = workbookFromGrids([sample()]);
  const sheet = wb.sheets[0];

  it("edits formulas as formulas and percentages as typed", () => {
    expect(editText({ value: 0.95, numberFormat: "0.00%" }, "95.00%")).toBe("95%");
    expect(editText({ value: 98, formula: "=SUM(I12:I28)" }, "98")).toBe("=SUM(I12:I28)");
    expect(editText({ value: null }, "")).toBe("");
    expect(editText(undefined, "")).toBe("");
    expect(editText({ value: true }, "TRUE")).toBe("TRUE");
  });

  it("moves over merged areas as one cell and stays inside the drawn extent", () => {
    const size = extent(wb, sheet);
    expect(size.rows).toBeGreaterThanOrEqual(30);
    // C3:E3 is merged in the sample: right from B3 lands on the whole area, right again on F3.
    const c3 = move(wb, sheet, { top: 2, left: 1, bottom: 2, right: 1 }, "right", size);
    expect(c3).toEqual({ top: 2, left: 2, bottom: 2, right: 4 });
    expect(move(wb, sheet, c3, "right", size)).toEqual({ top: 2, left: 5, bottom: 2, right: 5 });
    expect(move(wb, sheet, { top: 0, left: 0, bottom: 0, right: 0 }, "up", size)).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
  });

  it("aligns like Excel", () => {
    expect(textAlign(undefined, true)).toBe("right");
    expect(textAlign("Center", true)).toBe("center");
    expect(textAlign(undefined, false)).toBe("left");
  });
});
