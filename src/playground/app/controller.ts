// The playground's state outside the UI: which workbook is open, which Excel it emulates, the fake Office.js installed
// into the task-pane frame, opening / downloading .xlsx, and the page's messages. The UI (App.tsx) subscribes to it;
// tests reach it as window.__zipingPlayground (see index.tsx).
import { checkGrid } from "../../core/check";
import type { ExcelJsModule, FakeOfficeHost, FakeWorkbook, ProfileName } from "../fake-office";
import { installFakeOffice, readXlsx, sheetToGrid, writeXlsx } from "../fake-office";

export interface SampleInfo {
  file: string;
  title: string;
  description?: string;
}

export interface Banner {
  kind: "error" | "info";
  text: string;
}

export const PROFILE_LABELS: { [name in ProfileName]: string } = {
  excel2016: "Excel 2016 (ExcelApi 1.1)",
  current: "Microsoft 365",
};

/** What the recogniser says about a workbook: the sheet to show first, or why there is no 自评表 in it. */
export function findForms(workbook: FakeWorkbook): { sheetId?: string; note?: string } {
  const notes: string[] = [];
  for (let i = 0; i < workbook.sheets.length; i++) {
    const sheet = workbook.sheets[i];
    if (sheet.visibility !== "Visible") continue;
    const report = checkGrid(sheetToGrid(workbook, sheet.id));
    if (report.forms.length) return { sheetId: sheet.id };
    if (report.note) notes.push((workbook.sheets.length > 1 ? "工作表“" + sheet.name + "”：" : "") + report.note);
  }
  return { note: notes.join(" ") || "未在任何工作表中识别到项目支出绩效自评表。" };
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class Playground {
  workbook: FakeWorkbook | undefined;
  host: FakeOfficeHost | undefined;
  profile: ProfileName = "current";
  fileName = "";
  banner: Banner | null = null;
  /** Bumped whenever the task pane must start afresh (another workbook, another Excel version). */
  paneGeneration = 0;
  roundTrips: number | null = null;
  samples: SampleInfo[] = [];
  loading = false;
  private listeners: Array<() => void> = [];
  private unsubscribe: Array<() => void> = [];

  constructor(
    private readonly excelJs: ExcelJsModule,
    private readonly fetchBytes: (url: string) => Promise<ArrayBuffer> = defaultFetch,
  ) {}

  subscribe(listener: () => void): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  changed(): void {
    const ls = this.listeners.slice();
    for (let i = 0; i < ls.length; i++) ls[i]();
  }

  setBanner(banner: Banner | null): void {
    this.banner = banner;
    this.changed();
  }

  /** Called by the shim that stands in for office.js in the task-pane frame, before the pane's own script runs. */
  install(win: Window): FakeOfficeHost | undefined {
    this.detach();
    if (!this.workbook) return undefined;
    const host = installFakeOffice(win, this.workbook, { profile: this.profile });
    this.host = host;
    this.roundTrips = null;
    this.unsubscribe.push(
      host.stats.onChange((s) => {
        this.roundTrips = s.lastRunRoundTrips;
        this.changed();
      }),
    );
    const onError = (event: ErrorEvent) => this.setBanner({ kind: "error", text: "任务窗格出错：" + (event.message || "未知错误") });
    const onRejection = (event: PromiseRejectionEvent) => this.setBanner({ kind: "error", text: "任务窗格出错：" + errorText(event.reason) });
    win.addEventListener("error", onError);
    win.addEventListener("unhandledrejection", onRejection);
    this.unsubscribe.push(() => {
      try {
        win.removeEventListener("error", onError);
        win.removeEventListener("unhandledrejection", onRejection);
      } catch (e) {
        /* the frame is gone */
      }
    });
    this.changed();
    return host;
  }

  private detach(): void {
    for (let i = 0; i < this.unsubscribe.length; i++) this.unsubscribe[i]();
    this.unsubscribe = [];
    if (this.host) this.host.uninstall();
    this.host = undefined;
  }

  /** Shows `workbook` and restarts the pane over it. Returns the recogniser's note when it holds no 自评表. */
  show(workbook: FakeWorkbook, fileName: string): string | undefined {
    const found = findForms(workbook);
    if (found.sheetId) {
      const sheet = workbook.sheet(found.sheetId);
      workbook.select(sheet, { top: 0, left: 0, bottom: 0, right: 0 }, "load");
    }
    this.detach();
    this.workbook = workbook;
    this.fileName = fileName;
    this.paneGeneration++;
    this.banner = found.note ? { kind: "error", text: "“" + fileName + "”中没有识别到项目支出绩效自评表：" + found.note } : null;
    this.changed();
    return found.note;
  }

  /** Opens .xlsx bytes; a zh-CN banner (and the previous workbook kept) when they are not a workbook. */
  async openBytes(bytes: ArrayBuffer | Uint8Array, fileName: string): Promise<boolean> {
    this.loading = true;
    this.changed();
    try {
      const workbook = await readXlsx(bytes, this.excelJs, { name: fileName });
      this.show(workbook, fileName);
      return true;
    } catch (e) {
      this.setBanner({ kind: "error", text: "无法打开“" + fileName + "”：" + errorText(e) });
      return false;
    } finally {
      this.loading = false;
      this.changed();
    }
  }

  async loadSamples(): Promise<SampleInfo[]> {
    const data = await this.fetchBytes("samples/index.json");
    this.samples = JSON.parse(new TextDecoder("utf-8").decode(data)) as SampleInfo[];
    this.changed();
    return this.samples;
  }

  async openSample(file: string): Promise<boolean> {
    let bytes: ArrayBuffer;
    try {
      bytes = await this.fetchBytes("samples/" + encodeURIComponent(file));
    } catch (e) {
      this.setBanner({ kind: "error", text: "无法载入样例“" + file + "”：" + errorText(e) });
      return false;
    }
    return this.openBytes(bytes, file);
  }

  /** Switches the emulated Excel; the pane reads requirement sets once, so it restarts. */
  setProfile(profile: ProfileName): void {
    if (profile === this.profile) return;
    this.profile = profile;
    this.paneGeneration++;
    this.changed();
  }

  /** The workbook as .xlsx, with every change made in the page or by the pane (values, formulas, fills, notes). */
  async xlsx(): Promise<ArrayBuffer> {
    if (!this.workbook) throw new Error("没有打开的工作簿。");
    return writeXlsx(this.workbook, this.excelJs);
  }

  /** Canonical JSON of every sheet (values, formulas, formats, fills, merges, notes, comments, conditional formats). */
  snapshot(): string {
    const wb = this.workbook;
    if (!wb) return "";
    return "[" + wb.sheets.map((s) => wb.snapshot(s.id)).join(",") + "]";
  }
}

function defaultFetch(url: string): Promise<ArrayBuffer> {
  return fetch(url).then((r) => {
    if (!r.ok) throw new Error("HTTP " + r.status);
    return r.arrayBuffer();
  });
}

/** A name for the downloaded copy: the open file's name, always ending in .xlsx. */
export function downloadName(fileName: string): string {
  const base = (fileName || "工作簿1").replace(/\.(xlsx|xlsm|xls)$/i, "");
  return base + ".xlsx";
}
