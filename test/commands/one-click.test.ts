// The ribbon's 一键检查 without Office: completed() is always called once, the notice says what was found,
// failures anywhere are reported rather than thrown.
import * as fs from "fs";
import * as path from "path";
import type { SheetReport } from "../../src/core/check";
import type { Grid } from "../../src/core/grid";
import type { OneClickDeps, OneClickOutcome } from "../../src/commands/one-click";
import { createCheckAndHighlightHandler, MAX_MESSAGE_LENGTH, runOneClickCheck, summaryMessage } from "../../src/commands/one-click";
import { NOTICE_KEY, notifyOffice } from "../../src/commands/notify";
import { hostSheetPort, oneClickDeps } from "../../src/commands/wiring";
import { createMemoryHost } from "../helpers/memory-host";
import { fixtureToGrid, readFixture } from "../fixtures/fixture";

const GRID: Grid = { sheetName: "Sheet1", rows: [], merges: [] };

function sheetReport(...counts: Array<[number, number, number]>): SheetReport {
  return {
    sheetName: "Sheet1",
    forms: counts.map(([error, warning, info]) => ({ summary: { counts: { error, warning, info } } })),
  } as unknown as SheetReport;
}

interface Harness {
  deps: OneClickDeps;
  event: { completed: jest.Mock };
  calls: string[];
  notices: Array<[string, string]>;
}

/** Fake deps recording the order of calls; override any of them. */
function harness(overrides: Partial<OneClickDeps> = {}, report = sheetReport([3, 2, 0])): Harness {
  const calls: string[] = [];
  const notices: Array<[string, string]> = [];
  const deps: OneClickDeps = {
    readSheet: () => {
      calls.push("read");
      return Promise.resolve(GRID);
    },
    checkGrid: () => {
      calls.push("check");
      return report;
    },
    highlight: () => {
      calls.push("highlight");
      return Promise.resolve();
    },
    notify: (message, kind) => {
      calls.push("notify");
      notices.push([message, kind]);
    },
    ...overrides,
  };
  const event = {
    completed: jest.fn(() => {
      calls.push("completed");
    }),
  };
  return { deps, event, calls, notices };
}

async function run(h: Harness, timeoutMs?: number): Promise<OneClickOutcome> {
  const outcome = await runOneClickCheck(h.event, h.deps, timeoutMs === undefined ? undefined : { notifyTimeoutMs: timeoutMs });
  expect(h.event.completed).toHaveBeenCalledTimes(1);
  return outcome;
}

