// The request/response semantics of the fake Excel API: load / sync, PropertyNotLoaded, ordering, errors, Excel.run,
// round trips, ranges and what writes read back as.
import { g, install, rejection, run, simpleWorkbook, thrown } from "./host";

describe("load and sync", () => {
  it("throws PropertyNotLoaded (an OfficeExtension.Error) for a property read before load and sync", async () => {
    install(simpleWorkbook({ B5: 12 }));
    await run(async (ctx) => {
      const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("B5");
      const before = thrown(() => range.values);
      expect(before).toBeInstanceOf(g.OfficeExtension.Error);
      expect(before).toBeInstanceOf(Error);
      expect(before.name).toBe("RichApi.Error");
      expect(before.code).toBe("PropertyNotLoaded");
      expect(before.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
      expect(before.debugInfo.errorLocation).toBe("Range.values");
      range.load("values");
      expect(thrown(() => range.values).code).toBe("PropertyNotLoaded"); // loaded, but not synced yet
      await ctx.sync();
      expect(range.values).toEqual([[12]]);
      expect(thrown(() => range.formulas).code).toBe("PropertyNotLoaded"); // only what was loaded
    });
  });

  it("reads back a value assigned on the proxy without a sync, as office.js does", async () => {
    install(simpleWorkbook());
    await run(async (ctx) => {
      const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1");
      range.values = [["x"]];
      expect(range.values).toEqual([["x"]]);
      await ctx.sync();
    });
  });

  it("accepts every load form: string, array, {select}, nested objects and paths with /", async () => {
    install(simpleWorkbook({ A1: 1 }));
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      const a = ws.getRange("A1").load("values, address");
      const b = ws.getRange("A1").load(["numberFormat"]);
      const c = ws.getRange("A1").load({ select: "text" });
      const d = ws.getRange("A1").load({ format: { fill: { color: true } }, rowCount: true });
      const e = ws.getRange("A1").load("format/font/bold");
      await ctx.sync();
      expect([a.values, a.address, b.numberFormat, c.text, d.format.fill.color, d.rowCount, e.format.font.bold]).toEqual([[[1]], "Sheet1!A1", [["General"]], [["1"]], "#FFFFFF", 1, false]);
    });
  });

  it("fails the sync for a property that does not exist", async () => {
    install(simpleWorkbook());
    const e = await rejection(run(async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").load("valuez");
      await ctx.sync();
    }));
    expect(e.code).toBe("InvalidArgument");
  });

  it("isNullObject: PropertyNotLoaded before the sync, then true or false", async () => {
    install(simpleWorkbook({ A1: 1 }));
    await run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("nope");
      const there = ctx.workbook.worksheets.getItemOrNullObject("sheet1"); // names are case-insensitive
      missing.load("name");
      there.load("name");
      expect(thrown(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      expect(there.name).toBe("Sheet1");
    });
  });
});

