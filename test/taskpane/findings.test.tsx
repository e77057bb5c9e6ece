/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The findings list: header, grouping, fix buttons, cell links, Previous / Next and keyboard operation.
import { fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { checkGrid } from "../../src/core/check";
import { buildFormGrid } from "../helpers/form-builder";
import type { FakeFinding } from "../helpers/pane";
import { checkNow, fakeRules, idle, renderPane } from "../helpers/pane";
import type { MemoryHost } from "../helpers/memory-host";
import { createMemoryHost } from "../helpers/memory-host";

// J6 holds 8 in this form; I6 holds "90%".
const FINDINGS: FakeFinding[] = [
  { id: "t-info", severity: "info", category: "指标值", message: "提示：实际完成值写法不规范。", cells: ["G13"] },
  {
    id: "t-score",
    severity: "error",
    category: "资金",
    message: "预算执行率得分应为 9.5，表中为 8。",
    cells: ["J6"],
    fix: [{ cell: "J6", value: 9.5, reason: "执行率 × 分值", previousValue: 8 }],
    when: (cell) => cell("J6") !== 9.5,
  },
  { id: "t-warn", severity: "warning", category: "指标结构", message: "警告：时效指标一行为空。", cells: ["D15", "E15:J15"] },
  { id: "t-header", severity: "error", category: "表头", message: "主管部门未填写。", cells: ["C4"] },
  { id: "t-rate", severity: "error", category: "资金", message: "执行率应为 95%。", cells: ["I6"] },
];

function setup(findings: FakeFinding[] = FINDINGS): MemoryHost {
  const host = createMemoryHost(buildFormGrid({ budgetScore: 8, rate: "90%" }));
  renderPane(host, { checkOptions: { rules: fakeRules(findings, () => host) } });
  return host;
}

function itemButtons(): HTMLElement[] {
  return Array.prototype.slice.call(document.querySelectorAll(".zp-item-main"));
}

describe("task pane findings", () => {
  test("before a check the pane says what to do", () => {
    setup();
    expect(screen.getByText("打开要检查的自评表，点击“检查”。")).toBeTruthy();
    expect((screen.getByRole("button", { name: "全部重算" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("检查 shows the header and marks every finding on the sheet", async () => {
    const host = setup();
    await checkNow();
    expect(screen.getByRole("heading", { level: 2, name: "基层干部业务培训项目" })).toBeTruthy();
    expect(screen.getByText("全国通用（财预〔2020〕10号附件1）")).toBeTruthy();
    const summary = screen.getByRole("region", { name: "表格概况" });
    expect(summary.textContent).toContain("表中 99.5");
    expect(summary.textContent).toContain("优");
    const counts = within(summary).getByRole("list", { name: "问题数" });
    expect(counts.textContent).toContain("错误 3");
    expect(counts.textContent).toContain("警告 1");
    expect(counts.textContent).toContain("提示 1");
    expect(host.marks).not.toBeNull();
    expect(host.marks!.findings.map((f) => f.rule).sort()).toEqual(["t-header", "t-info", "t-rate", "t-score", "t-warn"]);
    expect(screen.getByText("表格中的标记已显示")).toBeTruthy();
  });

  test("findings are grouped by severity, then by category, with icon and text", async () => {
    setup();
    await checkNow();
    const groups = Array.prototype.slice.call(document.querySelectorAll(".zp-group")) as HTMLElement[];
    expect(groups.map((g) => g.querySelector("h3")!.textContent)).toEqual(["错误 (3)", "警告 (1)", "提示 (1)"]);
    // Severity is never colour alone: every group title and item carries an icon and a text label.
    for (const g of groups) expect(g.querySelector("h3 svg")).not.toBeNull();
    const errorCategories = Array.prototype.map.call(groups[0].querySelectorAll("h4"), (h: Element) => h.textContent);
    expect(errorCategories).toEqual(["表头", "资金"]);
    expect(itemButtons().map((b) => b.textContent)).toEqual([
      "错误：主管部门未填写。",
      "错误：执行率应为 95%。",
      "错误：预算执行率得分应为 9.5，表中为 8。",
      "警告：警告：时效指标一行为空。",
      "提示：提示：实际完成值写法不规范。",
    ]);
  });

  test("the fix button applies exactly that finding's fix, then re-checks", async () => {
    const host = setup();
    await checkNow();
    const fix = screen.getByRole("button", { name: "将 J6 改为 9.5" });
    expect(fix.textContent).toBe("改为 9.5");
    fireEvent.click(fix);
    await waitFor(() => expect(screen.getByText("已修改 J6。可点击“撤销”还原。")).toBeTruthy());
    await idle();
    const applied = host.calls.filter((c) => c.method === "applyEdits");
    expect(applied).toHaveLength(1);
    expect(applied[0].args[0]).toEqual({
      sheetName: "Sheet1",
      range: "B1:J21",
      edits: [{ cell: "J6", value: 9.5, reason: "执行率 × 分值", previousValue: 8 }],
      skipped: [],
    });
    expect(host.cell("J6")!.value).toBe(9.5);
    // Re-checked: the finding is gone and the marks were refreshed without it.
    expect(screen.queryByText("预算执行率得分应为 9.5，表中为 8。")).toBeNull();
    expect(host.marks!.findings.map((f) => f.rule)).not.toContain("t-score");
    expect((screen.getByRole("button", { name: "撤销" }) as HTMLButtonElement).disabled).toBe(false);
  });

  test("a real finding's fix reads like 改为 9.5 and writes the core's edits", async () => {
    const grid = buildFormGrid({ totalScore: 95, budgetScore: 8, rate: "90%" });
    const host = createMemoryHost(grid);
    renderPane(host);
    await checkNow();
    const expected = checkGrid(grid).forms[0].findings.filter((f) => f.fix && f.fix.length === 1 && f.fix[0].cell === "J6")[0];
    expect(expected).toBeDefined();
    fireEvent.click(screen.getByRole("button", { name: "将 J6 改为 9.5" }));
    await waitFor(() => expect(host.calls.some((c) => c.method === "applyEdits")).toBe(true));
    await idle();
    const plan = host.calls.filter((c) => c.method === "applyEdits")[0].args[0] as { edits: unknown };
    expect(plan.edits).toEqual(expected.fix);
    expect(host.cell("J6")!.value).toBe(9.5);
  });

  test("cell links select their cell on the form's sheet", async () => {
    const host = setup();
    await checkNow();
    fireEvent.click(screen.getByRole("button", { name: "选择单元格 E15:J15" }));
    await waitFor(() => expect(host.selected).toEqual([{ sheetName: "Sheet1", address: "E15:J15" }]));
  });

  test("Previous / Next walk the findings in display order and select their first cell", async () => {
    const host = setup();
    await checkNow();
    const prev = screen.getByRole("button", { name: /上一个/ }) as HTMLButtonElement;
    const next = screen.getByRole("button", { name: /下一个/ }) as HTMLButtonElement;
    expect(screen.getByText("共 5 项")).toBeTruthy();
    expect(prev.disabled).toBe(true);
    fireEvent.click(next);
    fireEvent.click(next);
    fireEvent.click(next);
    fireEvent.click(next);
    await waitFor(() => expect(host.selected.map((s) => s.address)).toEqual(["C4", "I6", "J6", "D15"]));
    expect(screen.getByText("第 4 / 5 项")).toBeTruthy();
    const current = document.querySelector(".zp-current")!;
    expect(current.getAttribute("aria-current")).toBe("true");
    expect(current.textContent).toContain("时效指标一行为空");
    fireEvent.click(next);
    expect(next.disabled).toBe(true);
    fireEvent.click(prev);
    await waitFor(() => expect(host.selected.map((s) => s.address)).toEqual(["C4", "I6", "J6", "D15", "G13", "D15"]));
    expect(screen.getByText("第 4 / 5 项")).toBeTruthy();
  });

  test("keyboard: one item in the Tab order, arrows / Home / End move focus, items are native buttons", async () => {
    const host = setup();
    await checkNow();
    const items = itemButtons();
    expect(items.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    for (const b of items) expect(b.tagName).toBe("BUTTON"); // Enter and Space activate natively
    items[0].focus();
    fireEvent.keyDown(items[0], { key: "ArrowDown" });
    expect(document.activeElement).toBe(itemButtons()[1]);
    await waitFor(() => expect(itemButtons().map((b) => b.tabIndex)).toEqual([-1, 0, -1, -1, -1]));
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(document.activeElement).toBe(itemButtons()[4]);
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(itemButtons()[4]);
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    expect(document.activeElement).toBe(itemButtons()[0]);
    fireEvent.keyDown(document.activeElement!, { key: "ArrowUp" });
    expect(document.activeElement).toBe(itemButtons()[0]);
    // Moving focus does not touch the sheet; activating does.
    expect(host.selected).toEqual([]);
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    fireEvent.click(document.activeElement!);
    await waitFor(() => expect(host.selected.map((s) => s.address)).toEqual(["J6"]));
    // The actions of the focused item are reachable with Tab; those of other items are not.
    const row = itemButtons()[2].parentElement!;
    expect((within(row).getByRole("button", { name: "将 J6 改为 9.5" }) as HTMLButtonElement).tabIndex).toBe(0);
    const other = itemButtons()[0].parentElement!;
    expect((within(other).getByRole("button", { name: "忽略" }) as HTMLButtonElement).tabIndex).toBe(-1);
  });

  test("a form without findings says so", async () => {
    setup([]);
    await checkNow();
    expect(screen.getByText("未发现问题。")).toBeTruthy();
    expect(screen.queryByRole("group", { name: "逐项查看" })).toBeNull();
  });

  test("a sheet without a form says why", async () => {
    const host = createMemoryHost({ sheetName: "说明", rows: [[{ value: "填表说明" }]], merges: [] });
    renderPane(host);
    await checkNow();
    expect(document.querySelector(".zp-empty")!.textContent).not.toBe("");
    expect(screen.queryByRole("region", { name: "表格概况" })).toBeNull();
    expect(host.calls.some((c) => c.method === "highlight")).toBe(false);
  });
});
