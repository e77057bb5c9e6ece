// The ribbon's "一键检查": read the active sheet, check it, mark the findings, tell the user — and always tell
// Office the command is done. Everything host-specific comes in through OneClickDeps, so this runs (and is tested)
// without Office. Written for the IE11 webview of Excel 2016/2019: no ES2015+ library calls, plain promise chains.
import type { SheetReport } from "../core/check";
import type { Grid } from "../core/grid";

export type NoticeKind = "info" | "error";

export interface OneClickDeps {
  /** Reads the active worksheet into the core grid. */
  readSheet(): Promise<Grid>;
  /** The core check (src/core/check.ts `checkGrid`). */
  checkGrid(grid: Grid): SheetReport;
  /** Marks the findings in the sheet. */
  highlight(report: SheetReport): Promise<void>;
  /** Shows a short message; may do nothing where the host has no notification surface. */
  notify(message: string, kind: NoticeKind): Promise<void> | void;
}

/** The host side of the command: what src/excel provides. */
export type SheetPort = Pick<OneClickDeps, "readSheet" | "highlight">;

/** The part of Office.AddinCommands.Event this command uses. */
export interface CommandEvent {
  completed(): void;
}

export interface OneClickOutcome {
  ok: boolean;
  message: string;
  counts: { error: number; warning: number; info: number };
  /** Number of forms recognised on the sheet. */
  forms: number;
  /** Whether the highlights were written. */
  highlighted: boolean;
}

export interface OneClickOptions {
  /** How long to wait for the notification before completing the command anyway. */
  notifyTimeoutMs?: number;
}

/** Longest message we show: Outlook-style notification messages are capped at 150 characters. */
export const MAX_MESSAGE_LENGTH = 150;

const DEFAULT_NOTIFY_TIMEOUT_MS = 3000;

/**
 * Runs the one-click check. Resolves (never rejects) with what happened, after `event.completed()` has been
 * called exactly once — also when reading, checking, highlighting or notifying fails.
 */
export function runOneClickCheck(event: CommandEvent | null | undefined, deps: OneClickDeps, options?: OneClickOptions): Promise<OneClickOutcome> {
  const timeout = options && typeof options.notifyTimeoutMs === "number" ? options.notifyTimeoutMs : DEFAULT_NOTIFY_TIMEOUT_MS;
  let report: SheetReport | null = null;
  let highlighted = false;

  return attempt(function () {
    return deps.readSheet();
  })
    .then(function (grid) {
      report = deps.checkGrid(grid);
      if (!report.forms.length) return undefined;
      return deps.highlight(report).then(function () {
        highlighted = true;
      });
    })
    .then(
      function () {
        return summarise(report as SheetReport, highlighted, null);
      },
      function (err: unknown) {
        return summarise(report, highlighted, err);
      },
    )
    .then(function (outcome) {
      return notifyWithin(deps, outcome, timeout).then(function () {
        return outcome;
      });
    })
    .then(
      function (outcome) {
        complete(event);
        return outcome;
      },
      function (err: unknown) {
        // Only reachable if building the outcome itself failed; still finish the command.
        complete(event);
        return failure(err);
      },
    );
}

/** The function to register with Office.actions.associate; `getDeps` is called per click. */
export function createCheckAndHighlightHandler(getDeps: () => OneClickDeps, options?: OneClickOptions): (event: CommandEvent) => void {
  return function (event: CommandEvent) {
    let deps: OneClickDeps;
    try {
      deps = getDeps();
    } catch (err) {
      complete(event);
      return;
    }
    runOneClickCheck(event, deps, options);
  };
}

/** "发现 3 个错误、2 个警告，已在表中标出" and friends. */
export function summaryMessage(counts: { error: number; warning: number; info: number }, forms: number, highlighted: boolean): string {
  if (forms === 0) return "当前工作表中没有识别出项目支出绩效自评表。";
  const parts: string[] = [];
  if (counts.error) parts.push(counts.error + " 个错误");
  if (counts.warning) parts.push(counts.warning + " 个警告");
  if (counts.info) parts.push(counts.info + " 条提示");
  const where = forms > 1 ? "在 " + forms + " 张自评表中" : "";
  if (!parts.length) return where ? where + "未发现问题。" : "检查完成，未发现问题。";
  return where + "发现 " + parts.join("、") + (highlighted ? "，已在表中标出" : "") + "。";
}

// ---- helpers -----------------------------------------------------------------------------------------------------

function summarise(report: SheetReport | null, highlighted: boolean, err: unknown): OneClickOutcome {
  const counts = { error: 0, warning: 0, info: 0 };
  const forms = report ? report.forms.length : 0;
  if (report) {
    for (let i = 0; i < report.forms.length; i++) {
      const c = report.forms[i].summary.counts;
      counts.error += c.error;
      counts.warning += c.warning;
      counts.info += c.info;
    }
  }
  if (err === null) {
    // With no form on the sheet, the core's note says why ("未识别为自评表：…").
    const message = forms === 0 && report && report.note ? report.note : summaryMessage(counts, forms, highlighted);
    return { ok: true, message: clip(message), counts: counts, forms: forms, highlighted: highlighted };
  }
  const reason = describeError(err);
  const message =
    report && forms > 0
      ? summaryMessage(counts, forms, false).replace(/。$/, "") + "，但标记单元格失败：" + reason
      : "一键检查未完成：" + reason;
  return { ok: false, message: clip(message), counts: counts, forms: forms, highlighted: highlighted };
}

function failure(err: unknown): OneClickOutcome {
  return { ok: false, message: clip("一键检查未完成：" + describeError(err)), counts: { error: 0, warning: 0, info: 0 }, forms: 0, highlighted: false };
}

function describeError(err: unknown): string {
  if (err && typeof err === "object") {
    const e = err as { message?: unknown; code?: unknown };
    if (typeof e.message === "string" && e.message) return e.message;
    if (typeof e.code === "string" && e.code) return e.code;
  }
  if (typeof err === "string" && err) return err;
  return "未知错误";
}

function clip(message: string): string {
  return message.length > MAX_MESSAGE_LENGTH ? message.slice(0, MAX_MESSAGE_LENGTH - 1) + "…" : message;
}

/** Calls `fn`, turning a synchronous throw into a rejected promise. */
function attempt<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (err) {
    return Promise.reject(err);
  }
}

/** Shows the outcome; never rejects, and gives up waiting after `timeoutMs`. */
function notifyWithin(deps: OneClickDeps, outcome: OneClickOutcome, timeoutMs: number): Promise<void> {
  return new Promise<void>(function (resolve) {
    let timer: ReturnType<typeof setTimeout> | null = setTimeout(function () {
      timer = null;
      resolve();
    }, timeoutMs);
    const done = function () {
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      resolve();
    };
    attempt(function () {
      return Promise.resolve(deps.notify(outcome.message, outcome.ok ? "info" : "error"));
    }).then(done, done);
  });
}

function complete(event: CommandEvent | null | undefined): void {
  if (!event || typeof event.completed !== "function") return;
  try {
    event.completed();
  } catch (err) {
    // Nothing left to do: Office already considers the command finished.
  }
}
