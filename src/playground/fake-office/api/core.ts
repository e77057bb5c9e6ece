// The request/response machinery of Excel's JavaScript API, as office.js implements it:
// - Proxy objects stand for workbook objects; methods and property assignments are queued on their RequestContext.
// - load() queues a read; the values arrive at context.sync(). Reading a property that was neither loaded (and
//   synced) nor assigned throws PropertyNotLoaded, synchronously, like office.js.
// - context.sync() runs the queue in order against the workbook (a load sees the writes queued before it); the first
//   failing operation rejects the sync with an OfficeExtension.Error and the rest of the batch is not run (what ran
//   stays applied, as in Excel). An empty queue makes no round trip.
// - Object paths are resolved at sync time: a missing sheet fails with ItemNotFound there, a member of a newer
//   requirement set than the host's fails with ApiNotFound there.
// ES5 only: no Proxy, Map, Set, Symbol; Object.defineProperty accessors on prototypes.
import type { FakeWorkbook, SheetData } from "../model";
import type { ErrorInit, OfficeErrorConstructor, OfficeErrorLike } from "../errors";
import { ErrorCodes, HostError, isHostError } from "../errors";
import type { Profile } from "../requirements";
import { compareVersions } from "../requirements";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** What a path resolves to when an *OrNullObject found nothing. */
export const NULL_TARGET: any = { __null: true };

export interface SyncEnv {
  id: number;
  host: HostEnv;
  commits: Array<() => void>;
  resolved: ClientObject[];
  payloadCells: number;
}

export interface StatsSnapshot {
  /** context.sync() calls (including the one Excel.run makes at the end). */
  syncCalls: number;
  /** Syncs that carried something to Excel: what "往返" counts. */
  roundTrips: number;
  /** Excel.run calls. */
  runs: number;
  /** Round trips of the last finished Excel.run. */
  lastRunRoundTrips: number;
  /** Excel.run({ mergeUndoGroup: true }) calls that finished (one Ctrl+Z step each in Excel). */
  mergeUndoGroupRuns: number;
}

export class Stats implements StatsSnapshot {
  syncCalls = 0;
  roundTrips = 0;
  runs = 0;
  lastRunRoundTrips = 0;
  mergeUndoGroupRuns = 0;
  private listeners: Array<(s: StatsSnapshot) => void> = [];

  snapshot(): StatsSnapshot {
    return { syncCalls: this.syncCalls, roundTrips: this.roundTrips, runs: this.runs, lastRunRoundTrips: this.lastRunRoundTrips, mergeUndoGroupRuns: this.mergeUndoGroupRuns };
  }

  /** Round trips from now on: call the returned function to read them ("2 次往返" for one button press). */
  mark(): () => number {
    const start = this.roundTrips;
    return () => this.roundTrips - start;
  }

