// A small Excel workbook model behind office-addin-mock objects, for testing src/excel.
//
// office-addin-mock (OfficeMockObject) gives load()/sync() semantics: a property reads
// "Error, property was not loaded" until it is loaded and context.sync() ran. It knows nothing about Excel, so this
// file adds what the adapter relies on: addresses, used range, values/formulas/text/number formats, fill and
// borders, conditional formats, notes, comments, settings, protection, events, and per-requirement-set gating.
//
// Faithful to Office.js where it matters for the tests:
// - Writes (property assignments and method calls) are queued in program order and applied at context.sync(),
//   one after another; the first failing operation fails the sync and the rest of the batch is not applied.
// - Loads are resolved at sync time from the model (after the batch's writes).
// - APIs above the fake's ExcelApi version exist in JavaScript (office.js is the latest library) but fail the sync
//   with ApiNotFound, as a host that lacks the requirement set does.
// - Loading more cells than `payloadCellLimit` in one sync fails with ResponsePayloadSizeLimitExceeded (web limit).
// - Writing to a protected sheet fails the sync with AccessDenied.
import { OfficeMockObject } from "office-addin-mock";
import type { CellRange } from "../../src/core/grid";
import { cellAddress, parseCellAddress, parseRangeAddress, rangeAddress } from "../../src/core/grid";
import { compareVersions } from "../../src/excel/features";
import type { DocumentSettingsLike } from "../../src/excel/state";

/* eslint-disable @typescript-eslint/no-explicit-any */

type Scalar = number | string | boolean | null;

export interface FakeBorder {
  style: string;
  color: string;
  weight: string;
  tintAndShade: number;
}

export interface FakeFill {
  pattern: string;
  color: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

export interface FakeCell {
  v: Scalar;
  err?: string;
  f?: string;
  nf: string;
  fill: FakeFill;
  borders: { top: FakeBorder; bottom: FakeBorder; left: FakeBorder; right: FakeBorder };
}

export interface FakeRule {
  id: string;
  address: string;
  type: string;
  formula: string;
  fill: string;
  borders: { [edge: string]: { style: string; color: string } };
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: { [key: string]: FakeCell };
  protected: boolean;
  merges: string[];
  rules: FakeRule[];
  notes: { [address: string]: string };
  handlers: Array<(e: any) => Promise<void> | void>;
  /** Ranges set to wrap text, and column widths in points (Range.format.wrapText / .columnWidth). */
  wrapped: string[];
  columnWidths: { [col: number]: number };
}

export interface FakeComment {
  id: string;
  sheetId: string;
  cell: string;
  content: string;
}

/** Seed for a cell: a value, "=formula" with its result, or an object. */
export type CellSeed =
  | Scalar
  | {
      v?: Scalar;
      err?: string;
      f?: string;
      nf?: string;
      fill?: Partial<FakeFill>;
      borders?: Partial<{ top: Partial<FakeBorder>; bottom: Partial<FakeBorder>; left: Partial<FakeBorder>; right: Partial<FakeBorder> }>;
    };

export interface SheetSeed {
  name: string;
  cells?: { [a1: string]: CellSeed };
  protected?: boolean;
  merges?: string[];
  rules?: Array<Partial<FakeRule> & { address: string }>;
  notes?: { [a1: string]: string };
}

export interface FakeOptions {
  version: string;
  sheets: SheetSeed[];
  active?: string;
  readOnly?: boolean;
  payloadCellLimit?: number;
}

export const NO_FILL: FakeFill = { pattern: "None", color: "#FFFFFF", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };
export const NO_BORDER: FakeBorder = { style: "None", color: "#000000", weight: "Thin", tintAndShade: 0 };

const NOT_LOADED = "Error, property was not loaded";
const NOT_SYNCED = "Error, context.sync() was not called";

const EDGE_KEY: { [edge: string]: "top" | "bottom" | "left" | "right" } = { EdgeTop: "top", EdgeBottom: "bottom", EdgeLeft: "left", EdgeRight: "right" };

class OfficeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

function key(row: number, col: number): string {
  return row + "," + col;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
}

function bareAddress(address: string): string {
  const i = address.lastIndexOf("!");
  return i >= 0 ? address.slice(i + 1) : address;
}

function intersect(a: CellRange, b: CellRange): CellRange | undefined {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : undefined;
}

function newCell(): FakeCell {
  return { v: null, nf: "General", fill: { ...NO_FILL }, borders: { top: { ...NO_BORDER }, bottom: { ...NO_BORDER }, left: { ...NO_BORDER }, right: { ...NO_BORDER } } };
}

function isDefaultFormat(c: FakeCell): boolean {
  return JSON.stringify({ nf: c.nf, fill: c.fill, borders: c.borders }) === JSON.stringify({ nf: "General", fill: NO_FILL, borders: newCell().borders });
}

const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/;

interface Op {
  run: () => void;
  label: string;
}

export class FakeExcel {
  readonly version: string;
  sheets: FakeSheet[] = [];
  comments: FakeComment[] = [];
  settings: { [key: string]: unknown } = {};
  readOnly: boolean;
  active: string;
  payloadCellLimit: number;
  /** context.sync() calls over every context. */
  syncCount = 0;
  /** Applied operations, in order ("values Sheet1!I12", "cf.add Sheet1!I12", …). */
  log: string[] = [];
  /** Excel.run calls made through installGlobal(): the options passed. */
  runs: Array<{ mergeUndoGroup?: boolean } | undefined> = [];
  /** The selected range ("Sheet1!B3"). */
  selection = "";
  /** Formula → result, used when a formula is written (seeded from the initial cells). */
  results: { [formula: string]: Scalar } = {};
  /** Cells whose data was loaded, per successful sync (payload). */
  loadedCells: number[] = [];

