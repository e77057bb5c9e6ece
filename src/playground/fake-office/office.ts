// The global namespaces a task pane sees: Office (Common API: onReady, context.requirements, context.document.settings,
// displayLanguage…), Excel (run, RequestContext, enums) and OfficeExtension (Error, Promise, EventHandlerResult…).
import type { HostEnv } from "./api/core";
import { ClientObject, ClientResult, RequestContext } from "./api/core";
import { newRequestContext } from "./api/workbook";
import { EventHandlerResult } from "./api/worksheet";
import { ErrorCodes } from "./errors";
import type { FakeWorkbook } from "./model";
import { isSetSupported } from "./requirements";

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface AsyncResult<T = unknown> {
  status: "succeeded" | "failed";
  value: T;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}

type Callback<T = unknown> = (result: AsyncResult<T>) => void;

/**
 * Office.context.document.settings (Common API): an in-memory copy of the add-in's settings, taken when the add-in
 * starts; set/remove change the copy; saveAsync writes the whole copy back to the workbook (as Office does).
 */
export class DocumentSettings {
  private memory: { [key: string]: string } = {};
  /** saveAsync calls. */
  saves = 0;
  /** Make the next saveAsync fail (tests of the pane's error path). */
  failNextSave = false;

  constructor(
    private readonly workbook: FakeWorkbook,
    private readonly later: (fn: () => void) => void,
  ) {
    this.reload();
  }

  reload(): void {
    this.memory = {};
    for (const k in this.workbook.settings) if (Object.prototype.hasOwnProperty.call(this.workbook.settings, k)) this.memory[k] = this.workbook.settings[k];
  }

  get(name: string): unknown {
    if (!Object.prototype.hasOwnProperty.call(this.memory, name)) return null;
    try {
      return JSON.parse(this.memory[name]);
    } catch (e) {
      return this.memory[name];
    }
  }

  set(name: string, value: unknown): void {
    if (typeof name !== "string" || !name) throw new Error("Sys.ArgumentException: name");
    this.memory[name] = JSON.stringify(value === undefined ? null : value);
  }

  remove(name: string): void {
    delete this.memory[name];
  }

  saveAsync(options?: unknown, callback?: Callback<void>): void {
    const cb = typeof options === "function" ? (options as Callback<void>) : callback;
    const asyncContext = options && typeof options === "object" ? (options as { asyncContext?: unknown }).asyncContext : undefined;
    this.saves++;
    const fail = this.failNextSave;
    this.failNextSave = false;
    this.later(() => {
      if (fail) {
        if (cb) cb({ status: "failed", value: undefined, error: { name: "Settings Save Error", message: "保存设置时出错。", code: 5009 }, asyncContext });
        return;
      }
      const bag: { [key: string]: string } = {};
      for (const k in this.memory) if (Object.prototype.hasOwnProperty.call(this.memory, k)) bag[k] = this.memory[k];
      this.workbook.settings = bag;
      this.workbook.emit({ kind: "settings", source: "addin" });
      if (cb) cb({ status: "succeeded", value: undefined, asyncContext });
    });
  }

  refreshAsync(callback?: Callback<DocumentSettings>): void {
    this.later(() => {
      this.reload();
      if (callback) callback({ status: "succeeded", value: this });
    });
  }

  addHandlerAsync(_eventType: string, _handler: unknown, options?: unknown, callback?: Callback<void>): void {
    const cb = typeof options === "function" ? (options as Callback<void>) : callback;
    if (cb) this.later(() => cb({ status: "succeeded", value: undefined }));
  }

  removeHandlerAsync(_eventType: string, options?: unknown, callback?: Callback<void>): void {
    const cb = typeof options === "function" ? (options as Callback<void>) : callback;
    if (cb) this.later(() => cb({ status: "succeeded", value: undefined }));
  }
}

export interface NamespaceOptions {
  displayLanguage: string;
  platform: "PC" | "OfficeOnline" | "Mac";
  /** Office.context.partitionKey (Office on the web partitions localStorage). */
  partitionKey?: string;
}

export interface Namespaces {
  Office: any;
  Excel: any;
  OfficeExtension: any;
  documentSettings: DocumentSettings;
}

