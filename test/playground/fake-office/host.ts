// Shared set-up for the fake Office host tests: a workbook installed as the global Office / Excel / OfficeExtension
// (as the playground page does for the task-pane bundle), removed again after each test.
import type { Grid } from "../../../src/core/grid";
import type { FakeOfficeHost, InstallOptions } from "../../../src/playground/fake-office";
import { FakeWorkbook, installFakeOffice, workbookFromGrids } from "../../../src/playground/fake-office";

/* eslint-disable @typescript-eslint/no-explicit-any */

export const g = globalThis as any;

let installed: FakeOfficeHost[] = [];

afterEach(() => {
  for (const h of installed) h.uninstall();
  installed = [];
});

/** Installs the fake host over `source` on the global object. */
export function install(source: FakeWorkbook | Grid[], options: InstallOptions = {}): FakeOfficeHost {
  const wb = source instanceof FakeWorkbook ? source : workbookFromGrids(source);
  const host = installFakeOffice(g, wb, options);
  installed.push(host);
  return host;
}

/** A workbook with one sheet "Sheet1" holding `cells` (A1 → value typed as in Excel). */
export function simpleWorkbook(cells: { [a1: string]: string | number | boolean } = {}, name = "Sheet1"): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet(name);
  for (const a1 of Object.keys(cells)) {
    const sheet = wb.sheet(name);
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    wb.writeInput(sheet, parseInt(m[2], 10) - 1, col - 1, cells[a1]);
  }
  wb.recalculate(true, true);
  return wb;
}

/** Excel.run(batch) on the installed host. */
export function run<T>(batch: (context: any) => Promise<T>): Promise<T> {
  return g.Excel.run(batch);
}

/** The rejection of a promise (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

/** The exception of a function (fails the test when it returns). */
export function thrown(fn: () => unknown): any {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected an exception");
}