  private queue: Op[] = [];
  private failures: OfficeError[] = [];
  private pendingLoads: Array<() => void> = [];
  private internal = false;
  private nextId = 1;

  constructor(options: FakeOptions) {
    this.version = options.version;
    this.readOnly = !!options.readOnly;
    this.payloadCellLimit = options.payloadCellLimit || Infinity;
    for (let i = 0; i < options.sheets.length; i++) this.addSheet(options.sheets[i]);
    this.active = options.active || options.sheets[0].name;
  }

  // ---------- model ----------

  addSheet(seed: SheetSeed): FakeSheet {
    const sheet = this.newSheet(seed);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Workbook structure protection: adding or deleting sheets fails. */
  structureProtected = false;

  newSheet(seed: SheetSeed): FakeSheet {
    const sheet: FakeSheet = {
      id: "{sheet-" + (this.sheets.length + 1) + "}",
      name: seed.name,
      cells: {},
      protected: !!seed.protected,
      merges: seed.merges || [],
      rules: [],
      notes: {},
      handlers: [],
      wrapped: [],
      columnWidths: {},
    };
    const cells = seed.cells || {};
    for (const a in cells) {
      const p = parseCellAddress(a);
      const s = cells[a];
      const c = newCell();
      if (s === null || typeof s !== "object") {
        if (typeof s === "string" && s.charAt(0) === "=") c.f = s;
        else c.v = s;
      } else {
        if (s.v !== undefined) c.v = s.v;
        if (s.err) c.err = s.err;
        if (s.f) {
          c.f = s.f;
          this.results[s.f] = s.v === undefined ? null : s.v;
        }
        if (s.nf) c.nf = s.nf;
        if (s.fill) c.fill = { ...c.fill, ...s.fill };
        if (s.borders) for (const e in s.borders) (c.borders as any)[e] = { ...NO_BORDER, ...(s.borders as any)[e] };
      }
      sheet.cells[key(p.row, p.col)] = c;
    }
    for (const r of seed.rules || []) sheet.rules.push({ id: "user-" + this.nextId++, type: "CellValue", formula: "", fill: "", borders: {}, ...r });
    for (const a in seed.notes || {}) sheet.notes[a] = (seed.notes as any)[a];
    return sheet;
  }

  sheet(nameOrId: string): FakeSheet {
    for (const s of this.sheets) if (s.name === nameOrId || s.id === nameOrId) return s;
    throw new Error("no sheet " + nameOrId);
  }

  cell(sheetName: string, a1: string): FakeCell {
    const s = this.sheet(sheetName);
    const p = parseCellAddress(a1);
    return s.cells[key(p.row, p.col)] || newCell();
  }

  /** A comparable picture of a sheet: values, formulas, number formats, fills, borders, rules, notes, comments. */
  snapshot(sheetName: string): string {
    const s = this.sheet(sheetName);
    const cells: { [k: string]: FakeCell } = {};
    Object.keys(s.cells)
      .sort()
      .forEach((k) => {
        const c = s.cells[k];
        if (c.v === null && !c.f && !c.err && isDefaultFormat(c)) return;
        cells[k] = c;
      });
    const comments = this.comments.filter((c) => c.sheetId === s.id).map((c) => [c.cell, c.content]);
    return JSON.stringify({ cells, rules: s.rules, notes: s.notes, comments });
  }

  /** Simulates the user typing in a cell (no events). */
  type(sheetName: string, a1: string, value: Scalar): void {
    const s = this.sheet(sheetName);
    const p = parseCellAddress(a1);
    const c = s.cells[key(p.row, p.col)] || (s.cells[key(p.row, p.col)] = newCell());
    c.v = value;
    delete c.f;
    delete c.err;
  }

  /** Fires the sheet's onChanged handlers as Excel does after a user edit. */
  async emitChange(sheetName: string, address: string, extra: { [k: string]: unknown } = {}): Promise<void> {
    const s = this.sheet(sheetName);
    for (const h of s.handlers) await h({ address, worksheetId: s.id, changeType: "RangeEdited", source: "Local", type: "WorksheetChanged", ...extra });
  }

  usedRange(s: FakeSheet, valuesOnly: boolean): CellRange | undefined {
    let r: CellRange | undefined;
    for (const k in s.cells) {
      const c = s.cells[k];
      const counts = c.v !== null || !!c.f || !!c.err || (!valuesOnly && !isDefaultFormat(c));
      if (!counts) continue;
      const [row, col] = k.split(",").map(Number);
      if (!r) r = { top: row, left: col, bottom: row, right: col };
      else r = { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) };
    }
    return r;
  }

