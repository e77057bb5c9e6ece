// The workbook behind the fake Excel API and the playground grid: sheets, cells (value, formula, number format, fill,
// font, borders, alignment), merged areas, column widths, row heights, notes, threaded comments, conditional formats,
// add-in settings, selection, protection, read-only flag; recalculation of the formulas it can evaluate; change
// notifications (the grid re-renders, the API layer raises Worksheet.onChanged).
// Plain data + methods, ES5 only, no Node APIs.
import type { CellRange } from "./address";
import { cellA1, contains, formatArea, intersect, parseArea, splitSheet } from "./address";
import { evaluateFormula, formulaRefs, isValidFormula, normaliseFormula } from "./formula";
import type { CellScalar, ErrorValue } from "./number-text";
import { displayText, isErrorValue, parseTyped } from "./number-text";
import { shiftFormulaRows, shiftRowSpan } from "../../core/formula-refs";

export type { CellScalar, ErrorValue };

export interface FillFormat {
  /** Excel's FillPattern: "Solid", "Gray25", … (never "None": no fill is `undefined`). */
  pattern: string;
  /** Background colour "#RRGGBB" (the fill colour of a solid fill). */
  color: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
  /** The .xlsx fill this came from (theme colours), written back while unchanged. */
  source?: unknown;
}

export interface FontFormat {
  name?: string;
  size?: number;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  /** The .xlsx colour this came from, written back while the colour is unchanged. */
  colorSource?: unknown;
}

export interface BorderFormat {
  /** Excel's BorderLineStyle other than "None": "Continuous", "Dash", "Dot", "Double", … */
  style: string;
  color: string;
  /** "Hairline" | "Thin" | "Medium" | "Thick" */
  weight: string;
  tintAndShade?: number;
  colorSource?: unknown;
}

export type Side = "top" | "bottom" | "left" | "right";
export const SIDES: Side[] = ["top", "bottom", "left", "right"];

export interface Alignment {
  horizontal?: string;
  vertical?: string;
  wrapText?: boolean;
  indent?: number;
}

export interface CellData {
  value: CellScalar;
  formula?: string;
  /** Absent = "General". */
  numberFormat?: string;
  /** Absent = no fill. */
  fill?: FillFormat;
  font?: FontFormat;
  borders?: { top?: BorderFormat; bottom?: BorderFormat; left?: BorderFormat; right?: BorderFormat };
  alignment?: Alignment;
}

export interface NoteData {
  content: string;
  author: string;
  width?: number;
  height?: number;
  visible?: boolean;
}

export interface CommentData {
  id: string;
  sheetId: string;
  /** "B5" */
  cell: string;
  content: string;
  authorName: string;
  authorEmail: string;
  creationDate: string;
  resolved: boolean;
  replies: Array<{ id: string; content: string; authorName: string; creationDate: string }>;
}

export interface CfBorder {
  style: string;
  color: string;
}

export interface CfFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  numberFormat?: string;
  borders: { [edge: string]: CfBorder };
}

export interface ConditionalFormatData {
  id: string;
  /** Excel's ConditionalFormatType: "Custom", "CellValue", "DataBar", … */
  type: string;
  ranges: CellRange[];
  /** Custom: the rule's formula ("=ISTEXT(\"ZIPING-error\")"). */
  formula?: string;
  format: CfFormat;
  stopIfTrue: boolean;
  /** Rules read from .xlsx that the API does not model (other types): written back unchanged. */
  source?: unknown;
}

export interface SheetData {
  id: string;
  name: string;
  /** rows[r][c] */
  rows: { [row: number]: { [col: number]: CellData } };
  merges: CellRange[];
  /** Column widths in Excel character units (as .xlsx stores them). */
  columnWidths: { [col: number]: number };
  /** Row heights in points. */
  rowHeights: { [row: number]: number };
  notes: { [a1: string]: NoteData };
  /** In priority order: [0] wins where rules conflict. */
  conditionalFormats: ConditionalFormatData[];
  protected: boolean;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor?: string;
}

export type ChangeSource = "user" | "addin" | "remote" | "load";

export interface ChangeRecord {
  kind: "data" | "format" | "merge" | "notes" | "comments" | "conditionalFormats" | "sheets" | "selection" | "settings" | "protection" | "layout";
  sheetId?: string;
  range?: CellRange;
  source: ChangeSource;
}

export type ChangeListener = (changes: ChangeRecord[]) => void;

export const DEFAULT_COLUMN_WIDTH = 8.43;
export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_FONT = { name: "等线", size: 11, color: "#000000" };

export interface WorkbookOptions {
  readOnly?: boolean;
  /** Author of notes and comments ("自评表助手" by default). */
  author?: string;
  now?: () => Date;
}

/** One cell's input as the API or a user hands it over. */
export type CellInput = string | number | boolean | null | undefined;

