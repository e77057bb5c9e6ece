// Fills, fonts, borders, cell properties, conditional formats, notes, threaded comments, settings — written through
// the fake API and read back through it and from the workbook model.
import { FakeWorkbook } from "../../../src/playground/fake-office";
import { g, install, rejection, run, simpleWorkbook, thrown } from "./host";

describe("fills, fonts and borders", () => {
  it("fill.color: no fill reads as white; a set colour reads back; clear() removes it; mixed reads null", async () => {
    const host = install(simpleWorkbook({ A1: 1 }));
    const out = await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      const none = ws.getRange("A1").format.fill.load("color");
      ws.getRange("A1:B1").format.fill.color = "#ffc7ce";
      const set = ws.getRange("A1").format.fill.load("color");
      ws.getRange("B1").format.fill.clear();
      const mixed = ws.getRange("A1:B1").format.fill.load("color");
      await ctx.sync();
      return [none.color, set.color, mixed.color];
    });
    expect(out).toEqual(["#FFFFFF", "#FFC7CE", null]);
    const s = host.workbook.sheet("Sheet1");
    expect(host.workbook.getCell(s, 0, 0)!.fill).toEqual({ pattern: "Solid", color: "#FFC7CE" });
    expect(host.workbook.getCell(s, 0, 1)).toBeUndefined();
  });

  it("fonts and the four edges of a range; InsideHorizontal between rows", async () => {
    const host = install(simpleWorkbook());
    const s = host.workbook.sheet("Sheet1");
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange("B2:C3");
      r.format.font.bold = true;
      r.format.font.color = "red";
      const top = r.format.borders.getItem("EdgeTop");
      top.style = "Dash";
      top.color = "#9C5700";
      const inside = r.format.borders.getItem("InsideHorizontal");
      inside.style = "Continuous";
      inside.weight = "Medium";
      const read = r.format.borders.getItem("EdgeTop").load("style,color,weight");
      const left = r.format.borders.getItem("EdgeLeft").load("style");
      const font = r.format.font.load("bold,color");
      await ctx.sync();
      expect([read.style, read.color, read.weight, left.style, font.bold, font.color]).toEqual(["Dash", "#9C5700", "Thin", "None", true, "#FF0000"]);
    });
    expect(host.workbook.getCell(s, 1, 1)!.borders).toEqual({ top: { style: "Dash", color: "#9C5700", weight: "Thin" }, bottom: { style: "Continuous", color: "#000000", weight: "Medium" } });
    expect(host.workbook.getCell(s, 2, 2)!.borders).toEqual({ top: { style: "Continuous", color: "#000000", weight: "Medium" } });
  });

  it("getCellProperties tells no fill from white; setCellProperties restores both exactly (ExcelApi 1.9)", async () => {
    const wb = simpleWorkbook();
    const s = wb.sheet("Sheet1");
    wb.ensureCell(s, 0, 1).fill = { pattern: "Solid", color: "#FFFFFF" };
    wb.ensureCell(s, 0, 2).fill = { pattern: "Gray25", color: "#FFFF00", patternColor: "#FF0000", tintAndShade: 0.4 };
    install(wb);
    const before = wb.snapshot("Sheet1");
    const LOAD = { format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true }, borders: { style: true, color: true, weight: true } } };
    const props = await run(async (ctx) => {
      const result = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:C1").getCellProperties(LOAD);
      expect(thrown(() => result.value).code).toBe("ValueNotLoaded");
      await ctx.sync();
      return result.value;
    });
    expect(props[0].map((p: any) => [p.format.fill.pattern, p.format.fill.color])).toEqual([["None", "#FFFFFF"], ["Solid", "#FFFFFF"], ["Gray25", "#FFFF00"]]);
    expect(props[0][2].format.fill).toEqual({ color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000", tintAndShade: 0.4 });
    expect(props[0][0].format.borders.top).toEqual({ style: "None", color: "#000000", weight: "Thin" });
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:C1");
      const mark = { format: { fill: { color: "#FFC7CE", pattern: "Solid" }, borders: { top: { style: "Continuous", color: "#C00000", weight: "Medium" } } } };
      r.setCellProperties([[mark, mark, mark]]);
      await ctx.sync();
      expect(wb.getCell(s, 0, 0)!.fill!.color).toBe("#FFC7CE");
      r.format.fill.clear();
      r.setCellProperties([props[0].map((p: any) => ({ format: { fill: p.format.fill.pattern === "None" ? undefined : p.format.fill, borders: p.format.borders } }))]);
      await ctx.sync();
    });
    expect(wb.snapshot("Sheet1")).toBe(before);
    await run(async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange("B1").setCellProperties([[{ format: { fill: { pattern: "None", color: "#FFC7CE" } } }]]);
      await ctx.sync();
    });
    expect(wb.getCell(s, 0, 1)).toBeUndefined(); // pattern "None" is no fill, whatever the colour
  });
});

