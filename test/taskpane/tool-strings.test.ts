// The writing tools' string tables stay in step, and the pane's tab labels exist in both languages.
import { EN } from "../../src/taskpane/strings-en";
import { ZH } from "../../src/taskpane/strings";
import { TOOLS_EN, TOOLS_ZH, toolStrings } from "../../src/taskpane/tools/tool-strings";

test("zh-CN and en-US tool strings have the same keys, all filled", () => {
  expect(Object.keys(TOOLS_EN).sort()).toEqual(Object.keys(TOOLS_ZH).sort());
  for (const key of Object.keys(TOOLS_ZH)) {
    const zh = (TOOLS_ZH as unknown as { [k: string]: unknown })[key];
    const en = (TOOLS_EN as unknown as { [k: string]: unknown })[key];
    expect(typeof en).toBe(typeof zh);
    if (typeof zh === "string") expect(zh.length * (en as string).length).toBeGreaterThan(0);
  }
  expect(toolStrings("en-US")).toBe(TOOLS_EN);
  expect(toolStrings("zh-CN")).toBe(TOOLS_ZH);
  expect(Object.keys(TOOLS_EN.tabNames).sort()).toEqual(Object.keys(TOOLS_ZH.tabNames).sort());
  expect(EN.toolsLabel && ZH.toolsLabel).toBeTruthy();
  expect(Object.keys(EN.toolOpen).sort()).toEqual(Object.keys(ZH.toolOpen).sort());
});