  // ---------- Office.js surface ----------

  has(version: string): boolean {
    return compareVersions(this.version, version) >= 0;
  }

  /** A new RequestContext on this workbook (a fresh pane / Excel.run). */
  newContext(): any {
    const fake = this;
    const workbook = new OfficeMockObject({
      readOnly: false,
      worksheets: {
        getActiveWorksheet: () => fake.sheetProxy(fake.active),
        getItem: (k: string) => fake.sheetProxy(k),
        add: (name: string) => {
          // The sheet exists from the sync on; ranges taken from the returned proxy write into it.
          const pending = fake.newSheet({ name });
          fake.enqueue("worksheets.add " + name, () => {
            if (fake.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) throw new OfficeError("ItemAlreadyExists", "A sheet named " + name + " exists.");
            if (fake.structureProtected) throw new OfficeError("AccessDenied", "The workbook structure is protected.");
            fake.sheets.push(pending);
          });
          return fake.sheetProxyOf(pending);
        },
        load: (arg: string) => {
          fake.pendingLoads.push(() => {
            workbook.worksheets.items = fake.sheets.map((s) => ({ id: s.id, name: s.name }));
          });
          return arg;
        },
      },
      application: {
        suspendApiCalculationUntilNextSync: fake.gated("1.6", () => fake.enqueue("suspendApiCalculation", () => undefined)),
        suspendScreenUpdatingUntilNextSync: fake.gated("1.9", () => fake.enqueue("suspendScreenUpdating", () => undefined)),
        calculate: (type: string) => fake.enqueue("calculate " + type, () => undefined),
      },
      settings: {
        getItemOrNullObject: fake.gated("1.4", (k: string) => fake.settingProxy(k)),
        add: fake.gated("1.4", (k: string, v: unknown) => {
          fake.enqueue("settings.add " + k, () => {
            fake.settings[k] = v;
          });
        }),
      },
      comments: {
        add: fake.gated("1.10", (address: string, content: string) => {
          fake.enqueue("comments.add " + address, () => {
            const i = address.lastIndexOf("!");
            const sheetName = address.slice(0, i).replace(/^'|'$/g, "").replace(/''/g, "'");
            const s = fake.sheet(sheetName);
            const cell = bareAddress(address);
            if (fake.comments.some((c) => c.sheetId === s.id && c.cell === cell)) throw new OfficeError("InvalidArgument", "cell already has a comment");
            if (s.notes[cell] !== undefined) throw new OfficeError("InvalidArgument", "cell already has a note");
            fake.comments.push({ id: "c" + fake.nextId++, sheetId: s.id, cell, content });
          });
        }),
      },
    }) as any;
    fake.gateLoad(workbook, { readOnly: "1.8" }, () => {
      workbook._properties.get("readOnly")._valueBeforeLoaded = fake.readOnly;
    });
    const context = new OfficeMockObject({ workbook: {} }) as any;
    context.workbook = workbook;
    context._properties.set("workbook", workbook);
    context.sync = async function () {
      return fake.sync(context);
    };
    return context;
  }

  /** Installs a global Excel with run() over fresh contexts; returns a restore function. */
  installGlobal(): () => void {
    const g = global as any;
    const previous = g.Excel;
    const fake = this;
    g.Excel = {
      run: async (a: any, b?: any) => {
        if (typeof a === "function") {
          fake.runs.push(undefined);
          return a(fake.newContext());
        }
        if (a && typeof a.sync === "function") return b(a);
        fake.runs.push(a);
        return b(fake.newContext());
      },
    };
    return () => {
      g.Excel = previous;
    };
  }

