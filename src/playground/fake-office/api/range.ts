// Excel.Range, RangeAreas, RangeFormat, RangeFill, RangeFont, RangeBorderCollection, RangeBorder,
// Range.getCellProperties / setCellProperties.
import type { CellRange } from "../address";
import { intersect, parseArea, qualifiedAddress, splitSheet, WHOLE_SHEET } from "../address";
import { normaliseColor } from "../color";
import { ErrorCodes, HostError } from "../errors";
import type { BorderFormat, CellData, FakeWorkbook, FillFormat, SheetData, Side } from "../model";
import { charsToPx, DEFAULT_COLUMN_WIDTH, DEFAULT_FONT, DEFAULT_ROW_HEIGHT, pxToChars, SIDES } from "../model";
import { displayText, isErrorValue } from "../number-text";
import type { SyncEnv } from "./core";
import type { RequestContext } from "./core";
import { ClientObject, ClientResult, declareClass, guardWrite, NULL_TARGET } from "./core";
import { ConditionalFormatCollection } from "./conditional-format";
import { Worksheet } from "./worksheet";

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface RangeTarget {
  sheet: SheetData;
  range: CellRange;
}

const DIMENSION_MESSAGE = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

function model(env: SyncEnv): FakeWorkbook {
  return env.host.model;
}

export class Range extends ClientObject {
  /** Resolves at sync time to { sheet, range } (or NULL_TARGET). */
  static create(ctx: RequestContext, compute: (env: SyncEnv) => RangeTarget | typeof NULL_TARGET, since?: string, location?: string): Range {
    return new Range(ctx, compute, since, location);
  }

  private child(compute: (t: RangeTarget, env: SyncEnv) => RangeTarget | typeof NULL_TARGET, since?: string, location?: string): Range {
    return Range.create(
      this._ctx,
      (env) => {
        const t = this._resolve(env);
        return t === NULL_TARGET ? NULL_TARGET : compute(t, env);
      },
      since,
      location,
    );
  }

  select(): void {
    this._ctx._enqueue(this, "Range.select", undefined, (t: RangeTarget, env) => model(env).select(t.sheet, t.range, "addin"));
  }