export class FakeWorkbook {
  sheets: SheetData[] = [];
  activeSheetId = "";
  selection: { sheetId: string; range: CellRange } | undefined;
  comments: CommentData[] = [];
  /** Per add-in settings stored in the file (Workbook.settings and Office.context.document.settings), as JSON text. */
  settings: { [key: string]: string } = {};
  readOnly: boolean;
  author: string;
  name = "工作簿1.xlsx";
  /** Application.suspendApiCalculationUntilNextSync is in force. */
  calculationSuspended = false;
  /** Formula cells that need recalculation (while calculation is suspended). */
  private dirty: Array<{ sheetId: string; row: number; col: number }> = [];
  private listeners: ChangeListener[] = [];
  private pending: ChangeRecord[] | undefined;
  private batchDepth = 0;
  private nextId = 1;
  readonly now: () => Date;

  constructor(options: WorkbookOptions = {}) {
    this.readOnly = !!options.readOnly;
    this.author = options.author || "自评表助手";
    this.now = options.now || (() => new Date());
  }

  // ------------------------------------------------------------------ notifications

  /** Listens to every change (batched per API sync / user edit). Returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /** Runs `fn` and notifies listeners once with everything it changed. */
  batch<T>(fn: () => T): T {
    this.batchDepth++;
    if (!this.pending) this.pending = [];
    try {
      return fn();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0) {
        const changes = this.pending || [];
        this.pending = undefined;
        if (changes.length) this.notify(changes);
      }
    }
  }

  emit(change: ChangeRecord): void {
    if (this.pending) this.pending.push(change);
    else this.notify([change]);
  }

  private notify(changes: ChangeRecord[]): void {
    const ls = this.listeners.slice();
    for (let i = 0; i < ls.length; i++) {
      try {
        ls[i](changes);
      } catch (e) {
        // A listener's failure must not break the workbook.
      }
    }
  }

  newId(prefix: string): string {
    return prefix + this.nextId++;
  }

  // ------------------------------------------------------------------ sheets

  addSheet(name: string, options: { id?: string; position?: number; protected?: boolean } = {}): SheetData {
    if (this.findSheet(name)) throw new Error("已有名为“" + name + "”的工作表。");
    const sheet: SheetData = {
      id: options.id || "{" + pad8(this.nextId++) + "-0000-4000-8000-" + pad12(this.sheets.length + 1) + "}",
      name,
      rows: {},
      merges: [],
      columnWidths: {},
      rowHeights: {},
      notes: {},
      conditionalFormats: [],
      protected: !!options.protected,
      visibility: "Visible",
    };
    const at = options.position === undefined ? this.sheets.length : Math.max(0, Math.min(options.position, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    this.emit({ kind: "sheets", sheetId: sheet.id, source: "addin" });
    return sheet;
  }

  removeSheet(sheet: SheetData): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) return;
    this.sheets.splice(i, 1);
    this.comments = this.comments.filter((c) => c.sheetId !== sheet.id);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets.length ? this.sheets[Math.max(0, i - 1)].id : "";
    if (this.selection && this.selection.sheetId === sheet.id) this.selection = undefined;
    this.emit({ kind: "sheets", sheetId: sheet.id, source: "addin" });
  }

  /** By name (case-insensitive, as Excel) or id. */
  findSheet(nameOrId: string): SheetData | undefined {
    const lower = String(nameOrId).toLowerCase();
    for (let i = 0; i < this.sheets.length; i++) if (this.sheets[i].id === nameOrId) return this.sheets[i];
    for (let i = 0; i < this.sheets.length; i++) if (this.sheets[i].name.toLowerCase() === lower) return this.sheets[i];
    return undefined;
  }

  sheet(nameOrId: string): SheetData {
    const s = this.findSheet(nameOrId);
    if (!s) throw new Error("没有名为“" + nameOrId + "”的工作表。");
    return s;
  }

  get activeSheet(): SheetData | undefined {
    return this.findSheet(this.activeSheetId) || this.sheets[0];
  }

  position(sheet: SheetData): number {
    return this.sheets.indexOf(sheet);
  }

  activate(sheet: SheetData, source: ChangeSource = "addin"): void {
    if (this.activeSheetId === sheet.id) return;
    this.activeSheetId = sheet.id;
    this.emit({ kind: "selection", sheetId: sheet.id, source });
  }

  /** Selects `range` (activating its sheet), as Range.select() or a click on the grid. */
  select(sheet: SheetData, range: CellRange, source: ChangeSource = "addin"): void {
    this.activeSheetId = sheet.id;
    this.selection = { sheetId: sheet.id, range: { top: range.top, left: range.left, bottom: range.bottom, right: range.right } };
    this.emit({ kind: "selection", sheetId: sheet.id, range, source });
  }

  /** The selected range on the active sheet (A1 when nothing was selected there yet). */
  selectedRange(): { sheet: SheetData; range: CellRange } | undefined {
    const sheet = this.activeSheet;
    if (!sheet) return undefined;
    if (this.selection && this.selection.sheetId === sheet.id) return { sheet, range: this.selection.range };
    return { sheet, range: { top: 0, left: 0, bottom: 0, right: 0 } };
  }

  // ------------------------------------------------------------------ cells

  getCell(sheet: SheetData, row: number, col: number): CellData | undefined {
    const r = sheet.rows[row];
    return r ? r[col] : undefined;
  }

  ensureCell(sheet: SheetData, row: number, col: number): CellData {
    let r = sheet.rows[row];
    if (!r) r = sheet.rows[row] = {};
    let c = r[col];
    if (!c) c = r[col] = { value: null };
    return c;
  }

  /** Drops a cell that holds nothing (no value, formula or format). */
  compact(sheet: SheetData, row: number, col: number): void {
    const r = sheet.rows[row];
    if (!r) return;
    const c = r[col];
    if (c && isBlankCell(c)) {
      delete r[col];
      let any = false;
      for (const k in r) if (Object.prototype.hasOwnProperty.call(r, k)) any = true;
      if (!any) delete sheet.rows[row];
    }
  }

  /** Calls fn for every stored cell inside `range` (rows, then columns, ascending). */
  eachStoredCell(sheet: SheetData, range: CellRange | undefined, fn: (cell: CellData, row: number, col: number) => void): void {
    const rows = sortedKeys(sheet.rows);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (range && (row < range.top || row > range.bottom)) continue;
      const cols = sortedKeys(sheet.rows[row]);
      for (let j = 0; j < cols.length; j++) {
        const col = cols[j];
        if (range && (col < range.left || col > range.right)) continue;
        const c = sheet.rows[row][col];
        if (c) fn(c, row, col);
      }
    }
  }

  /** Calls fn for every cell of the range, creating cells as needed (writes). */
  eachCell(sheet: SheetData, range: CellRange, fn: (cell: CellData, row: number, col: number) => void): void {
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) {
        fn(this.ensureCell(sheet, row, col), row, col);
        this.compact(sheet, row, col);
      }
    }
  }

  /**
   * Writes one cell as Range.values / Range.formulas do (and as typing does): "=…" is a formula, "'…" text,
   * "12" a number, "8.62%" a percentage (and the cell gets "0.00%" when it was General), "TRUE" a boolean,
   * "#N/A" an error; in a cell formatted as text ("@") every string stays text. null leaves the cell alone.
   * Returns false when the input was null (nothing written). Throws Error("InvalidFormula") for a broken formula.
   */
  writeInput(sheet: SheetData, row: number, col: number, input: CellInput): boolean {
    if (input === null || input === undefined) return false;
    const cell = this.ensureCell(sheet, row, col);
    const format = cell.numberFormat;
    if (typeof input === "number") {
      if (!isFinite(input)) throw new Error("InvalidArgument");
      setConstant(cell, input);
    } else if (typeof input === "boolean") {
      setConstant(cell, input);
    } else {
      const s = String(input);
      if (s === "") setConstant(cell, null);
      else if (format === "@") setConstant(cell, s);
      else if (s.charAt(0) === "'") setConstant(cell, s.slice(1));
      else if (s.charAt(0) === "=" && s.length > 1) {
        if (!isValidFormula(s)) throw new Error("InvalidFormula");
        cell.formula = normaliseFormula(s);
        if (cell.value === undefined) cell.value = null;
      } else {
        const typed = parseTyped(s, format, this.now);
        setConstant(cell, typed.value);
        if (typed.numberFormat && (!format || format === "General")) cell.numberFormat = typed.numberFormat;
      }
    }
    this.compact(sheet, row, col);
    this.markDirty(sheet, row, col);
    return true;
  }

  setNumberFormat(sheet: SheetData, row: number, col: number, format: string | null | undefined): boolean {
    if (format === null || format === undefined) return false;
    const cell = this.ensureCell(sheet, row, col);
    if (format === "General" || format === "") delete cell.numberFormat;
    else cell.numberFormat = String(format);
    this.compact(sheet, row, col);
    return true;
  }

  /**
   * A user typing into a cell of the grid (or a co-author, remote: true): the same parsing as Excel, then
   * recalculation, then a "data" change that the API layer turns into Worksheet.onChanged.
   */
  userEdit(address: string, input: CellInput, options: { sheet?: string; remote?: boolean } = {}): void {
    const parts = splitSheet(address);
    const sheetKey = options.sheet || parts.sheet;
    const sheet = sheetKey ? this.sheet(sheetKey) : this.activeSheet;
    if (!sheet) throw new Error("工作簿中没有工作表。");
    const range = parseArea(parts.local);
    if (!range) throw new Error("不是有效的单元格地址：" + address);
    if (sheet.protected) throw new Error("工作表“" + sheet.name + "”受保护，无法修改单元格。");
    const source: ChangeSource = options.remote ? "remote" : "user";
    this.batch(() => {
      for (let row = range.top; row <= range.bottom; row++) {
        for (let col = range.left; col <= range.right; col++) {
          try {
            this.writeInput(sheet, row, col, input === undefined ? "" : input);
          } catch (e) {
            throw new Error("公式有误：" + String(input));
          }
        }
      }
      this.recalculate();
      this.emit({ kind: "data", sheetId: sheet.id, range, source });
    });
  }

  // ------------------------------------------------------------------ calculation

  markDirty(sheet: SheetData, row: number, col: number): void {
    this.dirty.push({ sheetId: sheet.id, row, col });
  }

  /**
   * Recalculates the formulas that depend on cells changed since the last recalculation (or every formula it can
   * evaluate with `full`). Formulas it cannot evaluate keep their last value. No-op while calculation is suspended,
   * unless forced.
   */
  recalculate(full = false, force = false): void {
    if (this.calculationSuspended && !force) return;
    const changed = this.dirty;
    this.dirty = [];
    if (!full && !changed.length) return;
    const formulas: Array<{ sheet: SheetData; row: number; col: number; cell: CellData; key: string }> = [];
    for (let s = 0; s < this.sheets.length; s++) {
      const sheet = this.sheets[s];
      this.eachStoredCell(sheet, undefined, (cell, row, col) => {
        if (cell.formula) formulas.push({ sheet, row, col, cell, key: sheet.id + "!" + row + "," + col });
      });
    }
    if (!formulas.length) return;
    const affected: { [key: string]: boolean } = {};
    if (full) for (let i = 0; i < formulas.length; i++) affected[formulas[i].key] = true;
    else {
      // Transitive dependents of the changed cells.
      const seeds: Array<{ sheetId: string; row: number; col: number }> = changed.slice();
      const seedKeys: { [key: string]: boolean } = {};
      for (let i = 0; i < changed.length; i++) {
        const k = changed[i].sheetId + "!" + changed[i].row + "," + changed[i].col;
        affected[k] = true;
        seedKeys[k] = true;
      }
      let grew = true;
      while (grew) {
        grew = false;
        for (let i = 0; i < formulas.length; i++) {
          const f = formulas[i];
          if (affected[f.key]) {
            if (!seedKeys[f.key]) {
              seedKeys[f.key] = true;
              seeds.push({ sheetId: f.sheet.id, row: f.row, col: f.col });
              grew = true;
            }
            continue;
          }
          const refs = formulaRefs(f.cell.formula as string);
          for (let j = 0; j < refs.length && !affected[f.key]; j++) {
            const ref = refs[j];
            const refSheet = ref.sheet === undefined ? f.sheet : this.findSheet(ref.sheet);
            if (!refSheet) continue;
            for (let k = 0; k < seeds.length; k++) {
              const sd = seeds[k];
              if (sd.sheetId === refSheet.id && contains(ref, sd.row, sd.col)) {
                affected[f.key] = true;
                grew = true;
                break;
              }
            }
          }
        }
      }
    }
    const done: { [key: string]: boolean } = {};
    const busy: { [key: string]: boolean } = {};
    const byKey: { [key: string]: (typeof formulas)[number] } = {};
    for (let i = 0; i < formulas.length; i++) byKey[formulas[i].key] = formulas[i];
    const self = this;
    const compute = (f: (typeof formulas)[number]): CellScalar => {
      if (done[f.key] || !affected[f.key]) return f.cell.value;
      if (busy[f.key]) return 0; // circular reference: Excel shows 0
      busy[f.key] = true;
      const result = evaluateFormula(f.cell.formula as string, {
        get(sheetName, row, col) {
          const sheet = sheetName === undefined ? f.sheet : self.findSheet(sheetName);
          if (!sheet) return { error: "#REF!" };
          const other = byKey[sheet.id + "!" + row + "," + col];
          if (other) return compute(other);
          const cell = self.getCell(sheet, row, col);
          return cell ? cell.value : null;
        },
      });
      busy[f.key] = false;
      done[f.key] = true;
      if (result.ok) f.cell.value = result.value;
      return f.cell.value;
    };
    for (let i = 0; i < formulas.length; i++) {
      const f = formulas[i];
      if (!affected[f.key] || done[f.key]) continue;
      const before = f.cell.value;
      compute(f);
      if (!sameScalar(before, f.cell.value)) this.emit({ kind: "data", sheetId: f.sheet.id, range: { top: f.row, left: f.col, bottom: f.row, right: f.col }, source: "load" });
    }
  }

  // ------------------------------------------------------------------ reading helpers

  /** Range.text of one cell. */
  textAt(sheet: SheetData, row: number, col: number): string {
    const c = this.getCell(sheet, row, col);
    return c ? displayText(c.value, c.numberFormat) : "";
  }

  /** Worksheet.getUsedRange: cells with a value or formula (valuesOnly) or also any format. Undefined when blank. */
  usedRange(sheet: SheetData, valuesOnly: boolean): CellRange | undefined {
    let r: CellRange | undefined;
    this.eachStoredCell(sheet, undefined, (cell, row, col) => {
      const counts = cell.value !== null || !!cell.formula || (!valuesOnly && !isBlankCell(cell));
      if (!counts) return;
      if (!r) r = { top: row, left: col, bottom: row, right: col };
      else {
        r.top = Math.min(r.top, row);
        r.left = Math.min(r.left, col);
        r.bottom = Math.max(r.bottom, row);
        r.right = Math.max(r.right, col);
      }
    });
    if (!valuesOnly && r) {
      for (let i = 0; i < sheet.merges.length; i++) {
        const m = sheet.merges[i];
        if (intersect(m, r)) r = { top: Math.min(r.top, m.top), left: Math.min(r.left, m.left), bottom: Math.max(r.bottom, m.bottom), right: Math.max(r.right, m.right) };
      }
    }
    return r;
  }

  /** The merged area that covers (row, col), if any. */
  mergeAt(sheet: SheetData, row: number, col: number): CellRange | undefined {
    for (let i = 0; i < sheet.merges.length; i++) if (contains(sheet.merges[i], row, col)) return sheet.merges[i];
    return undefined;
  }

  /** Merges `range` (Range.merge): the top-left value stays, the other cells are cleared, overlapping merges go. */
  merge(sheet: SheetData, range: CellRange, across = false): void {
    const areas: CellRange[] = [];
    if (across) for (let r = range.top; r <= range.bottom; r++) areas.push({ top: r, bottom: r, left: range.left, right: range.right });
    else areas.push(range);
    for (let a = 0; a < areas.length; a++) {
      const area = areas[a];
      if (area.top === area.bottom && area.left === area.right) continue;
      sheet.merges = sheet.merges.filter((m) => !intersect(m, area));
      this.eachStoredCell(sheet, area, (cell, row, col) => {
        if (row === area.top && col === area.left) return;
        cell.value = null;
        delete cell.formula;
        this.markDirty(sheet, row, col);
      });
      sheet.merges.push({ top: area.top, left: area.left, bottom: area.bottom, right: area.right });
    }
    this.emit({ kind: "merge", sheetId: sheet.id, range, source: "addin" });
  }

  unmerge(sheet: SheetData, range: CellRange): void {
    sheet.merges = sheet.merges.filter((m) => !intersect(m, range));
    this.emit({ kind: "merge", sheetId: sheet.id, range, source: "addin" });
  }

  // ------------------------------------------------------------------ whole rows inserted or deleted

  /**
   * Range.insert("Down") on whole rows: rows from `at` move down, with their formats, heights, notes, comments and
   * conditional formats; formulas on every sheet follow (core shiftFormulaRows); merges and ranges spanning the gap
   * grow. The new rows take the formatting of the row above, as Excel's default insert does.
   */
  insertRows(sheet: SheetData, at: number, count: number, source: ChangeSource = "addin"): void {
    this.moveRows(sheet, at, count);
    const above = at > 0 ? sheet.rows[at - 1] : undefined;
    if (above) {
      for (let k = 0; k < count; k++) {
        const row: { [col: number]: CellData } = {};
        for (const key in above) {
          if (!Object.prototype.hasOwnProperty.call(above, key)) continue;
          const format = copyFormat(above[key]);
          if (format) row[+key] = format;
        }
        sheet.rows[at + k] = row;
      }
      if (sheet.rowHeights[at - 1] !== undefined) for (let k = 0; k < count; k++) sheet.rowHeights[at + k] = sheet.rowHeights[at - 1];
    }
    this.afterRowsMoved(sheet, at, source);
  }

  /** Range.delete("Up") on whole rows: the rows go; what is below moves up; references into them become #REF!. */
  deleteRows(sheet: SheetData, at: number, count: number, source: ChangeSource = "addin"): void {
    this.moveRows(sheet, at, -count);
    this.afterRowsMoved(sheet, at, source);
  }

  private moveRows(sheet: SheetData, at: number, delta: number): void {
    const moveRow = (row: number): number | undefined => {
      const span = shiftRowSpan(row, row, at, delta);
      return span && span.top;
    };
    const moveArea = (r: CellRange): CellRange | undefined => {
      const span = shiftRowSpan(r.top, r.bottom, at, delta);
      return span && { top: span.top, bottom: span.bottom, left: r.left, right: r.right };
    };
    const rows: SheetData["rows"] = {};
    const heights: SheetData["rowHeights"] = {};
    for (const key in sheet.rows) {
      if (!Object.prototype.hasOwnProperty.call(sheet.rows, key)) continue;
      const to = moveRow(+key);
      if (to !== undefined) rows[to] = sheet.rows[+key];
    }
    for (const key in sheet.rowHeights) {
      if (!Object.prototype.hasOwnProperty.call(sheet.rowHeights, key)) continue;
      const to = moveRow(+key);
      if (to !== undefined) heights[to] = sheet.rowHeights[+key];
    }
    sheet.rows = rows;
    sheet.rowHeights = heights;
    const merges: CellRange[] = [];
    for (let i = 0; i < sheet.merges.length; i++) {
      const m = moveArea(sheet.merges[i]);
      if (m && (m.top !== m.bottom || m.left !== m.right)) merges.push(m);
    }
    sheet.merges = merges;
    const notes: SheetData["notes"] = {};
    for (const a1 in sheet.notes) {
      if (!Object.prototype.hasOwnProperty.call(sheet.notes, a1)) continue;
      const p = parseArea(a1);
      const to = p && moveRow(p.top);
      if (!p) continue;
      if (to !== undefined) notes[cellA1(to, p.left)] = sheet.notes[a1];
    }
    sheet.notes = notes;
    const kept: CommentData[] = [];
    for (let i = 0; i < this.comments.length; i++) {
      const c = this.comments[i];
      if (c.sheetId !== sheet.id) {
        kept.push(c);
        continue;
      }
      const p = parseArea(c.cell);
      const to = p && moveRow(p.top);
      if (!p) continue;
      if (to === undefined) continue;
      c.cell = cellA1(to, p.left);
      kept.push(c);
    }
    this.comments = kept;
    const cfs: ConditionalFormatData[] = [];
    for (let i = 0; i < sheet.conditionalFormats.length; i++) {
      const cf = sheet.conditionalFormats[i];
      const ranges: CellRange[] = [];
      for (let j = 0; j < cf.ranges.length; j++) {
        const r = moveArea(cf.ranges[j]);
        if (r) ranges.push(r);
      }
      if (!ranges.length) continue;
      cf.ranges = ranges;
      cfs.push(cf);
    }
    sheet.conditionalFormats = cfs;
    if (this.selection && this.selection.sheetId === sheet.id) {
      const r = moveArea(this.selection.range);
      if (r) this.selection.range = r;
    }
    // Formulas everywhere: references to this sheet follow the rows.
    for (let s = 0; s < this.sheets.length; s++) {
      const other = this.sheets[s];
      this.eachStoredCell(other, undefined, (cell) => {
        if (cell.formula) cell.formula = shiftFormulaRows(cell.formula, { sheetName: sheet.name, homeSheet: other.name, at, delta });
      });
    }
  }

  private afterRowsMoved(sheet: SheetData, at: number, source: ChangeSource): void {
    const used = this.usedRange(sheet, false);
    const bottom = Math.max(at, used ? used.bottom : at);
    const right = used ? used.right : 0;
    this.recalculate(true);
    this.emit({ kind: "data", sheetId: sheet.id, range: { top: at, bottom, left: 0, right }, source });
    this.emit({ kind: "merge", sheetId: sheet.id, source });
  }

  // ------------------------------------------------------------------ notes, comments

  commentAt(sheet: SheetData, a1: string): CommentData | undefined {
    for (let i = 0; i < this.comments.length; i++) if (this.comments[i].sheetId === sheet.id && this.comments[i].cell === a1) return this.comments[i];
    return undefined;
  }

  /** Adds a note; throws Error("exists") / Error("comment") when the cell already has a note / a threaded comment. */
  addNote(sheet: SheetData, a1: string, content: string): NoteData {
    if (sheet.notes[a1]) throw new Error("exists");
    if (this.commentAt(sheet, a1)) throw new Error("comment");
    const note: NoteData = { content: String(content), author: this.author };
    sheet.notes[a1] = note;
    this.emit({ kind: "notes", sheetId: sheet.id, range: parseArea(a1), source: "addin" });
    return note;
  }

  deleteNote(sheet: SheetData, a1: string): void {
    if (!sheet.notes[a1]) return;
    delete sheet.notes[a1];
    this.emit({ kind: "notes", sheetId: sheet.id, range: parseArea(a1), source: "addin" });
  }

  addComment(sheet: SheetData, a1: string, content: string, id?: string): CommentData {
    if (this.commentAt(sheet, a1)) throw new Error("exists");
    if (sheet.notes[a1]) throw new Error("note");
    const comment: CommentData = {
      id: id || this.newId("{comment-") + "}",
      sheetId: sheet.id,
      cell: a1,
      content: String(content),
      authorName: this.author,
      authorEmail: "",
      creationDate: this.now().toISOString(),
      resolved: false,
      replies: [],
    };
    this.comments.push(comment);
    this.emit({ kind: "comments", sheetId: sheet.id, range: parseArea(a1), source: "addin" });
    return comment;
  }

  deleteComment(comment: CommentData): void {
    const i = this.comments.indexOf(comment);
    if (i < 0) return;
    this.comments.splice(i, 1);
    this.emit({ kind: "comments", sheetId: comment.sheetId, range: parseArea(comment.cell), source: "addin" });
  }

  // ------------------------------------------------------------------ conditional formats

  conditionalFormatsIn(sheet: SheetData, range: CellRange): ConditionalFormatData[] {
    const out: ConditionalFormatData[] = [];
    for (let i = 0; i < sheet.conditionalFormats.length; i++) {
      const cf = sheet.conditionalFormats[i];
      for (let j = 0; j < cf.ranges.length; j++) {
        if (intersect(cf.ranges[j], range)) {
          out.push(cf);
          break;
        }
      }
    }
    return out;
  }

  findConditionalFormat(id: string): { sheet: SheetData; cf: ConditionalFormatData } | undefined {
    for (let s = 0; s < this.sheets.length; s++) {
      const list = this.sheets[s].conditionalFormats;
      for (let i = 0; i < list.length; i++) if (list[i].id === id) return { sheet: this.sheets[s], cf: list[i] };
    }
    return undefined;
  }

  /** A new rule at the top of the priority list, as Excel adds them. */
  addConditionalFormat(sheet: SheetData, range: CellRange, type: string, id?: string): ConditionalFormatData {
    const cf: ConditionalFormatData = { id: id || this.newId("{cf-") + "}", type, ranges: [range], format: { borders: {} }, stopIfTrue: false };
    if (type === "Custom") cf.formula = "";
    sheet.conditionalFormats.unshift(cf);
    this.emit({ kind: "conditionalFormats", sheetId: sheet.id, range, source: "addin" });
    return cf;
  }

  deleteConditionalFormat(sheet: SheetData, cf: ConditionalFormatData): void {
    const i = sheet.conditionalFormats.indexOf(cf);
    if (i < 0) return;
    sheet.conditionalFormats.splice(i, 1);
    this.emit({ kind: "conditionalFormats", sheetId: sheet.id, range: cf.ranges[0], source: "addin" });
  }

  /**
   * Does a rule apply to a cell? Only what Ziping writes is evaluated: "=TRUE", a formula carrying a ZIPING tag
   * (always true), or a formula without references; anything else is treated as not applying (not rendered).
   */
  conditionApplies(sheet: SheetData, cf: ConditionalFormatData, row: number, col: number): boolean {
    void row;
    void col;
    if (cf.type !== "Custom" || !cf.formula) return false;
    if (/ZIPING/i.test(cf.formula)) return true;
    if (formulaRefs(cf.formula).length) return false;
    const result = evaluateFormula(cf.formula, { get: () => null });
    if (!result.ok) return false;
    const v = result.value;
    return v === true || (typeof v === "number" && v !== 0);
  }

  // ------------------------------------------------------------------ rendering

  /** What the grid shows for a cell: text, effective fill/font/borders (conditional formats overlaid), note, comment. */
  renderCell(sheet: SheetData, row: number, col: number): RenderedCell {
    const cell = this.getCell(sheet, row, col);
    const out: RenderedCell = {
      address: cellA1(row, col),
      text: cell ? displayText(cell.value, cell.numberFormat) : "",
      value: cell ? cell.value : null,
      formula: cell && cell.formula,
      fill: cell && cell.fill ? cell.fill.color : undefined,
      fontColor: cell && cell.font && cell.font.color,
      bold: !!(cell && cell.font && cell.font.bold),
      italic: !!(cell && cell.font && cell.font.italic),
      borders: {},
      alignment: cell && cell.alignment,
      numeric: !!cell && (typeof cell.value === "number" || isErrorValue(cell.value) || typeof cell.value === "boolean"),
    };
    for (let i = 0; i < SIDES.length; i++) {
      const side = SIDES[i];
      let b = cell && cell.borders && cell.borders[side];
      if (!b) {
        // The neighbour's facing border shows on this edge too.
        const nr = side === "top" ? row - 1 : side === "bottom" ? row + 1 : row;
        const nc = side === "left" ? col - 1 : side === "right" ? col + 1 : col;
        const facing: Side = side === "top" ? "bottom" : side === "bottom" ? "top" : side === "left" ? "right" : "left";
        const n = nr >= 0 && nc >= 0 ? this.getCell(sheet, nr, nc) : undefined;
        b = n && n.borders && n.borders[facing];
      }
      if (b) out.borders[side] = { style: b.style, color: b.color, weight: b.weight };
    }
    // Conditional formats: lowest priority first, so the top rule wins.
    const edges: { [edge: string]: Side } = { EdgeTop: "top", EdgeBottom: "bottom", EdgeLeft: "left", EdgeRight: "right" };
    for (let i = sheet.conditionalFormats.length - 1; i >= 0; i--) {
      const cf = sheet.conditionalFormats[i];
      let inside = false;
      for (let j = 0; j < cf.ranges.length && !inside; j++) inside = contains(cf.ranges[j], row, col);
      if (!inside || !this.conditionApplies(sheet, cf, row, col)) continue;
      out.conditional = (out.conditional || []).concat([cf.id]);
      if (cf.format.fill) out.fill = cf.format.fill;
      if (cf.format.fontColor) out.fontColor = cf.format.fontColor;
      if (cf.format.bold !== undefined) out.bold = cf.format.bold;
      if (cf.format.italic !== undefined) out.italic = cf.format.italic;
      if (cf.format.numberFormat && cell) out.text = displayText(cell.value, cf.format.numberFormat);
      for (const edge in cf.format.borders) {
        if (!Object.prototype.hasOwnProperty.call(cf.format.borders, edge) || !edges[edge]) continue;
        const b = cf.format.borders[edge];
        if (!b.style) continue;
        if (b.style === "None") delete out.borders[edges[edge]];
        else out.borders[edges[edge]] = { style: b.style, color: b.color || "#000000", weight: "Thin" };
      }
    }
    const a1 = out.address;
    if (sheet.notes[a1]) out.note = sheet.notes[a1].content;
    const comment = this.commentAt(sheet, a1);
    if (comment) out.comment = comment.content;
    return out;
  }

  /** Column width in pixels (Excel's conversion for the default font: 7 px per character + 5 px padding). */
  columnWidthPx(sheet: SheetData, col: number): number {
    const w = sheet.columnWidths[col];
    return charsToPx(w === undefined ? DEFAULT_COLUMN_WIDTH : w);
  }

  rowHeightPx(sheet: SheetData, row: number): number {
    const h = sheet.rowHeights[row];
    return Math.round(((h === undefined ? DEFAULT_ROW_HEIGHT : h) * 4) / 3);
  }

  // ------------------------------------------------------------------ comparison

  /**
   * Everything of a sheet a user could see or Ziping could change, as canonical JSON: values, formulas, number
   * formats, fills, fonts, borders, alignment, merges, notes, threaded comments, conditional formats.
   */
  snapshot(sheetKey: string): string {
    const sheet = this.sheet(sheetKey);
    const cells: { [a1: string]: CellData } = {};
    this.eachStoredCell(sheet, undefined, (cell, row, col) => {
      if (isBlankCell(cell)) return;
      cells[cellA1(row, col)] = cell;
    });
    const notes: { [a1: string]: string } = {};
    const keys = sortedStrings(sheet.notes);
    for (let i = 0; i < keys.length; i++) notes[keys[i]] = sheet.notes[keys[i]].content;
    const comments = this.comments.filter((c) => c.sheetId === sheet.id).map((c) => [c.cell, c.content]);
    const rules = sheet.conditionalFormats.map((cf) => ({ type: cf.type, ranges: cf.ranges.map(formatArea), formula: cf.formula, format: cf.format }));
    return JSON.stringify({ name: sheet.name, cells, merges: sheet.merges.map(formatArea).sort(), notes, comments, rules });
  }
}