  onChange(listener: (s: StatsSnapshot) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  changed(): void {
    const s = this.snapshot();
    const ls = this.listeners.slice();
    for (let i = 0; i < ls.length; i++) {
      try {
        ls[i](s);
      } catch (e) {
        /* a listener's failure is not the API's */
      }
    }
  }
}

/** What every proxy reaches through its context. */
export interface HostEnv {
  model: FakeWorkbook;
  profile: Profile;
  Err: OfficeErrorConstructor;
  stats: Stats;
  events: EventHub;
  /** Most cells one sync may load (Excel on the web: ~5 MB). */
  payloadCellLimit: number;
  /** Simulated round-trip time (0: a microtask). */
  latencyMs: number;
  /** Throw ApiNotFound when a newer member is called (office.js's optional client-side check) instead of at sync. */
  strictApiCheck: boolean;
  setTimeout(fn: () => void, ms: number): unknown;
}

export function hasApi(host: HostEnv, version: string | undefined): boolean {
  return !version || compareVersions(host.profile.excelApi, version) >= 0;
}

export function officeError(host: HostEnv, init: ErrorInit): OfficeErrorLike {
  return new host.Err(init);
}

// ---------------------------------------------------------------------------------------------------------------
// Class metadata

export interface PropDef {
  name: string;
  /** ExcelApi version the property needs. */
  since?: string;
  /** Value for load() (called at sync time on the resolved target). */
  get?: (target: any, env: SyncEnv, obj: any) => unknown;
  /** Write (called at sync time). Absent: read-only. */
  set?: (target: any, value: any, env: SyncEnv, obj: any) => void;
  /** A navigation property: the child proxy. */
  nav?: (obj: any) => ClientObject;
  /** Loading it costs one value per cell of the range (payload). */
  cells?: boolean;
  /** Not part of load() without arguments. */
  noDefault?: boolean;
}

export interface ClassMeta {
  type: string;
  props: { [name: string]: PropDef };
  order: string[];
  /** Collections: the item proxies for a resolved target (called at sync time). */
  items?: (target: any, env: SyncEnv, collection: any) => ClientObject[];
}

/** Declares a proxy class's properties as accessors on its prototype (PropertyNotLoaded, queued writes). */
export function declareClass(ctor: { prototype: any }, type: string, defs: PropDef[], items?: ClassMeta["items"]): void {
  const meta: ClassMeta = { type, props: {}, order: [], items };
  for (let i = 0; i < defs.length; i++) {
    const def = defs[i];
    meta.props[def.name] = def;
    meta.order.push(def.name);
    Object.defineProperty(ctor.prototype, def.name, accessor(type, def));
  }
  if (items) {
    meta.props.items = { name: "items", noDefault: true };
    Object.defineProperty(ctor.prototype, "items", {
      get: function (this: ClientObject) {
        if (Object.prototype.hasOwnProperty.call(this._v, "items")) return this._v.items;
        throw this._notLoaded("items");
      },
      enumerable: true,
      configurable: true,
    });
  }
  ctor.prototype._meta = meta;
}

function accessor(type: string, def: PropDef): PropertyDescriptor {
  if (def.nav) {
    const nav = def.nav;
    return {
      get: function (this: ClientObject) {
        let kid = this._kids[def.name];
        if (!kid) kid = this._kids[def.name] = nav(this);
        return kid;
      },
      enumerable: true,
      configurable: true,
    };
  }
  const d: PropertyDescriptor = {
    get: function (this: ClientObject) {
      if (Object.prototype.hasOwnProperty.call(this._v, def.name)) return this._v[def.name];
      if (this._isNull === true) return null;
      throw this._notLoaded(def.name);
    },
    enumerable: true,
    configurable: true,
  };
  if (def.set) {
    const set = def.set;
    d.set = function (this: ClientObject, value: unknown) {
      this._v[def.name] = value;
      this._ctx._enqueue(this, type + "." + def.name, def.since, (target, env) => set(target, value, env, this));
    };
  }
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// Proxies

export type Compute = (env: SyncEnv) => any;

export class ClientObject {
  _ctx: RequestContext;
  _v: { [name: string]: any } = {};
  _kids: { [name: string]: ClientObject } = {};
  _isNull: boolean | undefined = undefined;
  _meta!: ClassMeta;
  private _compute: Compute;
  private _since: string | undefined;
  private _location: string;
  private _memo: { id: number; target: any } | undefined;

  /**
   * @param compute resolves the object at sync time (may throw HostError; NULL_TARGET for a null object)
   * @param since ExcelApi version of the member that created this object
   * @param location "Worksheet.getRange" — for errors
   */
  constructor(ctx: RequestContext, compute: Compute, since?: string, location?: string) {
    this._ctx = ctx;
    this._compute = compute;
    this._since = since;
    this._location = location || "";
    if (since && ctx._host.strictApiCheck && !hasApi(ctx._host, since)) {
      throw officeError(ctx._host, { code: ErrorCodes.apiNotFound, errorLocation: location });
    }
  }

  get context(): RequestContext {
    return this._ctx;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw this._notLoaded("isNullObject");
    return this._isNull;
  }

  _notLoaded(name: string): OfficeErrorLike {
    return officeError(this._ctx._host, { code: ErrorCodes.propertyNotLoaded, arg: name, errorLocation: this._meta.type + "." + name });
  }

  /** Resolves the object for the running sync (memoised per sync). */
  _resolve(env: SyncEnv): any {
    if (this._memo && this._memo.id === env.id) return this._memo.target;
    if (this._since && !hasApi(env.host, this._since)) throw new HostError(ErrorCodes.apiNotFound, undefined, this._location);
    const target = this._compute(env);
    this._memo = { id: env.id, target };
    env.resolved.push(this);
    return target;
  }

  /** Replaces the path (e.g. a worksheet found by name is afterwards addressed by its id, as office.js does). */
  _repath(compute: Compute): void {
    this._compute = compute;
  }

  load(option?: unknown): this {
    const paths = parseLoadOption(option);
    this._ctx._enqueueLoad(this, paths);
    return this;
  }

  set(properties: { [name: string]: unknown }): void {
    if (!properties || typeof properties !== "object") return;
    for (const k in properties) {
      if (!Object.prototype.hasOwnProperty.call(properties, k)) continue;
      const def = this._meta.props[k];
      if (!def) continue;
      if (def.nav) (this as any)[k].set(properties[k]);
      else if (def.set) (this as any)[k] = properties[k];
    }
  }

  toJSON(): { [name: string]: unknown } {
    const out: { [name: string]: unknown } = {};
    for (const k in this._v) if (Object.prototype.hasOwnProperty.call(this._v, k)) out[k] = k === "items" ? (this._v.items as ClientObject[]).map((i) => i.toJSON()) : this._v[k];
    for (const k in this._kids) if (Object.prototype.hasOwnProperty.call(this._kids, k)) {
      const j = this._kids[k].toJSON();
      if (hasKeys(j)) out[k] = j;
    }
    return out;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** ClientResult<T>: value readable after the sync. */
export class ClientResult<T = unknown> {
  private _loaded = false;
  private _value: T | undefined;
  constructor(private readonly _host: HostEnv) {}
  get value(): T {
    if (!this._loaded) throw officeError(this._host, { code: ErrorCodes.valueNotLoaded, errorLocation: "clientResult.value" });
    return this._value as T;
  }
  _set(value: T): void {
    this._value = value;
    this._loaded = true;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Load options

/** "a,b/c", ["a","b"], {select, expand}, {a: true, b: {c: true}} → ["a", "b/c"]; undefined → [] (all scalars). */
export function parseLoadOption(option: unknown): string[] {
  const out: string[] = [];
  const addList = (s: string) => {
    const parts = s.split(",");
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i].replace(/^\s+|\s+$/g, "").replace(/\./g, "/");
      if (p) out.push(p);
    }
  };
  if (option === undefined || option === null) return out;
  if (typeof option === "string") addList(option);
  else if (Array.isArray(option)) {
    for (let i = 0; i < option.length; i++) if (typeof option[i] === "string") addList(option[i]);
  } else if (typeof option === "object") {
    const o = option as { [k: string]: unknown };
    if (typeof o.select === "string" || typeof o.expand === "string") {
      if (typeof o.select === "string") addList(o.select);
      if (typeof o.expand === "string") addList(o.expand);
    } else flatten(o, "", out);
  }
  return out;
}

function flatten(o: { [k: string]: unknown }, prefix: string, out: string[]): void {
  for (const k in o) {
    if (!Object.prototype.hasOwnProperty.call(o, k) || k === "$all") continue;
    const v = o[k];
    if (v === true) out.push(prefix + k);
    else if (v && typeof v === "object") {
      const inner: string[] = [];
      flatten(v as { [k: string]: unknown }, "", inner);
      if (!inner.length) out.push(prefix + k);
      for (let i = 0; i < inner.length; i++) out.push(prefix + k + "/" + inner[i]);
    }
  }
}

/** Runs a load at sync time; returns the commit that hands the values to the proxies. */
export function performLoad(obj: ClientObject, paths: string[], env: SyncEnv): () => void {
  const meta = obj._meta;
  const target = obj._resolve(env);
  if (target === NULL_TARGET) return () => undefined;
  if (meta.items) {
    const itemPaths: string[] = [];
    for (let i = 0; i < paths.length; i++) {
      const p = paths[i];
      if (p === "items" || p === "items/*" || p === "*") continue;
      itemPaths.push(p.indexOf("items/") === 0 ? p.slice(6) : p);
    }
    const items = meta.items(target, env, obj);
    const commits: Array<() => void> = [];
    for (let i = 0; i < items.length; i++) commits.push(performLoad(items[i], itemPaths, env));
    return () => {
      obj._v.items = items;
      for (let i = 0; i < commits.length; i++) commits[i]();
    };
  }
  const values: { [name: string]: unknown } = {};
  const kidCommits: Array<() => void> = [];
  const scalars: string[] = [];
  const navs: { [name: string]: string[] } = {};
  if (!paths.length) {
    for (let i = 0; i < meta.order.length; i++) {
      const def = meta.props[meta.order[i]];
      if (!def.nav && !def.noDefault && def.get && hasApi(env.host, def.since)) scalars.push(def.name);
    }
  }
  for (let i = 0; i < paths.length; i++) {
    const slash = paths[i].indexOf("/");
    const head = slash < 0 ? paths[i] : paths[i].slice(0, slash);
    const rest = slash < 0 ? "" : paths[i].slice(slash + 1);
    const def = meta.props[head];
    if (!def || (!def.get && !def.nav)) throw new HostError(ErrorCodes.invalidArgument, "The property '" + head + "' does not exist on the object " + meta.type + ".", meta.type + "." + head);
    if (def.nav) {
      if (!navs[head]) navs[head] = [];
      if (rest) navs[head].push(rest);
    } else if (scalars.indexOf(head) < 0) scalars.push(head);
  }
  let countedCells = false;
  for (let i = 0; i < scalars.length; i++) {
    const def = meta.props[scalars[i]];
    if (!hasApi(env.host, def.since)) throw new HostError(ErrorCodes.apiNotFound, undefined, meta.type + "." + def.name);
    if (def.cells && !countedCells) {
      countedCells = true;
      const cells = rangeCells(target);
      env.payloadCells += cells;
      if (env.payloadCells > env.host.payloadCellLimit) throw new HostError(ErrorCodes.responsePayloadSizeLimitExceeded, undefined, meta.type + "." + def.name);
    }
    values[def.name] = copy((def.get as NonNullable<PropDef["get"]>)(target, env, obj));
  }
  for (const name in navs) {
    if (!Object.prototype.hasOwnProperty.call(navs, name)) continue;
    const def = meta.props[name];
    if (!hasApi(env.host, def.since)) throw new HostError(ErrorCodes.apiNotFound, undefined, meta.type + "." + name);
    const kid = (obj as any)[name] as ClientObject;
    kidCommits.push(performLoad(kid, navs[name], env));
  }
  return () => {
    for (const k in values) if (Object.prototype.hasOwnProperty.call(values, k)) obj._v[k] = values[k];
    for (let i = 0; i < kidCommits.length; i++) kidCommits[i]();
  };
}

function rangeCells(target: any): number {
  const r = target && target.range;
  if (!r) return 0;
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** Loaded values are copies: later changes in the workbook do not show through. */
export function copy<T>(v: T): T {
  if (v === null || typeof v !== "object") return v;
  if (v instanceof Date) return new Date(v.getTime()) as unknown as T;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (let i = 0; i < v.length; i++) out.push(copy(v[i]));
    return out as unknown as T;
  }
  const out: { [k: string]: unknown } = {};
  for (const k in v as { [k: string]: unknown }) if (Object.prototype.hasOwnProperty.call(v, k)) out[k] = copy((v as { [k: string]: unknown })[k]);
  return out as T;
}

function hasKeys(o: object): boolean {
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Events (Worksheet.onChanged)

export interface Registration {
  sheetId: string;
  handler: (args: any) => unknown;
  context: RequestContext;
  active: boolean;
}

/** Registered onChanged handlers and the dispatch of change events, asynchronously, after the change. */
export class EventHub {
  registrations: Registration[] = [];
  private queue: Array<() => Promise<void>> = [];
  private running = false;
  private idleWaiters: Array<() => void> = [];
  /** Handler failures (Excel swallows them; tests look here). */
  errors: unknown[] = [];

  constructor(private readonly host: () => HostEnv) {}

  add(reg: Registration): void {
    reg.active = true;
    this.registrations.push(reg);
  }

  remove(reg: Registration): void {
    reg.active = false;
    const i = this.registrations.indexOf(reg);
    if (i >= 0) this.registrations.splice(i, 1);
  }

  /** A data change on a sheet: every handler registered on it gets WorksheetChangedEventArgs, later. */
  changed(sheet: SheetData, address: string, source: "addin" | "user" | "remote"): void {
    const host = this.host();
    const regs = this.registrations.filter((r) => r.sheetId === sheet.id);
    if (!regs.length) return;
    const args: { [k: string]: unknown } = {
      type: "WorksheetChanged",
      address,
      worksheetId: sheet.id,
      changeType: "RangeEdited",
      source: source === "remote" ? "Remote" : "Local",
    };
    if (hasApi(host, "1.14")) args.triggerSource = source === "addin" ? "ThisLocalAddin" : "Unknown";
    for (let i = 0; i < regs.length; i++) {
      const reg = regs[i];
      this.queue.push(() => {
        if (!reg.active) return Promise.resolve(); // removed in the meantime
        try {
          return Promise.resolve(reg.handler(copy(args))).then(
            () => undefined,
            (e) => {
              this.errors.push(e);
            },
          );
        } catch (e) {
          this.errors.push(e);
          return Promise.resolve();
        }
      });
    }
    this.pump();
  }

  private pump(): void {
    if (this.running) return;
    this.running = true;
    this.host().setTimeout(() => this.drain(), 0);
  }

  private drain(): void {
    const next = this.queue.shift();
    if (!next) {
      this.running = false;
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (let i = 0; i < waiters.length; i++) waiters[i]();
      return;
    }
    next().then(
      () => this.drain(),
      () => this.drain(),
    );
  }

  /** Resolves when every event raised so far was delivered (tests, the playground's "settled" state). */
  idle(): Promise<void> {
    if (!this.running && !this.queue.length) return Promise.resolve();
    return new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// RequestContext

interface Action {
  obj: ClientObject | undefined;
  location: string;
  since: string | undefined;
  run: (target: any, env: SyncEnv) => void | (() => void);
  load?: string[];
}

let syncCounter = 0;

export class RequestContext {
  _host: HostEnv;
  _pending: Action[] = [];
  /** Set by Excel.run options that need a newer host (mergeUndoGroup: 1.20). */
  _requires: { version: string; location: string } | undefined;
  /** This context's round trips. */
  roundTrips = 0;
  workbook: any;
  trackedObjects = {
    add: (_o: unknown) => undefined,
    remove: (_o: unknown) => undefined,
  };

  constructor(host: HostEnv, makeWorkbook: (ctx: RequestContext) => any) {
    this._host = host;
    this.workbook = makeWorkbook(this);
  }

  get application(): any {
    return this.workbook.application;
  }

  _enqueue(obj: ClientObject | undefined, location: string, since: string | undefined, run: Action["run"]): void {
    if (since && this._host.strictApiCheck && !hasApi(this._host, since)) throw officeError(this._host, { code: ErrorCodes.apiNotFound, errorLocation: location });
    this._pending.push({ obj, location, since, run });
  }

  _enqueueLoad(obj: ClientObject, paths: string[]): void {
    this._pending.push({ obj, location: obj._meta.type + ".load", since: undefined, run: () => undefined, load: paths });
  }

  /** Throws InvalidRequestContext for a proxy of another context (office.js checks arguments synchronously). */
  _check(obj: unknown): void {
    if (obj instanceof ClientObject && obj._ctx !== this) throw officeError(this._host, { code: ErrorCodes.invalidRequestContext });
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    const host = this._host;
    const actions = this._pending;
    this._pending = [];
    host.stats.syncCalls++;
    if (!actions.length) {
      host.stats.changed();
      return Promise.resolve(passThroughValue as T);
    }
    host.stats.roundTrips++;
    this.roundTrips++;
    host.stats.changed();
    const wait =
      host.latencyMs > 0
        ? new Promise<void>((resolve) => {
            host.setTimeout(resolve, host.latencyMs);
          })
        : Promise.resolve();
    return wait.then(() => {
      const error = this._execute(actions);
      if (error) throw error;
      return passThroughValue as T;
    });
  }

  /** Runs a batch against the workbook; returns the error that stopped it, if any. */
  private _execute(actions: Action[]): OfficeErrorLike | undefined {
    const host = this._host;
    const model = host.model;
    const env: SyncEnv = { id: ++syncCounter, host, commits: [], resolved: [], payloadCells: 0 };
    let failure: OfficeErrorLike | undefined;
    model.batch(() => {
      try {
        if (this._requires && !hasApi(host, this._requires.version)) throw new HostError(ErrorCodes.apiNotFound, undefined, this._requires.location);
        for (let i = 0; i < actions.length; i++) {
          const a = actions[i];
          if (a.since && !hasApi(host, a.since)) throw new HostError(ErrorCodes.apiNotFound, undefined, a.location);
          if (a.load) {
            env.commits.push(performLoad(a.obj as ClientObject, a.load, env));
            continue;
          }
          const target = a.obj ? a.obj._resolve(env) : undefined;
          if (target === NULL_TARGET) throw new HostError(ErrorCodes.itemNotFound, undefined, a.location);
          const commit = a.run(target, env);
          if (commit) env.commits.push(commit);
          model.recalculate();
        }
      } catch (e) {
        failure = this._toOfficeError(e);
      } finally {
        model.calculationSuspended = false;
      }
    });
    if (failure) return failure;
    for (let i = 0; i < env.resolved.length; i++) {
      const obj = env.resolved[i];
      const memo = (obj as any)._memo;
      obj._isNull = !!memo && memo.target === NULL_TARGET;
    }
    for (let i = 0; i < env.commits.length; i++) env.commits[i]();
    return undefined;
  }

  _toOfficeError(e: unknown): OfficeErrorLike {
    if (isHostError(e)) return officeError(this._host, { code: e.code, message: e.message, errorLocation: e.errorLocation, arg: e.arg });
    if (e && typeof e === "object" && (e as { name?: string }).name === "RichApi.Error") return e as OfficeErrorLike;
    return officeError(this._host, { code: ErrorCodes.generalException, message: e instanceof Error ? e.message : String(e), innerError: e });
  }
}

/** Throws AccessDenied when the sheet is protected (writes at sync time). */
export function guardWrite(sheet: SheetData, location: string): void {
  if (sheet.protected) {
    throw new HostError(
      ErrorCodes.accessDenied,
      "The cell or chart you're trying to change is on a protected sheet. To change it, unprotect the sheet. You might be requested to enter a password.",
      location,
    );
  }
}