  async sync(context: any): Promise<void> {
    this.syncCount++;
    const ops = this.queue;
    const loads = this.pendingLoads;
    const failures = this.failures;
    const batch = this.batchProxies;
    const loaded = this.loadedProxies;
    this.queue = [];
    this.pendingLoads = [];
    this.failures = [];
    this.batchProxies = [];
    this.loadedProxies = [];
    this.writtenCells = [];
    if (failures.length) throw failures[0];
    // Payload: cells loaded in this batch.
    let cells = 0;
    for (const p of batch) cells += p.loadedCellCount ? p.loadedCellCount() : 0;
    if (cells > this.payloadCellLimit) {
      throw new OfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    this.loadedCells.push(cells);
    for (const op of ops) {
      op.run(); // throws OfficeError: the rest of the batch is not applied
      this.log.push(op.label);
    }
    for (const l of loads) l();
    this.internal = true;
    try {
      await OfficeMockObject.prototype.sync.call(context);
      for (const p of loaded) await OfficeMockObject.prototype.sync.call(p);
      for (let i = 0; i < 50; i++) await Promise.resolve();
    } finally {
      this.internal = false;
    }
    const written = this.writtenCells;
    this.writtenCells = [];
    // Excel raises onChanged after the batch for the add-in's own value writes too.
    for (const w of written) {
      const s = this.sheet(w.sheet);
      const extra: { [k: string]: unknown } = this.has("1.14") ? { triggerSource: "ThisLocalAddin" } : {};
      for (const h of s.handlers) await h({ address: w.address, worksheetId: s.id, changeType: "RangeEdited", source: "Local", type: "WorksheetChanged", ...extra });
    }
  }

  private batchProxies: any[] = [];
  private loadedProxies: any[] = [];
  private writtenCells: Array<{ sheet: string; address: string }> = [];

  private fail(code: string, message: string): void {
    this.failures.push(new OfficeError(code, message));
  }

  private enqueue(label: string, run: () => void): void {
    this.queue.push({ label, run });
  }

  /** A method that needs `version`: on older hosts it fails the sync with ApiNotFound. */
  gated<F extends (...args: any[]) => any>(version: string, fn: F): F {
    const fake = this;
    return function (this: any, ...args: any[]) {
      if (!fake.has(version)) {
        fake.fail("ApiNotFound", "The API you are trying to use could not be found (needs ExcelApi " + version + ").");
        return poison();
      }
      return fn.apply(this, args);
    } as F;
  }

  /** Wraps obj.load: gated properties fail on older hosts; `refresh` runs at sync to compute loaded values. */
  private gateLoad(obj: any, gates: { [prop: string]: string }, refresh?: () => void): void {
    const fake = this;
    const original = obj.load.bind(obj);
    obj.load = function (arg?: any) {
      const props = typeof arg === "string" ? arg.split(",").map((p: string) => p.trim().split("/")[0]) : Array.isArray(arg) ? arg : [];
      for (const p of props) if (gates[p] && !fake.has(gates[p])) fake.fail("ApiNotFound", "property " + p + " needs ExcelApi " + gates[p]);
      if (obj.__gateAll && !fake.has(obj.__gateAll)) fake.fail("ApiNotFound", "needs ExcelApi " + obj.__gateAll);
      if (refresh) fake.pendingLoads.push(refresh);
      fake.batchProxies.push(obj);
      fake.loadedProxies.push(obj);
      return original(arg);
    };
  }

  /** Records writes to `props` of a mock object as queued operations (program order). */
  private track(obj: any, props: string[], onWrite: (prop: string, value: any) => void): void {
    const fake = this;
    for (const p of props) {
      let current = obj[p];
      Object.defineProperty(obj, p, {
        configurable: true,
        enumerable: true,
        get: () => current,
        set: (v) => {
          current = v;
          // The mock itself assigns its "not loaded / not synced" markers on load(); those are not writes.
          if (!fake.internal && v !== NOT_LOADED && v !== NOT_SYNCED) onWrite(p, v);
        },
      });
    }
  }

  private setLoaded(obj: any, prop: string, value: any): void {
    const m = obj._properties.get(prop);
    if (m) m._valueBeforeLoaded = value;
  }

  private sheetProxy(k: string): any {
    let s: FakeSheet;
    try {
      s = this.sheet(k);
    } catch (e) {
      this.fail("ItemNotFound", "The requested resource doesn't exist: " + k);
      return poison();
    }
    return this.sheetProxyOf(s);
  }

  sheetProxyOf(s: FakeSheet): any {
    const fake = this;
    const ws = new OfficeMockObject({
      name: s.name,
      id: s.id,
      protection: { protected: s.protected },
      getUsedRange: (valuesOnly?: boolean) => {
        if (valuesOnly !== undefined && !fake.has("1.2")) fake.fail("ApiNotFound", "getUsedRange(valuesOnly) needs ExcelApi 1.2");
        const r = fake.usedRange(s, !!valuesOnly) || { top: 0, left: 0, bottom: 0, right: 0 };
        return fake.rangeProxy(s, r);
      },
      activate: () => fake.enqueue("activate " + s.name, () => (fake.active = s.name)),
      delete: () =>
        fake.enqueue("worksheet.delete " + s.name, () => {
          if (fake.structureProtected) throw new OfficeError("AccessDenied", "The workbook structure is protected.");
          if (fake.sheets.indexOf(s) < 0) throw new OfficeError("ItemNotFound", "The requested resource doesn't exist.");
          fake.sheets = fake.sheets.filter((x) => x !== s);
        }),
      getRange: (address?: string) => fake.rangeProxy(s, address ? parseRangeAddress(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 }),
      notes: {
        add: fake.gated("1.18", (address: string, content: string) => {
          fake.enqueue("notes.add " + address, () => {
            const a = bareAddress(address);
            if (s.notes[a] !== undefined) throw new OfficeError("InvalidArgument", "cell already has a note");
            s.notes[a] = content;
          });
        }),
        getItemOrNullObject: fake.gated("1.18", (address: string) => fake.noteProxy(s, bareAddress(address))),
        load: fake.gated("1.18", (arg: string) => {
          fake.pendingLoads.push(() => {
            ws.notes.items = Object.keys(s.notes).map((a) => ({
              content: s.notes[a],
              delete: () => fake.enqueue("note.delete " + a, () => delete s.notes[a]),
            }));
          });
          return arg;
        }),
      },
      comments: {
        load: fake.gated("1.10", (arg: string) => {
          fake.pendingLoads.push(() => {
            ws.comments.items = fake.comments
              .filter((c) => c.sheetId === s.id)
              .map((c) => ({
                id: c.id,
                content: c.content,
                delete: () => fake.enqueue("comment.delete " + c.cell, () => (fake.comments = fake.comments.filter((x) => x !== c))),
                getLocation: () => fake.rangeProxy(s, parseRangeAddress(c.cell)),
              }));
          });
          return arg;
        }),
      },
      onChanged: {
        add: fake.gated("1.7", (handler: any) => {
          s.handlers.push(handler);
          return {
            context: undefined,
            remove: () => fake.enqueue("onChanged.remove", () => (s.handlers = s.handlers.filter((h) => h !== handler))),
          };
        }),
      },
    }) as any;
    this.gateLoad(ws, {});
    this.gateLoad(ws.protection, {});
    ws.protection.__gateAll = "1.2";
    return ws;
  }

  private settingProxy(k: string): any {
    const fake = this;
    const item = new OfficeMockObject({
      key: k,
      value: "",
      delete: () => fake.enqueue("settings.delete " + k, () => delete fake.settings[k]),
    }) as any;
    this.gateLoad(item, {}, () => {
      item.isNullObject = !(k in fake.settings);
      this.setLoaded(item, "value", k in fake.settings ? fake.settings[k] : undefined);
    });
    return item;
  }

  private noteProxy(s: FakeSheet, a: string): any {
    const item = new OfficeMockObject({ content: "" }) as any;
    this.gateLoad(item, {}, () => {
      item.isNullObject = s.notes[a] === undefined;
      this.setLoaded(item, "content", s.notes[a] === undefined ? undefined : s.notes[a]);
    });
    return item;
  }

  /** Cells of a range, as Excel reports them. */
  private data(s: FakeSheet, r: CellRange) {
    const values: any[][] = [];
    const formulas: any[][] = [];
    const text: any[][] = [];
    const numberFormat: any[][] = [];
    const valueTypes: any[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const v: any[] = [];
      const f: any[] = [];
      const t: any[] = [];
      const n: any[] = [];
      const vt: any[] = [];
      for (let col = r.left; col <= r.right; col++) {
        const c = s.cells[key(row, col)] || newCell();
        const value = c.err ? c.err : c.v === null ? "" : c.v;
        v.push(value);
        f.push(c.f ? c.f : value);
        t.push(formatText(c));
        n.push(c.nf);
        vt.push(c.err ? "Error" : c.v === null ? "Empty" : typeof c.v === "number" ? "Double" : typeof c.v === "boolean" ? "Boolean" : "String");
      }
      values.push(v);
      formulas.push(f);
      text.push(t);
      numberFormat.push(n);
      valueTypes.push(vt);
    }
    return { values, formulas, text, numberFormat, valueTypes };
  }

  private cellsOf(s: FakeSheet, r: CellRange, fn: (c: FakeCell, row: number, col: number) => void): void {
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const k = key(row, col);
        const c = s.cells[k] || (s.cells[k] = newCell());
        fn(c, row, col);
      }
    }
  }