describe("sync ordering and failures", () => {
  it("runs the queue in order: a load sees the writes queued before it, not those after", async () => {
    install(simpleWorkbook({ A1: 1 }));
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      const first = ws.getRange("A1").load("values");
      ws.getRange("A1").values = [[2]];
      const second = ws.getRange("A1").load("values");
      ws.getRange("A1").values = [[3]];
      await ctx.sync();
      expect(first.values).toEqual([[1]]);
      expect(second.values).toEqual([[2]]);
    });
    expect(await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").load("values");
      await ctx.sync();
      return r.values[0][0];
    })).toBe(3);
  });

  it("stops the batch at the first failing operation; what ran before stays applied, loads are not delivered", async () => {
    const host = install(simpleWorkbook({ A1: 1 }));
    const loaded = { r: undefined as any };
    const e = await rejection(run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.getRange("A1").values = [[5]];
      loaded.r = ws.getRange("A1").load("values");
      ctx.workbook.worksheets.getItem("missing").getRange("A1").values = [[6]];
      ws.getRange("A2").values = [[7]];
      await ctx.sync();
    }));
    expect(e).toBeInstanceOf(g.OfficeExtension.Error);
    expect(e.code).toBe("ItemNotFound");
    expect(e.message).toBe("The requested resource doesn't exist.");
    expect(e.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
    const sheet = host.workbook.sheet("Sheet1");
    expect(host.workbook.getCell(sheet, 0, 0)!.value).toBe(5);
    expect(host.workbook.getCell(sheet, 1, 0)).toBeUndefined();
    expect(thrown(() => loaded.r.values).code).toBe("PropertyNotLoaded");
  });

  it("reports a missing sheet at sync time, not when the proxy is made", async () => {
    install(simpleWorkbook());
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("nope"); // no error yet
      ws.load("name");
      const e = await rejection(ctx.sync());
      expect(e.code).toBe("ItemNotFound");
    });
  });

  it("InvalidArgument for a bad address, a wrong-sized array, a bad colour — at sync", async () => {
    install(simpleWorkbook());
    for (const bad of [
      (ws: any) => ws.getRange("B5:").load("values"),
      (ws: any) => ws.getRange("ZZZZ1").load("values"),
      (ws: any) => (ws.getRange("A1:B2").values = [[1, 2]]),
      (ws: any) => (ws.getRange("A1:B2").values = [[1], [2]]),
      (ws: any) => (ws.getRange("A1").format.fill.color = "not a colour"),
      (ws: any) => (ws.getRange("A1").format.borders.getItem("EdgeMiddle").style = "Continuous"),
      (ws: any) => (ws.getRange("A1").formulas = [["=SUM(A2"]]),
    ]) {
      const e = await rejection(run(async (ctx) => {
        bad(ctx.workbook.worksheets.getActiveWorksheet());
        await ctx.sync();
      }));
      expect(e.code).toBe("InvalidArgument");
    }
  });

  it("refuses writes to a protected sheet with AccessDenied and changes nothing", async () => {
    const wb = simpleWorkbook({ A1: 1 });
    wb.sheet("Sheet1").protected = true;
    install(wb);
    const e = await rejection(run(async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[2]];
      await ctx.sync();
    }));
    expect(e.code).toBe("AccessDenied");
    expect(wb.getCell(wb.sheet("Sheet1"), 0, 0)!.value).toBe(1);
  });
});

describe("Excel.run and round trips", () => {
  it("supports run(batch), run(options, batch) and run(context | object, batch), syncing what is pending at the end", async () => {
    const host = install(simpleWorkbook());
    let saved: any;
    await g.Excel.run(async (ctx: any) => {
      saved = ctx.workbook.worksheets.getActiveWorksheet();
      saved.getRange("A1").values = [["run(batch)"]]; // synced by Excel.run itself
      return Promise.resolve();
    });
    await g.Excel.run({ mergeUndoGroup: true }, async (ctx: any) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange("A2").values = [["options"]];
      await ctx.sync();
    });
    await g.Excel.run(saved, async (ctx: any) => {
      expect(ctx).toBe(saved.context);
      saved.getRange("A3").values = [["object"]];
      await ctx.sync();
    });
    await g.Excel.run(saved.context, async (ctx: any) => {
      saved.getRange("A4").values = [["context"]];
      await ctx.sync();
    });
    const s = host.workbook.sheet("Sheet1");
    expect([0, 1, 2, 3].map((r) => host.workbook.getCell(s, r, 0)!.value)).toEqual(["run(batch)", "options", "object", "context"]);
    expect(host.stats.mergeUndoGroupRuns).toBe(1);
  });

  it("rejects a batch that does not return a promise (RunMustReturnPromise) and drops what it queued", async () => {
    const host = install(simpleWorkbook());
    const e = await rejection(g.Excel.run((ctx: any) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[1]];
      return undefined;
    }));
    expect(e.code).toBe("RunMustReturnPromise");
    const e2 = await rejection(g.Excel.run(async (ctx: any) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[1]];
      throw new Error("batch failed");
    }));
    expect(e2.message).toBe("batch failed");
    expect(host.workbook.getCell(host.workbook.sheet("Sheet1"), 0, 0)).toBeUndefined();
  });

  it("counts round trips: syncs that carry something; an empty sync is free", async () => {
    const host = install(simpleWorkbook({ A1: 1 }));
    const since = host.stats.mark();
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").load("values");
      await ctx.sync();
      await ctx.sync(); // nothing queued
      r.values = [[2]];
      await ctx.sync();
    });
    expect(since()).toBe(2);
    expect(host.stats.lastRunRoundTrips).toBe(2);
    expect(host.stats.syncCalls).toBe(4); // 3 + the one Excel.run makes
  });

  it("refuses a proxy of another context as an argument (InvalidRequestContext)", async () => {
    install(simpleWorkbook());
    let other: any;
    await run(async (ctx) => {
      other = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1");
      await ctx.sync();
    });
    await run(async (ctx) => {
      const e = thrown(() => ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").getIntersection(other));
      expect(e.code).toBe("InvalidRequestContext");
      await ctx.sync();
    });
  });
});

