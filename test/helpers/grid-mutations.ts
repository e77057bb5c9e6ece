// Shape-preserving edits of a grid, the things real files do to a form: shifted columns and rows, lost merges,
// numbers typed as text, spacer rows. Each returns the new grid and where an old cell went.
import type { Cell, CellRange, Grid } from "../../src/core/grid";
import { cellAddress, parseRangeAddress } from "../../src/core/grid";

export interface Mutated {
  grid: Grid;
  /** Old (row, col) → new (row, col). */
  move(row: number, col: number): { row: number; col: number };
}

function cloneRows(grid: Grid): Grid["rows"] {
  return grid.rows.map((row) => (row ? row.map((c) => (c ? { ...c } : c)) : row));
}

export function insertRow(grid: Grid, at: number): Mutated {
  const rows = cloneRows(grid);
  rows.splice(Math.min(at, rows.length), 0, []);
  const merges = grid.merges.map((m): CellRange => {
    if (m.top >= at) return { ...m, top: m.top + 1, bottom: m.bottom + 1 };
    if (m.bottom >= at) return { ...m, bottom: m.bottom + 1 };
    return { ...m };
  });
  return { grid: { ...grid, rows, merges }, move: (row, col) => ({ row: row >= at ? row + 1 : row, col }) };
}

export function insertColumn(grid: Grid, at: number): Mutated {
  const rows = cloneRows(grid).map((row) => {
    if (!row) return row;
    const copy = row.slice();
    while (copy.length < at) copy.push(null);
    copy.splice(at, 0, null);
    return copy;
  });
  const merges = grid.merges.map((m): CellRange => {
    if (m.left >= at) return { ...m, left: m.left + 1, right: m.right + 1 };
    if (m.right >= at) return { ...m, right: m.right + 1 };
    return { ...m };
  });
  return { grid: { ...grid, rows, merges }, move: (row, col) => ({ row, col: col >= at ? col + 1 : col }) };
}

export function unmerge(grid: Grid): Mutated {
  return { grid: { ...grid, rows: cloneRows(grid), merges: [] }, move: (row, col) => ({ row, col }) };
}

/** Numbers typed as text: 25.2 → "25.2" (what pasted or imported sheets hold). */
export function numbersToText(grid: Grid, pick: (row: number, col: number) => boolean): Mutated {
  const rows = cloneRows(grid).map((row, r) =>
    row
      ? row.map((cell, c): Cell | null | undefined =>
          cell && typeof cell.value === "number" && !cell.formula && pick(r, c) ? { value: String(cell.value) } : cell,
        )
      : row,
  );
  return { grid: { ...grid, rows }, move: (row, col) => ({ row, col }) };
}

export function compose(grid: Grid, steps: Array<(g: Grid) => Mutated>): Mutated {
  let current: Mutated = { grid, move: (row, col) => ({ row, col }) };
  for (const step of steps) {
    const prev = current;
    const next = step(prev.grid);
    current = { grid: next.grid, move: (row, col) => { const p = prev.move(row, col); return next.move(p.row, p.col); } };
  }
  return current;
}

/** Moves "A1" or "A1:B2" through a mutation. */
export function moveAddress(address: string, move: Mutated["move"]): string {
  const parts = address.split(":").map((part) => {
    const r = parseRangeAddress(part);
    const p = move(r.top, r.left);
    return cellAddress(p.row, p.col);
  });
  return parts.join(":");
}
