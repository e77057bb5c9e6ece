import { getCell } from "../../src/core/grid";
import { featuresForVersion } from "../../src/excel/features";
import { readActiveSheet, readSheet } from "../../src/excel/read";
import { FakeExcel } from "./fake-excel";

function formSheet() {
  return {
    name: "自评表",
    cells: {
      B3: "项目支出绩效自评表",
      B5: "项目名称",
      C5: "乡村道路维护",
      F6: { v: 100, nf: "0.00" },
      G6: { v: 86.2, nf: "0.00" },
      H6: { v: 0.862, f: "=G6/F6", nf: "0.00%" },
      I6: { err: "#REF!", f: "=#REF!*10" },
      J7: true,
    },
    merges: ["B3:K3", "C5:E5"],
  };
}

describe("readSheet", () => {
  it("reads the used range, formulas, text and number formats in one sync, A1-based", async () => {
    const fake = new FakeExcel({ version: "1.13", sheets: [formSheet()] });
    const context = fake.newContext();
    const sync = jest.spyOn(context, "sync");
    const read = await readSheet(context, { features: featuresForVersion("1.13") });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(read.syncs).toBe(1);
    expect(read.blocks).toBe(0);
    expect(read.sheetName).toBe("自评表");
    expect(read.usedAddress).toBe("B3:J7");
    const g = read.grid;
    // The used range starts at B3, the grid still at A1.
    expect(g.rows[0]).toBeUndefined();
    expect(getCell(g, 2, 1)).toEqual({ value: "项目支出绩效自评表", text: "项目支出绩效自评表" });
    expect(getCell(g, 4, 2)!.value).toBe("乡村道路维护");
    expect(getCell(g, 5, 7)).toEqual({ value: 0.862, text: "86.20%", formula: "=G6/F6", numberFormat: "0.00%" });
    expect(getCell(g, 5, 5)!.numberFormat).toBe("0.00");
    expect(getCell(g, 5, 8)!.value).toEqual({ error: "#REF!" });
    expect(getCell(g, 5, 8)!.formula).toBe("=#REF!*10");
    expect(getCell(g, 6, 9)!.value).toBe(true);
    expect(getCell(g, 3, 3)).toBeUndefined();
    expect(g.merges).toEqual([
      { top: 2, left: 1, bottom: 2, right: 10 },
      { top: 4, left: 2, bottom: 4, right: 4 },
    ]);
    expect(read.mergesKnown).toBe(true);
  });

  it("on ExcelApi 1.1 reads without merges, protection or read-only flag — and calls nothing newer", async () => {
    const fake = new FakeExcel({ version: "1.1", sheets: [formSheet()] });
    const context = fake.newContext();
    const read = await readSheet(context, { features: featuresForVersion("1.1") });
    expect(read.syncs).toBe(1);
    expect(read.grid.merges).toEqual([]);
    expect(read.mergesKnown).toBe(false);
    expect(read.protected).toBeUndefined();
    expect(read.readOnly).toBeUndefined();
    expect(getCell(read.grid, 5, 7)!.formula).toBe("=G6/F6");
  });

  it("fails (ApiNotFound) when told an ExcelApi 1.13 host is there but it is 1.1: the gating matters", async () => {
    const fake = new FakeExcel({ version: "1.1", sheets: [formSheet()] });
    await expect(readSheet(fake.newContext(), { features: featuresForVersion("1.13") })).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("reports protection (1.2) and read-only (1.8)", async () => {
    const fake = new FakeExcel({ version: "1.8", sheets: [{ ...formSheet(), protected: true }], readOnly: true });
    const read = await readSheet(fake.newContext(), { features: featuresForVersion("1.8") });
    expect(read.protected).toBe(true);
    expect(read.readOnly).toBe(true);
  });

  it("reads a named sheet rather than the active one", async () => {
    const fake = new FakeExcel({ version: "1.4", sheets: [{ name: "说明", cells: { A1: "x" } }, formSheet()], active: "说明" });
    const read = await readSheet(fake.newContext(), { features: featuresForVersion("1.4"), sheetName: "自评表" });
    expect(read.sheetName).toBe("自评表");
    expect(getCell(read.grid, 4, 1)!.value).toBe("项目名称");
  });

  it("a missing sheet is an error, not an empty read", async () => {
    const fake = new FakeExcel({ version: "1.4", sheets: [formSheet()] });
    await expect(readSheet(fake.newContext(), { features: featuresForVersion("1.4"), sheetName: "没有这张表" })).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("reads an empty sheet as an empty grid", async () => {
    const fake = new FakeExcel({ version: "1.4", sheets: [{ name: "空" }] });
    const read = await readSheet(fake.newContext(), { features: featuresForVersion("1.4") });
    expect(read.syncs).toBe(1);
    expect(read.grid.rows.filter((r) => r && r.length).length).toBe(0);
  });

  describe("big sheets", () => {
    function bigSheet(rows: number, cols: number) {
      const cells: { [a: string]: number } = {};
      const letters = (c: number) => String.fromCharCode(65 + c);
      for (let r = 1; r <= rows; r++) for (let c = 0; c < cols; c++) cells[letters(c) + r] = r * 100 + c;
      return { name: "大表", cells };
    }

    it("reads past the clip in row blocks within the cell budget: a fixed number of syncs per block", async () => {
      const fake = new FakeExcel({ version: "1.9", sheets: [bigSheet(250, 4)] });
      const context = fake.newContext();
      const sync = jest.spyOn(context, "sync");
      const read = await readSheet(context, { features: featuresForVersion("1.9"), cellBudget: 200, clipColumns: 4 });
      // Clip: 50 rows × 4 columns; then 200 rows in blocks of 50 rows.
      expect(read.blocks).toBe(4);
      expect(sync).toHaveBeenCalledTimes(5);
      expect(Math.max(...fake.loadedCells)).toBeLessThanOrEqual(200);
      expect(getCell(read.grid, 249, 3)!.value).toBe(25003);
      expect(getCell(read.grid, 0, 0)!.value).toBe(100);
      expect(getCell(read.grid, 120, 2)!.value).toBe(12102);
    });

    it("falls back to row blocks when the one-sync read exceeds the payload limit (Excel on the web)", async () => {
      const fake = new FakeExcel({ version: "1.13", sheets: [bigSheet(100, 5)], payloadCellLimit: 300 });
      const context = fake.newContext();
      const sync = jest.spyOn(context, "sync");
      // The clip (100 × 5 = 500 cells) exceeds the limit; so does the first 100-row block; 50-row blocks fit.
      const read = await readSheet(context, { features: featuresForVersion("1.13"), cellBudget: 40000 });
      expect(getCell(read.grid, 99, 4)!.value).toBe(10004);
      expect(getCell(read.grid, 0, 0)!.value).toBe(100);
      expect(getCell(read.grid, 50, 1)!.value).toBe(5101);
      expect(read.grid.merges).toEqual([]);
      // failed clip, header, failed 100-row block, two 50-row blocks
      expect(sync).toHaveBeenCalledTimes(5);
      expect(read.syncs).toBe(5);
      expect(Math.max(...fake.loadedCells)).toBeLessThanOrEqual(300);
    });

    it("on ExcelApi 1.1 a used range below the clip box (getIntersection throws) is still read", async () => {
      const fake = new FakeExcel({ version: "1.1", sheets: [{ name: "下方", cells: { A2000: "项目名称", B2001: 5 } }] });
      const read = await readSheet(fake.newContext(), { features: featuresForVersion("1.1") });
      expect(getCell(read.grid, 1999, 0)!.value).toBe("项目名称");
      expect(getCell(read.grid, 2000, 1)!.value).toBe(5);
    });

    it("on ExcelApi 1.4 a used range below the clip box reads with a null intersection, no failed sync", async () => {
      const fake = new FakeExcel({ version: "1.4", sheets: [{ name: "下方", cells: { A2000: "项目名称" } }] });
      const context = fake.newContext();
      const read = await readSheet(context, { features: featuresForVersion("1.4") });
      expect(read.syncs).toBe(2);
      expect(getCell(read.grid, 1999, 0)!.value).toBe("项目名称");
    });

    it("stops at maxRows and says so", async () => {
      const fake = new FakeExcel({ version: "1.9", sheets: [bigSheet(30, 2)] });
      const read = await readSheet(fake.newContext(), { features: featuresForVersion("1.9"), maxRows: 10 });
      expect(read.truncated).toMatch(/A1:B10/);
      expect(getCell(read.grid, 9, 0)).toBeDefined();
      expect(getCell(read.grid, 10, 0)).toBeUndefined();
    });
  });

  it("the fingerprint changes when the user edits the sheet", async () => {
    const fake = new FakeExcel({ version: "1.4", sheets: [formSheet()] });
    const a = await readSheet(fake.newContext(), { features: featuresForVersion("1.4") });
    const b = await readSheet(fake.newContext(), { features: featuresForVersion("1.4") });
    fake.type("自评表", "G6", 90);
    const c = await readSheet(fake.newContext(), { features: featuresForVersion("1.4") });
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(c.fingerprint).not.toBe(a.fingerprint);
  });

  it("readActiveSheet runs in Excel.run", async () => {
    const fake = new FakeExcel({ version: "1.4", sheets: [formSheet()] });
    const restore = fake.installGlobal();
    try {
      const read = await readActiveSheet({ features: featuresForVersion("1.4") });
      expect(read.sheetName).toBe("自评表");
      expect(fake.runs.length).toBe(1);
    } finally {
      restore();
    }
  });
});
