// Worksheet.onChanged for user edits and add-in writes, and the requirement-set profiles: what the host reports and
// that members of newer sets fail on an emulated Excel 2016 the way they fail there.
import { detectFeatures, officeIsSetSupported } from "../../../src/excel/features";
import { PROFILES } from "../../../src/playground/fake-office";
import { g, install, rejection, run, simpleWorkbook, thrown } from "./host";

async function register(events: any[], sheet = "Sheet1") {
  return run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    const registration = ws.onChanged.add(async (e: any) => {
      events.push(e);
    });
    await ctx.sync();
    return registration;
  });
}

describe("Worksheet.onChanged (ExcelApi 1.7)", () => {
  it("fires asynchronously for a user edit, with source Local and triggerSource Unknown (1.14+)", async () => {
    const host = install(simpleWorkbook({ A1: 1 }));
    const events: any[] = [];
    await register(events);
    host.workbook.userEdit("B5", "12");
    expect(events).toEqual([]); // not during the edit
    await host.idle();
    expect(events).toEqual([{ type: "WorksheetChanged", address: "B5", worksheetId: host.workbook.sheet("Sheet1").id, changeType: "RangeEdited", source: "Local", triggerSource: "Unknown" }]);
    expect(host.workbook.getCell(host.workbook.sheet("Sheet1"), 4, 1)!.value).toBe(12);
  });

  it("fires for the add-in's own writes after their sync, marked ThisLocalAddin; a co-author's edit is Remote", async () => {
    const host = install(simpleWorkbook());
    const events: any[] = [];
    await register(events);
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("I12:I13").values = [[1], [2]];
      await ctx.sync();
      expect(events).toEqual([]);
    });
    host.workbook.userEdit("C3", "x", { remote: true });
    await host.idle();
    expect(events.map((e) => [e.address, e.source, e.triggerSource])).toEqual([
      ["I12:I13", "Local", "ThisLocalAddin"],
      ["C3", "Remote", "Unknown"],
    ]);
  });

  it("has no triggerSource before ExcelApi 1.14, and stops after the handler is removed (at the next sync)", async () => {
    const host = install(simpleWorkbook(), { profile: "1.9" });
    const events: any[] = [];
    const registration = await register(events);
    host.workbook.userEdit("A1", "1");
    await host.idle();
    expect(events.length).toBe(1);
    expect("triggerSource" in events[0]).toBe(false);
    await g.Excel.run(registration.context, async (ctx: any) => {
      registration.remove();
      await ctx.sync();
    });
    host.workbook.userEdit("A2", "2");
    await host.idle();
    expect(events.length).toBe(1);
  });

  it("does not fire for other sheets or for format-only writes", async () => {
    const wb = simpleWorkbook();
    wb.addSheet("Other");
    const host = install(wb);
    const events: any[] = [];
    await register(events);
    wb.userEdit("Other!A1", "1");
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "#FFEB9C";
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").numberFormat = [["0.00"]];
      await ctx.sync();
    });
    await host.idle();
    expect(events).toEqual([]);
  });
});