describe("ranges", () => {
  async function loadRange(address: string | undefined, props = "address,rowCount,columnCount") {
    return run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      const r = (address === undefined ? ws.getRange() : ws.getRange(address)).load(props);
      await ctx.sync();
      return r.toJSON();
    });
  }

  it("getRange('B5'), ('d9:b5'), ('5:5'), ('A:C') and the whole sheet, with Excel's addresses", async () => {
    install(simpleWorkbook());
    expect(await loadRange("B5")).toEqual({ address: "Sheet1!B5", rowCount: 1, columnCount: 1 });
    expect(await loadRange("d9:b5")).toEqual({ address: "Sheet1!B5:D9", rowCount: 5, columnCount: 3 });
    expect(await loadRange("$5:$5")).toEqual({ address: "Sheet1!5:5", rowCount: 1, columnCount: 16384 });
    expect(await loadRange("A:C")).toEqual({ address: "Sheet1!A:C", rowCount: 1048576, columnCount: 3 });
    expect(await loadRange(undefined)).toEqual({ address: "Sheet1!1:1048576", rowCount: 1048576, columnCount: 16384 });
    expect(await loadRange("Sheet1!C3")).toEqual({ address: "Sheet1!C3", rowCount: 1, columnCount: 1 });
  });

  it("quotes sheet names in addresses where Excel does", async () => {
    const wb = simpleWorkbook({}, "My Sheet");
    wb.addSheet("自评表");
    install(wb);
    const out = await run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem("My Sheet").getRange("A1").load("address");
      const b = ctx.workbook.worksheets.getItem("自评表").getRange("A1:B2").load("address");
      await ctx.sync();
      return [a.address, b.address];
    });
    expect(out).toEqual(["'My Sheet'!A1", "自评表!A1:B2"]);
  });

  it("getUsedRange: values and formats; valuesOnly; a blank sheet gives A1; OrNullObject gives null", async () => {
    const wb = simpleWorkbook({ B2: 1, D5: "x" });
    const s = wb.sheet("Sheet1");
    wb.ensureCell(s, 9, 6).fill = { pattern: "Solid", color: "#FFFF00" }; // G10 formatted only
    wb.addSheet("Blank");
    install(wb);
    const out = await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const all = ws.getUsedRange().load("address");
      const values = ws.getUsedRange(true).load("address");
      const blank = ctx.workbook.worksheets.getItem("Blank").getUsedRange().load("address");
      const none = ctx.workbook.worksheets.getItem("Blank").getUsedRangeOrNullObject().load("address");
      await ctx.sync();
      return [all.address, values.address, blank.address, none.isNullObject];
    });
    expect(out).toEqual(["Sheet1!B2:G10", "Sheet1!B2:D5", "Blank!A1", true]);
  });

  it("getIntersection fails without overlap, getIntersectionOrNullObject gives a null object", async () => {
    install(simpleWorkbook());
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      const i = ws.getRange("A1:C3").getIntersection(ws.getRange("B2:E9")).load("address");
      const n = ws.getRange("A1:C3").getIntersectionOrNullObject(ws.getRange("E5:F6")).load("address");
      await ctx.sync();
      expect(i.address).toBe("Sheet1!B2:C3");
      expect(n.isNullObject).toBe(true);
      ws.getRange("A1").getIntersection(ws.getRange("B2")).load("address");
      expect((await rejection(ctx.sync())).code).toBe("ItemNotFound");
    });
  });

  it("merged areas: getMergedAreasOrNullObject lists the areas touching the range", async () => {
    const wb = simpleWorkbook({ B1: "标题" });
    wb.sheet("Sheet1").merges.push({ top: 0, left: 1, bottom: 0, right: 9 }, { top: 3, left: 2, bottom: 4, right: 3 });
    install(wb);
    const out = await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      const all = ws.getRange("A1:J10").getMergedAreasOrNullObject().load("address,areaCount");
      const none = ws.getRange("A7:B9").getMergedAreasOrNullObject().load("address");
      await ctx.sync();
      return [all.address, all.areaCount, none.isNullObject];
    });
    expect(out).toEqual(["Sheet1!B1:J1, Sheet1!C4:D5", 2, true]);
  });
});

