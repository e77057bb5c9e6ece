// An in-memory WorkbookHost for task-pane tests: sheets are core Grids, writes are checked for stale cells,
// every call is logged, and userEdit() plays the user typing into a cell (firing change events).
import type { EditPlan } from "../../src/core/edit-plan";
import type { Cell, CellValue, Grid } from "../../src/core/grid";
import { isCellError, parseCellAddress } from "../../src/core/grid";
import type { RowInsertPlan } from "../../src/core/row-insert";
import { applyRowInsertToGrid } from "../../src/core/row-insert";
import type { Finding } from "../../src/core/rule";
import type { ChangeEvent, FeatureOff, HostStatus, SheetRead, Suppression, WorkbookHost, WriteResult } from "../../src/taskpane/host";

export interface MemoryHostOptions {
  /** Further sheets; the first grid is the active sheet. */
  sheets?: Grid[];
  /** Makes every sheet read-only with this reason (protected sheet / read-only workbook). */
  readOnly?: string;
  features?: FeatureOff[];
  /** Provide onChanged (default true). */
  events?: boolean;
  ignored?: Suppression[];
  /** Custom indicator-library entries already stored in the workbook. */
  library?: unknown;
}

export interface MemoryHost extends WorkbookHost {
  grids: { [name: string]: Grid };
  active: string;
  calls: Array<{ method: string; args: unknown[] }>;
  selected: Array<{ sheetName: string; address: string }>;
  marks: { sheetName: string; findings: Finding[] } | null;
  ignored: Suppression[];
  readOnly?: string;
  /** The custom indicator-library entries as stored (saveCustomLibrary). */
  library: unknown;
  /** The next write is refused with this message. */
  refuseNext?: string;
  /** Plays the user typing into a cell; fires change events when the host has them. */
  userEdit(address: string, value: CellValue, sheetName?: string): void;
  cell(address: string, sheetName?: string): Cell | undefined;
  /** Number of onChanged subscribers. */
  listeners(): number;
}

function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x));
}

function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const emptyA = a === null || a === undefined || a === "";
  const emptyB = b === null || b === undefined || b === "";
  if (emptyA || emptyB) return emptyA && emptyB;
  if (isCellError(a as CellValue) || isCellError(b as CellValue)) {
    return isCellError(a as CellValue) && isCellError(b as CellValue) && (a as { error: string }).error === (b as { error: string }).error;
  }
  return a === b;
}

interface Snapshot {
  sheetName: string;
  cells: Array<{ address: string; before: Cell | null; after: Cell | null }>;
  /** The sheet was added by writeReportSheet: undo deletes it. */
  added?: boolean;
  /** The sheet as it was before insertIndicatorRow, and the row it inserted (undo puts the sheet back). */
  insertedRow?: { before: Grid; row: number; after: Grid };
}

