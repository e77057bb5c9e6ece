import { growRangesEndingAt, shiftFormulaRows } from "../../src/core/formula-refs";

const insertAt = (f: string, at: number, delta = 1, sheetName = "自评表") => shiftFormulaRows(f, { sheetName, at, delta });

describe("shiftFormulaRows (whole rows inserted)", () => {
  it("moves references at or below the inserted row and leaves those above", () => {
    // Row 12 (0-based 11) inserted: row 12 and below move down.
    expect(insertAt("=I11+I12+I30", 11)).toBe("=I11+I13+I31");
    expect(insertAt("=$I$12*2", 11)).toBe("=$I$13*2");
  });
  it("grows a range the new row falls inside, not one that ends just above it", () => {
    expect(insertAt("=SUM(I5:I20)", 11)).toBe("=SUM(I5:I21)");
    expect(insertAt("=SUM(I5:I11)", 11)).toBe("=SUM(I5:I11)");
    expect(insertAt("=SUM(I12:I20)", 11)).toBe("=SUM(I13:I21)");
  });
  it("keeps string literals, function names and other sheets' references", () => {
    expect(insertAt('=IF(A20="B12",LOG10(A20),0)', 11)).toBe('=IF(A21="B12",LOG10(A21),0)');
    expect(insertAt("=说明!B20+自评表!B20+'自评表'!B20", 11)).toBe("=说明!B20+自评表!B21+'自评表'!B21");
    expect(insertAt("=SUM(12:14)", 11)).toBe("=SUM(13:15)");
    expect(insertAt("=SUM(A:A)", 0)).toBe("=SUM(A:A)");
  });
  it("on another sheet, moves only the references qualified with the changed sheet", () => {
    expect(shiftFormulaRows("=B20+自评表!B20", { sheetName: "自评表", homeSheet: "说明", at: 11, delta: 1 })).toBe("=B20+自评表!B21");
  });
});

describe("shiftFormulaRows (whole rows deleted)", () => {
  it("is the inverse of an insert for every reference outside the inserted rows", () => {
    for (const f of ["=SUM(I5:I20)+I30", "=I11+I12", "=ROUND(MIN(I8/F8,1)*10,2)", "=SUM(I12:I20)"]) {
      expect(shiftFormulaRows(insertAt(f, 11, 2), { sheetName: "自评表", at: 11, delta: -2 })).toBe(f);
    }
  });
  it("turns a reference to a deleted row into #REF! and shrinks a range", () => {
    expect(shiftFormulaRows("=I12+SUM(I10:I14)", { sheetName: "自评表", at: 11, delta: -1 })).toBe("=#REF!+SUM(I10:I13)");
  });
});

describe("growRangesEndingAt", () => {
  it("grows ranges that end on the row and start at or above the group, not single cells or row-local ranges", () => {
    // Group rows 17–19 (0-based 16–18): SUM(I13:I19) ends on its last row.
    expect(growRangesEndingAt("=SUM(I13:I19)+I19+SUM(F19:H19)", "自评表", 18, 16, 1)).toBe("=SUM(I13:I20)+I19+SUM(F19:H19)");
    expect(growRangesEndingAt("=SUM(I13:I18)", "自评表", 18, 16, 1)).toBe("=SUM(I13:I18)");
  });
});