  getIntersection(anotherRange: Range | string): Range {
    return this.intersection(anotherRange, false);
  }

  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    return this.intersection(anotherRange, true);
  }

  private intersection(other: Range | string, orNull: boolean): Range {
    this._ctx._check(other);
    const location = orNull ? "Range.getIntersectionOrNullObject" : "Range.getIntersection";
    return this.child(
      (t, env) => {
        const o = otherTarget(t, other, env, location);
        if (o.sheet !== t.sheet) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
        const i = intersect(t.range, o.range);
        if (!i) {
          if (orNull) return NULL_TARGET;
          throw new HostError(ErrorCodes.itemNotFound, undefined, location);
        }
        return { sheet: t.sheet, range: i };
      },
      orNull ? "1.4" : undefined,
      location,
    );
  }

  getBoundingRect(anotherRange: Range | string): Range {
    this._ctx._check(anotherRange);
    return this.child((t, env) => {
      const o = otherTarget(t, anotherRange, env, "Range.getBoundingRect");
      if (o.sheet !== t.sheet) throw new HostError(ErrorCodes.invalidArgument, undefined, "Range.getBoundingRect");
      const a = t.range;
      const b = o.range;
      return { sheet: t.sheet, range: { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) } };
    });
  }

  getCell(row: number, column: number): Range {
    return this.child((t) => {
      const r = t.range.top + row;
      const c = t.range.left + column;
      checkCell(r, c, "Range.getCell");
      return { sheet: t.sheet, range: { top: r, left: c, bottom: r, right: c } };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.child((t) => {
      const r = t.range;
      const out = { top: r.top + rowOffset, left: r.left + columnOffset, bottom: r.bottom + rowOffset, right: r.right + columnOffset };
      checkCell(out.top, out.left, "Range.getOffsetRange");
      checkCell(out.bottom, out.right, "Range.getOffsetRange");
      return { sheet: t.sheet, range: out };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.child(
      (t) => {
        const r = t.range;
        const out = { top: r.top, left: r.left, bottom: r.bottom + deltaRows, right: r.right + deltaColumns };
        if (out.bottom < out.top || out.right < out.left) throw new HostError(ErrorCodes.invalidArgument, undefined, "Range.getResizedRange");
        checkCell(out.bottom, out.right, "Range.getResizedRange");
        return { sheet: t.sheet, range: out };
      },
      "1.7",
      "Range.getResizedRange",
    );
  }

  getRow(row: number): Range {
    return this.child((t) => {
      const r = t.range.top + row;
      if (r > t.range.bottom || row < 0) throw new HostError(ErrorCodes.invalidArgument, undefined, "Range.getRow");
      return { sheet: t.sheet, range: { top: r, bottom: r, left: t.range.left, right: t.range.right } };
    });
  }

  getColumn(column: number): Range {
    return this.child((t) => {
      const c = t.range.left + column;
      if (c > t.range.right || column < 0) throw new HostError(ErrorCodes.invalidArgument, undefined, "Range.getColumn");
      return { sheet: t.sheet, range: { top: t.range.top, bottom: t.range.bottom, left: c, right: c } };
    });
  }

  getEntireRow(): Range {
    return this.child((t) => ({ sheet: t.sheet, range: { top: t.range.top, bottom: t.range.bottom, left: 0, right: WHOLE_SHEET.right } }));
  }

  getEntireColumn(): Range {
    return this.child((t) => ({ sheet: t.sheet, range: { top: 0, bottom: WHOLE_SHEET.bottom, left: t.range.left, right: t.range.right } }));
  }

  getLastCell(): Range {
    return this.child((t) => ({ sheet: t.sheet, range: { top: t.range.bottom, bottom: t.range.bottom, left: t.range.right, right: t.range.right } }));
  }

  getUsedRange(valuesOnly?: boolean): Range {
    return this.child((t, env) => {
      const used = model(env).usedRange(t.sheet, !!valuesOnly);
      const i = used && intersect(used, t.range);
      if (!i) throw new HostError(ErrorCodes.itemNotFound, undefined, "Range.getUsedRange");
      return { sheet: t.sheet, range: i };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this.child(
      (t, env) => {
        const used = model(env).usedRange(t.sheet, !!valuesOnly);
        const i = used && intersect(used, t.range);
        return i ? { sheet: t.sheet, range: i } : NULL_TARGET;
      },
      "1.4",
      "Range.getUsedRangeOrNullObject",
    );
  }

  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(
      this._ctx,
      (env) => {
        const t = this._resolve(env);
        if (t === NULL_TARGET) return NULL_TARGET;
        const areas: CellRange[] = [];
        for (let i = 0; i < t.sheet.merges.length; i++) if (intersect(t.sheet.merges[i], t.range)) areas.push(t.sheet.merges[i]);
        if (areas.length > 512) throw new HostError(ErrorCodes.invalidOperation, "The merged areas count in this range is more than 512.", "Range.getMergedAreasOrNullObject");
        return areas.length ? { sheet: t.sheet, areas } : NULL_TARGET;
      },
      "1.13",
      "Range.getMergedAreasOrNullObject",
    );
  }

  getCellProperties(cellPropertiesLoadOptions: unknown): ClientResult<any[][]> {
    const result = new ClientResult<any[][]>(this._ctx._host);
    this._ctx._enqueue(this, "Range.getCellProperties", "1.9", (t: RangeTarget, env) => {
      const rows = cellProperties(model(env), t, cellPropertiesLoadOptions || {});
      return () => result._set(rows);
    });
    return result;
  }

  setCellProperties(cellPropertiesData: any[][]): void {
    this._ctx._enqueue(this, "Range.setCellProperties", "1.9", (t: RangeTarget, env) => {
      guardWrite(t.sheet, "Range.setCellProperties");
      const data = matrixFor(t.range, cellPropertiesData, "Range.setCellProperties", false);
      const m = model(env);
      m.eachCell(t.sheet, t.range, (cell, row, col) => applyCellProperties(cell, data[row - t.range.top][col - t.range.left], "Range.setCellProperties"));
      m.emit({ kind: "format", sheetId: t.sheet.id, range: t.range, source: "addin" });
    });
  }

  clear(applyTo?: string): void {
    const what = applyTo || "All";
    this._ctx._enqueue(this, "Range.clear", undefined, (t: RangeTarget, env) => {
      if (["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"].indexOf(what) < 0) throw new HostError(ErrorCodes.invalidArgument, undefined, "Range.clear");
      guardWrite(t.sheet, "Range.clear");
      const m = model(env);
      const contents = what === "All" || what === "Contents" || what === "ResetContents";
      const formats = what === "All" || what === "Formats";
      m.eachStoredCell(t.sheet, t.range, (cell, row, col) => {
        if (contents) {
          cell.value = null;
          delete cell.formula;
          m.markDirty(t.sheet, row, col);
        }
        if (formats) {
          delete cell.numberFormat;
          delete cell.fill;
          delete cell.font;
          delete cell.borders;
          delete cell.alignment;
        }
      });
      for (let row = t.range.top; row <= Math.min(t.range.bottom, t.range.top + 100000); row++) {
        const r = t.sheet.rows[row];
        if (!r) continue;
        for (const k in r) if (Object.prototype.hasOwnProperty.call(r, k)) m.compact(t.sheet, row, +k);
      }
      if (contents) m.emit({ kind: "data", sheetId: t.sheet.id, range: t.range, source: "addin" });
      if (formats) m.emit({ kind: "format", sheetId: t.sheet.id, range: t.range, source: "addin" });
    });
  }

  merge(across?: boolean): void {
    this._ctx._enqueue(this, "Range.merge", "1.2", (t: RangeTarget, env) => {
      guardWrite(t.sheet, "Range.merge");
      model(env).merge(t.sheet, t.range, !!across);
    });
  }

  unmerge(): void {
    this._ctx._enqueue(this, "Range.unmerge", "1.2", (t: RangeTarget, env) => {
      guardWrite(t.sheet, "Range.unmerge");
      model(env).unmerge(t.sheet, t.range);
    });
  }

  /** Range.insert("Down") (1.1), modelled for whole rows ("15:15"), which is all Ziping inserts. */
  insert(shift: string): void {
    this._ctx._enqueue(this, "Range.insert", "1.1", (t: RangeTarget, env) => {
      guardWrite(t.sheet, "Range.insert");
      if (shift !== "Down" || !wholeRows(t.range)) throw new HostError(ErrorCodes.invalidArgument, "The fake inserts whole rows only.", "Range.insert");
      model(env).insertRows(t.sheet, t.range.top, t.range.bottom - t.range.top + 1);
    });
  }

  /** Range.delete("Up") (1.1), modelled for whole rows. */
  delete(shift: string): void {
    this._ctx._enqueue(this, "Range.delete", "1.1", (t: RangeTarget, env) => {
      guardWrite(t.sheet, "Range.delete");
      if (shift !== "Up" || !wholeRows(t.range)) throw new HostError(ErrorCodes.invalidArgument, "The fake deletes whole rows only.", "Range.delete");
      model(env).deleteRows(t.sheet, t.range.top, t.range.bottom - t.range.top + 1);
    });
  }

  /** The range as the API reports it, for debugging. */
  get _address(): string | undefined {
    return this._v.address;
  }
}

function checkCell(row: number, col: number, location: string): void {
  if (row < 0 || col < 0 || row > WHOLE_SHEET.bottom || col > WHOLE_SHEET.right) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
}

function otherTarget(t: RangeTarget, other: Range | string, env: SyncEnv, location: string): RangeTarget {
  if (typeof other === "string") {
    const parts = splitSheet(other);
    const area = parseArea(parts.local);
    if (!area) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
    const sheet = parts.sheet ? env.host.model.findSheet(parts.sheet) : t.sheet;
    if (!sheet) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
    return { sheet, range: area };
  }
  const o = other._resolve(env);
  if (o === NULL_TARGET) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
  return o;
}

/** A 2-D input for a range: the same shape, or one value for every cell (Excel's rule for values/formulas/formats). */
function matrixFor(range: CellRange, input: unknown, location: string, scalarAllowed = true): any[][] {
  const rows = range.bottom - range.top + 1;
  const cols = range.right - range.left + 1;
  if (!Array.isArray(input)) {
    if (!scalarAllowed || (input !== null && typeof input === "object")) throw new HostError(ErrorCodes.invalidArgument, DIMENSION_MESSAGE, location);
    if (rows * cols > 5000000) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
    const out: any[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: any[] = [];
      for (let c = 0; c < cols; c++) row.push(input);
      out.push(row);
    }
    return out;
  }
  if (input.length !== rows) throw new HostError(ErrorCodes.invalidArgument, DIMENSION_MESSAGE, location);
  for (let r = 0; r < rows; r++) {
    if (!Array.isArray(input[r]) || input[r].length !== cols) throw new HostError(ErrorCodes.invalidArgument, DIMENSION_MESSAGE, location);
  }
  return input as any[][];
}

function checkScalar(v: unknown, location: string): void {
  if (v === null || v === undefined) return;
  const t = typeof v;
  if (t !== "string" && t !== "number" && t !== "boolean") throw new HostError(ErrorCodes.invalidArgument, undefined, location);
  if (t === "number" && !isFinite(v as number)) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
}

function writeData(t: RangeTarget, input: unknown, env: SyncEnv, location: string): void {
  guardWrite(t.sheet, location);
  const data = matrixFor(t.range, input, location);
  for (let r = 0; r < data.length; r++) for (let c = 0; c < data[r].length; c++) checkScalar(data[r][c], location);
  const m = model(env);
  let wrote = false;
  for (let r = 0; r < data.length; r++) {
    for (let c = 0; c < data[r].length; c++) {
      try {
        if (m.writeInput(t.sheet, t.range.top + r, t.range.left + c, data[r][c])) wrote = true;
      } catch (e) {
        throw new HostError(ErrorCodes.invalidArgument, undefined, location);
      }
    }
  }
  if (wrote) m.emit({ kind: "data", sheetId: t.sheet.id, range: t.range, source: "addin" });
}

function grid<T>(m: FakeWorkbook, t: RangeTarget, fn: (cell: CellData | undefined, row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let row = t.range.top; row <= t.range.bottom; row++) {
    const line: T[] = [];
    for (let col = t.range.left; col <= t.range.right; col++) line.push(fn(m.getCell(t.sheet, row, col), row, col));
    out.push(line);
  }
  return out;
}

function apiValue(cell: CellData | undefined): string | number | boolean {
  if (!cell || cell.value === null) return "";
  if (isErrorValue(cell.value)) return cell.value.error;
  return cell.value;
}

const LOCAL_GENERAL = "G/通用格式";

declareClass(Range, "Range", [
  { name: "address", get: (t: RangeTarget) => qualifiedAddress(t.sheet.name, t.range) },
  { name: "addressLocal", get: (t: RangeTarget) => qualifiedAddress(t.sheet.name, t.range) },
  { name: "cellCount", get: (t: RangeTarget) => (t.range.bottom - t.range.top + 1) * (t.range.right - t.range.left + 1) },
  { name: "rowCount", get: (t: RangeTarget) => t.range.bottom - t.range.top + 1 },
  { name: "columnCount", get: (t: RangeTarget) => t.range.right - t.range.left + 1 },
  { name: "rowIndex", get: (t: RangeTarget) => t.range.top },
  { name: "columnIndex", get: (t: RangeTarget) => t.range.left },
  { name: "isEntireRow", since: "1.7", get: (t: RangeTarget) => t.range.left === 0 && t.range.right === WHOLE_SHEET.right },
  { name: "isEntireColumn", since: "1.7", get: (t: RangeTarget) => t.range.top === 0 && t.range.bottom === WHOLE_SHEET.bottom },
  {
    name: "values",
    cells: true,
    get: (t: RangeTarget, env) => grid(model(env), t, apiValue),
    set: (t: RangeTarget, v, env) => writeData(t, v, env, "Range.values"),
  },
  {
    name: "formulas",
    cells: true,
    get: (t: RangeTarget, env) => grid(model(env), t, (c) => (c && c.formula ? c.formula : apiValue(c))),
    set: (t: RangeTarget, v, env) => writeData(t, v, env, "Range.formulas"),
  },
  {
    name: "formulasLocal",
    cells: true,
    get: (t: RangeTarget, env) => grid(model(env), t, (c) => (c && c.formula ? c.formula : apiValue(c))),
    set: (t: RangeTarget, v, env) => writeData(t, v, env, "Range.formulasLocal"),
  },
  {
    name: "text",
    cells: true,
    get: (t: RangeTarget, env) => grid(model(env), t, (c) => (c ? displayText(c.value, c.numberFormat) : "")),
  },
  {
    name: "numberFormat",
    cells: true,
    get: (t: RangeTarget, env) => grid(model(env), t, (c) => (c && c.numberFormat) || "General"),
    set: (t: RangeTarget, v, env) => writeFormats(t, v, env, "Range.numberFormat", false),
  },
  {
    name: "numberFormatLocal",
    since: "1.7",
    cells: true,
    get: (t: RangeTarget, env) => grid(model(env), t, (c) => (c && c.numberFormat) || LOCAL_GENERAL),
    set: (t: RangeTarget, v, env) => writeFormats(t, v, env, "Range.numberFormatLocal", true),
  },
  {
    name: "valueTypes",
    cells: true,
    get: (t: RangeTarget, env) =>
      grid(model(env), t, (c) => {
        if (!c || c.value === null) return "Empty";
        if (isErrorValue(c.value)) return "Error";
        if (typeof c.value === "number") return "Double";
        if (typeof c.value === "boolean") return "Boolean";
        return "String";
      }),
  },
  {
    name: "worksheet",
    nav: (range: Range) =>
      Worksheet.create(range._ctx, (env) => {
        const t = range._resolve(env);
        return t === NULL_TARGET ? NULL_TARGET : t.sheet;
      }),
  },
  { name: "format", nav: (range: Range) => new RangeFormat(range._ctx, (env) => range._resolve(env)) },
  {
    name: "conditionalFormats",
    since: "1.6",
    nav: (range: Range) => new ConditionalFormatCollection(range._ctx, (env) => range._resolve(env), "1.6", "Range.conditionalFormats"),
  },
]);

function writeFormats(t: RangeTarget, input: unknown, env: SyncEnv, location: string, local: boolean): void {
  guardWrite(t.sheet, location);
  const data = matrixFor(t.range, input, location);
  for (let r = 0; r < data.length; r++) for (let c = 0; c < data[r].length; c++) checkScalar(data[r][c], location);
  const m = model(env);
  for (let r = 0; r < data.length; r++) {
    for (let c = 0; c < data[r].length; c++) {
      let f = data[r][c];
      if (f === null || f === undefined) continue;
      f = String(f);
      if (local && f === LOCAL_GENERAL) f = "General";
      m.setNumberFormat(t.sheet, t.range.top + r, t.range.left + c, f);
    }
  }
  m.emit({ kind: "format", sheetId: t.sheet.id, range: t.range, source: "addin" });
}

// ---------------------------------------------------------------------------------------------------------------

export interface AreasTarget {
  sheet: SheetData;
  areas: CellRange[];
}

export class RangeAreas extends ClientObject {}

declareClass(RangeAreas, "RangeAreas", [
  { name: "address", get: (t: AreasTarget) => t.areas.map((a) => qualifiedAddress(t.sheet.name, a)).join(", ") },
  { name: "addressLocal", get: (t: AreasTarget) => t.areas.map((a) => qualifiedAddress(t.sheet.name, a)).join(", ") },
  { name: "areaCount", get: (t: AreasTarget) => t.areas.length },
  {
    name: "cellCount",
    get: (t: AreasTarget) => {
      let n = 0;
      for (let i = 0; i < t.areas.length; i++) n += (t.areas[i].bottom - t.areas[i].top + 1) * (t.areas[i].right - t.areas[i].left + 1);
      return n;
    },
  },
]);

// ---------------------------------------------------------------------------------------------------------------
// Formats

export class RangeFormat extends ClientObject {
  autofitColumns(): void {
    this._ctx._enqueue(this, "RangeFormat.autofitColumns", "1.2", () => undefined);
  }
  autofitRows(): void {
    this._ctx._enqueue(this, "RangeFormat.autofitRows", "1.2", () => undefined);
  }
}

function uniform<T>(m: FakeWorkbook, t: RangeTarget, fn: (cell: CellData | undefined, row: number, col: number) => T, cap = 100000): T | null {
  let out: T | null = null;
  let first = true;
  let n = 0;
  for (let row = t.range.top; row <= t.range.bottom; row++) {
    for (let col = t.range.left; col <= t.range.right; col++) {
      const v = fn(m.getCell(t.sheet, row, col), row, col);
      if (first) out = v;
      else if (out !== v) return null;
      first = false;
      if (++n > cap) return out; // whole rows / columns: the first cells decide
    }
  }
  return out;
}

function eachCellWrite(t: RangeTarget, env: SyncEnv, location: string, fn: (cell: CellData) => void): void {
  guardWrite(t.sheet, location);
  const m = model(env);
  m.eachCell(t.sheet, clip(t.range), fn);
  m.emit({ kind: "format", sheetId: t.sheet.id, range: t.range, source: "addin" });
}

/** Whole rows / columns: format writes touch the cells in use, not a million rows (a model limit, not Excel's). */
function clip(r: CellRange): CellRange {
  return { top: r.top, left: r.left, bottom: Math.min(r.bottom, r.top + 9999), right: Math.min(r.right, r.left + 255) };
}

const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];

declareClass(RangeFormat, "RangeFormat", [
  {
    name: "columnWidth",
    since: "1.2",
    get: (t: RangeTarget) => {
      let w: number | null = null;
      for (let c = t.range.left; c <= Math.min(t.range.right, t.range.left + 16383); c++) {
        const chars = t.sheet.columnWidths[c] === undefined ? DEFAULT_COLUMN_WIDTH : t.sheet.columnWidths[c];
        const pt = charsToPx(chars) * 0.75;
        if (c === t.range.left) w = pt;
        else if (w !== pt) return null;
      }
      return w;
    },
    set: (t: RangeTarget, v, env) => {
      if (typeof v !== "number" || !(v >= 0)) throw new HostError(ErrorCodes.invalidArgument, undefined, "RangeFormat.columnWidth");
      for (let c = t.range.left; c <= t.range.right; c++) t.sheet.columnWidths[c] = pxToChars(v / 0.75);
      model(env).emit({ kind: "layout", sheetId: t.sheet.id, range: t.range, source: "addin" });
    },
  },
  {
    name: "rowHeight",
    since: "1.2",
    get: (t: RangeTarget) => {
      let h: number | null = null;
      for (let r = t.range.top; r <= Math.min(t.range.bottom, t.range.top + 100000); r++) {
        const pt = t.sheet.rowHeights[r] === undefined ? DEFAULT_ROW_HEIGHT : t.sheet.rowHeights[r];
        if (r === t.range.top) h = pt;
        else if (h !== pt) return null;
      }
      return h;
    },
    set: (t: RangeTarget, v, env) => {
      if (typeof v !== "number" || !(v >= 0)) throw new HostError(ErrorCodes.invalidArgument, undefined, "RangeFormat.rowHeight");
      for (let r = t.range.top; r <= Math.min(t.range.bottom, t.range.top + 100000); r++) t.sheet.rowHeights[r] = v;
      model(env).emit({ kind: "layout", sheetId: t.sheet.id, range: t.range, source: "addin" });
    },
  },
  {
    name: "horizontalAlignment",
    get: (t: RangeTarget, env) => uniform(model(env), t, (c) => (c && c.alignment && c.alignment.horizontal) || "General"),
    set: (t: RangeTarget, v, env) => {
      if (H_ALIGN.indexOf(v) < 0) throw new HostError(ErrorCodes.invalidArgument, undefined, "RangeFormat.horizontalAlignment");
      eachCellWrite(t, env, "RangeFormat.horizontalAlignment", (c) => {
        c.alignment = c.alignment || {};
        if (v === "General") delete c.alignment.horizontal;
        else c.alignment.horizontal = v;
        if (!hasAny(c.alignment)) delete c.alignment;
      });
    },
  },
  {
    name: "verticalAlignment",
    get: (t: RangeTarget, env) => uniform(model(env), t, (c) => (c && c.alignment && c.alignment.vertical) || "Bottom"),
    set: (t: RangeTarget, v, env) => {
      if (V_ALIGN.indexOf(v) < 0) throw new HostError(ErrorCodes.invalidArgument, undefined, "RangeFormat.verticalAlignment");
      eachCellWrite(t, env, "RangeFormat.verticalAlignment", (c) => {
        c.alignment = c.alignment || {};
        if (v === "Bottom") delete c.alignment.vertical;
        else c.alignment.vertical = v;
        if (!hasAny(c.alignment)) delete c.alignment;
      });
    },
  },
  {
    name: "wrapText",
    get: (t: RangeTarget, env) => uniform(model(env), t, (c) => !!(c && c.alignment && c.alignment.wrapText)),
    set: (t: RangeTarget, v, env) =>
      eachCellWrite(t, env, "RangeFormat.wrapText", (c) => {
        c.alignment = c.alignment || {};
        if (v) c.alignment.wrapText = true;
        else delete c.alignment.wrapText;
        if (!hasAny(c.alignment)) delete c.alignment;
      }),
  },
  { name: "fill", nav: (f: RangeFormat) => new RangeFill(f._ctx, (env) => f._resolve(env)) },
  { name: "font", nav: (f: RangeFormat) => new RangeFont(f._ctx, (env) => f._resolve(env)) },
  { name: "borders", nav: (f: RangeFormat) => new RangeBorderCollection(f._ctx, (env) => f._resolve(env)) },
]);

function hasAny(o: object): boolean {
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k) && (o as { [k: string]: unknown })[k] !== undefined) return true;
  return false;
}

export class RangeFill extends ClientObject {
  clear(): void {
    this._ctx._enqueue(this, "RangeFill.clear", undefined, (t: RangeTarget, env) =>
      eachCellWrite(t, env, "RangeFill.clear", (c) => {
        delete c.fill;
      }),
    );
  }
}

export const FILL_PATTERNS = [
  "None",
  "Solid",
  "Gray50",
  "Gray75",
  "Gray25",
  "Horizontal",
  "Vertical",
  "Down",
  "Up",
  "Checker",
  "SemiGray75",
  "LightHorizontal",
  "LightVertical",
  "LightDown",
  "LightUp",
  "Grid",
  "CrissCross",
  "Gray16",
  "Gray8",
  "LinearGradient",
  "RectangularGradient",
];

function color(v: unknown, location: string): string {
  const c = normaliseColor(v);
  if (!c) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
  return c;
}

function tint(v: unknown, location: string): number {
  if (typeof v !== "number" || v < -1 || v > 1) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
  return v;
}

function fillOf(c: CellData): FillFormat {
  return c.fill ? { pattern: c.fill.pattern, color: c.fill.color, patternColor: c.fill.patternColor, tintAndShade: c.fill.tintAndShade, patternTintAndShade: c.fill.patternTintAndShade } : { pattern: "Solid", color: "#FFFFFF" };
}

declareClass(RangeFill, "RangeFill", [
  {
    name: "color",
    // No fill reads as white, as in Excel (ExcelApi 1.1 cannot tell them apart).
    get: (t: RangeTarget, env) => uniform(model(env), t, (c) => (c && c.fill ? c.fill.color : "#FFFFFF")),
    set: (t: RangeTarget, v, env) => {
      const hex = color(v, "RangeFill.color");
      eachCellWrite(t, env, "RangeFill.color", (c) => {
        const f = fillOf(c);
        f.color = hex;
        delete f.tintAndShade;
        c.fill = f;
      });
    },
  },
  {
    name: "pattern",
    since: "1.9",
    get: (t: RangeTarget, env) => uniform(model(env), t, (c) => (c && c.fill ? c.fill.pattern : "None")),
    set: (t: RangeTarget, v, env) => {
      if (FILL_PATTERNS.indexOf(v) < 0) throw new HostError(ErrorCodes.invalidArgument, undefined, "RangeFill.pattern");
      eachCellWrite(t, env, "RangeFill.pattern", (c) => {
        if (v === "None") delete c.fill;
        else {
          const f = fillOf(c);
          f.pattern = v;
          c.fill = f;
        }
      });
    },
  },
  {
    name: "patternColor",
    since: "1.9",
    get: (t: RangeTarget, env) => uniform(model(env), t, (c) => (c && c.fill && c.fill.patternColor) || "#000000"),
    set: (t: RangeTarget, v, env) => {
      const hex = color(v, "RangeFill.patternColor");
      eachCellWrite(t, env, "RangeFill.patternColor", (c) => {
        const f = fillOf(c);
        if (hex === "#000000") delete f.patternColor;
        else f.patternColor = hex;
        c.fill = f;
      });
    },
  },
  {
    name: "tintAndShade",
    since: "1.9",
    get: (t: RangeTarget, env) => uniform(model(env), t, (c) => (c && c.fill && c.fill.tintAndShade) || 0),
    set: (t: RangeTarget, v, env) => {
      const n = tint(v, "RangeFill.tintAndShade");
      eachCellWrite(t, env, "RangeFill.tintAndShade", (c) => {
        if (!c.fill) return;
        c.fill = fillOf(c);
        if (n) c.fill.tintAndShade = n;
        else delete c.fill.tintAndShade;
      });
    },
  },
  {
    name: "patternTintAndShade",
    since: "1.9",
    get: (t: RangeTarget, env) => uniform(model(env), t, (c) => (c && c.fill && c.fill.patternTintAndShade) || 0),
    set: (t: RangeTarget, v, env) => {
      const n = tint(v, "RangeFill.patternTintAndShade");
      eachCellWrite(t, env, "RangeFill.patternTintAndShade", (c) => {
        if (!c.fill) return;
        c.fill = fillOf(c);
        if (n) c.fill.patternTintAndShade = n;
        else delete c.fill.patternTintAndShade;
      });
    },
  },
]);

export class RangeFont extends ClientObject {}

function fontProp(name: "color" | "bold" | "italic" | "name" | "size", dflt: unknown, check: (v: unknown) => unknown) {
  return {
    name,
    get: (t: RangeTarget, env: SyncEnv) => uniform(model(env), t, (c) => (c && c.font && c.font[name] !== undefined ? c.font[name] : dflt)),
    set: (t: RangeTarget, v: unknown, env: SyncEnv) => {
      const value = check(v);
      eachCellWrite(t, env, "RangeFont." + name, (c) => {
        c.font = c.font || {};
        (c.font as { [k: string]: unknown })[name] = value;
        if (name === "color") delete c.font.colorSource;
      });
    },
  };
}

declareClass(RangeFont, "RangeFont", [
  fontProp("color", DEFAULT_FONT.color, (v) => color(v, "RangeFont.color")),
  fontProp("bold", false, (v) => !!v),
  fontProp("italic", false, (v) => !!v),
  fontProp("name", DEFAULT_FONT.name, (v) => {
    if (typeof v !== "string" || !v) throw new HostError(ErrorCodes.invalidArgument, undefined, "RangeFont.name");
    return v;
  }),
  fontProp("size", DEFAULT_FONT.size, (v) => {
    if (typeof v !== "number" || v < 1 || v > 409) throw new HostError(ErrorCodes.invalidArgument, undefined, "RangeFont.size");
    return v;
  }),
  {
    name: "underline",
    get: (t: RangeTarget, env: SyncEnv) => uniform(model(env), t, (c) => (c && c.font && c.font.underline ? "Single" : "None")),
    set: (t: RangeTarget, v: unknown, env: SyncEnv) =>
      eachCellWrite(t, env, "RangeFont.underline", (c) => {
        c.font = c.font || {};
        c.font.underline = v !== "None";
      }),
  },
  {
    name: "strikethrough",
    get: (t: RangeTarget, env: SyncEnv) => uniform(model(env), t, (c) => !!(c && c.font && c.font.strikethrough)),
    set: (t: RangeTarget, v: unknown, env: SyncEnv) =>
      eachCellWrite(t, env, "RangeFont.strikethrough", (c) => {
        c.font = c.font || {};
        c.font.strikethrough = !!v;
      }),
  },
]);

// ---------------------------------------------------------------------------------------------------------------
// Borders

export const BORDER_INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];
export const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
export const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];
const NO_BORDER = { style: "None", color: "#000000", weight: "Thin", tintAndShade: 0 };