describe("conditional formats (ExcelApi 1.6)", () => {
  async function rules() {
    return run(async (ctx) => {
      const cfs = ctx.workbook.worksheets.getActiveWorksheet().getRange().conditionalFormats.load("items/id,items/type,items/priority,items/customOrNullObject/rule/formula");
      await ctx.sync();
      return cfs.items.map((cf: any) => ({ id: cf.id, type: cf.type, priority: cf.priority, formula: cf.customOrNullObject.isNullObject ? null : cf.customOrNullObject.rule.formula }));
    });
  }

  it("adds Custom rules at the top, lists them with their formulas, deletes them", async () => {
    const wb = simpleWorkbook({ A1: 1 });
    const s = wb.sheet("Sheet1");
    wb.addConditionalFormat(s, { top: 0, left: 0, bottom: 9, right: 0 }, "CellValue");
    install(wb);
    await run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getActiveWorksheet().getRange("B2:C3").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=ISTEXT("ZIPING-error")';
      cf.custom.format.fill.color = "#FFC7CE";
      const edge = cf.custom.format.borders.getItem("EdgeBottom");
      edge.style = "Dot";
      edge.color = "#2F5597";
      await ctx.sync();
    });
    const listed = await rules();
    expect(listed.map((r: any) => [r.type, r.priority, r.formula])).toEqual([["Custom", 0, '=ISTEXT("ZIPING-error")'], ["CellValue", 1, null]]);
    expect(s.conditionalFormats[0]).toMatchObject({ ranges: [{ top: 1, left: 1, bottom: 2, right: 2 }], format: { fill: "#FFC7CE", borders: { EdgeBottom: { style: "Dot", color: "#2F5597" } } } });
    // The grid shows the rule's fill and border over the cell's own format.
    expect(wb.renderCell(s, 1, 1)).toMatchObject({ fill: "#FFC7CE", borders: { bottom: { style: "Dot", color: "#2F5597" } } });
    expect(wb.renderCell(s, 0, 0).fill).toBeUndefined(); // a CellValue rule is listed, not evaluated
    // A range only sees the rules that touch it.
    const onA5 = await run(async (ctx) => {
      const c = ctx.workbook.worksheets.getActiveWorksheet().getRange("A5").conditionalFormats.load("items/type");
      await ctx.sync();
      return c.items.map((x: any) => x.type);
    });
    expect(onA5).toEqual(["CellValue"]);
    await run(async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange().conditionalFormats.getItem(listed[0].id).delete();
      await ctx.sync();
    });
    expect((await rules()).map((r: any) => r.type)).toEqual(["CellValue"]);
    expect(wb.renderCell(s, 1, 1).fill).toBeUndefined();
  });

  it("refuses an unknown rule type and reading .custom of a non-custom rule", async () => {
    const wb = simpleWorkbook();
    wb.addConditionalFormat(wb.sheet("Sheet1"), { top: 0, left: 0, bottom: 0, right: 0 }, "DataBar");
    install(wb);
    const e1 = await rejection(run(async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").conditionalFormats.add("Sparkle");
      await ctx.sync();
    }));
    expect(e1.code).toBe("InvalidArgument");
    const e2 = await rejection(run(async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").conditionalFormats.getItemAt(0).custom.rule.load("formula");
      await ctx.sync();
    }));
    expect(e2.code).toBe("InvalidArgument");
  });
});