export function createNamespaces(host: HostEnv, options: NamespaceOptions, PromiseCtor: PromiseConstructor): Namespaces {
  const later = (fn: () => void) => {
    host.setTimeout(fn, 0);
  };
  const documentSettings = new DocumentSettings(host.model, later);
  const info = { host: "Excel", platform: options.platform };
  let readyPromise: Promise<{ host: string; platform: string }> | undefined;

  const Office: any = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    InitializationReason: { Inserted: "inserted", DocumentOpened: "documentOpened" },
    EventType: { SettingsChanged: "settingsChanged", DocumentSelectionChanged: "documentSelectionChanged" },
    CoercionType: { Text: "text", Matrix: "matrix", Table: "table" },
    context: {
      displayLanguage: options.displayLanguage,
      contentLanguage: options.displayLanguage,
      host: "Excel",
      platform: options.platform,
      partitionKey: options.partitionKey,
      get diagnostics() {
        return { host: "Excel", platform: options.platform, version: host.profile.version };
      },
      officeTheme: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000", isDarkTheme: false },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) => isSetSupported(host.profile, name, minVersion),
      },
      document: {
        settings: documentSettings,
        mode: "readWrite",
        get url() {
          return host.model.name;
        },
      },
      ui: {},
    },
    actions: {
      registered: {} as { [id: string]: unknown },
      associate(id: string, fn: unknown) {
        Office.actions.registered[id] = fn;
      },
    },
    onReady(callback?: (i: { host: string; platform: string }) => void) {
      if (!readyPromise) {
        readyPromise = new PromiseCtor((resolve) => {
          later(() => {
            if (typeof Office.initialize === "function") {
              try {
                Office.initialize("documentOpened");
              } catch (e) {
                /* the page's problem */
              }
            }
            resolve(info);
          });
        });
      }
      if (callback) readyPromise.then((i) => callback(i));
      return readyPromise;
    },
  };

  const ExcelNs: any = {
    run(...args: any[]) {
      return run(host, args, PromiseCtor);
    },
    ErrorCodes: copyCodes(),
    ConditionalFormatType: enumOf("Custom DataBar ColorScale IconSet TopBottom PresetCriteria ContainsText CellValue"),
    BorderIndex: enumOf("EdgeTop EdgeBottom EdgeLeft EdgeRight InsideVertical InsideHorizontal DiagonalDown DiagonalUp"),
    BorderLineStyle: enumOf("None Continuous Dash DashDot DashDotDot Dot Double SlantDashDot"),
    BorderWeight: enumOf("Hairline Thin Medium Thick"),
    CalculationType: enumOf("Recalculate Full FullRebuild"),
    CalculationMode: enumOf("Automatic AutomaticExceptTables Manual"),
    EventSource: enumOf("Local Remote"),
    EventTriggerSource: enumOf("Unknown ThisLocalAddin"),
    DataChangeType: enumOf("Unknown RangeEdited RowInserted RowDeleted ColumnInserted ColumnDeleted CellInserted CellDeleted"),
    RangeValueType: enumOf("Unknown Empty String Integer Double Boolean Error RichValue"),
    FillPattern: enumOf("None Solid Gray50 Gray75 Gray25 Horizontal Vertical Down Up Checker SemiGray75 LightHorizontal LightVertical LightDown LightUp Grid CrissCross Gray16 Gray8 LinearGradient RectangularGradient"),
    SheetVisibility: enumOf("Visible Hidden VeryHidden"),
    ClearApplyTo: enumOf("All Formats Contents Hyperlinks RemoveHyperlinks"),
    HorizontalAlignment: enumOf("General Left Center Right Fill Justify CenterAcrossSelection Distributed"),
    VerticalAlignment: enumOf("Top Center Bottom Justify Distributed"),
  };
  // new Excel.RequestContext(): a context over this host (instanceof works).
  function ExcelRequestContext(this: unknown) {
    return newRequestContext(host);
  }
  ExcelRequestContext.prototype = RequestContext.prototype;
  ExcelNs.RequestContext = ExcelRequestContext;

  const OfficeExtension: any = {
    Error: host.Err,
    ErrorCodes: copyCodes(),
    Promise: PromiseCtor,
    ClientObject,
    ClientResult,
    ClientRequestContext: RequestContext,
    EventHandlerResult,
    TrackedObjects: function TrackedObjects() {
      /* no-op */
    },
    config: { extendedErrorLogging: false },
  };

  return { Office, Excel: ExcelNs, OfficeExtension, documentSettings };
}