export interface EdgeTarget extends RangeTarget {
  edge: string;
}

export class RangeBorderCollection extends ClientObject {
  getItem(index: string): RangeBorder {
    return new RangeBorder(this._ctx, (env) => {
      const t = this._resolve(env);
      if (t === NULL_TARGET) return NULL_TARGET;
      if (BORDER_INDEXES.indexOf(index) < 0) throw new HostError(ErrorCodes.invalidArgument, undefined, "RangeBorderCollection.getItem");
      return { sheet: t.sheet, range: t.range, edge: index };
    });
  }

  getItemAt(index: number): RangeBorder {
    return this.getItem(BORDER_INDEXES[index] || "?");
  }
}

declareClass(
  RangeBorderCollection,
  "RangeBorderCollection",
  [
    { name: "count", get: () => BORDER_INDEXES.length },
    { name: "tintAndShade", since: "1.9", get: () => 0 },
  ],
  (t: RangeTarget, _env, coll: RangeBorderCollection) => BORDER_INDEXES.map((edge) => coll.getItem(edge)),
);

/** The cell sides an edge of a range stands for. */
function sidesOf(edge: string, r: CellRange, row: number, col: number): Side[] {
  const out: Side[] = [];
  if (edge === "EdgeTop" && row === r.top) out.push("top");
  if (edge === "EdgeBottom" && row === r.bottom) out.push("bottom");
  if (edge === "EdgeLeft" && col === r.left) out.push("left");
  if (edge === "EdgeRight" && col === r.right) out.push("right");
  if (edge === "InsideHorizontal") {
    if (row > r.top) out.push("top");
    if (row < r.bottom) out.push("bottom");
  }
  if (edge === "InsideVertical") {
    if (col > r.left) out.push("left");
    if (col < r.right) out.push("right");
  }
  return out;
}

