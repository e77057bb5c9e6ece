// .xlsx → workbook model → .xlsx through exceljs (as the playground's 打开工作簿… / 下载工作簿 do in the browser).
import ExcelJS from "exceljs";
import { checkGrid } from "../../../src/core/check";
import { buildEditPlan } from "../../../src/core/edit-plan";
import { detectFeatures, officeIsSetSupported } from "../../../src/excel/features";
import { highlightFindings } from "../../../src/excel/highlight";
import { clearOwnWrites } from "../../../src/excel/own-writes";
import { readSheet } from "../../../src/excel/read";
import { defaultStore } from "../../../src/excel/state";
import { applyEditPlan } from "../../../src/excel/write";
import { gridToWorkbook } from "../../../src/xlsx/write";
import { readXlsx, writeXlsx } from "../../../src/playground/fake-office";
import { buildFormGrid } from "../../helpers/form-builder";
import { install, run } from "./host";

async function sourceFile(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表");
  ws.getCell("B2").value = "项目名称";
  ws.getCell("C2").value = 100;
  ws.getCell("D2").value = 86.2;
  ws.getCell("E2").value = { formula: "ROUND(D2/C2,4)", result: 0.862 } as ExcelJS.CellValue;
  ws.getCell("E2").numFmt = "0.00%";
  ws.getCell("F2").value = { formula: "VLOOKUP(C2,Z1:Z9,1,FALSE)", result: "旧值" } as ExcelJS.CellValue;
  ws.getCell("B3").fill = { type: "pattern", pattern: "solid", fgColor: { theme: 4, tint: 0.3999755851924192 } as Partial<ExcelJS.Color> };
  ws.getCell("C3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("D3").fill = { type: "pattern", pattern: "lightGray", fgColor: { argb: "FFFF0000" }, bgColor: { argb: "FF00B0F0" } };
  ws.getCell("B4").border = { top: { style: "thin", color: { argb: "FF000000" } }, bottom: { style: "dashed", color: { argb: "FFC00000" } } };
  ws.getCell("C4").font = { bold: true, color: { argb: "FF0070C0" }, name: "宋体", size: 12 };
  ws.getCell("C2").note = "用户的备注";
  ws.mergeCells("B6:D6");
  ws.getCell("B6").value = "合并的标题";
  ws.getColumn(2).width = 24;
  ws.addConditionalFormatting({ ref: "C2:D2", rules: [{ type: "cellIs", operator: "greaterThan", priority: 1, formulae: ["90"], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFC6EFCE" } } } }] });
  wb.addWorksheet("第二页").getCell("A1").value = "x";
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

async function reopen(data: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data);
  return wb;
}

beforeEach(() => clearOwnWrites());

describe(".xlsx → model", () => {
  it("reads values, cached formula results, number formats, fills (theme + tint), fonts, borders, merges, widths, notes, rules", async () => {
    const wb = await readXlsx(await sourceFile(), ExcelJS);
    expect(wb.sheets.map((s) => s.name)).toEqual(["自评表", "第二页"]);
    const s = wb.sheet("自评表");
    const at = (a1: string) => wb.renderCell(s, parseInt(a1.slice(1), 10) - 1, a1.charCodeAt(0) - 65);
    expect([at("B2").text, at("C2").value, at("E2").formula, at("E2").text, at("F2").text]).toEqual(["项目名称", 100, "=ROUND(D2/C2,4)", "86.20%", "旧值"]);
    // exceljs writes the Office 2007 theme: accent1 4F81BD, "lighter 40%" is Excel's 95B3D7.
    expect(wb.getCell(s, 2, 1)!.fill).toMatchObject({ pattern: "Solid", color: "#95B3D7" });
    expect(wb.getCell(s, 2, 2)!.fill).toMatchObject({ pattern: "Solid", color: "#FFFF00" });
    expect(wb.getCell(s, 2, 3)!.fill).toMatchObject({ pattern: "Gray25", color: "#00B0F0", patternColor: "#FF0000" });
    expect(wb.getCell(s, 3, 1)!.borders).toMatchObject({ top: { style: "Continuous", weight: "Thin", color: "#000000" }, bottom: { style: "Dash", color: "#C00000" } });
    expect(wb.getCell(s, 3, 2)!.font).toMatchObject({ bold: true, color: "#0070C0", name: "宋体", size: 12 });
    expect(s.merges).toEqual([{ top: 5, left: 1, bottom: 5, right: 3 }]);
    expect(s.columnWidths[1]).toBe(24);
    expect(s.notes.C2.content).toBe("用户的备注");
    expect(s.conditionalFormats.map((c) => c.type)).toEqual(["CellValue"]);
  });

  it("says in Chinese when a file is not a workbook", async () => {
    const junk = new TextEncoder().encode("这不是工作簿").buffer as ArrayBuffer;
    await expect(readXlsx(junk, ExcelJS)).rejects.toThrow(/不是有效的 Excel 工作簿/);
  });
});

describe("model → .xlsx", () => {
  it("round-trips values, formulas, fills, fonts, borders, merges, widths, notes and rules unchanged", async () => {
    const original = await reopen(await sourceFile());
    const model = await readXlsx(await sourceFile(), ExcelJS);
    const back = await reopen(await writeXlsx(model, ExcelJS));
    const a = original.getWorksheet("自评表")!;
    const b = back.getWorksheet("自评表")!;
    for (const addr of ["B2", "C2", "D2", "E2", "F2", "B3", "C3", "D3", "B4", "C4", "B6"]) {
      const x = a.getCell(addr);
      const y = b.getCell(addr);
      expect([addr, y.value]).toEqual([addr, x.value]);
      expect([addr, y.numFmt]).toEqual([addr, x.numFmt]);
      expect([addr, y.fill]).toEqual([addr, x.fill]);
      expect([addr, y.border]).toEqual([addr, x.border]);
    }
    expect(b.getCell("C4").font).toMatchObject({ bold: true, color: { argb: "FF0070C0" }, name: "宋体", size: 12 });
    expect(b.getCell("C2").note).toBe("用户的备注");
    expect(b.getCell("C6").isMerged).toBe(true);
    expect(b.getColumn(2).width).toBe(24);
    expect((b as any).conditionalFormattings).toEqual([{ ref: "C2:D2", rules: [expect.objectContaining({ type: "cellIs", operator: "greaterThan", formulae: ["90"] })] }]);
    expect(back.worksheets.map((w) => w.name)).toEqual(["自评表", "第二页"]);
  });

  it.each([
    ["current", "conditional"],
    ["excel2016", "direct"],
  ])("saves what Ziping changed (%s: %s marks) — values, fills, rules and notes — and reads back the same", async (profile, mode) => {
    const file = (await gridToWorkbook([buildFormGrid({ budgetScore: 9, totalScore: 90, grade: "良" }, "自评表")]).xlsx.writeBuffer()) as ArrayBuffer;
    const model = await readXlsx(file, ExcelJS);
    install(model, { profile });
    const f = detectFeatures(officeIsSetSupported());
    const store = defaultStore(f);
    const read = await run((ctx) => readSheet(ctx, { features: f }));
    const form = checkGrid(read.grid).forms[0];
    const marked = await run((ctx) => highlightFindings(ctx, read.sheetName, form.findings, { features: f, store }));
    expect(marked).toMatchObject({ status: "marked", mode });
    const applied = await run((ctx) => applyEditPlan(ctx, buildEditPlan(form), { features: f, store }));
    expect(applied.status).toBe("applied");

    const saved = await writeXlsx(model, ExcelJS);
    const back = await reopen(saved);
    const ws = back.getWorksheet("自评表")!;
    expect(ws.getCell("J6").value).toBe(9.5);
    expect(ws.getCell("C21").value).toBe("优");
    if (mode === "conditional") {
      const rules = (ws as any).conditionalFormattings as Array<{ ref: string; rules: any[] }>;
      const j6 = rules.filter((r) => r.ref === "J6");
      expect(j6.length).toBe(1);
      expect(j6[0].rules[0]).toMatchObject({ type: "expression", formulae: ['ISTEXT("ZIPING-error")'], style: { fill: { bgColor: { argb: "FFFFC7CE" } } } });
      expect(String(ws.getCell("J6").note)).toMatch(/^【自评表助手】/);
    } else {
      expect(ws.getCell("J6").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
      expect(ws.getCell("J6").border.top).toEqual({ style: "medium", color: { argb: "FFC00000" } });
    }
    // And the saved file opens in the model with the same values and fills.
    const again = await readXlsx(saved, ExcelJS);
    const s1 = model.sheet("自评表");
    const s2 = again.sheet("自评表");
    const strip = (wb: typeof model, s: typeof s1) =>
      JSON.parse(wb.snapshot(s.name), (k, v) => (k === "source" || k === "colorSource" || k === "font" ? undefined : v));
    expect(strip(again, s2).cells).toEqual(strip(model, s1).cells);
    expect(strip(again, s2).notes).toEqual(strip(model, s1).notes);
  });
});