describe("values, formulas and number formats", () => {
  async function write(address: string, prop: string, value: unknown) {
    return run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.getRange(address)[prop] = value;
      const r = ws.getRange(address).load("values,formulas,text,numberFormat,valueTypes");
      await ctx.sync();
      return { values: r.values, formulas: r.formulas, text: r.text, numberFormat: r.numberFormat, valueTypes: r.valueTypes };
    });
  }

  it("reads Excel's view of what is written: numbers, typed percentages, text prefixes, booleans, errors, formulas", async () => {
    install(simpleWorkbook({ A1: 100, A2: 86.2 }));
    expect(await write("B1", "values", [[12]])).toEqual({ values: [[12]], formulas: [[12]], text: [["12"]], numberFormat: [["General"]], valueTypes: [["Double"]] });
    expect(await write("B2", "values", [["8.62%"]])).toEqual({ values: [[0.0862]], formulas: [[0.0862]], text: [["8.62%"]], numberFormat: [["0.00%"]], valueTypes: [["Double"]] });
    expect(await write("B3", "values", [["'0012"]])).toEqual({ values: [["0012"]], formulas: [["0012"]], text: [["0012"]], numberFormat: [["General"]], valueTypes: [["String"]] });
    expect(await write("B4", "values", [["true"]])).toMatchObject({ values: [[true]], text: [["TRUE"]], valueTypes: [["Boolean"]] });
    expect(await write("B5", "values", [["#N/A"]])).toMatchObject({ values: [["#N/A"]], text: [["#N/A"]], valueTypes: [["Error"]] });
    expect(await write("B6", "formulas", [["=round(a2/a1*10,2)"]])).toEqual({ values: [[8.62]], formulas: [["=ROUND(A2/A1*10,2)"]], text: [["8.62"]], numberFormat: [["General"]], valueTypes: [["Double"]] });
    expect(await write("B7", "values", [["=A1/0"]])).toMatchObject({ values: [["#DIV/0!"]], formulas: [["=A1/0"]], valueTypes: [["Error"]] });
  });

  it("keeps text in a cell formatted as text and leaves a cell alone for null", async () => {
    install(simpleWorkbook({ A1: 5 }));
    await write("C1", "numberFormat", [["@"]]);
    expect(await write("C1", "values", [["=A1"]])).toMatchObject({ values: [["=A1"]], formulas: [["=A1"]], valueTypes: [["String"]] });
    expect(await write("A1:A2", "values", [[null], [7]])).toMatchObject({ values: [[5], [7]] });
  });

  it("writes a scalar to every cell of a multi-cell range, and 2-D arrays cell by cell", async () => {
    install(simpleWorkbook());
    expect((await write("A1:B2", "values", 3)).values).toEqual([[3, 3], [3, 3]]);
    expect((await write("A1:B2", "numberFormat", "0.0")).text).toEqual([["3.0", "3.0"], ["3.0", "3.0"]]);
    expect((await write("A1:B2", "formulas", [["=1+1", 4], ["x", ""]])).values).toEqual([[2, 4], ["x", ""]]);
  });

  it("recalculates dependents: SUM, ROUND, MIN, MAX, IF, IFERROR, comparisons", async () => {
    const host = install(simpleWorkbook({ A1: 1, A2: 2, A3: 3 }));
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.getRange("B1:B6").formulas = [["=SUM(A1:A3)"], ["=ROUND(B1/7,3)"], ["=MIN(A1:A3)+MAX(A1:A3)"], ['=IF(B1>5,"大","小")'], ["=IFERROR(A1/0,-1)"], ["=B1*2"]];
      await ctx.sync();
      ws.getRange("A3").values = [[30]];
      await ctx.sync();
    });
    const s = host.workbook.sheet("Sheet1");
    expect([0, 1, 2, 3, 4, 5].map((r) => host.workbook.getCell(s, r, 1)!.value)).toEqual([33, 4.714, 31, "大", -1, 66]);
  });

  it("keeps the last value of a formula it cannot evaluate", async () => {
    const wb = simpleWorkbook({ A1: 1 });
    const c = wb.ensureCell(wb.sheet("Sheet1"), 0, 1);
    c.formula = "=VLOOKUP(A1,Data!A:B,2,FALSE)";
    c.value = "来自文件";
    install(wb);
    const v = await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.getRange("A1").values = [[2]];
      const r = ws.getRange("B1").load("values,formulas");
      await ctx.sync();
      return [r.values[0][0], r.formulas[0][0]];
    });
    expect(v).toEqual(["来自文件", "=VLOOKUP(A1,Data!A:B,2,FALSE)"]);
  });

  it("defers recalculation under suspendApiCalculationUntilNextSync until calculate()", async () => {
    const host = install(simpleWorkbook({ A1: 1 }));
    const s = host.workbook.sheet("Sheet1");
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      ws.getRange("B1").formulas = [["=A1*10"]];
      await ctx.sync();
      expect(host.workbook.getCell(s, 0, 1)!.value).toBeNull();
      ctx.workbook.application.calculate("Recalculate");
      await ctx.sync();
    });
    expect(host.workbook.getCell(s, 0, 1)!.value).toBe(10);
  });
});