export interface RenderedCell {
  address: string;
  text: string;
  value: CellScalar;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold: boolean;
  italic: boolean;
  borders: { top?: { style: string; color: string; weight: string }; bottom?: { style: string; color: string; weight: string }; left?: { style: string; color: string; weight: string }; right?: { style: string; color: string; weight: string } };
  alignment?: Alignment;
  /** Numbers, booleans and errors align right / centre in Excel. */
  numeric: boolean;
  note?: string;
  comment?: string;
  /** Ids of the conditional formats that apply. */
  conditional?: string[];
}

/** The formatting of a cell without its content (a row inserted below it gets this), or undefined when it has none. */
function copyFormat(c: CellData): CellData | undefined {
  const out: CellData = { value: null };
  let any = false;
  if (c.numberFormat) (out.numberFormat = c.numberFormat), (any = true);
  if (c.fill) (out.fill = JSON.parse(JSON.stringify(c.fill))), (any = true);
  if (c.font) (out.font = JSON.parse(JSON.stringify(c.font))), (any = true);
  if (c.borders) (out.borders = JSON.parse(JSON.stringify(c.borders))), (any = true);
  if (c.alignment) (out.alignment = JSON.parse(JSON.stringify(c.alignment))), (any = true);
  return any ? out : undefined;
}

