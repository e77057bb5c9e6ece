/// <reference types="office-js" />
// Script of the FunctionFile page (commands.html): registers the ribbon's ExecuteFunction commands.
// Each id here must match a <FunctionName> in manifest.xml; `npm run validate` checks both ways.
import { createExcelHost } from "../taskpane/excel-host";
import { createCheckAndHighlightHandler } from "./one-click";
import { hostSheetPort, oneClickDeps } from "./wiring";

const checkAndHighlight = createCheckAndHighlightHandler(function () {
  return oneClickDeps(hostSheetPort(createExcelHost()));
});

// Office builds that predate Office.actions look the FunctionName up on the page's global object.
type GlobalObject = { [name: string]: unknown };
const globalObject: GlobalObject | undefined =
  typeof self !== "undefined"
    ? (self as unknown as GlobalObject)
    : typeof window !== "undefined"
      ? (window as unknown as GlobalObject)
      : typeof globalThis !== "undefined"
        ? (globalThis as unknown as GlobalObject)
        : undefined;
if (globalObject) globalObject.checkAndHighlight = checkAndHighlight;

Office.onReady(function () {
  if (Office.actions && typeof Office.actions.associate === "function") {
    Office.actions.associate("checkAndHighlight", checkAndHighlight);
  }
});
