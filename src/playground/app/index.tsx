// The playground page's entry: a Playground over exceljs, exposed as window.__zipingPlayground (the office.js shim in
// the task-pane frame calls its install(window); the end-to-end tests read snapshots from it), then the UI.
// Runs in current browsers only (ES2019), unlike the task pane, which stays ES5 for Excel 2016's IE11 webview.
//   ?sample=<file in samples/>   open that sample first        ?profile=excel2016|current   emulate that Excel
import ExcelJS from "exceljs";
import { render } from "preact";
import type { ExcelJsModule, ProfileName } from "../fake-office";
import { App, ErrorBoundary } from "./App";
import { Playground, errorText } from "./controller";

declare global {
  interface Window {
    __zipingPlayground?: PlaygroundApi;
  }
}

export interface PlaygroundApi {
  playground: Playground;
  install(win: Window): unknown;
  snapshot(): string;
  /** Resolves once the first workbook is open. */
  ready: Promise<void>;
}

const pg = new Playground(ExcelJS as unknown as ExcelJsModule);
const params = new URLSearchParams(window.location.search);
const profile = params.get("profile");
if (profile === "excel2016" || profile === "current") pg.profile = profile as ProfileName;

window.addEventListener("error", (event) => pg.setBanner({ kind: "error", text: "页面出错：" + (event.message || "未知错误") }));
window.addEventListener("unhandledrejection", (event) => pg.setBanner({ kind: "error", text: "页面出错：" + errorText(event.reason) }));

async function start(): Promise<void> {
  try {
    const samples = await pg.loadSamples();
    const wanted = params.get("sample");
    const first = (wanted && samples.filter((s) => s.file === wanted)[0]) || samples[0];
    if (first) await pg.openSample(first.file);
  } catch (e) {
    pg.setBanner({ kind: "error", text: "无法载入样例列表：" + errorText(e) + "。仍可用“打开工作簿…”打开自己的文件。" });
  }
}

const ready = start();
window.__zipingPlayground = {
  playground: pg,
  install: (win: Window) => pg.install(win),
  snapshot: () => pg.snapshot(),
  ready,
};

const root = document.getElementById("root");
if (root) {
  root.textContent = "";
  render(
    <ErrorBoundary>
      <App playground={pg} />
    </ErrorBoundary>,
    root,
  );
}
