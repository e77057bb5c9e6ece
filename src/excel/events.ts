/// <reference types="office-js" />
// Notices when the user edits the checked sheet.
// ExcelApi 1.7+: Worksheet.onChanged, debounced, ignoring Ziping's own writes (by triggerSource "ThisLocalAddin"
// where 1.14 reports it, else by the addresses Ziping wrote in the last seconds — own-writes.ts) → onChange, and the
// pane re-checks. Older Excel: no events; the watcher compares a fingerprint of the sheet (read.ts, one sync) on
// request or every `pollMs`, and reports onStale so the pane shows STALE_MESSAGE.
//
// Office.js used here (ExcelApi requirement set):
//   Worksheet.onChanged.add(handler) (1.7) · EventHandlerResult.remove() / .context · Excel.run(context, batch)
//   WorksheetChangedEventArgs.address, .worksheetId, .changeType, .source (1.7), .triggerSource (1.14)
//   + read.ts (poll mode)
import type { Features } from "./features";
import { isOwnWrite } from "./own-writes";
import { readSheet } from "./read";

export const STALE_MESSAGE = "表格已修改，请重新检查";

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const defaultTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
};

/** The part of WorksheetChangedEventArgs Ziping looks at. */
export interface ChangeEvent {
  address: string;
  worksheetId?: string;
  changeType?: string;
  source?: string;
  triggerSource?: string;
}

/** True when the change came from the user (or a co-author), false for Ziping's own writes. */
export function isUserChange(event: ChangeEvent, sheetKeys: string[], features: Features): boolean {
  if (features.triggerSource && event.triggerSource === "ThisLocalAddin") return false;
  if (event.source === "Remote") return true;
  return !isOwnWrite(sheetKeys, event.address);
}

/** Calls `fn` once, `ms` after the last trigger. */
export class Debouncer {
  private handle: unknown = undefined;
  constructor(
    private readonly fn: () => void,
    private readonly ms: number,
    private readonly timers: Timers = defaultTimers,
  ) {}
  trigger(): void {
    this.cancel();
    this.handle = this.timers.setTimeout(() => {
      this.handle = undefined;
      this.fn();
    }, this.ms);
  }
  cancel(): void {
    if (this.handle !== undefined) this.timers.clearTimeout(this.handle);
    this.handle = undefined;
  }
  get pending(): boolean {
    return this.handle !== undefined;
  }
}

/** Registers `handler` on the sheet's onChanged (1 sync). */
export async function addChangeHandler(
  context: Excel.RequestContext,
  sheetName: string,
  handler: (event: Excel.WorksheetChangedEventArgs) => Promise<void>,
): Promise<{ registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>; sheetId: string; sheetName: string }> {
  const ws = context.workbook.worksheets.getItem(sheetName);
  ws.load("name,id");
  const registration = ws.onChanged.add(handler);
  await context.sync();
  return { registration, sheetId: ws.id, sheetName: ws.name };
}

export interface WatchOptions {
  features: Features;
  sheetName: string;
  /** Events mode: the user edited the sheet (debounced). The pane re-checks. */
  onChange: () => void;
  /** No events: the sheet's content differs from the last check. The pane shows STALE_MESSAGE. */
  onStale?: () => void;
  /** Default 800 ms. */
  debounceMs?: number;
  /** No events: compare the fingerprint every pollMs (0, the default: only when checkNow() is called). */
  pollMs?: number;
  /** Fingerprint of the sheet at the last check (SheetRead.fingerprint). */
  fingerprint?: string;
  timers?: Timers;
}

export interface Watch {
  mode: "events" | "poll" | "manual";
  /** The pane checked again: remember the new fingerprint (poll / manual modes). */
  markChecked(fingerprint: string): void;
  /** Compares the sheet with the last check now (1 read); true and onStale when it changed. Events mode: false. */
  checkNow(): Promise<boolean>;
  stop(): Promise<void>;
}

/** Starts watching `sheetName` (Excel.run; events where ExcelApi 1.7 is there). */
export async function watchSheet(options: WatchOptions): Promise<Watch> {
  const f = options.features;
  const timers = options.timers || defaultTimers;
  if (f.events) {
    const debouncer = new Debouncer(options.onChange, options.debounceMs === undefined ? 800 : options.debounceMs, timers);
    const keys: string[] = [options.sheetName];
    const handler = async (event: Excel.WorksheetChangedEventArgs) => {
      if (isUserChange(event, keys, f)) debouncer.trigger();
    };
    const added = await Excel.run((context) => addChangeHandler(context, options.sheetName, handler));
    keys.push(added.sheetId, added.sheetName);
    return {
      mode: "events",
      markChecked() {
        /* events mode needs no fingerprint */
      },
      checkNow: () => Promise.resolve(false),
      async stop() {
        debouncer.cancel();
        await Excel.run(added.registration.context, async (context) => {
          added.registration.remove();
          await context.sync();
        });
      },
    };
  }

  let fingerprint = options.fingerprint;
  let stale = false;
  let interval: unknown = undefined;
  const checkNow = async () => {
    const read = await Excel.run((context) => readSheet(context, { features: f, sheetName: options.sheetName }));
    if (fingerprint === undefined) {
      fingerprint = read.fingerprint;
      return false;
    }
    if (read.fingerprint === fingerprint) return false;
    if (!stale && options.onStale) options.onStale();
    stale = true;
    return true;
  };
  if (options.pollMs && options.pollMs > 0) {
    interval = timers.setInterval(() => {
      checkNow().catch(() => undefined);
    }, options.pollMs);
  }
  return {
    mode: interval !== undefined ? "poll" : "manual",
    markChecked(fp: string) {
      fingerprint = fp;
      stale = false;
    },
    checkNow,
    stop() {
      if (interval !== undefined) timers.clearInterval(interval);
      interval = undefined;
      return Promise.resolve();
    },
  };
}
