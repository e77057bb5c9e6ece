import { asCellText, needsTextGuard, startsLikeFormula } from "../../src/core/text-cell";

describe("asCellText", () => {
  it("prefixes an apostrophe to text Excel would read as a formula", () => {
    for (const s of ["=SUM(A1:A3)", "+1", "-5分", "@名称", " =1", "＝100%", "＋1", "－0.5", "＠x"]) {
      expect(startsLikeFormula(s)).toBe(true);
      expect(asCellText(s)).toBe("'" + s);
    }
  });

  it("guards numbers, dates, booleans and error codes meant as text", () => {
    for (const s of ["100%", "25.2", "1,234.5", "2022年12月", "2022-12-31", "12月31日", "12/31", "1-5", "TRUE", "#REF!", "'已引用"]) {
      expect({ s, guarded: needsTextGuard(s) }).toEqual({ s, guarded: true });
      expect(asCellText(s)).toBe("'" + s);
    }
  });

  it("leaves ordinary wording unchanged", () => {
    for (const s of ["", "≥90%", "≤25.2万元", "项目完成及时率", "“信息化创建工程有力推进”基本完成。下一步将加强督促。", "25.2万元", "达成年度指标"]) {
      expect(asCellText(s)).toBe(s);
    }
  });

  it("keeps a leading apostrophe of the text itself (not idempotent on purpose)", () => {
    expect(asCellText(asCellText("=1"))).toBe("''=1");
  });
});