describe("runOneClickCheck", () => {
  test("reads, checks, highlights, notifies the counts, then completes", async () => {
    const h = harness();
    const outcome = await run(h);
    expect(h.calls).toEqual(["read", "check", "highlight", "notify", "completed"]);
    expect(h.notices).toEqual([["发现 3 个错误、2 个警告，已在表中标出。", "info"]]);
    expect(outcome).toEqual({ ok: true, message: "发现 3 个错误、2 个警告，已在表中标出。", counts: { error: 3, warning: 2, info: 0 }, forms: 1, highlighted: true });
  });

  test("passes the grid to checkGrid and the report to highlight", async () => {
    const report = sheetReport([1, 0, 0]);
    const checkGrid = jest.fn(() => report);
    const highlight = jest.fn(() => Promise.resolve());
    const h = harness({ checkGrid, highlight }, report);
    await run(h);
    expect(checkGrid).toHaveBeenCalledWith(GRID);
    expect(highlight).toHaveBeenCalledWith(report);
    expect(h.notices[0][0]).toBe("发现 1 个错误，已在表中标出。");
  });

  test("adds up several forms on one sheet", async () => {
    const h = harness({}, sheetReport([1, 1, 0], [2, 0, 1]));
    const outcome = await run(h);
    expect(outcome.message).toBe("在 2 张自评表中发现 3 个错误、1 个警告、1 条提示，已在表中标出。");
  });

  test("a clean form", async () => {
    const h = harness({}, sheetReport([0, 0, 0]));
    expect((await run(h)).message).toBe("检查完成，未发现问题。");
    expect(h.calls).toContain("highlight"); // clears marks of an earlier check
  });

  test("no form on the sheet: nothing highlighted, the core's note explains", async () => {
    const noted = harness({}, { sheetName: "Sheet1", forms: [], note: "未识别为自评表：工作表是空的。" } as SheetReport);
    const outcome = await run(noted);
    expect(noted.calls).toEqual(["read", "check", "notify", "completed"]);
    expect(outcome).toMatchObject({ ok: true, forms: 0, highlighted: false, message: "未识别为自评表：工作表是空的。" });
    const plain = harness({}, { sheetName: "Sheet1", forms: [] } as unknown as SheetReport);
    expect((await run(plain)).message).toBe("当前工作表中没有识别出项目支出绩效自评表。");
  });

  test("reading the sheet fails: error notice, still completed", async () => {
    const h = harness({ readSheet: () => Promise.reject(new Error("工作表已受保护")) });
    const outcome = await run(h);
    expect(h.notices).toEqual([["一键检查未完成：工作表已受保护", "error"]]);
    expect(outcome.ok).toBe(false);
    expect(h.calls).toEqual(["notify", "completed"]);
  });

  test("readSheet throwing synchronously is handled the same way", async () => {
    const h = harness({
      readSheet: () => {
        throw new Error("Office 未就绪");
      },
    });
    expect((await run(h)).message).toBe("一键检查未完成：Office 未就绪");
  });

  test("the core check throwing", async () => {
    const h = harness({
      checkGrid: () => {
        throw new TypeError("Cannot read properties of undefined");
      },
    });
    const outcome = await run(h);
    expect(outcome).toMatchObject({ ok: false, forms: 0, message: "一键检查未完成：Cannot read properties of undefined" });
  });

  test("highlighting fails: the counts are still reported, with the failure", async () => {
    const h = harness({ highlight: () => Promise.reject({ code: "InvalidOperation" }) });
    const outcome = await run(h);
    expect(outcome).toMatchObject({ ok: false, highlighted: false, counts: { error: 3, warning: 2, info: 0 } });
    expect(h.notices).toEqual([["发现 3 个错误、2 个警告，但标记单元格失败：InvalidOperation", "error"]]);
  });

  test("errors without a message", async () => {
    expect((await run(harness({ readSheet: () => Promise.reject("GeneralException") }))).message).toBe("一键检查未完成：GeneralException");
    expect((await run(harness({ readSheet: () => Promise.reject(undefined) }))).message).toBe("一键检查未完成：未知错误");
  });

  test("notify throwing or rejecting does not stop completion", async () => {
    const throwing = harness({
      notify: () => {
        throw new Error("no surface");
      },
    });
    expect((await run(throwing)).ok).toBe(true);
    const rejecting = harness({ notify: () => Promise.reject(new Error("no surface")) });
    expect((await run(rejecting)).ok).toBe(true);
  });

  test("a notification that never settles: completed after the timeout", async () => {
    const h = harness({ notify: () => new Promise<void>(() => undefined) });
    const outcome = await run(h, 20);
    expect(outcome.ok).toBe(true);
  });

  test("completed() throwing does not make the command reject", async () => {
    const h = harness();
    h.event.completed.mockImplementation(() => {
      throw new Error("already completed");
    });
    await expect(runOneClickCheck(h.event, h.deps)).resolves.toMatchObject({ ok: true });
  });

  test("long messages are clipped for the notification", async () => {
    const h = harness({ readSheet: () => Promise.reject(new Error("很长的错误".repeat(60))) });
    const outcome = await run(h);
    expect(outcome.message.length).toBe(MAX_MESSAGE_LENGTH);
    expect(outcome.message.endsWith("…")).toBe(true);
  });
});

describe("summaryMessage", () => {
  test.each([
    [[3, 2, 0], 1, true, "发现 3 个错误、2 个警告，已在表中标出。"],
    [[0, 2, 0], 1, true, "发现 2 个警告，已在表中标出。"],
    [[0, 0, 4], 1, true, "发现 4 条提示，已在表中标出。"],
    [[1, 0, 0], 1, false, "发现 1 个错误。"],
    [[0, 0, 0], 2, true, "在 2 张自评表中未发现问题。"],
    [[0, 0, 0], 0, false, "当前工作表中没有识别出项目支出绩效自评表。"],
  ] as Array<[[number, number, number], number, boolean, string]>)("%j in %i form(s), highlighted %s", (c, forms, highlighted, expected) => {
    expect(summaryMessage({ error: c[0], warning: c[1], info: c[2] }, forms, highlighted)).toBe(expected);
  });
});