describe("selection and sheets", () => {
  it("Worksheet.activate and Range.select move the selection; getSelectedRange reads it", async () => {
    const wb = simpleWorkbook();
    wb.addSheet("自评表");
    install(wb);
    const address = await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("自评表");
      ws.activate();
      ws.getRange("C7").select();
      await ctx.sync();
      const sel = ctx.workbook.getSelectedRange().load("address");
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      return [sel.address, active.name];
    });
    expect(address).toEqual(["自评表!C7", "自评表"]);
    expect(wb.selection).toEqual({ sheetId: wb.sheet("自评表").id, range: { top: 6, left: 2, bottom: 6, right: 2 } });
  });

  it("lists sheets with name, id and position; a worksheet proxy keeps its sheet after a rename", async () => {
    const wb = simpleWorkbook();
    wb.addSheet("第二");
    install(wb);
    await run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name,items/id,items/position");
      await ctx.sync();
      expect(sheets.items.map((s: any) => [s.name, s.position])).toEqual([["Sheet1", 0], ["第二", 1]]);
      expect(sheets.items[1].id).toBe(wb.sheet("第二").id);
      const ws = ctx.workbook.worksheets.getItem("第二");
      ws.load("id");
      await ctx.sync();
      ws.name = "改名";
      ws.getRange("A1").values = [["still here"]];
      await ctx.sync();
    });
    expect(wb.getCell(wb.sheet("改名"), 0, 0)!.value).toBe("still here");
  });
});
