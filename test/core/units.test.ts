import { canonicalUnit, unitFactor } from "../../src/core/units";

describe("units", () => {
  it("knows spellings of one unit", () => {
    expect(canonicalUnit("日")).toBe("天");
    expect(canonicalUnit("KM")).toBe("公里");
    expect(canonicalUnit("㎡")).toBe("平方米");
    expect(canonicalUnit("台")).toBe("台");
  });

  it("converts within one kind, either way", () => {
    expect(unitFactor("米", "公里")).toBe(0.001);
    expect(unitFactor("公里", "米")).toBe(1000);
    expect(unitFactor("元", "万元")).toBe(0.0001);
    expect(unitFactor("万", "万元")).toBe(1);
    expect(unitFactor("日", "天")).toBe(1);
    expect(unitFactor("小时", "天")).toBeCloseTo(1 / 24, 10);
  });

  it("reads 万/亿 before a counting unit as a multiple of it", () => {
    expect(unitFactor("人", "万人")).toBe(0.0001);
    expect(unitFactor("万人次", "人次")).toBe(10000);
    expect(unitFactor("万亩", "公顷")).toBeCloseTo(10000 / 15, 6);
    expect(unitFactor("亿元", "万元")).toBe(10000);
  });

  it("does not relate different things", () => {
    expect(unitFactor("人次", "人")).toBeUndefined();
    expect(unitFactor("万人次", "人")).toBeUndefined();
    expect(unitFactor("台", "套")).toBeUndefined();
    expect(unitFactor("米", "万元")).toBeUndefined();
    expect(unitFactor("万", "人")).toBeUndefined();
  });
});
