// Loads the writing tools (tools.js) on first use. In the browser build (webpack defines __ZIPING_TOOLS_SCRIPT__) it
// is a plain <script> of the add-in's own origin, sharing only Preact with the pane; under jest the module is imported.
import { jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useRef, useState } from "preact/hooks";
import type { TOOLS_MODULE } from "./tools/bundle";

declare const __ZIPING_TOOLS_SCRIPT__: string;

export type ToolsModule = typeof TOOLS_MODULE;

let pending: Promise<ToolsModule> | null = null;

export function loadTools(): Promise<ToolsModule> {
  if (!pending) {
    let p: Promise<ToolsModule>;
    if (typeof __ZIPING_TOOLS_SCRIPT__ === "string") {
      p = loadScript(__ZIPING_TOOLS_SCRIPT__);
    } else {
      p = import("./tools/bundle").then((m) => m.TOOLS_MODULE);
    }
    pending = p;
    p.then(undefined, () => {
      pending = null; // a failed load can be retried
    });
  }
  return pending;
}

function loadScript(src: string): Promise<ToolsModule> {
  const w = window as unknown as { ZipingTools?: ToolsModule; ZipingPreact?: unknown };
  // The tools bundle renders with the pane's own Preact (hooks need the same instance).
  w.ZipingPreact = { hooks: { useEffect, useRef, useState }, jsx: { jsx, jsxs } };
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    const failed = () => reject(new Error("未能加载 " + src));
    script.src = src;
    script.onload = () => (w.ZipingTools ? resolve(w.ZipingTools) : failed());
    script.onerror = failed;
    document.head.appendChild(script);
  });
}
