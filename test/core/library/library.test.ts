import type { Form, Level2Name } from "../../../src/core/form";
import { checkGrid } from "../../../src/core/check";
import { parseCellAddress } from "../../../src/core/grid";
import {
  PLACEHOLDERS,
  STANDARD_ENTRIES,
  candidateEdits,
  candidatesFor,
  fillCandidate,
  formValues,
  hasUnfilled,
  mergeCustomEntries,
  parseCustomEntries,
  placeholdersOf,
  serializeCustomEntries,
} from "../../../src/core/library";
import { parseQuantity } from "../../../src/core/text";
import { isPlaceholderText } from "../../../src/core/taxonomy";
import { buildFormGrid } from "../../helpers/form-builder";
import { fixtureToGrid, readFixture } from "../../fixtures/fixture";

function formOf(grid = buildFormGrid()): Form {
  const sheet = checkGrid(grid);
  if (!sheet.forms.length) throw new Error("not recognised");
  return sheet.forms[0].form;
}

const sample = () => formOf(fixtureToGrid(readFixture("sample-ziyang-2022")));

const ALL_LEVEL2: Level2Name[] = [
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "经济成本指标",
  "社会成本指标",
  "生态环境成本指标",
  "经济效益指标",
  "社会效益指标",
  "生态效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
];

describe("the standard library data", () => {
  it("has at least three entries for every 二级 of both taxonomies", () => {
    for (const l2 of ALL_LEVEL2) {
      expect(STANDARD_ENTRIES.filter((e) => e.level2 === l2).length).toBeGreaterThanOrEqual(3);
    }
  });

  it("uses unique ids and only known placeholders", () => {
    const ids = STANDARD_ENTRIES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = PLACEHOLDERS.map((p) => p.key);
    for (const e of STANDARD_ENTRIES) {
      for (const key of placeholdersOf(e.name + e.target + (e.actualHint || "") + e.note)) expect({ id: e.id, key, known: known.indexOf(key) >= 0 }).toEqual({ id: e.id, key, known: true });
      expect(isPlaceholderText(e.name)).toBe(false);
    }
  });

  it("writes quantitative targets the checker reads as an operator, a number and a unit", () => {
    const values: { [k: string]: string } = { 年度: "2024", 全年预算数: "100", 全年执行数: "95", 执行率: "95%", 数量: "10", 单位成本: "200", 年限: "5", 计量单位: "台" };
    for (const e of STANDARD_ENTRIES) {
      const target = e.target.replace(/\{([^}]+)\}/g, (_m, k: string) => values[k]);
      if (/年\d+月/.test(target) || !/^[≥≤=]/.test(target) || /元\/台/.test(target)) continue;
      const q = parseQuantity(target);
      expect({ id: e.id, kind: q.kind, hasOp: !!q.op }).toEqual({ id: e.id, kind: "number", hasOp: true });
      if (e.unit) expect({ id: e.id, unit: q.unit }).toEqual({ id: e.id, unit: e.unit });
    }
  });
});