  private guardWrite(s: FakeSheet): void {
    if (s.protected) throw new OfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  }

  private writeScalar(c: FakeCell, x: any, asFormula: boolean): void {
    delete c.err;
    if (typeof x === "string") {
      if (x !== "" && c.nf === "@") {
        // A cell formatted as text keeps what is written as text (no formula, number or prefix handling).
        c.v = x;
        delete c.f;
      } else if (x === "") {
        c.v = null;
        delete c.f;
      } else if (x.charAt(0) === "'") {
        c.v = x.slice(1);
        delete c.f;
      } else if (x.charAt(0) === "=") {
        c.f = x;
        c.v = x in this.results ? this.results[x] : null;
      } else if (ERROR_LITERAL.test(x)) {
        c.err = x;
        c.v = null;
        delete c.f;
      } else if (c.nf !== "@" && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?%?$/i.test(x)) {
        c.v = x.charAt(x.length - 1) === "%" ? parseFloat(x) / 100 : parseFloat(x);
        delete c.f;
      } else if (c.nf !== "@" && /^(TRUE|FALSE)$/i.test(x)) {
        c.v = x.toUpperCase() === "TRUE";
        delete c.f;
      } else {
        c.v = x;
        delete c.f;
      }
    } else {
      c.v = x;
      delete c.f;
    }
    void asFormula;
  }