export function createMemoryHost(grid: Grid, options: MemoryHostOptions = {}): MemoryHost {
  const grids: { [name: string]: Grid } = {};
  for (const g of [grid].concat(options.sheets || [])) grids[g.sheetName] = clone(g);
  const undoStack: Snapshot[] = [];
  const callbacks: Array<(e: ChangeEvent) => void> = [];

  const getCellAt = (sheetName: string, address: string): Cell | null => {
    const g = grids[sheetName];
    if (!g) throw new Error("找不到工作表“" + sheetName + "”。");
    const { row, col } = parseCellAddress(address);
    const r = g.rows[row];
    return (r && r[col]) || null;
  };

  const setCellAt = (sheetName: string, address: string, cell: Cell | null) => {
    const g = grids[sheetName];
    const { row, col } = parseCellAddress(address);
    while (g.rows.length <= row) g.rows.push([]);
    if (!g.rows[row]) g.rows[row] = [];
    (g.rows[row] as Array<Cell | null>)[col] = cell ? clone(cell) : null;
  };

  const sheetRead = (name: string): SheetRead => {
    const out: SheetRead = { grid: clone(grids[name]) };
    if (host.readOnly) out.readOnly = host.readOnly;
    return out;
  };

  const refusal = (): WriteResult | null => {
    if (host.refuseNext) {
      const refused = host.refuseNext;
      host.refuseNext = undefined;
      return { refused };
    }
    if (host.readOnly) return { refused: host.readOnly };
    return null;
  };

  const log = (method: string, args: unknown[]) => host.calls.push({ method, args: clone(args) });

  const host: MemoryHost = {
    grids,
    active: grid.sheetName,
    calls: [],
    selected: [],
    marks: null,
    ignored: clone(options.ignored || []),
    library: options.library === undefined ? null : clone(options.library),
    readOnly: options.readOnly,
    features: options.features || [],

    async readActiveSheet() {
      log("readActiveSheet", []);
      return sheetRead(host.active);
    },
    async listSheets() {
      log("listSheets", []);
      return Object.keys(grids);
    },
    async readSheet(name: string) {
      log("readSheet", [name]);
      if (!grids[name]) throw new Error("找不到工作表“" + name + "”。");
      return sheetRead(name);
    },

    async applyEdits(plan: EditPlan) {
      log("applyEdits", [plan]);
      const refused = refusal();
      if (refused) return refused;
      const stale: string[] = [];
      for (const edit of plan.edits) {
        const cell = getCellAt(plan.sheetName, edit.cell);
        const value = cell ? cell.value : null;
        const formula = cell ? cell.formula : undefined;
        if (!sameValue(value, edit.previousValue) || (formula || "") !== (edit.previousFormula || "")) stale.push(edit.cell);
      }
      if (stale.length) return { stale };
      const snapshot: Snapshot = { sheetName: plan.sheetName, cells: [] };
      for (const edit of plan.edits) {
        const before = getCellAt(plan.sheetName, edit.cell);
        const after: Cell = { value: edit.value !== undefined ? edit.value : before ? before.value : null };
        if (edit.formula) after.formula = edit.formula;
        if (edit.numberFormat) after.numberFormat = edit.numberFormat;
        else if (before && before.numberFormat) after.numberFormat = before.numberFormat;
        setCellAt(plan.sheetName, edit.cell, after);
        snapshot.cells.push({ address: edit.cell, before: before ? clone(before) : null, after });
      }
      undoStack.push(snapshot);
      return { ok: true };
    },

    async writeReportSheet(baseName: string, paragraphs: string[]) {
      log("writeReportSheet", [baseName, paragraphs]);
      const refused = refusal();
      if (refused) return refused as { refused: string };
      let name = baseName;
      for (let n = 2; grids[name]; n++) name = baseName + "(" + n + ")";
      grids[name] = { sheetName: name, rows: paragraphs.map((p) => [{ value: p }]), merges: [] };
      undoStack.push({ sheetName: name, cells: [], added: true });
      return { ok: true as const, sheetName: name };
    },

    async insertIndicatorRow(plan: RowInsertPlan, lastCol: number) {
      log("insertIndicatorRow", [plan, lastCol]);
      const refused = refusal();
      if (refused) return refused;
      const stale: string[] = [];
      for (const e of plan.expect) {
        const cell = getCellAt(plan.sheetName, e.cell);
        if ((cell && cell.formula) !== e.formula || (!e.formula && !sameValue(cell ? cell.value : null, e.value))) stale.push(e.cell);
      }
      if (stale.length) return { stale };
      const before = grids[plan.sheetName];
      grids[plan.sheetName] = applyRowInsertToGrid(before, plan);
      undoStack.push({ sheetName: plan.sheetName, cells: [], insertedRow: { before: clone(before), row: plan.row, after: clone(grids[plan.sheetName]) } });
      return { ok: true };
    },

    async loadCustomLibrary() {
      log("loadCustomLibrary", []);
      return clone(host.library);
    },
    async saveCustomLibrary(entries: unknown[] | null) {
      log("saveCustomLibrary", [entries]);
      const refused = refusal();
      if (refused) return refused;
      host.library = clone(entries);
      return { ok: true };
    },

    async highlight(sheetName: string, findings: Finding[]) {
      log("highlight", [sheetName, findings]);
      const refused = refusal();
      if (refused) return refused;
      host.marks = { sheetName, findings: clone(findings) };
      return { ok: true };
    },

    async clearHighlights() {
      log("clearHighlights", []);
      host.marks = null;
      return { ok: true };
    },

    async undo() {
      log("undo", []);
      const snapshot = undoStack[undoStack.length - 1];
      if (!snapshot) return { refused: "没有可以撤销的修改。" };
      const refused = refusal();
      if (refused) return refused;
      if (snapshot.added) {
        delete grids[snapshot.sheetName];
        undoStack.pop();
        return { ok: true };
      }
      if (snapshot.insertedRow) {
        // Like Excel's undo of the insert: refused when the user typed in the new row since.
        const now = grids[snapshot.sheetName].rows[snapshot.insertedRow.row];
        if (JSON.stringify(now || null) !== JSON.stringify(snapshot.insertedRow.after.rows[snapshot.insertedRow.row] || null)) return { stale: ["第 " + (snapshot.insertedRow.row + 1) + " 行"] };
        grids[snapshot.sheetName] = snapshot.insertedRow.before;
        undoStack.pop();
        return { ok: true };
      }
      const stale: string[] = [];
      for (const c of snapshot.cells) {
        const now = getCellAt(snapshot.sheetName, c.address);
        if (!sameValue(now ? now.value : null, c.after ? c.after.value : null)) stale.push(c.address);
      }
      if (stale.length) return { stale };
      for (const c of snapshot.cells) setCellAt(snapshot.sheetName, c.address, c.before);
      undoStack.pop();
      return { ok: true };
    },

    async select(sheetName: string, address: string) {
      log("select", [sheetName, address]);
      if (!grids[sheetName]) throw new Error("找不到工作表“" + sheetName + "”。");
      host.active = sheetName;
      host.selected.push({ sheetName, address });
    },

    async status(): Promise<HostStatus> {
      return { canUndo: undoStack.length > 0, highlighted: host.marks !== null };
    },

    async loadIgnored() {
      log("loadIgnored", []);
      return clone(host.ignored);
    },

    async saveIgnored(list: Suppression[]) {
      log("saveIgnored", [list]);
      if (host.refuseNext) {
        const refused = host.refuseNext;
        host.refuseNext = undefined;
        return { refused };
      }
      host.ignored = clone(list);
      return { ok: true };
    },

    onChanged(callback: (e: ChangeEvent) => void) {
      callbacks.push(callback);
      return () => {
        const i = callbacks.indexOf(callback);
        if (i >= 0) callbacks.splice(i, 1);
      };
    },

    userEdit(address: string, value: CellValue, sheetName?: string) {
      const name = sheetName || host.active;
      const before = getCellAt(name, address);
      setCellAt(name, address, value === null ? null : { ...(before || {}), value, formula: undefined });
      for (const cb of callbacks.slice()) cb({ sheetName: name, address });
    },

    cell(address: string, sheetName?: string) {
      return getCellAt(sheetName || host.active, address) || undefined;
    },

    listeners() {
      return callbacks.length;
    },
  };
  if (options.events === false) delete host.onChanged;
  return host;
}
