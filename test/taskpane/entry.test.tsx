/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The bundle's entry: waits for Office.onReady, follows Office's language and theme, renders the pane over the
// Excel host, and says clearly when the host cannot be created (e.g. the placeholder excel-host.ts).
import { buildFormGrid } from "../helpers/form-builder";
import { createMemoryHost } from "../helpers/memory-host";

type Ready = () => void;

function loadEntry(office: unknown, createExcelHost?: () => unknown): void {
  (globalThis as { Office?: unknown }).Office = office;
  jest.isolateModules(() => {
    if (createExcelHost) jest.doMock("../../src/taskpane/excel-host", () => ({ createExcelHost }));
    require("../../src/taskpane/index");
  });
}

// The strings table loads asynchronously (English is its own chunk): let the promise settle.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const notConnected = () => {
  throw new Error("未连接 Excel：任务窗格尚未接入 Excel 适配器。");
};

describe("task pane entry", () => {
  beforeEach(() => {
    document.documentElement.className = "";
    document.documentElement.removeAttribute("style");
    document.body.innerHTML = '<div id="app"></div>';
  });

  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    jest.dontMock("../../src/taskpane/excel-host");
  });

  test("renders only after Office.onReady, with Office's language and dark theme", async () => {
    let ready: Ready | undefined;
    loadEntry({
      onReady: (cb: Ready) => {
        ready = cb;
      },
      context: { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" } },
    }, notConnected);
    expect(document.getElementById("app")!.innerHTML).toBe("");
    ready!();
    await settle();
    expect(document.documentElement.lang).toBe("en-US");
    expect(document.documentElement.className).toBe("zp-dark");
    expect(document.documentElement.style.getPropertyValue("--zp-bg")).toBe("#262626");
    // A host that cannot be created: a clear message instead of a blank pane.
    expect(document.querySelector("[role=alert]")!.textContent).toBe("Ziping could not start: 未连接 Excel：任务窗格尚未接入 Excel 适配器。");
  });

  test("zh-CN by default, light theme", async () => {
    loadEntry({ onReady: (cb: Ready) => cb(), context: { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#FFFFFF" } } }, notConnected);
    await settle();
    expect(document.documentElement.lang).toBe("zh-CN");
    expect(document.documentElement.className).toBe("zp-light");
    expect(document.querySelector("[role=alert]")!.textContent).toContain("自评表助手未能启动：未连接 Excel");
  });

  test("renders the pane over the host the Excel wiring returns", async () => {
    const host = createMemoryHost(buildFormGrid());
    loadEntry({ onReady: (cb: Ready) => cb(), context: { displayLanguage: "zh-CN" } }, () => host);
    await settle();
    expect(document.querySelector("h1")!.textContent).toBe("自评表助手");
    expect(document.querySelector("button.zp-button-primary")).not.toBeNull();
  });

  test("without office.js the pane says so", () => {
    loadEntry(undefined);
    expect(document.querySelector("[role=alert]")!.textContent).toContain("Office.js");
  });
});