  private rangeProxy(s: FakeSheet, r: CellRange): any {
    const fake = this;
    const qualified = quoteSheet(s.name) + "!" + rangeAddress(r);
    const whole = r.bottom - r.top > 100000;
    const borderProxy = (edge: string) => {
      const b = new OfficeMockObject({ style: "", color: "", weight: "" }) as any;
      fake.gateLoad(b, {}, () => {
        const k = EDGE_KEY[edge];
        const uniform = (prop: keyof FakeBorder) => {
          let out: any;
          let first = true;
          fake.cellsOf(s, r, (c) => {
            const v = k ? c.borders[k][prop] : null;
            if (first) out = v;
            else if (out !== v) out = null;
            first = false;
          });
          return out;
        };
        fake.setLoaded(b, "style", uniform("style"));
        fake.setLoaded(b, "color", uniform("color"));
        fake.setLoaded(b, "weight", uniform("weight"));
      });
      fake.track(b, ["style", "color", "weight"], (prop, value) => {
        fake.enqueue("border." + prop + " " + edge + " " + qualified, () => {
          fake.guardWrite(s);
          fake.cellsOf(s, r, (c, row, col) => {
            const sides: Array<"top" | "bottom" | "left" | "right"> = [];
            if (edge === "EdgeTop" && row === r.top) sides.push("top");
            if (edge === "EdgeBottom" && row === r.bottom) sides.push("bottom");
            if (edge === "EdgeLeft" && col === r.left) sides.push("left");
            if (edge === "EdgeRight" && col === r.right) sides.push("right");
            if (edge === "InsideHorizontal") {
              if (row > r.top) sides.push("top");
              if (row < r.bottom) sides.push("bottom");
            }
            if (edge === "InsideVertical") {
              if (col > r.left) sides.push("left");
              if (col < r.right) sides.push("right");
            }
            for (const side of sides) {
              if (prop === "style" && value === "None") c.borders[side] = { ...NO_BORDER };
              else (c.borders[side] as any)[prop] = value;
            }
          });
        });
      });
      return b;
    };

    const range = new OfficeMockObject({
      address: qualified,
      rowCount: r.bottom - r.top + 1,
      columnCount: r.right - r.left + 1,
      values: [],
      formulas: [],
      text: [],
      numberFormat: [],
      valueTypes: [],
      format: {
        fill: {
          color: "",
          clear: () =>
            fake.enqueue("fill.clear " + qualified, () => {
              fake.guardWrite(s);
              fake.cellsOf(s, r, (c) => (c.fill = { ...NO_FILL }));
            }),
        },
        borders: { getItem: (edge: string) => borderProxy(edge) },
        wrapText: false,
        columnWidth: 0,
      },
      conditionalFormats: {
        add: fake.gated("1.6", (type: string) => fake.addRule(s, r, type)),
        load: fake.gated("1.6", (arg: string) => {
          fake.pendingLoads.push(() => {
            range.conditionalFormats.items = s.rules
              .filter((rule) => {
                const ra = parseRangeAddress(rule.address);
                return !!intersect(ra, r);
              })
              .map((rule) => ({
                id: rule.id,
                type: rule.type,
                customOrNullObject: rule.type === "Custom" ? { isNullObject: false, rule: { formula: rule.formula } } : { isNullObject: true },
                delete: () => fake.enqueue("cf.delete " + rule.id, () => (s.rules = s.rules.filter((x) => x !== rule))),
              }));
          });
          return arg;
        }),
      },
      select: () => fake.enqueue("select " + qualified, () => (fake.selection = qualified)),
      getIntersection: (other: any) => {
        const o = other.__range as CellRange;
        const i = intersect(r, o);
        if (!i) {
          fake.fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
          return poison();
        }
        return fake.rangeProxy(s, i);
      },
      getIntersectionOrNullObject: fake.gated("1.4", (other: any) => {
        const i = intersect(r, other.__range as CellRange);
        const p = fake.rangeProxy(s, i || r);
        p.isNullObject = !i;
        return p;
      }),
      getMergedAreasOrNullObject: fake.gated("1.13", () => {
        const areas = s.merges.filter((m) => !!intersect(parseRangeAddress(m), r)).map((m) => quoteSheet(s.name) + "!" + m);
        const ra = new OfficeMockObject({ address: "" }) as any;
        fake.gateLoad(ra, {}, () => {
          ra.isNullObject = !areas.length;
          fake.setLoaded(ra, "address", areas.join(", "));
        });
        return ra;
      }),
      getCellProperties: fake.gated("1.9", () => {
        const result: any = { value: undefined };
        fake.pendingLoads.push(() => {
          const rows: any[] = [];
          for (let row = r.top; row <= r.bottom; row++) {
            const out: any[] = [];
            for (let col = r.left; col <= r.right; col++) {
              const c = s.cells[key(row, col)] || newCell();
              out.push({ format: { fill: { ...c.fill }, borders: JSON.parse(JSON.stringify(c.borders)) } });
            }
            rows.push(out);
          }
          result.value = rows;
        });
        return result;
      }),
      setCellProperties: fake.gated("1.9", (props: any[][]) => {
        fake.enqueue("setCellProperties " + qualified, () => {
          fake.guardWrite(s);
          fake.cellsOf(s, r, (c, row, col) => {
            const p = props[row - r.top] && props[row - r.top][col - r.left];
            const fmt = p && p.format;
            if (!fmt) return;
            if (fmt.fill) {
              if (fmt.fill.pattern === "None") c.fill = { ...NO_FILL };
              else {
                const wasNone = c.fill.pattern === "None";
                c.fill = { ...c.fill, ...fmt.fill };
                if (wasNone && !fmt.fill.pattern) c.fill.pattern = "Solid";
              }
            }
            if (fmt.borders) {
              for (const side of ["top", "bottom", "left", "right"] as const) {
                const b = fmt.borders[side];
                if (!b) continue;
                if (b.style === "None") c.borders[side] = { ...NO_BORDER };
                else c.borders[side] = { ...c.borders[side], ...b };
              }
            }
          });
        });
      }),
    }) as any;
    range.__range = r;
    range.loadedCellCount = () => {
      let n = 0;
      for (const p of ["values", "formulas", "text", "numberFormat", "valueTypes"]) {
        const m = range._properties.get(p);
        if (m && m._loaded && m._value === NOT_SYNCED) n = (r.bottom - r.top + 1) * (r.right - r.left + 1);
      }
      return n;
    };
    this.gateLoad(range, {}, () => {
      if (whole) return;
      const d = fake.data(s, r);
      for (const p of ["values", "formulas", "text", "numberFormat", "valueTypes"]) fake.setLoaded(range, p, (d as any)[p]);
      fake.setLoaded(range, "address", qualified);
    });
    this.gateLoad(range.format.fill, {}, () => {
      let color: any;
      let first = true;
      fake.cellsOf(s, r, (c) => {
        if (first) color = c.fill.color;
        else if (color !== c.fill.color) color = null;
        first = false;
      });
      fake.setLoaded(range.format.fill, "color", color);
    });
    this.track(range, ["values", "formulas", "numberFormat"], (prop, value) => {
      fake.enqueue(prop + " " + qualified, () => {
        fake.guardWrite(s);
        fake.cellsOf(s, r, (c, row, col) => {
          const x = value[row - r.top][col - r.left];
          if (prop === "numberFormat") c.nf = x;
          else fake.writeScalar(c, x, prop === "formulas");
        });
        if (prop !== "numberFormat") fake.writtenCells.push({ sheet: s.name, address: rangeAddress(r) });
      });
    });
    this.track(range.format, ["wrapText", "columnWidth"], (prop, value) => {
      if (prop === "columnWidth" && !fake.has("1.2")) fake.fail("ApiNotFound", "RangeFormat.columnWidth needs ExcelApi 1.2");
      fake.enqueue(prop + " " + qualified, () => {
        if (prop === "wrapText" && value) s.wrapped.push(rangeAddress(r));
        if (prop === "columnWidth") for (let col = r.left; col <= r.right; col++) s.columnWidths[col] = value;
      });
    });
    this.track(range.format.fill, ["color"], (_prop, value) => {
      fake.enqueue("fill.color " + qualified, () => {
        fake.guardWrite(s);
        fake.cellsOf(s, r, (c) => (c.fill = { ...c.fill, pattern: "Solid", color: value, tintAndShade: 0 }));
      });
    });
    return range;
  }

