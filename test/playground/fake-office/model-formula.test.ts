// The workbook model on its own: formula evaluation, display texts, typing into cells, rendering for the grid.
import { cellA1, displayText, evaluateFormula, FakeWorkbook, parseArea, parseTyped, workbookFromGrids } from "../../../src/playground/fake-office";
import { buildFormGrid } from "../../helpers/form-builder";

function evalIn(cells: { [a1: string]: unknown }, formula: string) {
  return evaluateFormula(formula, {
    get(sheet, row, col) {
      if (sheet && sheet !== "Data") return { error: "#REF!" };
      const v = cells[(sheet ? sheet + "!" : "") + cellA1(row, col)];
      return v === undefined ? null : (v as never);
    },
  });
}

describe("formula evaluator", () => {
  const cells = { A1: 100, A2: 86.2, A3: "文本", A4: true, A5: "12", B1: 0, "Data!A1": 5 };

  it.each([
    ["=A2/A1", 0.862],
    ["=ROUND(A2/A1*10,2)", 8.62],
    ["=ROUND(2.5,0)", 3],
    ["=ROUND(-2.5,0)", -3],
    ["=ROUND(1.005,2)", 1.01],
    ["=ROUNDDOWN(8.629,2)", 8.62],
    ["=ROUND(MIN(A2/A1,1)*10,2)", 8.62],
    ["=SUM(A1:A5)", 186.2], // text and logicals in a range are skipped
    ["=SUM(A1,A5,TRUE)", 101], // a referenced text is skipped, a logical given directly counts
    ['=SUM(A1,"12")', 112], // …and so does text given directly
    ["=MAX(A1:A2)-MIN(A1:A2)", 13.8],
    ["=IFERROR(A1/B1,0)", 0],
    ["=A1/B1", { error: "#DIV/0!" }],
    ['=IF(A1>=90,"优","良")', "优"],
    ["=A3&A1", "文本100"],
    ["=A1*10%", 10],
    ["=0.1+0.2", 0.3],
    ["=Data!A1*2", 10],
    ["=-A1^2", 10000],
    ['=ISTEXT("ZIPING-error")', true],
    ["=AND(A4,A1>1)", true],
    ["=C9", 0],
    ['=A3="文本"', true],
    ["=A3+1", { error: "#VALUE!" }],
    ["=Other!A1", { error: "#REF!" }],
  ])("%s = %j", (formula, expected) => {
    expect(evalIn(cells, formula)).toEqual({ ok: true, value: expected });
  });

  it("reports what it cannot evaluate instead of guessing", () => {
    expect(evalIn(cells, "=VLOOKUP(A1,B1:C9,2,FALSE)").ok).toBe(false);
    expect(evalIn(cells, "=SomeName*2").ok).toBe(false);
    expect(evalIn(cells, "=SUM(A1").ok).toBe(false);
  });
});

describe("display text and typing", () => {
  it.each([
    [0.862, "0.00%", "86.20%"],
    [1234.5, "#,##0.00", "1,234.50"],
    [9.5, "General", "9.5"],
    [0.25, "General", "0.25"],
    [86.2, "@", "86.2"],
    [3, '0.0"万元"', "3.0万元"],
    [45292, "yyyy/m/d", "2024/1/1"],
    [45292, 'yyyy"年"m"月"d"日"', "2024年1月1日"],
    [-5, "0.0;(0.0)", "(5.0)"],
    [12, '"¥"#,##0', "¥12"],
  ])("%p in %p shows %p", (value, format, text) => {
    expect(displayText(value, format)).toBe(text);
  });

  it("reads typed input as Excel does", () => {
    expect(parseTyped("8.62%", undefined)).toEqual({ value: 0.0862, numberFormat: "0.00%" });
    expect(parseTyped("1,234", undefined)).toEqual({ value: 1234, numberFormat: "#,##0" });
    expect(parseTyped("2024-1-5", undefined)).toEqual({ value: 45296, numberFormat: "yyyy/m/d" });
    expect(parseTyped("≥500人次", undefined)).toEqual({ value: "≥500人次" });
    expect(parseTyped("#DIV/0!", undefined)).toEqual({ value: { error: "#DIV/0!" } });
    expect(parseTyped("8.62%", "0.0")).toEqual({ value: 0.0862 }); // a formatted cell keeps its format
  });

  it("userEdit parses, recalculates and refuses a protected sheet or a broken formula in Chinese", () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet("Sheet1");
    wb.userEdit("A1", "=B1*2");
    wb.userEdit("B1", "21");
    expect(wb.getCell(s, 0, 0)).toEqual({ value: 42, formula: "=B1*2" });
    expect(() => wb.userEdit("A2", "=SUM(")).toThrow(/公式有误/);
    s.protected = true;
    expect(() => wb.userEdit("B1", "1")).toThrow(/受保护/);
    expect(wb.getCell(s, 0, 1)!.value).toBe(21);
  });

  it("notifies listeners once per edit with what changed", () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    const seen: unknown[] = [];
    const stop = wb.subscribe((changes) => seen.push(changes.map((c) => [c.kind, c.source, c.range && cellA1(c.range.top, c.range.left)])));
    wb.userEdit("C3", "x");
    stop();
    wb.userEdit("C4", "y");
    expect(seen).toEqual([[["data", "user", "C3"]]]);
  });
});

describe("rendering for the grid", () => {
  it("gives text, merged areas, widths, notes and the neighbour's facing border", () => {
    const wb = workbookFromGrids([buildFormGrid({}, "自评表")]);
    const s = wb.sheet("自评表");
    wb.ensureCell(s, 4, 1).borders = { right: { style: "Continuous", color: "#000000", weight: "Thin" } };
    wb.addNote(s, "C3", "备注");
    s.columnWidths[2] = 20;
    const c5 = wb.renderCell(s, 4, 2);
    expect(c5.borders.left).toEqual({ style: "Continuous", color: "#000000", weight: "Thin" });
    expect(wb.renderCell(s, 2, 2)).toMatchObject({ text: "基层干部业务培训项目", note: "备注" });
    expect(wb.renderCell(s, 5, 4)).toMatchObject({ text: "100", numeric: true });
    expect(wb.mergeAt(s, 0, 5)).toEqual(parseArea("B1:J1"));
    expect([wb.columnWidthPx(s, 2), wb.columnWidthPx(s, 3), wb.rowHeightPx(s, 0)]).toEqual([145, 64, 20]);
  });
});
