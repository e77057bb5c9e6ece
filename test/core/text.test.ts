import { dateOrdinal, normalizeLabel, parseDateLike, parseQuantity, toHalfWidth } from "../../src/core/text";

describe("parseQuantity", () => {
  it("reads operator, number and unit", () => {
    expect(parseQuantity("≥65台")).toEqual({ kind: "number", op: ">=", num: 65, unit: "台" });
    expect(parseQuantity("＝100％")).toEqual({ kind: "number", op: "=", num: 100, unit: "%" });
    expect(parseQuantity("≥100百分比")).toEqual({ kind: "number", op: ">=", num: 100, unit: "%" });
    expect(parseQuantity("65台")).toEqual({ kind: "number", num: 65, unit: "台" });
  });

  it("keeps sentences, blanks and markers apart", () => {
    expect(parseQuantity("落实信创替代工程，替代计算机终端65台").kind).toBe("text");
    expect(parseQuantity("").kind).toBe("empty");
    expect(parseQuantity("NULL").kind).toBe("na");
    expect(parseQuantity("#REF!").kind).toBe("error");
    expect(parseQuantity("≤2024年12月").kind).toBe("text");
  });
});

describe("parseDateLike", () => {
  it("reads the 时效 forms of domain §1.4", () => {
    expect(parseDateLike("2023年12月31日前")).toEqual({ year: 2023, month: 12, day: 31 });
    expect(parseDateLike("2023年12月底前")).toEqual({ year: 2023, month: 12 });
    expect(parseDateLike("≤2024年12月")).toEqual({ year: 2024, month: 12 });
    expect(parseDateLike("2023.12")).toEqual({ year: 2023, month: 12 });
    expect(parseDateLike("2023-12-31")).toEqual({ year: 2023, month: 12, day: 31 });
    expect(parseDateLike("12月前")).toEqual({ month: 12 });
  });

  it("reads year ends, quarters and half years", () => {
    expect(parseDateLike("2023年底前")).toEqual({ year: 2023, month: 12 });
    expect(parseDateLike("年末前完成")).toEqual({ month: 12 });
    expect(parseDateLike("2024年第三季度")).toEqual({ year: 2024, month: 9 });
    expect(parseDateLike("一季度")).toEqual({ month: 3 });
    expect(parseDateLike("4季度完成")).toEqual({ month: 12 });
    expect(parseDateLike("2024年上半年")).toEqual({ year: 2024, month: 6 });
    expect(parseDateLike("下半年")).toEqual({ month: 12 });
  });

  it("does not take durations, rates or 每月 for dates", () => {
    expect(parseDateLike("≤3个月")).toBeUndefined();
    expect(parseDateLike("≤30天")).toBeUndefined();
    expect(parseDateLike("=100%")).toBeUndefined();
    expect(parseDateLike("每季度")).toBeUndefined();
    expect(parseDateLike("按时完成")).toBeUndefined();
    expect(parseDateLike("2023年13月")).toBeUndefined();
  });

  it("orders month-only dates at the month's end", () => {
    expect(dateOrdinal({ month: 12 }, 2023)).toBe(20231231);
    expect(dateOrdinal({ year: 2024, month: 1, day: 5 }, 2023)).toBe(20240105);
  });
});

describe("cell grammar of exported and hand-typed forms", () => {
  it("reads one-cell values with spaces and full-width characters", () => {
    expect(parseQuantity("≥ 50 个")).toEqual({ kind: "number", op: ">=", num: 50, unit: "个" });
    expect(parseQuantity("≤ 300 元/月")).toEqual({ kind: "number", op: "<=", num: 300, unit: "元/月" });
    expect(parseQuantity("２５．２")).toEqual({ kind: "number", num: 25.2 });
    expect(parseQuantity("（２５．２）").kind).toBe("text");
  });

  it("reads amounts written as text", () => {
    expect(parseQuantity("25.2万元")).toEqual({ kind: "number", num: 25.2, unit: "万元" });
    expect(parseQuantity("1,234.5")).toEqual({ kind: "number", num: 1234.5 });
    expect(parseQuantity("1,172.78")).toEqual({ kind: "number", num: 1172.78 });
    expect(parseQuantity("90.00%")).toEqual({ kind: "number", num: 90, unit: "%" });
  });

  it("treats dashes and slashes as not applicable", () => {
    expect(parseQuantity("—").kind).toBe("na");
    expect(parseQuantity("/").kind).toBe("na");
    expect(parseQuantity("－").kind).toBe("na");
    expect(parseQuantity("#DIV/0!").kind).toBe("error");
    expect(parseQuantity("完成").kind).toBe("text");
  });
});

describe("normalisation", () => {
  it("folds full-width ASCII and every kind of space", () => {
    expect(toHalfWidth("（２５．２）＝１００％")).toBe("(25.2)=100%");
    expect(toHalfWidth("一\u3000级")).toBe("一 级");
    expect(normalizeLabel("一 级\n指 标")).toBe("一级指标");
    expect(normalizeLabel("年度\r\n指标值\u00a0")).toBe("年度指标值");
    expect(normalizeLabel("项目资金（万元）")).toBe("项目资金(万元)");
  });

  it("returns text without full-width characters unchanged", () => {
    const s = "预算执行情况说明";
    expect(toHalfWidth(s)).toBe(s);
  });
});