  private addRule(s: FakeSheet, r: CellRange, type: string): any {
    const fake = this;
    const rule: FakeRule = { id: "cf-" + this.nextId++, address: rangeAddress(r), type, formula: "", fill: "", borders: {} };
    this.enqueue("cf.add " + rule.address, () => {
      fake.guardWrite(s);
      s.rules.push(rule);
    });
    const cf = new OfficeMockObject({
      id: rule.id,
      type,
      custom: {
        rule: { formula: "" },
        format: {
          fill: { color: "" },
          borders: {
            getItem: (edge: string) => {
              const b = new OfficeMockObject({ style: "", color: "" }) as any;
              fake.track(b, ["style", "color"], (prop, value) => {
                fake.enqueue("cf.border " + edge, () => {
                  rule.borders[edge] = { ...(rule.borders[edge] || { style: "", color: "" }), [prop]: value };
                });
              });
              return b;
            },
          },
        },
      },
    }) as any;
    this.track(cf.custom.rule, ["formula"], (_p, value) => this.enqueue("cf.formula", () => (rule.formula = value)));
    this.track(cf.custom.format.fill, ["color"], (_p, value) => this.enqueue("cf.fill", () => (rule.fill = value)));
    return cf;
  }
}

/** Stands in for any object a failed (gated / missing) call returns: accepts everything, does nothing. */
function poison(): any {
  const handler: ProxyHandler<any> = {
    get: (_t, p) => (p === "then" ? undefined : p === "isNullObject" ? true : poison()),
    set: () => true,
    apply: () => poison(),
  };
  return new Proxy(function () {
    /* poison */
  }, handler);
}