describe("notes (1.18) and threaded comments (1.10)", () => {
  it("adds, finds, lists, edits and deletes notes; a second note on a cell fails", async () => {
    const wb = simpleWorkbook();
    install(wb);
    const s = wb.sheet("Sheet1");
    await run(async (ctx) => {
      const notes = ctx.workbook.worksheets.getActiveWorksheet().notes;
      notes.add("Sheet1!J6", "【自评表助手】\n错误：得分应为 8.62");
      notes.add("C3", "用户的备注");
      await ctx.sync();
      const found = notes.getItemOrNullObject("J6").load("content,authorName");
      const missing = notes.getItemOrNullObject("A1").load("content");
      const all = notes.load("items/content");
      await ctx.sync();
      expect([found.isNullObject, found.content, found.authorName, missing.isNullObject]).toEqual([false, "【自评表助手】\n错误：得分应为 8.62", "自评表助手", true]);
      expect(all.items.map((n: any) => n.content)).toEqual(["用户的备注", "【自评表助手】\n错误：得分应为 8.62"]);
      notes.getItem("C3").content = "改过的备注";
      found.delete();
      await ctx.sync();
      notes.add("C3", "again");
      expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    });
    expect(wb.sheet("Sheet1").notes).toEqual({ C3: { content: "改过的备注", author: "自评表助手" } });
    expect(wb.renderCell(s, 2, 2).note).toBe("改过的备注");
  });

  it("threaded comments: workbook-level add needs the sheet; location, delete; a cell with a note refuses a comment", async () => {
    const wb = simpleWorkbook();
    wb.addNote(wb.sheet("Sheet1"), "B2", "note");
    install(wb);
    await run(async (ctx) => {
      ctx.workbook.comments.add("Sheet1!C4", "【自评表助手】\n提示");
      await ctx.sync();
      const items = ctx.workbook.worksheets.getActiveWorksheet().comments.load("items/id,items/content");
      await ctx.sync();
      expect(items.items.map((c: any) => c.content)).toEqual(["【自评表助手】\n提示"]);
      const loc = items.items[0].getLocation().load("address");
      await ctx.sync();
      expect(loc.address).toBe("Sheet1!C4");
      ctx.workbook.comments.add("C5", "no sheet");
      expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
      ctx.workbook.comments.add("Sheet1!B2", "on a note");
      expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
      items.items[0].delete();
      await ctx.sync();
    });
    expect(wb.comments).toEqual([]);
  });
});

describe("settings", () => {
  it("Workbook.settings persist across contexts as JSON copies; getItemOrNullObject; delete", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    install(wb);
    await run(async (ctx) => {
      ctx.workbook.settings.add("ziping.undo", '{"v":1,"steps":[]}');
      ctx.workbook.settings.add("obj", { a: [1, 2] });
      await ctx.sync();
    });
    expect(wb.settings["ziping.undo"]).toBe(JSON.stringify('{"v":1,"steps":[]}'));
    await run(async (ctx) => {
      const a = ctx.workbook.settings.getItemOrNullObject("ziping.undo").load("value");
      const b = ctx.workbook.settings.getItemOrNullObject("nope").load("value");
      const o = ctx.workbook.settings.getItem("obj").load("value,key");
      await ctx.sync();
      expect([a.isNullObject, a.value, b.isNullObject, o.key, o.value]).toEqual([false, '{"v":1,"steps":[]}', true, "obj", { a: [1, 2] }]);
      a.delete();
      await ctx.sync();
    });
    expect(Object.keys(wb.settings)).toEqual(["obj"]);
  });

  it("Office.context.document.settings keep changes in memory until saveAsync writes the whole bag", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    wb.settings.old = JSON.stringify("stays");
    install(wb, { profile: "excel2016" });
    const settings = g.Office.context.document.settings;
    expect(settings.get("old")).toBe("stays");
    expect(settings.get("missing")).toBeNull();
    settings.set("ziping.marks", '{"v":1}');
    expect(wb.settings["ziping.marks"]).toBeUndefined();
    const result = await new Promise<any>((resolve) => settings.saveAsync(resolve));
    expect(result.status).toBe(g.Office.AsyncResultStatus.Succeeded);
    expect(JSON.parse(wb.settings["ziping.marks"])).toBe('{"v":1}');
    settings.remove("old");
    await new Promise((resolve) => settings.saveAsync(resolve));
    expect(Object.keys(wb.settings)).toEqual(["ziping.marks"]);
  });
});