function edgeCells(t: EdgeTarget): CellRange | undefined {
  const r = clip(t.range);
  switch (t.edge) {
    case "EdgeTop":
      return { top: r.top, bottom: r.top, left: r.left, right: r.right };
    case "EdgeBottom":
      return { top: r.bottom, bottom: r.bottom, left: r.left, right: r.right };
    case "EdgeLeft":
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.left };
    case "EdgeRight":
      return { top: r.top, bottom: r.bottom, left: r.right, right: r.right };
    case "InsideHorizontal":
      return r.bottom > r.top ? r : undefined;
    case "InsideVertical":
      return r.right > r.left ? r : undefined;
    default:
      return undefined;
  }
}

function readBorder(t: EdgeTarget, env: SyncEnv, prop: "style" | "color" | "weight" | "tintAndShade"): unknown {
  const cells = edgeCells(t);
  if (!cells) return NO_BORDER[prop];
  const m = model(env);
  let out: unknown = undefined;
  let first = true;
  for (let row = cells.top; row <= cells.bottom; row++) {
    for (let col = cells.left; col <= cells.right; col++) {
      const c = m.getCell(t.sheet, row, col);
      const sides = sidesOf(t.edge, t.range, row, col);
      for (let i = 0; i < sides.length; i++) {
        const b = c && c.borders && c.borders[sides[i]];
        const v = b ? (prop === "tintAndShade" ? b.tintAndShade || 0 : b[prop]) : NO_BORDER[prop];
        if (first) out = v;
        else if (out !== v) return null;
        first = false;
      }
    }
  }
  return first ? NO_BORDER[prop] : out;
}