function formatText(c: FakeCell): string {
  if (c.err) return c.err;
  if (c.v === null) return "";
  if (typeof c.v === "boolean") return c.v ? "TRUE" : "FALSE";
  if (typeof c.v === "string") return c.v;
  const pct = /^0(\.(0+))?%$/.exec(c.nf);
  if (pct) return (c.v * 100).toFixed(pct[2] ? pct[2].length : 0) + "%";
  const fixed = /^0(\.(0+))?$/.exec(c.nf);
  if (fixed) return c.v.toFixed(fixed[2] ? fixed[2].length : 0);
  return String(c.v);
}

/** Office.context.document.settings as the Common API behaves: in memory until saveAsync. */
export class FakeDocumentSettings implements DocumentSettingsLike {
  memory: { [k: string]: unknown };
  saves = 0;
  constructor(public persisted: { [k: string]: unknown } = {}) {
    this.memory = { ...persisted };
  }
  get(name: string): unknown {
    return name in this.memory ? this.memory[name] : null;
  }
  set(name: string, value: unknown): void {
    this.memory[name] = value;
  }
  remove(name: string): void {
    delete this.memory[name];
  }
  saveAsync(callback?: (result: { status: unknown }) => void): void {
    this.saves++;
    this.persisted = { ...this.memory };
    if (callback) callback({ status: "succeeded" });
  }
  /** The settings as a reopened pane sees them. */
  reopen(): FakeDocumentSettings {
    return new FakeDocumentSettings(this.persisted);
  }
}

export { NOT_LOADED, NOT_SYNCED, cellAddress };
