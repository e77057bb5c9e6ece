import ExcelJS from "exceljs";
import { worksheetToGrid } from "../../src/xlsx/read";

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as unknown as ExcelJS.Buffer);
  return again.worksheets[0];
}

describe("worksheetToGrid", () => {
  test("shared formulas read as each cell's own formula, not the master's address", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 2;
    ws.getCell("A2").value = 3;
    ws.getCell("B1").value = { formula: "A1*10", result: 20, shareType: "shared", ref: "B1:B2" } as ExcelJS.CellFormulaValue;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 30 } as ExcelJS.CellSharedFormulaValue;
    const grid = worksheetToGrid(await reload(wb));
    expect(grid.rows[0]![1]).toMatchObject({ value: 20, formula: "=A1*10" });
    expect(grid.rows[1]![1]).toMatchObject({ value: 30, formula: "=A2*10" });
  });

  test("merges are 0-based ranges and only masters carry values", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("B2").value = "项目名称";
    ws.mergeCells("B2:D3");
    const grid = worksheetToGrid(await reload(wb));
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 3 }]);
    expect(grid.rows[1]![1]!.value).toBe("项目名称");
    expect(grid.rows[1]![2]).toBeUndefined();
  });

  test("rich text, hyperlinks and errors become plain values", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = { richText: [{ text: "年度" }, { text: "指标值" }] };
    ws.getCell("A2").value = { text: "链接", hyperlink: "https://example.com" };
    ws.getCell("A3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    const grid = worksheetToGrid(await reload(wb));
    expect(grid.rows.map((r) => r![0]!.value)).toEqual(["年度指标值", "链接", { error: "#N/A" }]);
  });
});
