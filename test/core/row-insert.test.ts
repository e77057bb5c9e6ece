import { checkGrid } from "../../src/core/check";
import type { Form } from "../../src/core/form";
import type { Grid } from "../../src/core/grid";
import { getCell, parseCellAddress, rangeAddress } from "../../src/core/grid";
import { candidatesFor } from "../../src/core/library";
import type { RowInsertPlan } from "../../src/core/row-insert";
import { applyRowInsertToGrid, deleteGridRows, insertGridRows, insertableGroups, planIndicatorRowInsert } from "../../src/core/row-insert";
import { insertForm } from "../helpers/insert-form";

const formGrid = (options: { labelMerges?: boolean; formulas?: boolean } = {}) => insertForm(options);

function formOf(grid: Grid): Form {
  const forms = checkGrid(grid).forms;
  expect(forms).toHaveLength(1);
  return forms[0].form;
}

function plan(grid: Grid, level2: string, pick = 0): RowInsertPlan {
  const form = formOf(grid);
  const group = insertableGroups(form).filter((g) => g.name === level2)[0];
  expect(group).toBeDefined();
  const candidate = candidatesFor(form, group.rows[0].level1, group.name).filter((c) => c.ready)[pick];
  const result = planIndicatorRowInsert(grid, form, group, candidate);
  if ("error" in result) throw new Error(result.error);
  return result.plan;
}

const text = (grid: Grid, address: string) => {
  const { row, col } = parseCellAddress(address);
  const cell = getCell(grid, row, col);
  return cell ? cell.value : null;
};

describe("planIndicatorRowInsert", () => {
  it("adds the row below the group's last row, growing the 二级 merge that ends there", () => {
    const p = plan(formGrid(), "数量指标");
    expect(p.row).toBe(14); // sheet row 15
    expect(p.growMerges).toEqual([{ from: "D13:D14", to: "D13:D15" }]); // C13:C17 spans the gap: Excel grows it
    expect(p.addMerges).toEqual([]);
    const cells = p.edits.map((e) => e.cell).sort();
    expect(cells).toEqual(["E15", "F15"].concat(cells.indexOf("G15") >= 0 ? ["G15"] : []));
    for (const e of p.edits) expect(typeof e.value).toBe("string");
  });

  it("makes the recognised form one row longer in that group, everything else in place", () => {
    const grid = formGrid();
    const p = plan(grid, "数量指标");
    const after = applyRowInsertToGrid(grid, p);
    const form = formOf(after);
    const quantity = insertableGroups(form).filter((g) => g.name === "数量指标")[0];
    expect(quantity.rows.map((r) => r.row + 1)).toEqual([13, 14, 15]);
    expect(quantity.rows[2].name!.text).toBe(String(text(after, "E15")));
    expect(quantity.rows[2].level1).toBe("产出指标");
    expect(form.total!.row + 1).toBe(22);
    expect(after.merges.map(rangeAddress)).toEqual(expect.arrayContaining(["C13:C18", "D13:D15", "C19:C20"]));
  });

  it("grows a total's SUM that ends on the group's last row and keeps the other formulas pointing at the same cells", () => {
    const grid = formGrid({ formulas: true });
    const p = plan(grid, "服务对象满意度指标"); // last group: rows 20, new row 21
    expect(p.row).toBe(20);
    const formulas = p.edits.filter((e) => e.formula !== undefined);
    expect(formulas.map((e) => [e.cell, e.previousFormula, e.formula])).toEqual([
      ["H22", "=SUM(H13:H20)", "=SUM(H13:H21)"],
      ["I22", "=SUM(I13:I20)", "=SUM(I13:I21)"],
    ]);
    const after = applyRowInsertToGrid(grid, p);
    expect(getCell(after, 30, 1)!.formula).toBe("=I20*2"); // B31 still doubles the old row 20
    expect(p.expect.map((e) => e.cell)).toEqual(expect.arrayContaining(["H21", "I21"]));
  });

  it("makes a lone label cell span the new row, and repeats labels written on every row", () => {
    const lone = plan(formGrid({ labelMerges: false }), "数量指标");
    // D13 holds 数量指标 for rows 13–14 (D14 empty): inherited, no merge needed. Satisfaction: one row, label in D20.
    expect(lone.addMerges).toEqual([]);
    const single = plan(formGrid({ labelMerges: false }), "服务对象满意度指标");
    expect(single.addMerges.sort()).toEqual(["C20:C21", "D20:D21"]);

    const repeated = formGrid({ labelMerges: false });
    repeated.rows[13]![2] = { value: "产出指标" };
    repeated.rows[13]![3] = { value: "数量指标" };
    const p = plan(repeated, "数量指标");
    expect(p.addMerges).toEqual([]);
    const labels = p.edits.filter((e) => e.cell === "C15" || e.cell === "D15").map((e) => [e.cell, e.value]);
    expect(labels).toEqual([["C15", "产出指标"], ["D15", "数量指标"]]);
  });

  it("refuses a candidate that still needs an input", () => {
    const grid = formGrid();
    const form = formOf(grid);
    const group = insertableGroups(form)[0];
    const waiting = candidatesFor(form, "产出指标", "数量指标").filter((c) => !c.ready)[0];
    const result = planIndicatorRowInsert(grid, form, group, waiting);
    expect("error" in result && result.error).toMatch(/还缺少/);
  });
});

describe("insertGridRows / deleteGridRows", () => {
  it("are inverse for cells, merges and formulas", () => {
    const grid = formGrid({ formulas: true });
    const round = deleteGridRows(insertGridRows(grid, 14, 2), 14, 2);
    expect(round).toEqual(grid);
  });
});

describe("planIndicatorRowInsert on every layout fixture", () => {
  const { fixtureToGrid, listFixtures, readFixture } = jest.requireActual("../fixtures/fixture");
  const names: string[] = listFixtures().filter((n: string) => !/^not-a-form/.test(n));
  it.each(names)("%s: a row added to each 二级 group is read back in that group, nothing else moves out of its group", (name) => {
    const grid: Grid = fixtureToGrid(readFixture(name));
    const report = checkGrid(grid).forms[0];
    const groups = insertableGroups(report.form);
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups.slice(0, 3)) {
      const candidate = candidatesFor(report.form, group.rows[0].level1, group.name, { includeExisting: true }).filter((c) => c.ready)[0];
      if (!candidate) continue;
      const planned = planIndicatorRowInsert(grid, report.form, group, candidate);
      if ("error" in planned) throw new Error(name + ": " + planned.error);
      const after = checkGrid(applyRowInsertToGrid(grid, planned.plan)).forms[0].form;
      const same = insertableGroups(after).filter((g) => g.label === group.label)[0];
      expect([name, same.rows.length]).toEqual([name, group.rows.length + 1]);
      const added = same.rows[same.rows.length - 1];
      expect(added.row).toBe(planned.plan.row);
      expect(added.name ? added.name.text : added.target!.text).not.toBe("");
      expect(after.indicators!.rows.length).toBe(report.form.indicators!.rows.length + 1);
    }
  });
});
