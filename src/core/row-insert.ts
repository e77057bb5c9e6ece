// Adding an indicator row inside a 二级 group: where the row goes, which merged 一级/二级 labels must grow to cover
// it, which formulas must grow (a SUM over the group or the table that ends on the group's last row), and what the
// new row says. Pure: hosts carry the plan out (Excel inserts the whole row, as a user would) and undo it by deleting
// that row again. Also the same insertion on a Grid, for hosts without Excel and for tests.
import type { Candidate } from "./library";
import { candidateEdits } from "./library";
import type { Field, Form, IndicatorRow, Level2Group } from "./form";
import type { Cell, CellRange, CellValue, Grid } from "./grid";
import { MergeIndex, cellAddress, cellText, getCell, parseRangeAddress, rangeAddress } from "./grid";
import { growRangesEndingAt, shiftFormulaRows, shiftRowSpan } from "./formula-refs";
import type { Edit } from "./rule";

export interface RowInsertPlan {
  sheetName: string;
  /** 0-based row the new row takes: this row and the ones below it move down by one. */
  row: number;
  /** The group's last row: the new row repeats its layout (and Excel gives it its formatting). */
  templateRow: number;
  /** Cells that must still be what the check saw, before anything is inserted. */
  expect: Array<{ cell: string; value: CellValue; formula?: string }>;
  /** Merged label areas that end on the template row, and the area each becomes (A1, after the insert). */
  growMerges: Array<{ from: string; to: string }>;
  /** New merges after the insert: a single label cell that now spans the new row, the template row's own merges. */
  addMerges: string[];
  /** After the insert: formulas that grow (previousFormula is what Excel made of them) and the new row's text. */
  edits: Edit[];
  /** For the undo step and the pane: "在“数量指标”下插入第 12 行". */
  label: string;
}

export type RowInsertResult = { plan: RowInsertPlan } | { error: string };

/** The 二级 groups a row can be added to, in sheet order. */
export function insertableGroups(form: Form): Level2Group[] {
  const out: Level2Group[] = [];
  const block = form.indicators;
  if (!block) return out;
  for (let i = 0; i < block.groups.length; i++) {
    const l2s = block.groups[i].level2Groups;
    for (let j = 0; j < l2s.length; j++) if (l2s[j].rows.length && (l2s[j].name || l2s[j].label)) out.push(l2s[j]);
  }
  return out;
}

function ownText(grid: Grid, row: number, col: number): string {
  return cellText(getCell(grid, row, col)).trim();
}

/** A blank field on the new row in the same column as `field`. */
function blankLike(field: Field | undefined, row: number): Field | undefined {
  if (!field) return undefined;
  return { address: cellAddress(row, field.col), row, col: field.col, value: null, text: "", q: { kind: "empty" } };
}

/**
 * Plans one new row at the end of `group` holding `candidate` (三级指标, 年度指标值, 实际完成值 when known).
 * `grid` is the sheet as read now (for the formulas and merges anywhere on it); `form` was recognised from it.
 */
