import type { Timers } from "../../src/excel/events";
import { Debouncer, STALE_MESSAGE, isUserChange, watchSheet } from "../../src/excel/events";
import { featuresForVersion } from "../../src/excel/features";
import { clearOwnWrites, noteOwnWrite } from "../../src/excel/own-writes";
import { readSheet } from "../../src/excel/read";
import { workbookSettingsStore } from "../../src/excel/state";
import { applyEditPlan } from "../../src/excel/write";
import { FakeExcel } from "./fake-excel";

const SHEET = "自评表";

function manualTimers() {
  let next = 0;
  const timeouts: { [id: number]: () => void } = {};
  const intervals: { [id: number]: () => void } = {};
  const timers: Timers & { fire(): void; tick(): void; pending(): number } = {
    setTimeout(fn) {
      timeouts[++next] = fn;
      return next;
    },
    clearTimeout(h) {
      delete timeouts[h as number];
    },
    setInterval(fn) {
      intervals[++next] = fn;
      return next;
    },
    clearInterval(h) {
      delete intervals[h as number];
    },
    /** Runs the pending timeouts (the debounce delay passed). */
    fire() {
      for (const id of Object.keys(timeouts)) {
        const fn = timeouts[+id];
        delete timeouts[+id];
        fn();
      }
    },
    /** One interval period. */
    tick() {
      for (const id of Object.keys(intervals)) intervals[+id]();
    },
    pending: () => Object.keys(timeouts).length + Object.keys(intervals).length,
  };
  return timers;
}

function workbook(version: string) {
  return new FakeExcel({ version, sheets: [{ name: SHEET, cells: { B3: "项目名称", J20: 90 } }] });
}

const flush = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe("Debouncer", () => {
  it("calls once after the last of several triggers", () => {
    const timers = manualTimers();
    const fn = jest.fn();
    const d = new Debouncer(fn, 800, timers);
    d.trigger();
    d.trigger();
    d.trigger();
    expect(timers.pending()).toBe(1);
    timers.fire();
    expect(fn).toHaveBeenCalledTimes(1);
    d.trigger();
    d.cancel();
    timers.fire();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe("isUserChange", () => {
  beforeEach(() => clearOwnWrites());
  it("ignores Ziping's own writes by address, and by triggerSource where ExcelApi 1.14 reports it", () => {
    noteOwnWrite(SHEET, ["I6", "J6:J7"]);
    const f17 = featuresForVersion("1.7");
    expect(isUserChange({ address: "J6:J7" }, [SHEET], f17)).toBe(false);
    expect(isUserChange({ address: "I6:J6" }, [SHEET], f17)).toBe(false);
    expect(isUserChange({ address: "J6:J8" }, [SHEET], f17)).toBe(true);
    expect(isUserChange({ address: "I6" }, ["其他表"], f17)).toBe(true);
    expect(isUserChange({ address: "I6", source: "Remote" }, [SHEET], f17)).toBe(true);
    expect(isUserChange({ address: "Z99", triggerSource: "ThisLocalAddin" }, [SHEET], featuresForVersion("1.14"))).toBe(false);
    expect(isUserChange({ address: "Z99", triggerSource: "Unknown" }, [SHEET], featuresForVersion("1.14"))).toBe(true);
  });
});

describe("watchSheet", () => {
  beforeEach(() => clearOwnWrites());

  for (const version of ["1.7", "1.14"]) {
    it(`ExcelApi ${version}: re-checks (debounced) after user edits and ignores Ziping's own writes`, async () => {
      const fake = workbook(version);
      const restore = fake.installGlobal();
      const timers = manualTimers();
      const onChange = jest.fn();
      try {
        const watch = await watchSheet({ features: featuresForVersion(version), sheetName: SHEET, onChange, timers });
        expect(watch.mode).toBe("events");
        expect(fake.sheet(SHEET).handlers.length).toBe(1);

        // Ziping writes J20: Excel raises onChanged for it, which must not trigger a re-check.
        const plan = { sheetName: SHEET, range: "A1:J20", edits: [{ cell: "J20", value: 98, reason: "总分", previousValue: 90 }], skipped: [] };
        const applied = await applyEditPlan(fake.newContext(), plan, { features: featuresForVersion(version), store: workbookSettingsStore() });
        expect(applied.status).toBe("applied");
        await flush();
        expect(timers.pending()).toBe(0);

        // The user edits twice quickly: one re-check.
        await fake.emitChange(SHEET, "B3");
        await fake.emitChange(SHEET, "C3");
        expect(onChange).not.toHaveBeenCalled();
        timers.fire();
        expect(onChange).toHaveBeenCalledTimes(1);

        await watch.stop();
        expect(fake.sheet(SHEET).handlers.length).toBe(0);
      } finally {
        restore();
      }
    });
  }

  it("ExcelApi 1.6 (no events): reports stale when the sheet no longer matches the last check", async () => {
    const fake = workbook("1.6");
    const restore = fake.installGlobal();
    try {
      const features = featuresForVersion("1.6");
      const checked = await readSheet(fake.newContext(), { features });
      const onStale = jest.fn();
      const watch = await watchSheet({ features, sheetName: SHEET, onChange: jest.fn(), onStale, fingerprint: checked.fingerprint });
      expect(watch.mode).toBe("manual");
      expect(fake.sheet(SHEET).handlers.length).toBe(0);
      expect(await watch.checkNow()).toBe(false);
      fake.type(SHEET, "J20", 97);
      expect(await watch.checkNow()).toBe(true);
      expect(onStale).toHaveBeenCalledTimes(1);
      expect(STALE_MESSAGE).toBe("表格已修改，请重新检查");
      // After the pane re-checked, it is fresh again.
      const again = await readSheet(fake.newContext(), { features });
      watch.markChecked(again.fingerprint);
      expect(await watch.checkNow()).toBe(false);
    } finally {
      restore();
    }
  });

  it("ExcelApi 1.1 with pollMs: polls (one read per period) and reports stale once", async () => {
    const fake = workbook("1.1");
    const restore = fake.installGlobal();
    try {
      const features = featuresForVersion("1.1");
      const timers = manualTimers();
      const onStale = jest.fn();
      const checked = await readSheet(fake.newContext(), { features });
      const watch = await watchSheet({ features, sheetName: SHEET, onChange: jest.fn(), onStale, pollMs: 5000, fingerprint: checked.fingerprint, timers });
      expect(watch.mode).toBe("poll");
      const syncsBefore = fake.syncCount;
      timers.tick();
      await flush();
      await new Promise((r) => setTimeout(r, 0));
      expect(fake.syncCount - syncsBefore).toBe(1);
      expect(onStale).not.toHaveBeenCalled();
      fake.type(SHEET, "B3", "改过");
      timers.tick();
      await new Promise((r) => setTimeout(r, 0));
      timers.tick();
      await new Promise((r) => setTimeout(r, 0));
      expect(onStale).toHaveBeenCalledTimes(1);
      await watch.stop();
      expect(timers.pending()).toBe(0);
    } finally {
      restore();
    }
  });
});
