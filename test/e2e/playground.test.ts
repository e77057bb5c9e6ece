// The whole product the way a person uses it: the playground page (grid + the REAL task-pane build in a frame over
// the in-browser Excel) in headless Debian chromium, driven by playwright-core. One build and one server for the file.
// Assertions are on what is on screen (cell fills, notes, the pane's list and messages); model snapshots exposed on
// window.__zipingPlayground prove that 撤销 and 清除标记 leave every cell exactly as it was.
// Screenshots of the main steps go to test-results/playground/ (git-ignored). Build, server and browser: ./harness.ts.
import ExcelJS from "exceljs";
import * as path from "path";
import type { Harness, Opened, PgWindow } from "./harness";
import { ERROR_FILL, cell, check, eventually, fillOf, openPlayground, paneReady, settled, shot, snapshot, startHarness } from "./harness";

let harness: Harness | undefined;
let out = "";

jest.setTimeout(120000);

beforeAll(async () => {
  harness = await startHarness();
  out = harness.out;
}, 300000);

afterAll(async () => {
  if (harness) await harness.stop();
});

/** Opens the playground (optionally a sample and an Excel version) and waits until the pane is ready. */
function open(query = ""): Promise<Opened> {
  return openPlayground(harness!, query);
}

describe("playground (real task pane over the in-browser Excel)", () => {
  it("opens the sample, checks it with one click, marks the cells, and a finding's cell selects it in the grid", async () => {
    const { page, pane, errors } = await open();
    expect(await cell(page, "B1").textContent()).toBe("项目支出绩效自评表");
    expect(await cell(page, "C3").getAttribute("colspan")).toBe("3"); // merged C3:E3
    const before = await snapshot(page);
    await shot(page, "01-sample-opened");

    await check(page, pane);
    // The grid shows the marks: error fill and an explaining note on C3, I25, I26.
    for (const address of ["C3", "I25", "I26"]) {
      expect([address, await fillOf(page, address)]).toEqual([address, ERROR_FILL]);
      expect(await cell(page, address).getAttribute("data-note")).toMatch(/自评表助手|主管部门|偏差原因/);
    }
    const list = pane.locator(".zp-findings");
    await expect(list.textContent()).resolves.toContain("主管部门未填写。");
    await expect(list.textContent()).resolves.toContain("“信息化创建工程有力推进”得分 4，低于分值 5");
    await expect(pane.locator(".zp-results").textContent()).resolves.toMatch(/错误\s*3/);
    expect(await page.locator('[data-testid="status"]').textContent()).toMatch(/\d+ 次往返/);
    expect(await snapshot(page)).not.toBe(before);
    await shot(page, "02-sample-checked");

    // A finding's cell → the grid selection moves there.
    await pane.getByRole("button", { name: "选择单元格 I25" }).click();
    expect(await eventually(() => page.locator('[data-testid="namebox"]').textContent(), (v) => v === "I25")).toBe("I25");
    expect(await cell(page, "I25").getAttribute("class")).toContain("pg-active");
    await shot(page, "03-finding-selected");

    // 清除标记 → formatting identical to the original.
    await pane.getByRole("button", { name: "清除标记" }).click();
    await pane.getByText("已清除标记，单元格格式已恢复。").waitFor();
    await settled(page, pane);
    expect(await snapshot(page)).toBe(before);
    expect(await fillOf(page, "C3")).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("applies one fix, recalculates, undoes everything and clears the marks back to the original workbook", async () => {
    const { page, pane, errors } = await open("?sample=ziyang-scores-wrong.xlsx");
    const original = await snapshot(page);
    expect(await cell(page, "J5").textContent()).toBe("9");
    expect(await cell(page, "I29").textContent()).toBe("95");
    await check(page, pane);
    const checked = await snapshot(page);
    expect(await fillOf(page, "J5")).toBe(ERROR_FILL);
    const list = pane.locator(".zp-findings");
    expect(await list.textContent()).toContain("预算执行率得分应为 10");

    // One fix: J5 becomes 10 and its finding goes.
    await pane.getByRole("button", { name: "将 J5 改为 10" }).click();
    await pane.getByText("已修改 J5。").waitFor();
    await settled(page, pane);
    expect(await cell(page, "J5").textContent()).toBe("10");
    expect(await list.textContent()).not.toContain("预算执行率得分应为");
    expect(await pane.getByRole("button", { name: "将 J5 改为 10" }).count()).toBe(0);
    await shot(page, "04-fix-applied");

    // 全部重算: 总分 follows (10 + 88 = 98).
    await pane.getByRole("button", { name: "全部重算" }).click();
    await pane.getByText(/已改写 \d+ 个单元格/).waitFor();
    await settled(page, pane);
    expect(await cell(page, "I29").textContent()).toBe("98");
    expect(await pane.locator(".zp-results").textContent()).toMatch(/表中\s*98/);
    await cell(page, "I29").click(); // scrolls the grid to 总分 for the screenshot
    await shot(page, "05-recalculated");

    // 撤销 until nothing is left: every cell as it was right after the check (values, formulas, fills, notes).
    const undo = pane.getByRole("button", { name: "撤销" });
    for (let i = 0; i < 5 && (await undo.isEnabled()); i++) {
      await undo.click();
      await pane.getByText("已撤销助手的上一次修改。").waitFor();
      await settled(page, pane);
    }
    expect(await undo.isEnabled()).toBe(false);
    expect(await cell(page, "J5").textContent()).toBe("9");
    expect(await cell(page, "I29").textContent()).toBe("95");
    expect(await snapshot(page)).toBe(checked);
    await shot(page, "06-undone");

    await pane.getByRole("button", { name: "清除标记" }).click();
    await pane.getByText("已清除标记，单元格格式已恢复。").waitFor();
    await settled(page, pane);
    expect(await snapshot(page)).toBe(original);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("全部重算 updates quantitative scores, 小计 rows and 总分, and 撤销 restores them", async () => {
    const { page, pane, errors } = await open("?sample=subtotals-wrong.xlsx");
    await check(page, pane);
    const checked = await snapshot(page);
    // 培训人次 450 of 500 still scored 20: the recalculation writes 18, its 小计 48 and 总分 97.5.
    await pane.getByRole("button", { name: "全部重算" }).click();
    await pane.getByText(/已改写 \d+ 个单元格/).waitFor();
    await settled(page, pane);
    expect(await cell(page, "I13").textContent()).toBe("18");
    expect(await cell(page, "I17").textContent()).toBe("48");
    expect(await cell(page, "I23").textContent()).toBe("97.5");
    await cell(page, "I17").click();
    await shot(page, "05b-subtotals-recalculated");
    await pane.getByRole("button", { name: "撤销" }).click();
    await settled(page, pane);
    expect(await cell(page, "I17").textContent()).toBe("50");
    expect(await snapshot(page)).toBe(checked);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("edits a cell in the grid (double-click, Enter) and the pane re-checks it live", async () => {
    const { page, pane } = await open("?sample=ziyang-scores-wrong.xlsx");
    await check(page, pane);
    await cell(page, "J5").dblclick();
    const editor = page.locator(".pg-editor");
    // The editor takes focus (and puts its caret) as it opens; only then type over it.
    await eventually(() => editor.evaluate((el) => el === document.activeElement), (focused) => focused);
    await editor.fill("10");
    await editor.press("Enter");
    expect(await eventually(() => cell(page, "J5").textContent(), (v) => v === "10")).toBe("10");
    expect(await page.locator('[data-testid="namebox"]').textContent()).toBe("J6"); // Enter moves down, as in Excel
    // Worksheet.onChanged → the pane re-checks by itself: the budget-score finding is gone.
    expect(await eventually(async () => (await pane.locator(".zp-findings").textContent()) || "", (v) => v.indexOf("预算执行率得分应为") < 0, 15000)).not.toContain("预算执行率得分应为");
    // Typing over a selected cell, and the formula bar showing the value.
    await cell(page, "I29").click();
    await page.keyboard.type("97");
    await page.keyboard.press("Enter");
    await cell(page, "I29").click();
    expect(await page.locator('[data-testid="formula-bar"]').inputValue()).toBe("97");
    await page.close();
  });

  it("Excel 2016 (ExcelApi 1.1): checks and marks with direct fills, says which extras are off, refuses a fix over a cell edited after the check", async () => {
    const { page, pane, errors } = await open("?sample=ziyang-scores-wrong.xlsx&profile=excel2016");
    expect(await page.getByRole("button", { name: "Excel 2016 (ExcelApi 1.1)" }).getAttribute("aria-pressed")).toBe("true");
    const original = await snapshot(page);
    await check(page, pane);
    expect(await fillOf(page, "J5")).toBe(ERROR_FILL);
    expect(await pane.locator(".zp-findings").textContent()).toContain("预算执行率得分应为 10");
    const extras = pane.getByRole("button", { name: /此版本 Excel 未启用的功能 \(\d+\)/ });
    await extras.click();
    const off = await pane.locator(".zp-feature-list li").allTextContents();
    expect(off.length).toBeGreaterThan(0);
    expect(off.join("\n")).toMatch(/1\.\d/);
    await shot(page, "07-excel2016-checked");

    // Someone edits J5 after the check (no change events on 1.1): the fix is refused, J5 named.
    await cell(page, "J5").dblclick();
    await page.locator(".pg-editor").fill("8");
    await page.locator(".pg-editor").press("Enter");
    expect(await eventually(() => cell(page, "J5").textContent(), (v) => v === "8")).toBe("8");
    await pane.getByRole("button", { name: "将 J5 改为 10" }).click();
    await pane.getByText(/检查之后以下单元格已被修改，未写入任何内容：J5/).waitFor();
    expect(await cell(page, "J5").textContent()).toBe("8");
    await shot(page, "08-excel2016-stale-refused");
    await settled(page, pane);

    // Direct marks are cell fills here: clearing them restores the original formats exactly (J5's value aside).
    await pane.getByRole("button", { name: "清除标记" }).click();
    await pane.getByText("已清除标记，单元格格式已恢复。").waitFor();
    await settled(page, pane);
    await page.evaluate(() => (window as unknown as PgWindow).__zipingPlayground.playground.workbook!.userEdit("J5", "9"));
    expect(await snapshot(page)).toBe(original);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("switching the Excel version reloads the pane, which still checks", async () => {
    const { page, pane } = await open();
    await page.getByRole("button", { name: "Excel 2016 (ExcelApi 1.1)" }).click();
    await paneReady(pane);
    expect(await eventually(() => page.evaluate(() => {
            const host = (window as unknown as PgWindow).__zipingPlayground.playground.host;
            return host ? host.profile.excelApi : "";
          }), (v) => v === "1.1")).toBe("1.1");
    await check(page, pane);
    expect(await fillOf(page, "C3")).toBe(ERROR_FILL);
    await page.close();
  });

  it("下载工作簿: the .xlsx reopened with exceljs holds the same values, fills and notes as the page", async () => {
    const { page, pane } = await open("?sample=ziyang-scores-wrong.xlsx&profile=excel2016");
    await check(page, pane);
    await pane.getByRole("button", { name: "将 J5 改为 10" }).click();
    await pane.getByText("已修改 J5。").waitFor();
    await settled(page, pane);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载工作簿" }).click()]);
    expect(download.suggestedFilename()).toBe("ziyang-scores-wrong.xlsx");
    const file = path.join(out, "downloaded.xlsx");
    await download.saveAs(file);

    const model = await page.evaluate(() => {
      const wb = (window as unknown as PgWindow).__zipingPlayground.playground.workbook!;
      const sheet = wb.activeSheet!;
      const cells: { [a1: string]: { value: unknown; formula?: string; fill?: string } } = {};
      wb.eachStoredCell(sheet, undefined, (c, row, col) => {
        const a1 = String.fromCharCode(65 + col) + (row + 1);
        cells[a1] = { value: c.value, formula: c.formula, fill: c.fill && c.fill.color };
      });
      const notes: { [a1: string]: string } = {};
      for (const a1 of Object.keys(sheet.notes)) notes[a1] = sheet.notes[a1].content;
      return { name: sheet.name, cells, notes };
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.getWorksheet(model.name)!;
    expect(ws).toBeTruthy();
    let fills = 0;
    for (const a1 of Object.keys(model.cells)) {
      const m = model.cells[a1];
      const c = ws.getCell(a1);
      const v = c.value as unknown;
      const got = v && typeof v === "object" && "formula" in (v as object) ? (v as { result?: unknown }).result : v;
      if (m.value !== null || m.formula) expect([a1, got]).toEqual([a1, m.value]);
      const fill = c.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
      const has = !!fill && fill.type === "pattern" && fill.pattern !== "none";
      expect([a1, has]).toEqual([a1, !!m.fill]);
      if (m.fill && fill && fill.fgColor && fill.fgColor.argb) {
        expect([a1, "#" + fill.fgColor.argb.slice(-6).toUpperCase()]).toEqual([a1, m.fill.toUpperCase()]);
        fills++;
      }
    }
    expect(fills).toBeGreaterThan(0); // the marks are in the file
    expect(ws.getCell("J5").value).toBe(10);
    for (const a1 of Object.keys(model.notes)) {
      const note = ws.getCell(a1).note as unknown;
      const text = typeof note === "string" ? note : ((note as { texts?: Array<{ text: string }> }).texts || []).map((t) => t.text).join("");
      expect([a1, text]).toEqual([a1, model.notes[a1]]);
    }
    await page.close();
  });

  it("says in Chinese when a file is not a workbook or holds no 自评表, and keeps the page usable", async () => {
    const { page } = await open();
    await page.locator('[data-testid="file-input"]').setInputFiles({ name: "说明.txt", mimeType: "text/plain", buffer: Buffer.from("这不是工作簿") });
    const banner = page.locator('[data-testid="banner"]');
    expect(await eventually(() => banner.textContent(), (v) => /无法打开“说明\.txt”：.*不是有效的 Excel 工作簿/.test(String(v)))).toMatch(/无法打开“说明\.txt”：.*不是有效的 Excel 工作簿/);
    expect(await cell(page, "B1").textContent()).toBe("项目支出绩效自评表"); // the previous workbook stays
    await shot(page, "09-not-a-workbook");

    await page.getByTestId("sample-picker").selectOption("not-a-form.xlsx");
    expect(await eventually(() => banner.textContent(), (v) => /没有识别到项目支出绩效自评表：.*普通数据表/.test(String(v)))).toMatch(/没有识别到项目支出绩效自评表：.*普通数据表/);
    await shot(page, "10-no-form");
    await page.close();
  });
});
