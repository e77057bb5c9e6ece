import { detectFeatures, featureNotes, featuresForVersion, officeIsSetSupported } from "../../src/excel/features";

describe("detectFeatures", () => {
  it("ExcelApi 1.1 (Excel 2016 volume licence): only the core path", () => {
    const f = featuresForVersion("1.1");
    expect(f.api).toBe("1.1");
    expect(f.core).toBe(true);
    for (const name of [
      "protection",
      "usedRangeOrNull",
      "workbookSettings",
      "conditionalFormats",
      "calculationSuspend",
      "events",
      "enableEvents",
      "readOnlyFlag",
      "cellProperties",
      "screenUpdatingSuspend",
      "comments",
      "mergedAreas",
      "triggerSource",
      "notes",
      "mergeUndoGroup",
    ] as const) {
      expect([name, f[name]]).toEqual([name, false]);
    }
  });

  it("switches each extra on at its requirement set", () => {
    const at = (v: string) => featuresForVersion(v);
    expect([at("1.1").protection, at("1.2").protection]).toEqual([false, true]);
    expect([at("1.3").workbookSettings, at("1.4").workbookSettings]).toEqual([false, true]);
    expect([at("1.5").conditionalFormats, at("1.6").conditionalFormats]).toEqual([false, true]);
    expect([at("1.6").events, at("1.7").events]).toEqual([false, true]);
    expect([at("1.8").cellProperties, at("1.9").cellProperties]).toEqual([false, true]);
    expect([at("1.9").comments, at("1.10").comments]).toEqual([false, true]);
    expect([at("1.12").mergedAreas, at("1.13").mergedAreas]).toEqual([false, true]);
    expect([at("1.17").notes, at("1.18").notes]).toEqual([false, true]);
    expect([at("1.19").mergeUndoGroup, at("1.20").mergeUndoGroup]).toEqual([false, true]);
  });

  it("asks isSetSupported about ExcelApi versions, numerically (1.10 > 1.9)", () => {
    const asked: string[] = [];
    const f = detectFeatures((name, version) => {
      asked.push(name + " " + version);
      return name === "ExcelApi" && ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10"].indexOf(version as string) >= 0;
    });
    expect(f.api).toBe("1.10");
    expect(f.comments).toBe(true);
    expect(f.mergedAreas).toBe(false);
    expect(asked).toContain("ExcelApi 1.18");
  });

  it("treats a throwing isSetSupported as 'not supported', and no Office at all as nothing", () => {
    const f = detectFeatures(() => {
      throw new Error("no host");
    });
    expect(f.core).toBe(false);
    expect(officeIsSetSupported()("ExcelApi", "1.1")).toBe(false);
  });

  it("uses Office.context.requirements when Office is there", () => {
    const g = global as unknown as { Office?: unknown };
    g.Office = { context: { requirements: { isSetSupported: (n: string, v: string) => n === "ExcelApi" && v === "1.1" } } };
    try {
      expect(detectFeatures().api).toBe("1.1");
    } finally {
      delete g.Office;
    }
  });
});

describe("featureNotes", () => {
  it("lists, in zh-CN, what is off on ExcelApi 1.1 and why", () => {
    const notes = featureNotes(featuresForVersion("1.1"));
    const byFeature: { [k: string]: string } = {};
    for (const n of notes) byFeature[n.feature] = n.requires + " " + n.message;
    expect(byFeature.notes).toBe("ExcelApi 1.18 此版本 Excel 不支持批注（需要 ExcelApi 1.18），说明只显示在任务窗格中。");
    expect(byFeature.conditionalFormats).toMatch(/^ExcelApi 1.6 .*条件格式/);
    expect(byFeature.cellProperties).toMatch(/无填充.*白色填充/);
    expect(byFeature.events).toMatch(/表格已修改，请重新检查/);
    expect(byFeature.mergeUndoGroup).toMatch(/撤销/);
    expect(byFeature.mergedAreas).toMatch(/合并单元格/);
    expect(notes[0].feature).toBe("conditionalFormats");
  });

  it("says comments stand in for notes on ExcelApi 1.10–1.17, and nothing about fills once 1.6 is there", () => {
    const notes = featureNotes(featuresForVersion("1.17"));
    expect(notes.map((n) => n.feature)).toEqual(["notes", "mergeUndoGroup"]);
    expect(notes[0].message).toMatch(/批注形式/);
  });

  it("is empty on a current Excel", () => {
    expect(featureNotes(featuresForVersion("1.20"))).toEqual([]);
  });

  it("says clearly when this is not Excel at all", () => {
    const notes = featureNotes(detectFeatures(() => false));
    expect(notes.length).toBe(1);
    expect(notes[0].message).toMatch(/不是 Excel/);
  });
});