function writeBorder(t: EdgeTarget, env: SyncEnv, prop: "style" | "color" | "weight" | "tintAndShade", value: unknown): void {
  const location = "RangeBorder." + prop;
  if (t.edge === "DiagonalDown" || t.edge === "DiagonalUp") return; // not modelled
  if (prop === "style" && BORDER_STYLES.indexOf(value as string) < 0) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
  if (prop === "weight" && BORDER_WEIGHTS.indexOf(value as string) < 0) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
  const hex = prop === "color" ? color(value, location) : undefined;
  const n = prop === "tintAndShade" ? tint(value, location) : undefined;
  const cells = edgeCells(t);
  guardWrite(t.sheet, location);
  if (!cells) return;
  const m = model(env);
  m.eachCell(t.sheet, cells, (c, row, col) => {
    const sides = sidesOf(t.edge, t.range, row, col);
    for (let i = 0; i < sides.length; i++) {
      const side = sides[i];
      const borders = c.borders || (c.borders = {});
      if (prop === "style" && value === "None") {
        delete borders[side];
        continue;
      }
      const b: BorderFormat = borders[side] ? { style: borders[side]!.style, color: borders[side]!.color, weight: borders[side]!.weight } : { style: "Continuous", color: "#000000", weight: "Thin" };
      if (borders[side] && borders[side]!.tintAndShade) b.tintAndShade = borders[side]!.tintAndShade;
      if (prop === "style") b.style = value as string;
      if (prop === "weight") b.weight = value as string;
      if (prop === "color") b.color = hex as string;
      if (prop === "tintAndShade") {
        if (n) b.tintAndShade = n;
        else delete b.tintAndShade;
      }
      borders[side] = b;
    }
    if (c.borders && !c.borders.top && !c.borders.bottom && !c.borders.left && !c.borders.right) delete c.borders;
  });
  m.emit({ kind: "format", sheetId: t.sheet.id, range: t.range, source: "addin" });
}

