// Issue 5's "done when", end to end in the playground (real task pane over the in-browser Excel, headless chromium):
// on the bundled 资阳 sample a user fills the empty 时效指标 and 成本指标 rows from the library, inserts 偏差原因 wording
// for both 可持续影响指标 rows, generates the report into a new sheet, and pastes the sample report to see the 28.8 万元
// contradiction — each step checked on screen and each undone back to the exact workbook (snapshots).
// Screenshots go to test-results/playground/tools-*.png. Build, server and browser: ./harness.ts.
import * as fs from "fs";
import * as path from "path";
import type { FrameLocator, Page } from "playwright-core";
import type { Harness, Opened, PgWindow } from "./harness";
import { ROOT, cell, check, eventually, openPlayground, settled, shot, snapshot, startHarness } from "./harness";

const SAMPLE = "?sample=ziyang-jiyao-2022.xlsx";

let harness: Harness | undefined;

jest.setTimeout(90000);

beforeAll(async () => {
  harness = await startHarness();
}, 300000);

afterAll(async () => {
  if (harness) await harness.stop();
});

/** The sample opened and checked, and the pane's findings text. */
async function openChecked(): Promise<Opened & { checked: string }> {
  const opened = await openPlayground(harness!, SAMPLE);
  await check(opened.page, opened.pane);
  return { ...opened, checked: await snapshot(opened.page) };
}

/** The findings list (hidden while the writing tools are open: closes them first). */
async function findingsText(pane: FrameLocator): Promise<string> {
  const toggle = pane.getByRole("button", { name: "写作工具" });
  if ((await toggle.getAttribute("aria-expanded")) === "true") await toggle.click();
  return pane.locator(".zp-findings").innerText();
}

/** Waits until the findings no longer (or again) contain `text`, after the pane's automatic re-check. */
async function findingsWithout(page: Page, pane: FrameLocator, text: string): Promise<string> {
  await settled(page, pane);
  return eventually(() => findingsText(pane), (v) => v.indexOf(text) < 0, 15000);
}

/** 撤销 `times` times, each acknowledged. */
async function undo(page: Page, pane: FrameLocator, times: number): Promise<void> {
  const button = pane.getByRole("button", { name: "撤销" });
  for (let i = 0; i < times; i++) {
    await button.click();
    await pane.getByText("已撤销助手的上一次修改。").waitFor();
    await settled(page, pane);
  }
}

function tool(pane: FrameLocator) {
  return pane.locator(".zp-tool-panel");
}

/** Picks a candidate in the current 填写指标 card (supplying 年度 when asked) and writes it; returns the cells the pane says it wrote. */
async function writeCandidate(page: Page, pane: FrameLocator, rowLabel: RegExp): Promise<{ cells: string[] }> {
  // The empty row's card (the insert card below it has candidates too).
  const card = tool(pane).locator("section.zp-card.zp-current").filter({ hasText: rowLabel });
  await expect(card.locator(".zp-card-title").innerText()).resolves.toMatch(rowLabel);
  const choices = card.locator("label.zp-choice");
  // Prefer a candidate that needs 年度 (exercises the input); otherwise the first ready one.
  const needsYear = choices.filter({ hasText: "还缺少：年度" });
  const choice = (await needsYear.count()) ? needsYear.first() : choices.first();
  await choice.locator("input[type=radio]").check();
  const inputs = card.locator(".zp-needs input.zp-input");
  for (let i = 0; i < (await inputs.count()); i++) await inputs.nth(i).fill("2022");
  const write = card.getByRole("button", { name: "写入此行" });
  expect(await write.isEnabled()).toBe(true);
  await write.click();
  const message = pane.getByText(/已写入 .*可点击“撤销”还原。/);
  await message.waitFor();
  const text = await message.innerText();
  await settled(page, pane);
  return { cells: (text.match(/[A-Z]+\d+/g) || []).filter((a, i, all) => all.indexOf(a) === i) };
}