export function planIndicatorRowInsert(grid: Grid, form: Form, group: Level2Group, candidate: Candidate): RowInsertResult {
  const block = form.indicators;
  if (!block || !group.rows.length) return { error: "找不到这个二级指标所在的行，请重新检查后再试。" };
  if (!candidate.ready) return { error: `指标“${candidate.name}”还缺少：${candidate.needs.join("、")}，请先填写。` };
  const sheetName = grid.sheetName;
  const last: IndicatorRow = group.rows[group.rows.length - 1];
  const first = group.rows[0].row;
  const template = last.row;
  const at = template + 1;
  const plan: RowInsertPlan = {
    sheetName,
    row: at,
    templateRow: template,
    expect: [],
    growMerges: [],
    addMerges: [],
    edits: [],
    label: `在“${(group.label || group.name || "").replace(/\s+/g, "")}”下插入第 ${at + 1} 行`,
  };
  const merges = new MergeIndex(grid.merges);
  const mergeAt = (row: number, col: number) => merges.areaAt(row, col);
  const expectCell = (row: number, col: number) => {
    const cell = getCell(grid, row, col);
    const entry: RowInsertPlan["expect"][0] = { cell: cellAddress(row, col), value: cell ? cell.value : null };
    if (cell && cell.formula) entry.formula = cell.formula;
    plan.expect.push(entry);
  };

  // The 一级 and 二级 label columns: a merge ending here grows; a lone label cell becomes a merge; labels written
  // on every row are written on the new row too.
  const labelColumns: number[] = [];
  if (block.columns.level1 !== undefined) labelColumns.push(block.columns.level1);
  if (block.columns.level2 !== undefined && labelColumns.indexOf(block.columns.level2) < 0) labelColumns.push(block.columns.level2);
  const labelTexts: Array<{ col: number; text: string }> = [];
  for (let i = 0; i < labelColumns.length; i++) {
    const col = labelColumns[i];
    const m = mergeAt(template, col);
    if (m) {
      expectCell(m.top, m.left);
      if (m.bottom === template && m.top < template) {
        const grown = { top: m.top, left: m.left, bottom: template + 1, right: m.right };
        plan.growMerges.push({ from: rangeAddress(m), to: rangeAddress(grown) });
      } else if (m.top === template && m.bottom === template) {
        // A label merged across columns on one row: the new row joins it.
        plan.growMerges.push({ from: rangeAddress(m), to: rangeAddress({ top: m.top, left: m.left, bottom: at, right: m.right }) });
      }
      continue;
    }
    const text = ownText(grid, template, col);
    if (text === "") continue; // inherited from a label further up: the new row inherits it too
    expectCell(template, col);
    const repeated = template > first && ownText(grid, template - 1, col) === text && !mergeAt(template - 1, col);
    if (repeated) labelTexts.push({ col, text });
    else plan.addMerges.push(rangeAddress({ top: template, left: col, bottom: at, right: col }));
  }
  // The template row's other one-row merges (a 三级 name across two columns) repeat on the new row.
  for (let i = 0; i < grid.merges.length; i++) {
    const m = grid.merges[i];
    if (m.top !== template || m.bottom !== template) continue;
    let label = false;
    for (let j = 0; j < labelColumns.length; j++) if (labelColumns[j] >= m.left && labelColumns[j] <= m.right) label = true;
    if (!label) plan.addMerges.push(rangeAddress({ top: at, left: m.left, bottom: at, right: m.right }));
  }
  // The row the group ends on must still be there as the check saw it.
  const anchor = last.name || last.target || last.weight;
  if (anchor) expectCell(anchor.row, anchor.col);

  // Formulas anywhere on the sheet: Excel moves their references; ranges ending on the group's last row must grow.
  for (let r = 0; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (!cells) continue;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell || !cell.formula) continue;
      const moved = shiftFormulaRows(cell.formula, { sheetName, at, delta: 1 });
      const grown = growRangesEndingAt(moved, sheetName, template, first, 1);
      if (grown === moved) continue;
      expectCell(r, c);
      const address = cellAddress(r >= at ? r + 1 : r, c);
      plan.edits.push({ cell: address, formula: grown, previousFormula: moved, reason: `公式范围扩展到新插入的第 ${at + 1} 行：${grown}` });
    }
  }

  // The new row's text, in the columns of the group's last row.
  const newRow: IndicatorRow = {
    row: at,
    level1: last.level1,
    level1Label: last.level1Label,
    level2: last.level2,
    level2Label: last.level2Label,
    name: blankLike(last.name, at),
    target: blankLike(last.target, at),
    nature: blankLike(last.nature, at),
    unit: blankLike(last.unit, at),
    actual: blankLike(last.actual, at),
    weight: blankLike(last.weight, at),
    score: blankLike(last.score, at),
    deviation: blankLike(last.deviation, at),
    isEmpty: true,
    isPlaceholder: false,
  };
  if (!newRow.name && !newRow.target) return { error: "这个指标表没有三级指标或指标值列，无法插入指标行。" };
  for (let i = 0; i < labelTexts.length; i++) {
    plan.edits.push({ cell: cellAddress(at, labelTexts[i].col), value: labelTexts[i].text, previousValue: null, reason: `与上一行相同的指标类别：${labelTexts[i].text}` });
  }
  const text = candidateEdits(newRow, candidate);
  for (let i = 0; i < text.edits.length; i++) plan.edits.push(text.edits[i]);
  return { plan };
}