export class RangeBorder extends ClientObject {}

declareClass(RangeBorder, "RangeBorder", [
  { name: "sideIndex", get: (t: EdgeTarget) => t.edge },
  { name: "style", get: (t: EdgeTarget, env) => readBorder(t, env, "style"), set: (t: EdgeTarget, v, env) => writeBorder(t, env, "style", v) },
  { name: "color", get: (t: EdgeTarget, env) => readBorder(t, env, "color"), set: (t: EdgeTarget, v, env) => writeBorder(t, env, "color", v) },
  { name: "weight", get: (t: EdgeTarget, env) => readBorder(t, env, "weight"), set: (t: EdgeTarget, v, env) => writeBorder(t, env, "weight", v) },
  { name: "tintAndShade", since: "1.9", get: (t: EdgeTarget, env) => readBorder(t, env, "tintAndShade"), set: (t: EdgeTarget, v, env) => writeBorder(t, env, "tintAndShade", v) },
]);

// ---------------------------------------------------------------------------------------------------------------
// getCellProperties / setCellProperties (ExcelApi 1.9)

function pick(options: any, full: { [k: string]: unknown }): { [k: string]: unknown } {
  const out: { [k: string]: unknown } = {};
  for (const k in full) if (Object.prototype.hasOwnProperty.call(full, k) && options && (options === true || options[k])) out[k] = full[k];
  return out;
}