describe("candidatesFor", () => {
  it("fills the sample's empty 时效 row: 项目完成及时率 =100% is ready, the dated one asks for the year", () => {
    const form = sample();
    expect(form.year).toBeUndefined();
    const list = candidatesFor(form, "产出指标", "时效指标");
    const rate = list.find((c) => c.name === "项目完成及时率")!;
    expect(rate).toMatchObject({ target: "=100%", unit: "%", ready: true, needs: [], kind: "quantitative", level1: "产出指标", level2: "时效指标" });
    expect(rate.targetParts).toEqual({ op: "=", value: "100", unit: "%" });
    const dated = list.find((c) => c.entryId === "sx-wancheng-shijian")!;
    expect(dated.ready).toBe(false);
    expect(dated.needs).toEqual(["年度"]);
    expect(dated.kind).toBe("date");
    expect(dated.target).toBe("≤〔年度〕年12月");
    expect(dated.target).not.toMatch(/[{}]/);
    expect(hasUnfilled(dated.target)).toBe(true);
    // Ready candidates come first.
    const firstWaiting = list.findIndex((c) => !c.ready);
    expect(list.slice(firstWaiting).every((c) => !c.ready)).toBe(true);
  });

  it("fills the year once the user gives it", () => {
    const dated = candidatesFor(sample(), "产出指标", "时效指标").find((c) => c.entryId === "sx-wancheng-shijian")!;
    const filled = fillCandidate(dated, { 年度: 2022, 事项: "密码设备更新" });
    expect(filled).toMatchObject({ name: "密码设备更新完成时间", target: "≤2022年12月", ready: true, needs: [] });
    expect(hasUnfilled(filled.name + filled.target + filled.note)).toBe(false);
  });

  it("fills the sample's empty 成本 row from the budget block: ≤25.2万元 with 25.2万元 as the actual", () => {
    const list = candidatesFor(sample(), "产出指标", "成本指标");
    const total = list.find((c) => c.name === "项目总成本")!;
    expect(total).toMatchObject({ target: "≤25.2万元", unit: "万元", actualHint: "25.2万元", ready: true });
    expect(total.targetParts).toEqual({ op: "≤", value: "25.2", unit: "万元" });
    expect(list.find((c) => c.name === "项目成本控制率")!.actualHint).toBe("100%");
    const unitCost = list.find((c) => c.entryId === "cb-danwei-chengben")!;
    expect(unitCost.needs).toEqual(["单位成本", "计量单位"]);
    expect(unitCost.actualHint).toBeUndefined();
  });

  it("takes the year and amounts of the national test form (2024, 100 / 95 万元)", () => {
    const form = formOf();
    expect(formValues(form)).toMatchObject({ 年度: "2024", 全年预算数: "100", 全年执行数: "95", 执行率: "95%", 项目名称: "基层干部业务培训项目" });
    const dated = candidatesFor(form, "产出指标", "时效指标").find((c) => c.entryId === "sx-wancheng-shijian")!;
    expect(dated).toMatchObject({ name: "项目各项任务完成时间", target: "≤2024年12月", ready: true });
    const cost = candidatesFor(form, "产出指标", "成本指标").find((c) => c.name === "项目总成本")!;
    expect(cost).toMatchObject({ target: "≤100万元", actualHint: "95万元" });
  });

  it("converts a budget block in 元 to 万元", () => {
    const form = formOf(fixtureToGrid(readFixture("yuan-units")));
    expect(form.budget!.toWanYuan).toBe(0.0001);
    const cost = candidatesFor(form, "产出指标", "成本指标", { includeExisting: true }).find((c) => c.name === "项目总成本")!;
    expect(cost.target).toBe("≤125万元");
    expect(cost.actualHint).toBe("118.75万元");
  });

  it("asks for the budget when the form has none", () => {
    const form = formOf(buildFormGrid({ total: [null, null, null], fiscal: undefined, carryover: undefined, other: undefined, rate: null, budgetScore: null }));
    const cost = candidatesFor(form, "产出指标", "成本指标").find((c) => c.entryId === "cb-zongchengben")!;
    expect(cost.ready).toBe(false);
    expect(cost.needs).toEqual(["全年预算数"]);
    expect(cost.actualHint).toBeUndefined();
  });

  it("leaves out names the form already has, unless asked", () => {
    const form = formOf();
    const names = (opts?: { includeExisting: boolean }) => candidatesFor(form, "满意度指标", "服务对象满意度指标", opts).map((c) => c.name);
    expect(names()).not.toContain("参训人员满意度");
    expect(names({ includeExisting: true })).toContain("参训人员满意度");
    expect(names()).toContain("服务对象满意度");
  });

  it("offers every 二级 of a 一级 when no 二级 is given, and the 101 cost family under 成本指标", () => {
    const form = formOf();
    const output = candidatesFor(form, "产出指标", undefined).map((c) => c.level2);
    expect(new Set(output)).toEqual(new Set(["数量指标", "质量指标", "时效指标", "成本指标"]));
    const cost101 = candidatesFor(form, "成本指标", "经济成本指标");
    expect(cost101.length).toBeGreaterThanOrEqual(3);
    expect(cost101.every((c) => c.level1 === "成本指标" && c.level2 === "经济成本指标")).toBe(true);
    expect(cost101.find((c) => c.name === "项目总成本")!.target).toBe("≤100万元");
  });

  it("includes 满意度 under 效益 on the 湖南 layout", () => {
    const l2 = candidatesFor(sample(), "效益指标", undefined).map((c) => c.level2);
    expect(l2).toContain("服务对象满意度指标");
    expect(l2).toContain("可持续影响指标");
    const national = candidatesFor(formOf(), "效益指标", undefined).map((c) => c.level2);
    expect(national).not.toContain("服务对象满意度指标");
  });

  it("never leaves a {placeholder} in any candidate text", () => {
    for (const form of [sample(), formOf()]) {
      for (const l2 of ALL_LEVEL2) {
        for (const c of candidatesFor(form, undefined, l2)) {
          expect(c.name + c.target + c.note + (c.actualHint || "")).not.toMatch(/[{}]/);
          expect(c.ready).toBe(!hasUnfilled(c.name + c.target + c.note));
        }
      }
    }
  });
});