// ---------------------------------------------------------------------------------------------------------------
// The same insertion and its undo on a Grid (memory hosts, tests): rows move, merges grow or shrink as in Excel.

function copyCell(cell: Cell | null | undefined, sheetName: string, at: number, delta: number): Cell | null | undefined {
  if (!cell || !cell.formula) return cell;
  return { ...cell, formula: shiftFormulaRows(cell.formula, { sheetName, at, delta }) };
}

/** Excel's "insert whole rows": rows from `at` move down, formulas follow, merges spanning the gap grow. */
export function insertGridRows(grid: Grid, at: number, count: number): Grid {
  const rows: Grid["rows"] = [];
  for (let r = 0; r < grid.rows.length; r++) {
    const src = grid.rows[r];
    const moved = src ? src.map((c) => copyCell(c, grid.sheetName, at, count)) : src;
    if (r === at) for (let k = 0; k < count; k++) rows.push(null);
    rows.push(moved);
  }
  return { sheetName: grid.sheetName, rows, merges: shiftMerges(grid.merges, at, count) };
}

/** Merged areas after whole rows moved; one cell left of a merge is no merge. */
function shiftMerges(merges: CellRange[], at: number, delta: number): CellRange[] {
  const out: CellRange[] = [];
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    const span = shiftRowSpan(m.top, m.bottom, at, delta);
    if (span && (span.top !== span.bottom || m.left !== m.right)) out.push({ top: span.top, bottom: span.bottom, left: m.left, right: m.right });
  }
  return out;
}

/** Excel's "delete whole rows": the rows go, formulas follow (#REF! where all they pointed at is gone), merges shrink. */
export function deleteGridRows(grid: Grid, at: number, count: number): Grid {
  const last = at + count - 1;
  const rows: Grid["rows"] = [];
  for (let r = 0; r < grid.rows.length; r++) {
    if (r >= at && r <= last) continue;
    const src = grid.rows[r];
    rows.push(src ? src.map((c) => copyCell(c, grid.sheetName, at, -count)) : src);
  }
  return { sheetName: grid.sheetName, rows, merges: shiftMerges(grid.merges, at, -count) };
}

function sameArea(a: CellRange, b: CellRange): boolean {
  return a.top === b.top && a.bottom === b.bottom && a.left === b.left && a.right === b.right;
}

/** The whole plan on a grid: insert, merges, formulas and text (text stays text). */
export function applyRowInsertToGrid(grid: Grid, plan: RowInsertPlan): Grid {
  const out = insertGridRows(grid, plan.row, 1);
  for (let i = 0; i < plan.growMerges.length; i++) {
    const from = parseRangeAddress(plan.growMerges[i].from);
    out.merges = out.merges.filter((m) => !sameArea(m, from));
    out.merges.push(parseRangeAddress(plan.growMerges[i].to));
  }
  for (let i = 0; i < plan.addMerges.length; i++) out.merges.push(parseRangeAddress(plan.addMerges[i]));
  for (let i = 0; i < plan.edits.length; i++) {
    const e = plan.edits[i];
    const at = parseRangeAddress(e.cell);
    const row = out.rows[at.top] || (out.rows[at.top] = []);
    const cell: Cell = e.formula !== undefined ? { value: null, formula: e.formula } : { value: e.value === undefined ? null : e.value };
    row[at.left] = cell;
  }
  return out;
}