function enumOf(names: string): { [k: string]: string } {
  const out: { [k: string]: string } = {};
  const list = names.split(" ");
  for (let i = 0; i < list.length; i++) {
    out[list[i]] = list[i];
    out[list[i].charAt(0).toLowerCase() + list[i].slice(1)] = list[i];
  }
  return out;
}

function copyCodes(): { [k: string]: string } {
  const out: { [k: string]: string } = {};
  for (const k in ErrorCodes) if (Object.prototype.hasOwnProperty.call(ErrorCodes, k)) out[k] = (ErrorCodes as { [k: string]: string })[k];
  return out;
}

/**
 * Excel.run(batch) · Excel.run(options, batch) · Excel.run(context | object | objects, batch), as office.js:
 * the batch must return a promise; when it resolves, pending operations are synced; when it rejects, they are dropped.
 */
export function run(host: HostEnv, args: any[], PromiseCtor: PromiseConstructor): Promise<any> {
  const fail = (code: string, location = "Excel.run") => PromiseCtor.reject(new host.Err({ code, errorLocation: location }));
  let options: { mergeUndoGroup?: boolean; delayForCellEdit?: boolean; previousObjects?: unknown } | undefined;
  let previous: unknown;
  let batch: unknown;
  if (args.length === 1) batch = args[0];
  else if (args.length === 2) {
    const a = args[0];
    if (a instanceof RequestContext || a instanceof ClientObject || Array.isArray(a)) previous = a;
    else if (a && typeof a === "object") {
      options = a;
      previous = (a as { previousObjects?: unknown }).previousObjects;
    } else return fail(ErrorCodes.invalidArgument);
    batch = args[1];
  } else return fail(ErrorCodes.invalidArgument);
  if (typeof batch !== "function") return fail(ErrorCodes.invalidArgument);

  let ctx: RequestContext;
  let fresh = false;
  if (previous !== undefined && previous !== null) {
    if (previous instanceof RequestContext) ctx = previous;
    else if (previous instanceof ClientObject) ctx = previous._ctx;
    else if (Array.isArray(previous)) {
      if (!previous.length || !(previous[0] instanceof ClientObject)) return fail(ErrorCodes.invalidArgument);
      ctx = previous[0]._ctx;
      for (let i = 1; i < previous.length; i++) if (!(previous[i] instanceof ClientObject) || previous[i]._ctx !== ctx) return fail(ErrorCodes.invalidRequestContext);
    } else return fail(ErrorCodes.invalidArgument);
  } else {
    ctx = newRequestContext(host);
    fresh = true;
  }
  if (fresh && options) {
    if (options.mergeUndoGroup) ctx._requires = { version: "1.20", location: "Excel.run(mergeUndoGroup)" };
    else if (options.delayForCellEdit) ctx._requires = { version: "1.11", location: "Excel.run(delayForCellEdit)" };
  }
  const merged = !!(fresh && options && options.mergeUndoGroup);
  host.stats.runs++;
  const start = ctx.roundTrips;
  const finish = () => {
    host.stats.lastRunRoundTrips = ctx.roundTrips - start;
    if (merged) host.stats.mergeUndoGroupRuns++;
    host.stats.changed();
  };
  const fn = batch as (c: RequestContext) => unknown;
  return PromiseCtor.resolve()
    .then(() => {
      const r = fn(ctx) as { then?: unknown } | undefined;
      if (!r || typeof r.then !== "function") throw new host.Err({ code: ErrorCodes.runMustReturnPromise, errorLocation: "Excel.run" });
      return r;
    })
    .then((result) => ctx.sync().then(() => result))
    .then(
      (result) => {
        finish();
        return result;
      },
      (error) => {
        ctx._pending = [];
        finish();
        throw error;
      },
    );
}