function cellProperties(m: FakeWorkbook, t: RangeTarget, options: any): any[][] {
  if ((t.range.bottom - t.range.top + 1) * (t.range.right - t.range.left + 1) > 100000) throw new HostError(ErrorCodes.responsePayloadSizeLimitExceeded, undefined, "Range.getCellProperties");
  return grid(m, t, (c, row, col) => {
    const out: { [k: string]: unknown } = {};
    if (options.address) out.address = qualifiedAddress(t.sheet.name, { top: row, left: col, bottom: row, right: col });
    if (options.addressLocal) out.addressLocal = qualifiedAddress(t.sheet.name, { top: row, left: col, bottom: row, right: col });
    if (options.hidden) out.hidden = false;
    const fo = options.format;
    if (fo) {
      const format: { [k: string]: unknown } = {};
      if (fo.fill) {
        const f = c && c.fill;
        format.fill = pick(fo.fill, f ? { color: f.color, pattern: f.pattern, patternColor: f.patternColor || "#000000", tintAndShade: f.tintAndShade || 0, patternTintAndShade: f.patternTintAndShade || 0 } : { color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 });
      }
      if (fo.font) {
        const f = (c && c.font) || {};
        format.font = pick(fo.font, {
          color: f.color || DEFAULT_FONT.color,
          bold: !!f.bold,
          italic: !!f.italic,
          name: f.name || DEFAULT_FONT.name,
          size: f.size || DEFAULT_FONT.size,
          underline: f.underline ? "Single" : "None",
          strikethrough: !!f.strikethrough,
          tintAndShade: 0,
        });
      }
      if (fo.borders) {
        const borders: { [k: string]: unknown } = {};
        for (let i = 0; i < SIDES.length; i++) {
          const b = c && c.borders && c.borders[SIDES[i]];
          borders[SIDES[i]] = pick(fo.borders, b ? { style: b.style, color: b.color, weight: b.weight, tintAndShade: b.tintAndShade || 0 } : NO_BORDER);
        }
        format.borders = borders;
      }
      if (fo.horizontalAlignment) format.horizontalAlignment = (c && c.alignment && c.alignment.horizontal) || "General";
      if (fo.verticalAlignment) format.verticalAlignment = (c && c.alignment && c.alignment.vertical) || "Bottom";
      if (fo.wrapText) format.wrapText = !!(c && c.alignment && c.alignment.wrapText);
      if (fo.columnWidth) format.columnWidth = charsToPx(t.sheet.columnWidths[col] === undefined ? DEFAULT_COLUMN_WIDTH : t.sheet.columnWidths[col]) * 0.75;
      if (fo.rowHeight) format.rowHeight = t.sheet.rowHeights[row] === undefined ? DEFAULT_ROW_HEIGHT : t.sheet.rowHeights[row];
      out.format = format;
    }
    return out;
  });
}

