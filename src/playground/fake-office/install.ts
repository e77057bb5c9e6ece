// installFakeOffice(window, workbook, { profile }): defines window.Office, window.Excel and window.OfficeExtension over
// a FakeWorkbook before the task-pane bundle runs, so the unmodified pane works in any browser (and in node tests).
import type { HostEnv, StatsSnapshot } from "./api/core";
import { EventHub, Stats } from "./api/core";
import { formatArea } from "./address";
import type { OfficeErrorConstructor } from "./errors";
import { makeErrorClass } from "./errors";
import type { ChangeRecord, FakeWorkbook } from "./model";
import type { DocumentSettings } from "./office";
import { createNamespaces } from "./office";
import type { Profile, ProfileSpec } from "./requirements";
import { resolveProfile } from "./requirements";

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface InstallOptions {
  /** "current" (Microsoft 365, ExcelApi 1.20, the default), "excel2016" (ExcelApi 1.1), "1.9", or a Profile. */
  profile?: ProfileSpec;
  /** Office.context.displayLanguage (default "zh-CN"). */
  displayLanguage?: string;
  /** Office.context.platform (default "PC"). */
  platform?: "PC" | "OfficeOnline" | "Mac";
  partitionKey?: string;
  /** Simulated round-trip time in ms (default 0). */
  latencyMs?: number;
  /** Most cells one sync may load before ResponsePayloadSizeLimitExceeded (default 2 000 000; the web: ~5 MB). */
  payloadCellLimit?: number;
  /** Fail newer-than-profile members when called instead of at sync (office.js's optional client-side check). */
  strictApiCheck?: boolean;
}

export interface FakeOfficeHost {
  Office: any;
  Excel: any;
  OfficeExtension: any;
  workbook: FakeWorkbook;
  readonly profile: Profile;
  /** Switches the requirement-set answers (the pane reads them at start: reload it after switching). */
  setProfile(spec: ProfileSpec): void;
  stats: Stats;
  statsSnapshot(): StatsSnapshot;
  events: EventHub;
  documentSettings: DocumentSettings;
  /** Resolves once every change event raised so far was delivered. */
  idle(): Promise<void>;
  /** Removes the globals again (restoring what was there) and stops listening to the workbook. */
  uninstall(): void;
}

interface WindowLike {
  Office?: unknown;
  Excel?: unknown;
  OfficeExtension?: unknown;
  Error?: ErrorConstructor;
  Promise?: PromiseConstructor;
  setTimeout?: (fn: () => void, ms: number) => unknown;
}

export function installFakeOffice(win: WindowLike | any, workbook: FakeWorkbook, options: InstallOptions = {}): FakeOfficeHost {
  const w = win as WindowLike;
  const PromiseCtor: PromiseConstructor = w.Promise || Promise;
  const timer = w.setTimeout ? (fn: () => void, ms: number) => (w.setTimeout as (f: () => void, m: number) => unknown).call(w, fn, ms) : (fn: () => void, ms: number) => setTimeout(fn, ms);
  const Err: OfficeErrorConstructor = makeErrorClass(w.Error || Error);
  const stats = new Stats();
  let hostRef: HostEnv | undefined;
  const events = new EventHub(() => hostRef as HostEnv);
  const host: HostEnv = {
    model: workbook,
    profile: resolveProfile(options.profile),
    Err,
    stats,
    events,
    payloadCellLimit: options.payloadCellLimit || 2000000,
    latencyMs: options.latencyMs || 0,
    strictApiCheck: !!options.strictApiCheck,
    setTimeout: timer,
  };
  hostRef = host;
  const ns = createNamespaces(host, { displayLanguage: options.displayLanguage || "zh-CN", platform: options.platform || "PC", partitionKey: options.partitionKey }, PromiseCtor);

  // Data changes (add-in writes after their sync, user edits, co-authors) → Worksheet.onChanged, asynchronously.
  const unsubscribe = workbook.subscribe((changes: ChangeRecord[]) => {
    for (let i = 0; i < changes.length; i++) {
      const c = changes[i];
      if (c.kind !== "data" || !c.range || !c.sheetId) continue;
      if (c.source !== "addin" && c.source !== "user" && c.source !== "remote") continue;
      const sheet = workbook.findSheet(c.sheetId);
      if (sheet) events.changed(sheet, formatArea(c.range), c.source);
    }
  });

  const previous = { Office: w.Office, Excel: w.Excel, OfficeExtension: w.OfficeExtension };
  w.Office = ns.Office;
  w.Excel = ns.Excel;
  w.OfficeExtension = ns.OfficeExtension;

  return {
    Office: ns.Office,
    Excel: ns.Excel,
    OfficeExtension: ns.OfficeExtension,
    workbook,
    get profile() {
      return host.profile;
    },
    setProfile(spec: ProfileSpec) {
      host.profile = resolveProfile(spec);
    },
    stats,
    statsSnapshot: () => stats.snapshot(),
    events,
    documentSettings: ns.documentSettings,
    idle: () => events.idle(),
    uninstall() {
      unsubscribe();
      if (w.Office === ns.Office) w.Office = previous.Office;
      if (w.Excel === ns.Excel) w.Excel = previous.Excel;
      if (w.OfficeExtension === ns.OfficeExtension) w.OfficeExtension = previous.OfficeExtension;
    },
  };
}