describe("requirement sets", () => {
  it("answers isSetSupported from the profile: current = ExcelApi 1.20, excel2016 = 1.1 only", () => {
    install(simpleWorkbook(), { profile: "current" });
    const req = g.Office.context.requirements;
    expect([req.isSetSupported("ExcelApi", "1.20"), req.isSetSupported("ExcelApi", "1.21"), req.isSetSupported("ExcelApi"), req.isSetSupported("WordApi", "1.1")]).toEqual([true, false, true, false]);
    expect(detectFeatures(officeIsSetSupported()).api).toBe("1.20");
  });

  it("excel2016: features detected through Office.context are the 1.1 core only", () => {
    install(simpleWorkbook(), { profile: "excel2016" });
    const f = detectFeatures(officeIsSetSupported());
    expect(f.api).toBe("1.1");
    expect(f.core).toBe(true);
    const extras = Object.keys(f).filter((k) => k !== "api" && k !== "core" && (f as any)[k]);
    expect(extras).toEqual([]);
    expect(g.Office.context.diagnostics.version).toBe(PROFILES.excel2016.version);
  });

  it("excel2016 refuses every newer member at sync with ApiNotFound — and the 1.1 core still works", async () => {
    install(simpleWorkbook({ A1: 1 }), { profile: "excel2016" });
    const newer: Array<[string, (ctx: any) => void]> = [
      ["1.2 getUsedRange(valuesOnly)", (ctx) => ctx.workbook.worksheets.getActiveWorksheet().getUsedRange(true).load("address")],
      ["1.2 protection", (ctx) => ctx.workbook.worksheets.getActiveWorksheet().protection.load("protected")],
      ["1.4 getIntersectionOrNullObject", (ctx) => ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").getIntersectionOrNullObject("A1:B2").load("address")],
      ["1.4 settings", (ctx) => ctx.workbook.settings.add("k", "v")],
      ["1.6 conditionalFormats", (ctx) => ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").conditionalFormats.add("Custom")],
      ["1.6 suspendApiCalculation", (ctx) => ctx.workbook.application.suspendApiCalculationUntilNextSync()],
      ["1.7 onChanged", (ctx) => ctx.workbook.worksheets.getActiveWorksheet().onChanged.add(async () => undefined)],
      ["1.8 readOnly", (ctx) => ctx.workbook.load("readOnly")],
      ["1.9 getCellProperties", (ctx) => ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").getCellProperties({ format: { fill: { color: true } } })],
      ["1.9 fill.pattern", (ctx) => ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").format.fill.load("pattern")],
      ["1.10 comments", (ctx) => ctx.workbook.comments.add("Sheet1!A1", "x")],
      ["1.13 merged areas", (ctx) => ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").getMergedAreasOrNullObject().load("address")],
      ["1.18 notes", (ctx) => ctx.workbook.worksheets.getActiveWorksheet().notes.add("A1", "x")],
    ];
    for (const [name, queue] of newer) {
      const e = await rejection(run(async (ctx) => {
        queue(ctx);
        await ctx.sync();
      }));
      expect([name, e.code]).toEqual([name, "ApiNotFound"]);
      expect(e).toBeInstanceOf(g.OfficeExtension.Error);
    }
    const merged = await rejection(g.Excel.run({ mergeUndoGroup: true }, async (ctx: any) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[2]];
      await ctx.sync();
    }));
    expect(merged.code).toBe("ApiNotFound");
    const core = await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.getRange("B1").formulas = [["=A1+1"]];
      ws.getRange("B1").format.fill.color = "#FFC7CE";
      const r = ws.getRange("A1:B1").load("values");
      const used = ws.getUsedRange().load("address");
      await ctx.sync();
      return [r.values, used.address];
    });
    expect(core).toEqual([[[1, 2]], "Sheet1!A1:B1"]);
  });

  it("with strictApiCheck, a newer member throws ApiNotFound when called", () => {
    install(simpleWorkbook(), { profile: "excel2016", strictApiCheck: true });
    const ctx = new g.Excel.RequestContext();
    expect(ctx).toBeInstanceOf(g.Excel.RequestContext);
    expect(thrown(() => ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").getMergedAreasOrNullObject()).code).toBe("ApiNotFound");
    expect(thrown(() => ctx.workbook.application.suspendScreenUpdatingUntilNextSync()).code).toBe("ApiNotFound");
  });

  it("a profile can be switched; Office.onReady reports Excel", async () => {
    const host = install(simpleWorkbook(), { profile: "excel2016" });
    expect(g.Office.context.requirements.isSetSupported("ExcelApi", "1.4")).toBe(false);
    host.setProfile("current");
    expect(g.Office.context.requirements.isSetSupported("ExcelApi", "1.4")).toBe(true);
    const seen: any[] = [];
    const info = await g.Office.onReady((i: any) => seen.push(i));
    expect(info).toEqual({ host: "Excel", platform: "PC" });
    expect(g.Office.context.displayLanguage).toBe("zh-CN");
  });
});