function applyCellProperties(c: CellData, props: any, location: string): void {
  if (!props || typeof props !== "object") return;
  const fmt = props.format;
  if (!fmt || typeof fmt !== "object") return;
  const fill = fmt.fill;
  if (fill && typeof fill === "object") {
    if (fill.pattern !== undefined && FILL_PATTERNS.indexOf(fill.pattern) < 0) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
    if (fill.pattern === "None") delete c.fill;
    else {
      const f = fillOf(c);
      if (fill.pattern !== undefined) f.pattern = fill.pattern;
      if (fill.color !== undefined) f.color = color(fill.color, location);
      if (fill.patternColor !== undefined) f.patternColor = color(fill.patternColor, location);
      if (fill.tintAndShade !== undefined) f.tintAndShade = tint(fill.tintAndShade, location) || undefined;
      if (fill.patternTintAndShade !== undefined) f.patternTintAndShade = tint(fill.patternTintAndShade, location) || undefined;
      if (f.tintAndShade === undefined) delete f.tintAndShade;
      if (f.patternTintAndShade === undefined) delete f.patternTintAndShade;
      if (f.patternColor === undefined || f.patternColor === "#000000") delete f.patternColor; // black is the default
      c.fill = f;
    }
  }
  const borders = fmt.borders;
  if (borders && typeof borders === "object") {
    for (let i = 0; i < SIDES.length; i++) {
      const side = SIDES[i];
      const b = borders[side];
      if (!b || typeof b !== "object") continue;
      if (b.style !== undefined && BORDER_STYLES.indexOf(b.style) < 0) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
      if (b.weight !== undefined && BORDER_WEIGHTS.indexOf(b.weight) < 0) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
      const all = c.borders || (c.borders = {});
      if (b.style === "None") {
        delete all[side];
        continue;
      }
      const cur = all[side];
      const nb: BorderFormat = cur ? { style: cur.style, color: cur.color, weight: cur.weight } : { style: "Continuous", color: "#000000", weight: "Thin" };
      if (cur && cur.tintAndShade) nb.tintAndShade = cur.tintAndShade;
      if (b.style !== undefined) nb.style = b.style;
      if (b.color !== undefined) nb.color = color(b.color, location);
      if (b.weight !== undefined) nb.weight = b.weight;
      if (b.tintAndShade !== undefined) {
        if (tint(b.tintAndShade, location)) nb.tintAndShade = b.tintAndShade;
        else delete nb.tintAndShade;
      }
      all[side] = nb;
    }
    if (c.borders && !c.borders.top && !c.borders.bottom && !c.borders.left && !c.borders.right) delete c.borders;
  }
  const font = fmt.font;
  if (font && typeof font === "object") {
    const f = c.font || (c.font = {});
    if (font.color !== undefined) {
      f.color = color(font.color, location);
      delete f.colorSource;
    }
    if (font.bold !== undefined) f.bold = !!font.bold;
    if (font.italic !== undefined) f.italic = !!font.italic;
    if (font.name !== undefined) f.name = String(font.name);
    if (font.size !== undefined) f.size = Number(font.size);
  }
  if (fmt.horizontalAlignment !== undefined || fmt.verticalAlignment !== undefined || fmt.wrapText !== undefined) {
    const a = c.alignment || (c.alignment = {});
    if (fmt.horizontalAlignment !== undefined) {
      if (fmt.horizontalAlignment === "General") delete a.horizontal;
      else a.horizontal = fmt.horizontalAlignment;
    }
    if (fmt.verticalAlignment !== undefined) {
      if (fmt.verticalAlignment === "Bottom") delete a.vertical;
      else a.vertical = fmt.verticalAlignment;
    }
    if (fmt.wrapText !== undefined) {
      if (fmt.wrapText) a.wrapText = true;
      else delete a.wrapText;
    }
    if (!hasAny(a)) delete c.alignment;
  }
}

function wholeRows(r: CellRange): boolean {
  return r.left === 0 && r.right === WHOLE_SHEET.right;
}