describe("writing tools in the playground (issue 5)", () => {
  it("填写指标: fills the empty 时效指标 and 成本指标 rows from the library; 撤销 twice restores the workbook", async () => {
    const { page, pane, errors, checked } = await openChecked();
    const before = await findingsText(pane);
    expect(before).toContain("时效指标一行为空");
    expect(before).toContain("成本指标一行为空");
    for (const a of ["E18", "F18", "G18", "E19", "F19", "G19"]) expect([a, await cell(page, a).textContent()]).toEqual([a, ""]);

    // The finding's own button opens the library on its row.
    const finding = pane.locator(".zp-findings li").filter({ hasText: "时效指标一行为空" });
    await finding.getByRole("button", { name: "从指标库填写" }).click();
    await tool(pane).getByRole("tab", { name: "填写指标", selected: true }).waitFor();
    await shot(page, "tools-01-fill-open");
    const first = await writeCandidate(page, pane, /时效指标（E18:J18）/);
    expect(first.cells).toEqual(expect.arrayContaining(["E18", "F18"]));
    for (const a of first.cells) expect([a, (await cell(page, a).textContent()) || ""]).toEqual([a, expect.stringMatching(/\S/)]);
    expect(await cell(page, "F18").textContent()).toMatch(/2022/); // the 年度 supplied
    expect(await findingsWithout(page, pane, "时效指标一行为空")).not.toContain("时效指标一行为空");
    await shot(page, "tools-02-fill-timeliness");

    // The 成本指标 row: the tools opened from 写作工具, then the row picker.
    await pane.getByRole("button", { name: "写作工具" }).click();
    await tool(pane).getByRole("tab", { name: "填写指标" }).click();
    await tool(pane).getByRole("button", { name: "成本指标（D19）" }).click();
    const second = await writeCandidate(page, pane, /成本指标（E19:J19）/);
    expect(second.cells).toEqual(expect.arrayContaining(["E19", "F19"]));
    for (const a of second.cells) expect([a, (await cell(page, a).textContent()) || ""]).toEqual([a, expect.stringMatching(/\S/)]);
    const after = await findingsWithout(page, pane, "成本指标一行为空");
    expect(after).not.toContain("成本指标一行为空");
    expect(after).not.toContain("时效指标一行为空");
    await shot(page, "tools-03-fill-cost");

    await undo(page, pane, 2);
    expect(await pane.getByRole("button", { name: "撤销" }).isEnabled()).toBe(false);
    for (const a of ["E18", "F18", "G18", "E19", "F19", "G19"]) expect([a, await cell(page, a).textContent()]).toEqual([a, ""]);
    expect(await snapshot(page)).toBe(checked);
    expect(await findingsText(pane)).toContain("时效指标一行为空");
    await shot(page, "tools-04-fill-undone");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("插入新行: a library indicator goes into a new row below 数量指标 (merged label grown), its 分值 redistributed; 撤销 twice restores", async () => {
    const { page, pane, errors, checked } = await openChecked();
    await pane.getByRole("button", { name: "写作工具" }).click();
    await tool(pane).getByRole("tab", { name: "填写指标" }).click();
    const card = tool(pane).getByRole("region", { name: "在二级指标组内插入新行" });
    await card.getByRole("button", { name: "数量指标（12–14）" }).click();
    const choice = card.locator("label.zp-choice").first();
    const name = (await choice.locator("strong").innerText()).trim();
    await choice.locator("input[type=radio]").check();
    const inputs = card.locator(".zp-needs input.zp-input");
    for (let i = 0; i < (await inputs.count()); i++) await inputs.nth(i).fill("10");
    await card.getByRole("button", { name: "插入新行" }).click();
    await pane.getByText("已在第 15 行插入“" + name + "”", { exact: false }).waitFor();
    await settled(page, pane);
    expect(await eventually(() => cell(page, "E15").textContent(), (v) => v === name)).toBe(name);
    expect(await cell(page, "E16").textContent()).toBe("保证密码通信安全和畅通");
    const merges = await page.evaluate(() => {
      const wb = (window as unknown as PgWindow).__zipingPlayground.playground.workbook!;
      return wb.sheets[0].merges.map((m) => [m.top, m.bottom, m.left, m.right].join(","));
    });
    expect(merges).toEqual(expect.arrayContaining(["11,14,3,3", "11,19,2,2"])); // 数量指标 D12:D15, 产出指标 C12:C20
    await shot(page, "tools-04a-row-inserted");

    // The new row has no 分值: the proposal gives it one and takes it from the other 产出 rows.
    await tool(pane).getByText("新指标“" + name + "”还没有分值", { exact: false }).waitFor();
    await tool(pane).getByRole("button", { name: "应用分值调整" }).click();
    await pane.getByText(/已调整/).waitFor();
    await settled(page, pane);
    expect(await cell(page, "H15").textContent()).toMatch(/^\d+(\.\d+)?$/);
    await shot(page, "tools-04b-row-weighted");

    await undo(page, pane, 2);
    expect(await cell(page, "E15").textContent()).toBe("保证密码通信安全和畅通");
    expect(await snapshot(page)).toBe(checked);
    await shot(page, "tools-04c-row-undone");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("自定义指标: an indicator added in the pane is kept in the workbook and offered for the empty 时效 row", async () => {
    const { page, pane, errors } = await openChecked();
    await pane.getByRole("button", { name: "写作工具" }).click();
    await tool(pane).getByRole("tab", { name: "填写指标" }).click();
    const custom = tool(pane).locator("details.zp-custom-library");
    await custom.locator("summary").click();
    await custom.getByRole("combobox", { name: "二级指标" }).selectOption("时效指标");
    await custom.getByRole("textbox", { name: "三级指标名称" }).fill("密码电报办理及时率");
    await custom.getByRole("textbox", { name: "年度指标值" }).fill("=100%");
    await custom.getByRole("button", { name: "加入指标库" }).click();
    await pane.getByText("已将“密码电报办理及时率”加入本工作簿的指标库。").waitFor();
    const stored = await page.evaluate(() => (window as unknown as PgWindow).__zipingPlayground.playground.workbook!.settings["ziping.library"] || "");
    expect(stored).toContain("密码电报办理及时率");
    const row = tool(pane).locator("section.zp-card.zp-current").filter({ hasText: "时效指标（E18:J18）" });
    await row.locator("label.zp-choice").filter({ hasText: "密码电报办理及时率" }).waitFor();
    await shot(page, "tools-04d-custom-entry");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("措辞: writes a proposed 偏差原因 into J25 and J26, the deviation errors go; 撤销 restores", async () => {
    const { page, pane, errors, checked } = await openChecked();
    expect(await findingsText(pane)).toMatch(/信息化创建工程有力推进.*未填写偏差原因/);
    const finding = pane.locator(".zp-findings li").filter({ hasText: "信息化创建工程有力推进" });
    await finding.getByRole("button", { name: "建议措辞" }).click();
    await tool(pane).getByRole("tab", { name: "措辞", selected: true }).waitFor();

    const written: { [cell: string]: string } = {};
    for (const address of ["J25", "J26"]) {
      const text = tool(pane).getByRole("textbox", { name: "写入 " + address + " 的内容" });
      written[address] = (await text.inputValue()).trim();
      expect(written[address]).toMatch(/主要原因/);
      await tool(pane).getByRole("button", { name: "写入 " + address, exact: true }).click();
      await pane.getByText("已写入 " + address + "。可点击“撤销”还原。").waitFor();
      await settled(page, pane);
      expect(await eventually(() => cell(page, address).textContent(), (v) => v === written[address])).toBe(written[address]);
    }
    await shot(page, "tools-05-wording-written");
    const after = await findingsWithout(page, pane, "未填写偏差原因");
    expect(after).not.toContain("未填写偏差原因");
    await expect(pane.locator(".zp-results").textContent()).resolves.toMatch(/错误\s*1/); // only 主管部门 is left

    await undo(page, pane, 2);
    expect(await cell(page, "J25").textContent()).toBe("");
    expect(await cell(page, "J26").textContent()).toBe("");
    expect(await snapshot(page)).toBe(checked);
    expect(await findingsText(pane)).toContain("未填写偏差原因");
    await shot(page, "tools-06-wording-undone");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("自评报告: 插入新工作表 adds a 自评报告 sheet with the paragraphs in column A; 撤销 removes it", async () => {
    const { page, pane, errors, checked } = await openChecked();
    await pane.getByRole("button", { name: "写作工具" }).click();
    await tool(pane).getByRole("tab", { name: "自评报告" }).click();
    const title = await tool(pane).locator(".zp-report-title").innerText();
    expect(title).toMatch(/自评报告$/);
    await tool(pane).getByRole("button", { name: "插入新工作表" }).click();
    await pane.getByText("已插入工作表“自评报告”。可点击“撤销”删除该表。").waitFor();
    await settled(page, pane);

    const tab = page.locator(".pg-tabs").getByRole("tab", { name: "自评报告" });
    await tab.waitFor();
    const sheet = await page.evaluate(() => {
      const wb = (window as unknown as PgWindow).__zipingPlayground.playground.workbook!;
      const s = wb.sheets.filter((x) => x.name === "自评报告")[0];
      const cells: { [a1: string]: string } = {};
      if (s) {
        wb.eachStoredCell(s, undefined, (c, row, col) => {
          cells[String.fromCharCode(65 + col) + (row + 1)] = c.value === null || c.value === undefined ? "" : String(c.value);
        });
      }
      return cells;
    });
    expect(sheet.A1).toBe(title);
    const addresses = Object.keys(sheet).filter((a) => sheet[a] !== "");
    expect(addresses.every((a) => /^A\d+$/.test(a))).toBe(true);
    expect(addresses.length).toBeGreaterThan(10);
    expect(addresses.some((a) => sheet[a].indexOf("98分") >= 0)).toBe(true);
    // The grid shows it too.
    if (!(await tab.getAttribute("class"))!.includes("pg-tab-active")) await tab.click();
    expect(await eventually(() => cell(page, "A1").textContent(), (v) => v === title)).toBe(title);
    await shot(page, "tools-07-report-sheet");

    await undo(page, pane, 1);
    expect(await page.locator(".pg-tabs").getByRole("tab", { name: "自评报告" }).count()).toBe(0);
    expect(await snapshot(page)).toBe(checked);
    await shot(page, "tools-08-report-undone");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("报告核对: the pasted sample report shows the 28.8万元 contradiction and nothing about 98分/优秀", async () => {
    const { page, pane, errors } = await openChecked();
    await pane.getByRole("button", { name: "写作工具" }).click();
    await tool(pane).getByRole("tab", { name: "报告核对" }).click();
    const report = fs.readFileSync(path.join(ROOT, "test", "fixtures", "report-ziyang-2022.txt"), "utf8");
    await tool(pane).getByRole("textbox", { name: "自评报告全文" }).fill(report);
    await tool(pane).getByRole("button", { name: "核对", exact: true }).click();
    const found = tool(pane).locator("section[aria-label='报告核对']");
    await found.waitFor();
    expect(await found.locator("p").first().innerText()).toMatch(/发现 \d+ 处与表格不一致/);
    const items = await found.locator("li.zp-item").allInnerTexts();
    expect(items.some((t) => /28\.8/.test(t))).toBe(true);
    for (const t of items) expect(t).not.toMatch(/98分|98 分|优秀/);
    await tool(pane).locator("li.zp-item").filter({ hasText: "28.8" }).first().scrollIntoViewIfNeeded();
    await shot(page, "tools-09-report-check");
    expect(errors).toEqual([]);
    await page.close();
  });
});
