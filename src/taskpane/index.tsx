/// <reference types="office-js" />
// Task-pane entry: waits for Office.onReady, picks the language (en-US when Office shows English) and the theme,
// then renders the pane over the Excel host.
import { render } from "preact";
import { App } from "./App";
import { createExcelHost } from "./excel-host";
import type { WorkbookHost } from "./host";
import type { KeyValueStore } from "./model";
import type { Strings } from "./strings";
import { ZH, loadStrings } from "./strings";
import { applyTheme } from "./theme";

function officeContext(): Office.Context | undefined {
  try {
    return typeof Office !== "undefined" && Office.context ? Office.context : undefined;
  } catch (e) {
    return undefined;
  }
}

function prefersDark(): boolean {
  try {
    return !!window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  } catch (e) {
    return false;
  }
}

/** Local storage under the add-in's partition key (Office on the web partitions storage per origin and document). */
function localStore(ctx: Office.Context | undefined): KeyValueStore | undefined {
  try {
    const ls = window.localStorage;
    if (!ls) return undefined;
    const prefix = "ziping:" + ((ctx && ctx.partitionKey) || "") + ":";
    return {
      getItem: (key) => ls.getItem(prefix + key),
      setItem: (key, value) => ls.setItem(prefix + key, value),
    };
  } catch (e) {
    return undefined;
  }
}

function Fatal(props: { strings: Strings; reason: string }) {
  return (
    <main class="zp-app" lang={props.strings.lang}>
      <header class="zp-titlebar">
        <h1>{props.strings.appTitle}</h1>
      </header>
      <div class="zp-message zp-message-error" role="alert">
        <p class="zp-message-text">{props.strings.cannotStart(props.reason)}</p>
      </div>
    </main>
  );
}

function start(): void {
  const ctx = officeContext();
  loadStrings(ctx && ctx.displayLanguage).then(
    (strings) => startWith(ctx, strings),
    () => startWith(ctx, ZH),
  );
}

function startWith(ctx: ReturnType<typeof officeContext>, strings: Strings): void {
  document.documentElement.lang = strings.lang;
  document.title = strings.appTitle;
  let theme: Office.OfficeTheme | undefined;
  try {
    theme = ctx && ctx.officeTheme;
  } catch (e) {
    theme = undefined;
  }
  applyTheme(document.documentElement, theme, prefersDark());
  const root = document.getElementById("app");
  if (!root) return;
  let host: WorkbookHost;
  try {
    host = createExcelHost();
  } catch (e) {
    render(<Fatal strings={strings} reason={e instanceof Error ? e.message : String(e)} />, root);
    return;
  }
  render(<App host={host} strings={strings} storage={localStore(ctx)} />, root);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => start());
} else {
  const root = document.getElementById("app");
  if (root) render(<Fatal strings={ZH} reason={ZH.officeMissing} />, root);
}