describe("createCheckAndHighlightHandler (what Office.actions.associate gets)", () => {
  test("builds the deps per click and completes", async () => {
    const h = harness();
    const getDeps = jest.fn(() => h.deps);
    const handler = createCheckAndHighlightHandler(getDeps);
    handler(h.event);
    await waitFor(() => h.event.completed.mock.calls.length > 0);
    expect(getDeps).toHaveBeenCalledTimes(1);
    expect(h.calls).toEqual(["read", "check", "highlight", "notify", "completed"]);
  });

  test("deps that cannot be built: still completed", () => {
    const event = { completed: jest.fn() };
    createCheckAndHighlightHandler(() => {
      throw new Error("boom");
    })(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("wiring with the real core check", () => {
  test("the sample form: counts from the core, marks written, notice with the counts", async () => {
    const grid = fixtureToGrid(readFixture("sample-ziyang-2022"));
    const highlight = jest.fn(() => Promise.resolve());
    const deps = oneClickDeps({ readSheet: () => Promise.resolve(grid), highlight });
    const event = { completed: jest.fn() };
    const outcome = await runOneClickCheck(event, deps);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(outcome.ok).toBe(true);
    expect(outcome.forms).toBe(1);
    expect(highlight).toHaveBeenCalledTimes(1);
    const report = (highlight.mock.calls[0] as unknown as [SheetReport])[0];
    expect(report.forms[0].findings.length).toBe(outcome.counts.error + outcome.counts.warning + outcome.counts.info);
    expect(outcome.message).toBe(summaryMessage(outcome.counts, 1, true));
    expect(outcome.message).toMatch(/^发现 .*，已在表中标出。$/);
  });

  test("through the pane's host it marks every finding except the ignored ones", async () => {
    const grid = fixtureToGrid(readFixture("sample-ziyang-2022"));
    const ignored = [{ rule: "header-required", sheet: "Sheet1", cell: "C3", reason: "主管部门待定", at: "2026-11-29T00:00:00Z" }];
    const host = createMemoryHost(grid, { ignored });
    const event = { completed: jest.fn() };
    const outcome = await runOneClickCheck(event, oneClickDeps(hostSheetPort(host)));
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(outcome.ok).toBe(true);
    const marked = host.marks!.findings.map((f) => f.rule + "@" + f.cells[0]);
    expect(marked).toContain("deviation-required@I25");
    expect(marked).not.toContain("header-required@C3");
    expect(marked).toHaveLength(outcome.counts.error + outcome.counts.warning + outcome.counts.info - 1);
  });

  test("a refused highlight (protected sheet) is reported and the command completes", async () => {
    const host = createMemoryHost(fixtureToGrid(readFixture("sample-ziyang-2022")));
    host.refuseNext = "工作表受保护，未做任何修改。";
    const event = { completed: jest.fn() };
    const outcome = await runOneClickCheck(event, oneClickDeps(hostSheetPort(host)));
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain("工作表受保护");
  });
});

describe("notifyOffice", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("does nothing (and resolves) where Office has no notification surface, as in Excel", async () => {
    await expect(notifyOffice("发现 1 个错误。", "info")).resolves.toBeUndefined();
    (globalThis as { Office?: unknown }).Office = { context: {} };
    await expect(notifyOffice("发现 1 个错误。", "info")).resolves.toBeUndefined();
  });

  test("uses NotificationMessages.replaceAsync where available", async () => {
    const replaceAsync = jest.fn((_key: string, _details: object, cb: (r: unknown) => void) => cb({ status: "succeeded" }));
    (globalThis as { Office?: unknown }).Office = { context: { mailbox: { item: { notificationMessages: { replaceAsync } } } } };
    await notifyOffice("发现 1 个错误。", "info");
    await notifyOffice("一键检查未完成：x", "error");
    expect(replaceAsync.mock.calls.map((c) => [c[0], c[1]])).toEqual([
      [NOTICE_KEY, { type: "informationalMessage", message: "发现 1 个错误。", icon: "Icon.16x16", persistent: false }],
      [NOTICE_KEY, { type: "errorMessage", message: "一键检查未完成：x" }],
    ]);
  });

  test("replaceAsync throwing is swallowed", async () => {
    const replaceAsync = () => {
      throw new Error("not supported");
    };
    (globalThis as { Office?: unknown }).Office = { context: { mailbox: { item: { notificationMessages: { replaceAsync } } } } };
    await expect(notifyOffice("x", "info")).resolves.toBeUndefined();
  });
});

describe("commands.ts (the FunctionFile script)", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    delete (globalThis as { checkAndHighlight?: unknown }).checkAndHighlight;
  });

  test("registers checkAndHighlight with Office.actions.associate inside Office.onReady, and on the global object", async () => {
    const associate = jest.fn();
    let ready: (() => void) | undefined;
    (globalThis as { Office?: unknown }).Office = {
      onReady: (cb: () => void) => {
        ready = cb;
        return Promise.resolve({});
      },
      actions: { associate },
    };
    jest.isolateModules(() => {
      require("../../src/commands/commands");
    });
    expect(associate).not.toHaveBeenCalled();
    ready!();
    expect(associate).toHaveBeenCalledTimes(1);
    expect(associate.mock.calls[0][0]).toBe("checkAndHighlight");
    const handler = associate.mock.calls[0][1] as (event: { completed(): void }) => void;
    expect((globalThis as { checkAndHighlight?: unknown }).checkAndHighlight).toBe(handler);
    // Unwired (no Excel adapter yet), a click still completes.
    const event = { completed: jest.fn() };
    handler(event);
    await waitFor(() => event.completed.mock.calls.length > 0);
  });

  test("older Office without Office.actions: no crash, the global function is there", () => {
    (globalThis as { Office?: unknown }).Office = { onReady: (cb: () => void) => cb() };
    jest.isolateModules(() => {
      require("../../src/commands/commands");
    });
    expect(typeof (globalThis as { checkAndHighlight?: unknown }).checkAndHighlight).toBe("function");
  });

  test("commands.html loads office.js from the add-in's own origin, with no external URL", () => {
    const html = fs.readFileSync(path.join(__dirname, "..", "..", "src", "commands", "commands.html"), "utf8");
    expect(html).toContain('<script type="text/javascript" src="office-js/office.js"></script>');
    expect(html).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
  });
});

describe("src/commands stays ES5-friendly (IE11 webview of Excel 2016/2019)", () => {
  // Library calls TypeScript does not down-level and core-js may not be loaded for in the commands page.
  const FORBIDDEN: Array<[RegExp, string]> = [
    [/\.includes\(/, "Array/String.prototype.includes"],
    [/\.startsWith\(|\.endsWith\(/, "String.prototype.startsWith/endsWith"],
    [/\.padStart\(|\.padEnd\(|\.repeat\(/, "String.prototype.padStart/padEnd/repeat"],
    [/Object\.(values|entries|assign|fromEntries)\(/, "Object.values/entries/assign/fromEntries"],
    [/Array\.from\(|Array\.of\(/, "Array.from/of"],
    [/\.find\(|\.findIndex\(|\.fill\(/, "Array.prototype.find/findIndex/fill"],
    [/new (Map|Set|WeakMap|WeakSet|Proxy)\b/, "Map/Set/Proxy"],
    [/\bSymbol\b|\bfor\s*\([^)]*\bof\b/, "Symbol / for…of"],
    [/\basync\b|\bawait\b|function\s*\*/, "async/await/generators"],
  ];
  const dir = path.join(__dirname, "..", "..", "src", "commands");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts"));

  test.each(files)("%s", (file) => {
    const code = fs
      .readFileSync(path.join(dir, file), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "");
    const found = FORBIDDEN.filter(([re]) => re.test(code)).map(([, what]) => what);
    expect(found).toEqual([]);
  });
});

async function waitFor(condition: () => boolean, ms = 2000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
}
