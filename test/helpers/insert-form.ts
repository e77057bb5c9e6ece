// A national form with merged 一级/二级 labels and live SUMs (总分 and a cell outside the table), for row-insertion tests.
import type { Grid } from "../../src/core/grid";
import { parseCellAddress, parseRangeAddress } from "../../src/core/grid";
import { VALID_FORM, VALID_INDICATORS, buildFormGrid } from "./form-builder";

// Indicators on rows 13–20 (产出 13–17 with 数量 13–14, 效益 18–19, 满意度 20), 总分 on 21.
export const INSERT_INDICATORS = [VALID_INDICATORS[0], { ...VALID_INDICATORS[0], name: "培训班次", target: "≥10期", actual: "10期", weight: 10, score: 10 }]
  .concat(VALID_INDICATORS.slice(1))
  .map((ind, i) => (i === 5 ? { ...ind, weight: 5, score: 5 } : ind));

export function insertForm(options: { labelMerges?: boolean; formulas?: boolean; sheetName?: string } = {}): Grid {
  const grid = buildFormGrid({ ...VALID_FORM, indicators: INSERT_INDICATORS }, options.sheetName);
  if (options.labelMerges !== false) {
    grid.merges.push(parseRangeAddress("C13:C17"), parseRangeAddress("D13:D14"), parseRangeAddress("C18:C19"));
  }
  if (options.formulas) {
    setFormula(grid, "H21", "=SUM(H13:H20)", 90);
    setFormula(grid, "I21", "=SUM(I13:I20)", 90);
    setFormula(grid, "B30", "=I20*2", 20);
  }
  return grid;
}

export function setFormula(grid: Grid, address: string, formula: string, value: number): void {
  const { row, col } = parseCellAddress(address);
  const cells = grid.rows[row] || (grid.rows[row] = []);
  cells[col] = { value, formula };
}
