import ExcelJS from "exceljs";
import type { Cell, Grid } from "../../src/core/grid";
import { cellAddress, rangeAddress } from "../../src/core/grid";
import { worksheetToGrid } from "../../src/xlsx/read";
import { applyEdits, gridToWorkbook, gridsToXlsxBuffer } from "../../src/xlsx/write";
import { fixtureToGrid, readFixture } from "../fixtures/fixture";
import { buildFormGrid } from "../helpers/form-builder";

async function roundTrip(grids: Grid[]): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await gridsToXlsxBuffer(grids)) as unknown as ExcelJS.Buffer);
  return wb.worksheets.map(worksheetToGrid);
}

/** Address → what a file can keep of a cell: value, formula, number format (display text is derived on reading). */
function cellsOf(grid: Grid): { [address: string]: Partial<Cell> } {
  const out: { [address: string]: Partial<Cell> } = {};
  grid.rows.forEach((row, r) =>
    (row || []).forEach((cell, c) => {
      if (!cell || (cell.value === null && !cell.formula)) return;
      const kept: Partial<Cell> = { value: cell.value };
      if (cell.formula) kept.formula = cell.formula;
      if (cell.numberFormat) kept.numberFormat = cell.numberFormat;
      out[cellAddress(r, c)] = kept;
    }),
  );
  return out;
}

const mergesOf = (grid: Grid) => grid.merges.map(rangeAddress).sort();

describe("gridToWorkbook round trip through a real .xlsx", () => {
  test("the real sample keeps every cell and merge", async () => {
    const grid = fixtureToGrid(readFixture("sample-ziyang-2022"));
    const [back] = await roundTrip([grid]);
    expect(back.sheetName).toBe(grid.sheetName);
    expect(cellsOf(back)).toEqual(cellsOf(grid));
    expect(mergesOf(back)).toEqual(mergesOf(grid));
    expect(Object.keys(cellsOf(back)).length).toBeGreaterThan(50);
  });

  test("form-builder grids, several sheets in one workbook", async () => {
    const a = buildFormGrid({}, "甲");
    const b = buildFormGrid({ budgetScore: 9, cells: { F15: "#REF!" } }, "乙");
    const back = await roundTrip([a, b]);
    expect(back.map((g) => g.sheetName)).toEqual(["甲", "乙"]);
    expect(cellsOf(back[0])).toEqual(cellsOf(a));
    expect(cellsOf(back[1])).toEqual(cellsOf(b));
    expect(mergesOf(back[1])).toEqual(mergesOf(b));
  });

  test("formulas with cached results, errors, booleans and number formats", async () => {
    const grid: Grid = {
      sheetName: "公式",
      rows: [
        [{ value: 0.862, numberFormat: "0.00%" }, { value: 10 }, { value: 8.62, formula: "=ROUND(A1*B1,2)" }],
        [{ value: { error: "#REF!" } }, { value: true }, { value: { error: "#DIV/0!" }, formula: "=B1/0" }],
        [null, { value: "≥95%" }, { value: null, formula: "=SUM(A9:A10)" }],
      ],
      merges: [],
    };
    const [back] = await roundTrip([grid]);
    expect(cellsOf(back)).toEqual(cellsOf(grid));
    expect(back.rows[0]![0]!.text).toBe("86.20%");
  });
});

describe("applyEdits", () => {
  function sheet(): ExcelJS.Worksheet {
    const wb = gridToWorkbook([buildFormGrid({ budgetScore: 9, totalScore: 99 })]);
    return wb.worksheets[0];
  }

  test("values replace cells and report what they replaced", () => {
    const ws = sheet();
    const applied = applyEdits(ws, [{ cell: "J6", value: 9.5, reason: "重算" }]);
    expect(ws.getCell("J6").value).toBe(9.5);
    expect(applied).toEqual([{ cell: "J6", before: 9, after: 9.5, reason: "重算" }]);
  });

  test("formulas are written without '=' and keep a cached result; the workbook recalculates on open", () => {
    const ws = sheet();
    const applied = applyEdits(ws, [{ cell: "J6", formula: "=ROUND(MIN(I6,1)*H6,2)", result: 9.5, reason: "公式" }]);
    expect(ws.getCell("J6").value).toEqual({ formula: "ROUND(MIN(I6,1)*H6,2)", result: 9.5 });
    expect(applied[0].afterFormula).toBe("=ROUND(MIN(I6,1)*H6,2)");
    expect(ws.workbook.calcProperties.fullCalcOnLoad).toBe(true);
  });

  test("number formats go to numFmt", () => {
    const ws = sheet();
    applyEdits(ws, [{ cell: "I6", value: 0.95, numberFormat: "0.00%", reason: "执行率" }]);
    expect(ws.getCell("I6").value).toBe(0.95);
    expect(ws.getCell("I6").numFmt).toBe("0.00%");
    expect(worksheetToGrid(ws).rows[5]![8]!.text).toBe("95.00%");
  });

  test("a number format reaches the edited cell only, also where cells were loaded sharing one style", async () => {
    const wb = new ExcelJS.Workbook();
    const made = wb.addWorksheet("表");
    for (const [address, value] of [["H6", 10], ["I6", 0.95], ["J6", 9.5]] as Array<[string, number]>) {
      made.getCell(address).value = value;
      made.getCell(address).numFmt = "0.00";
    }
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
    const ws = loaded.worksheets[0];
    expect(ws.getCell("H6").style).toBe(ws.getCell("I6").style); // the precondition: one shared style object
    applyEdits(ws, [{ cell: "I6", value: 0.95, numberFormat: "0.00%", reason: "执行率" }]);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await loaded.xlsx.writeBuffer()) as ExcelJS.Buffer);
    const back = again.worksheets[0];
    expect([back.getCell("H6").numFmt, back.getCell("I6").numFmt, back.getCell("J6").numFmt]).toEqual(["0.00", "0.00%", "0.00"]);
  });

  test("a formula edit without a known result keeps the cell's current value as its cache", () => {
    const ws = sheet();
    applyEdits(ws, [{ cell: "H20", formula: "SUM(H13:H19)", reason: "合计" }]);
    expect(ws.getCell("H20").value).toEqual({ formula: "SUM(H13:H19)", result: 100 });
  });
});