export function isBlankCell(c: CellData): boolean {
  if (c.value !== null || c.formula) return false;
  if (c.numberFormat && c.numberFormat !== "General") return false;
  if (c.fill || c.alignment) return false;
  if (c.font && hasKeys(c.font)) return false;
  if (c.borders && (c.borders.top || c.borders.bottom || c.borders.left || c.borders.right)) return false;
  return true;
}

function setConstant(cell: CellData, value: CellScalar): void {
  cell.value = value;
  delete cell.formula;
}

export function sameScalar(a: CellScalar, b: CellScalar): boolean {
  if (isErrorValue(a) || isErrorValue(b)) return isErrorValue(a) && isErrorValue(b) && a.error === b.error;
  return a === b;
}

export function charsToPx(chars: number): number {
  return Math.floor(chars * 7 + 5);
}

export function pxToChars(px: number): number {
  return Math.max(0, Math.round(((px - 5) / 7) * 100) / 100);
}

function hasKeys(o: object): boolean {
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k) && (o as { [k: string]: unknown })[k] !== undefined) return true;
  return false;
}

export function sortedKeys(o: { [k: number]: unknown }): number[] {
  const out: number[] = [];
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) out.push(+k);
  out.sort((a, b) => a - b);
  return out;
}

function sortedStrings(o: object): string[] {
  const out: string[] = [];
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) out.push(k);
  out.sort();
  return out;
}

function pad8(n: number): string {
  const s = n.toString(16).toUpperCase();
  return "00000000".slice(s.length) + s;
}

function pad12(n: number): string {
  const s = n.toString(16).toUpperCase();
  return "000000000000".slice(s.length) + s;
}
