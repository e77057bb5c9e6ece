import { excelValue, formulaOf, isPayloadError, needsTextPrefix, qualify, sameValue, splitAreas, valueForWrite } from "../../src/excel/util";

describe("adapter helpers", () => {
  it("writes strings so Excel keeps them as text", () => {
    for (const s of ["0012", "8.62%", "2024-01-05", "2024年1月", "TRUE", "#N/A", "=A1", "+1", "-", "'quoted", "1e5", "12:30"]) {
      expect([s, valueForWrite(s)]).toEqual([s, "'" + s]);
    }
    for (const s of ["优", "良好", "偏差原因：无", "A1 区"]) expect(valueForWrite(s)).toBe(s);
    expect(valueForWrite("0012", "@")).toBe("0012"); // a text cell keeps it as text anyway
    expect(valueForWrite(8.62)).toBe(8.62);
    expect(valueForWrite(null)).toBe("");
    expect(valueForWrite({ error: "#REF!" })).toBe("#REF!");
    expect(needsTextPrefix("培训人次")).toBe(false);
  });

  it("compares cell values the way a stale check needs", () => {
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameValue(8.62, 8.63)).toBe(false);
    expect(sameValue(null, "")).toBe(true);
    expect(sameValue({ error: "#REF!" }, { error: "#REF!" })).toBe(true);
    expect(sameValue({ error: "#REF!" }, "#REF!")).toBe(false);
    expect(sameValue("8", 8)).toBe(false);
  });

  it("reads Excel's values, errors and formulas", () => {
    expect(excelValue("#DIV/0!", "Error")).toEqual({ error: "#DIV/0!" });
    expect(excelValue("", "Empty")).toBeNull();
    expect(formulaOf("=A1+1", 3)).toBe("=A1+1");
    expect(formulaOf("=不是公式", "=不是公式")).toBeUndefined();
    expect(formulaOf(5, 5)).toBeUndefined();
  });

  it("splits multi-area addresses, quotes included", () => {
    expect(splitAreas("Sheet1!A1:B2, Sheet1!C3")).toEqual(["A1:B2", "C3"]);
    expect(splitAreas("'a,b'!A1:B2,'a,b'!D4")).toEqual(["A1:B2", "D4"]);
    expect(qualify("It's", "B3")).toBe("'It''s'!B3");
  });

  it("recognises payload-limit errors", () => {
    expect(isPayloadError({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadError({ code: "GeneralException", message: "The response payload size has exceeded the limit." })).toBe(true);
    expect(isPayloadError({ code: "InvalidArgument" })).toBe(false);
  });
});
