import { dateOrdinal, parseDateLike, parseQuantity } from "../../src/core/text";

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