describe("custom entries", () => {
  const good = [
    { level2: "时效指标", name: "{项目名称}验收完成时间", target: "≤{年度}年11月", note: "本单位常用" },
    { level2: "数量", name: "机要文件收发份数", target: "≥{份数}份", unit: "份" },
  ];

  it("merges valid entries after the standard ones, marked custom", () => {
    const r = mergeCustomEntries(STANDARD_ENTRIES, good);
    expect(r.errors).toEqual([]);
    expect(r.entries.length).toBe(STANDARD_ENTRIES.length + 2);
    expect(r.custom.map((e) => [e.id, e.level2, e.source])).toEqual([
      ["custom-1", "时效指标", "custom"],
      ["custom-2", "数量指标", "custom"],
    ]);
  });

  it("fills custom placeholders from the form and asks for unknown ones", () => {
    const { entries } = mergeCustomEntries(STANDARD_ENTRIES, good);
    const form = formOf();
    const t = candidatesFor(form, "产出指标", "时效指标", { entries }).find((c) => c.source === "custom")!;
    expect(t).toMatchObject({ name: "基层干部业务培训项目验收完成时间", target: "≤2024年11月", ready: true, note: "本单位常用" });
    const q = candidatesFor(form, "产出指标", "数量指标", { entries }).find((c) => c.source === "custom")!;
    expect(q.needs).toEqual(["份数"]);
    expect(fillCandidate(q, { 份数: 120 }).target).toBe("≥120份");
  });

  it("rejects bad items with a reason and keeps the good ones", () => {
    const r = mergeCustomEntries(STANDARD_ENTRIES, [
      "not an object",
      { level2: "不存在的指标", name: "x", target: "1" },
      { level2: "质量指标", target: "=100%" },
      { level2: "质量指标", name: "合格率", target: "" },
      { level2: "质量指标", name: "指标1", target: "=100%" },
      { level2: "质量指标", name: "验收{合格率", target: "=100%" },
      { level2: "质量指标", name: "很长".repeat(50), target: "=100%" },
      { level2: "质量指标", name: "验收合格率", target: "=100%" },
      { level2: "质量指标", name: "资料归档率", target: "=100%", id: "bad id!" },
      { level2: "质量指标", name: "资料归档率", target: "=100%" },
    ]);
    expect(r.custom.map((e) => e.name)).toEqual(["资料归档率"]);
    expect(r.errors.map((e) => e.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(r.errors[1].message).toContain("不存在的指标");
    expect(r.errors[7].message).toContain("重复");
  });

  it("renames a custom id that collides", () => {
    const r = mergeCustomEntries(STANDARD_ENTRIES, [{ id: "sx-jishilv", level2: "时效指标", name: "归档及时率", target: "=100%" }]);
    expect(r.custom[0].id).toBe("sx-jishilv-2");
  });

  it("reads and writes the workbook JSON, tolerating damage", () => {
    const json = serializeCustomEntries(mergeCustomEntries(STANDARD_ENTRIES, good).entries);
    expect(JSON.parse(json)).toHaveLength(2);
    const again = parseCustomEntries(json);
    expect(again.errors).toEqual([]);
    expect(again.custom.map((e) => e.name)).toEqual(["{项目名称}验收完成时间", "机要文件收发份数"]);
    expect(parseCustomEntries("{not json").errors[0].message).toContain("不是有效的 JSON");
    expect(parseCustomEntries('{"a":1}').errors[0].index).toBe(-1);
    expect(parseCustomEntries("").errors).toEqual([]);
  });
});

describe("candidateEdits", () => {
  it("writes the sample's empty 成本 row: name, target and the known actual", () => {
    const form = sample();
    const row = form.indicators!.rows.find((r) => r.level2 === "成本指标")!;
    const c = candidatesFor(form, "产出指标", "成本指标").find((x) => x.name === "项目总成本")!;
    const { edits, skipped } = candidateEdits(row, c);
    expect(skipped).toEqual([]);
    expect(edits.map((e) => [e.cell, e.value, e.previousValue])).toEqual([
      ["E19", "项目总成本", null],
      ["F19", "≤25.2万元", null],
      ["G19", "25.2万元", null],
    ]);
  });

  it("refuses a candidate that still needs input, and never overwrites a filled cell", () => {
    const form = sample();
    const empty = form.indicators!.rows.find((r) => r.level2 === "时效指标")!;
    const dated = candidatesFor(form, "产出指标", "时效指标").find((x) => x.entryId === "sx-wancheng-shijian")!;
    const refused = candidateEdits(empty, dated);
    expect(refused.edits).toEqual([]);
    expect(refused.skipped[0].reason).toContain("年度");
    const filled = form.indicators!.rows[0];
    const rate = candidatesFor(form, "产出指标", "时效指标")[0];
    const r = candidateEdits(filled, rate);
    expect(r.edits).toEqual([]);
    expect(r.skipped.map((x) => x.cell)).toEqual(["E12", "F12"]);
    expect(candidateEdits(filled, rate, { overwrite: true }).edits.map((e) => e.cell)).toEqual(["E12", "F12"]);
  });

  it("splits the target into 指标性质, value and 度量单位 on the 四川 layout", () => {
    const form = formOf(fixtureToGrid(readFixture("sichuan-510000")));
    const row = form.indicators!.rows[0];
    expect(row.nature && row.unit).toBeTruthy();
    const c = candidatesFor(form, "满意度指标", "服务对象满意度指标").find((x) => x.name === "群众满意度")!;
    const edits = candidateEdits(row, c, { overwrite: true }).edits;
    expect(edits.map((e) => [e.cell === row.nature!.address ? "nature" : e.cell === row.unit!.address ? "unit" : e.cell === row.target!.address ? "target" : "name", e.value])).toEqual([
      ["name", "群众满意度"],
      ["nature", "≥"],
      ["target", "90"],
      ["unit", "%"],
    ]);
  });
});

describe("filling the sample's empty rows end to end (core only)", () => {
  it("clears the empty-row findings for 时效 and 成本 once the candidates are written", () => {
    const grid = fixtureToGrid(readFixture("sample-ziyang-2022"));
    const before = checkGrid(grid).forms[0];
    expect(before.findings.filter((f) => f.rule === "level2-required" && f.severity === "warning").map((f) => f.cells[0])).toEqual(["D18", "D19"]);
    const form = before.form;
    const edits = [];
    for (const [l2, name] of [["时效指标", "项目完成及时率"], ["成本指标", "项目总成本"]] as Array<[Level2Name, string]>) {
      const row = form.indicators!.rows.find((r) => r.level2 === l2)!;
      edits.push(...candidateEdits(row, candidatesFor(form, "产出指标", l2).find((c) => c.name === name)!).edits);
    }
    for (const e of edits) {
      const { row, col } = parseCellAddress(e.cell);
      grid.rows[row] = grid.rows[row] || [];
      grid.rows[row]![col] = { value: e.value as string };
    }
    const after = checkGrid(grid).forms[0];
    expect(after.findings.filter((f) => f.rule === "level2-required" && f.severity === "warning")).toEqual([]);
    const cost = after.score.indicators.find((a) => a.row.level2 === "成本指标")!;
    expect(cost).toMatchObject({ kind: "quantitative", op: "<=", target: 25.2, unit: "万元" });
  });
});
