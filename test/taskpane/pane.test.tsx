/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Pane-level behaviour: refusals and stale cells, change detection, 全部重算 / 撤销 / 清除标记, pickers,
// the extras that are off, the first-run panel and the English strings.
import { fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { checkGrid } from "../../src/core/check";
import { buildEditPlan } from "../../src/core/edit-plan";
import { App } from "../../src/taskpane/App";
import { FIRST_RUN_KEY } from "../../src/taskpane/model";
import { EN } from "../../src/taskpane/strings-en";
import { fixtureToGrid, readFixture } from "../fixtures/fixture";
import { buildFormGrid } from "../helpers/form-builder";
import type { MemoryHostOptions } from "../helpers/memory-host";
import { createMemoryHost } from "../helpers/memory-host";
import type { FakeFinding } from "../helpers/pane";
import { checkNow, fakeRules, idle, memoryStore, renderPane, seenStore } from "../helpers/pane";

const SCORE: FakeFinding = {
  id: "t-score",
  severity: "error",
  category: "资金",
  message: "预算执行率得分应为 9.5，表中为 8。",
  cells: ["J6"],
  fix: [{ cell: "J6", value: 9.5, reason: "执行率 × 分值", previousValue: 8 }],
  when: (cell) => cell("J6") !== 9.5,
};

function setup(options: MemoryHostOptions = {}, findings: FakeFinding[] = [SCORE]) {
  const host = createMemoryHost(buildFormGrid({ budgetScore: 8, rate: "90%" }), options);
  renderPane(host, { checkOptions: { rules: fakeRules(findings, () => host) } });
  return host;
}

function button(name: string | RegExp): HTMLButtonElement {
  return screen.getByRole("button", { name }) as HTMLButtonElement;
}

describe("refusals", () => {
  test("a protected sheet is checked but writing is refused up front, with the reason", async () => {
    const host = setup({ readOnly: "工作表“Sheet1”受保护。" });
    await checkNow();
    expect(screen.getByText("只能检查，不能修改：工作表“Sheet1”受保护。")).toBeTruthy();
    expect(button("将 J6 改为 9.5").disabled).toBe(true);
    expect(button("全部重算").disabled).toBe(true);
    expect(host.calls.some((c) => c.method === "highlight")).toBe(false);
    expect(screen.getByText("预算执行率得分应为 9.5，表中为 8。")).toBeTruthy();
  });

  test("a write the host refuses shows its message and changes nothing", async () => {
    const host = setup();
    await checkNow();
    host.refuseNext = "工作簿为只读，未做任何修改。";
    fireEvent.click(button("将 J6 改为 9.5"));
    await idle();
    await waitFor(() => expect(document.querySelector(".zp-message-error")!.textContent).toContain("工作簿为只读，未做任何修改。"));
    expect(host.cell("J6")!.value).toBe(8);
  });

  test("cells changed since the check are named, nothing is written, and the sheet is re-checked", async () => {
    const host = setup({ events: false });
    await checkNow();
    host.userEdit("J6", 7);
    const reads = host.calls.filter((c) => c.method === "readActiveSheet" || c.method === "readSheet").length;
    fireEvent.click(button("将 J6 改为 9.5"));
    await idle();
    await waitFor(() => expect(screen.getByText("检查之后以下单元格已被修改，未写入任何内容：J6。已重新检查。")).toBeTruthy());
    expect(host.cell("J6")!.value).toBe(7);
    expect(host.calls.filter((c) => c.method === "readActiveSheet" || c.method === "readSheet").length).toBe(reads + 1);
    // The changed cell is offered as a link.
    fireEvent.click(screen.getAllByRole("button", { name: "选择单元格 J6" })[0]);
    await waitFor(() => expect(host.selected.map((s) => s.address)).toEqual(["J6"]));
  });

  test("a host error (e.g. Excel not connected) is shown, not swallowed", async () => {
    const host = setup();
    host.readActiveSheet = () => Promise.reject(new Error("未连接 Excel。"));
    await checkNow();
    expect(document.querySelector(".zp-message-error")!.textContent).toContain("操作未完成：未连接 Excel。");
  });
});

describe("changes to the sheet", () => {
  test("with change events, an edit re-checks the sheet", async () => {
    const host = setup();
    await checkNow();
    expect(host.listeners()).toBe(1);
    expect(screen.getByText("预算执行率得分应为 9.5，表中为 8。")).toBeTruthy();
    host.userEdit("J6", 9.5);
    await waitFor(() => expect(screen.queryByText("预算执行率得分应为 9.5，表中为 8。")).toBeNull());
    await idle();
    expect(screen.queryByText("表格已修改，请重新检查。")).toBeNull();
  });

  test("without change events, returning to the pane shows 表格已修改，请重新检查", async () => {
    const host = setup({ events: false });
    await checkNow();
    window.dispatchEvent(new Event("focus"));
    await idle();
    expect(screen.queryByText("表格已修改，请重新检查。")).toBeNull();
    host.userEdit("C3", "另一个项目");
    window.dispatchEvent(new Event("focus"));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("表格已修改，请重新检查。"));
    fireEvent.click(button("重新检查"));
    await idle();
    await waitFor(() => expect(screen.queryByText("表格已修改，请重新检查。")).toBeNull());
    expect(screen.getByRole("heading", { level: 2, name: "另一个项目" })).toBeTruthy();
  });
});

describe("全部重算, 撤销, 清除标记", () => {
  const inconsistent = () => buildFormGrid({ totalScore: 95, budgetScore: 8, rate: "90%" });

  test("全部重算 writes the core's plan as values, or as formulas when asked", async () => {
    for (const formulas of [false, true]) {
      const grid = inconsistent();
      const host = createMemoryHost(grid);
      const { unmount } = renderPane(host);
      await checkNow();
      if (formulas) fireEvent.click(screen.getByLabelText("以公式写入"));
      fireEvent.click(button("全部重算"));
      await idle();
      const expected = buildEditPlan(checkGrid(grid).forms[0], { formulas });
      await waitFor(() => expect(host.calls.filter((c) => c.method === "applyEdits")).toHaveLength(1));
      const plan = host.calls.filter((c) => c.method === "applyEdits")[0].args[0] as { edits: unknown[] };
      expect(plan.edits).toEqual(JSON.parse(JSON.stringify(expected.edits)));
      expect(plan.edits.some((e) => typeof (e as { formula?: string }).formula === "string")).toBe(formulas);
      await waitFor(() => expect(screen.getByText("已改写 " + expected.edits.length + " 个单元格。可点击“撤销”还原。")).toBeTruthy());
      unmount();
    }
  });

  test("全部重算 on a consistent form writes nothing", async () => {
    const host = createMemoryHost(buildFormGrid());
    renderPane(host);
    await checkNow();
    fireEvent.click(button("全部重算"));
    await idle();
    expect(screen.getByText("无需重算：表中数值与计算结果一致。")).toBeTruthy();
    expect(host.calls.some((c) => c.method === "applyEdits")).toBe(false);
  });

  test("撤销 restores what the last write replaced and re-checks", async () => {
    const host = createMemoryHost(inconsistent());
    renderPane(host);
    await checkNow();
    expect(button("撤销").disabled).toBe(true);
    fireEvent.click(button("全部重算"));
    await idle();
    await waitFor(() => expect(button("撤销").disabled).toBe(false));
    expect(host.cell("I20")!.value).toBe(99.5);
    fireEvent.click(button("撤销"));
    await idle();
    await waitFor(() => expect(screen.getByText("已撤销助手的上一次修改。")).toBeTruthy());
    expect(host.cell("I20")!.value).toBe(95);
    expect(host.cell("J6")!.value).toBe(8);
    expect(button("撤销").disabled).toBe(true);
  });

  test("撤销 is offered when the workbook holds an undo snapshot from an earlier session", async () => {
    const host = createMemoryHost(inconsistent());
    host.status = async () => ({ canUndo: true, highlighted: true });
    renderPane(host);
    await waitFor(() => expect(button("撤销").disabled).toBe(false));
    expect(button("清除标记").disabled).toBe(false);
  });

  test("清除标记 removes the marks and says so", async () => {
    const host = setup();
    expect(button("清除标记").disabled).toBe(true);
    await checkNow();
    expect(host.marks).not.toBeNull();
    fireEvent.click(button("清除标记"));
    await idle();
    await waitFor(() => expect(screen.getByText("已清除标记，单元格格式已恢复。")).toBeTruthy());
    expect(host.marks).toBeNull();
    expect(button("清除标记").disabled).toBe(true);
    expect(screen.queryByText("表格中的标记已显示")).toBeNull();
  });
});

describe("pickers", () => {
  test("a sheet with several forms offers a form picker", async () => {
    const host = createMemoryHost(fixtureToGrid(readFixture("stacked-two-forms")));
    renderPane(host);
    await checkNow();
    const report = checkGrid(fixtureToGrid(readFixture("stacked-two-forms")));
    expect(report.forms.length).toBe(2);
    const picker = screen.getByLabelText("表格") as HTMLSelectElement;
    expect(picker.options).toHaveLength(2);
    expect(picker.options[1].textContent).toContain(report.forms[1].range);
    fireEvent.change(picker, { target: { value: "1" } });
    const second = report.forms[1].form.projectName!.field.text;
    await waitFor(() => expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(second));
  });

  test("a workbook with several sheets offers a sheet picker that checks the chosen sheet", async () => {
    const other = buildFormGrid({ projectName: "第二个项目" }, "项目二");
    const host = createMemoryHost(buildFormGrid(), { sheets: [other] });
    renderPane(host);
    const picker = (await screen.findByLabelText("工作表")) as HTMLSelectElement;
    fireEvent.change(picker, { target: { value: "项目二" } });
    await idle();
    await waitFor(() => expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("第二个项目"));
    expect(host.calls.some((c) => c.method === "readSheet" && c.args[0] === "项目二")).toBe(true);
    expect(host.marks!.sheetName).toBe("项目二");
  });
});

describe("extras, first run, language", () => {
  test("the extras that are off on an old Excel are listed with their reasons", async () => {
    const message = "此版本 Excel 不支持工作表更改事件（需要 ExcelApi 1.7），修改表格后任务窗格会提示“表格已修改，请重新检查”。";
    setup({ features: [{ feature: "events", requires: "ExcelApi 1.7", message }] });
    const toggle = button("此版本 Excel 未启用的功能 (1)");
    expect(screen.queryByText(message)).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText(message)).toBeTruthy();
  });

  test("nothing is listed on a current Excel", () => {
    setup();
    expect(screen.queryByRole("button", { name: /未启用的功能/ })).toBeNull();
  });

  test("the first-run panel explains the three steps, can be skipped and is remembered", () => {
    const host = createMemoryHost(buildFormGrid());
    const store = memoryStore();
    const { unmount } = renderPane(host, { storage: store, now: () => new Date("2025-04-01T00:00:00Z") });
    const panel = screen.getByRole("region", { name: "欢迎使用自评表助手" });
    expect(panel.textContent).toContain("检查");
    expect(panel.textContent).toContain("查看并修正");
    expect(panel.textContent).toContain("重算或撤销");
    fireEvent.click(button("跳过"));
    expect(screen.queryByRole("region", { name: "欢迎使用自评表助手" })).toBeNull();
    expect(store.data[FIRST_RUN_KEY]).toBe("2025");
    expect(document.activeElement).toBe(button("检查"));
    unmount();
    renderPane(host, { storage: store, now: () => new Date("2025-11-01T00:00:00Z") });
    expect(screen.queryByRole("region", { name: "欢迎使用自评表助手" })).toBeNull();
    fireEvent.click(button("使用说明"));
    expect(screen.getByRole("region", { name: "欢迎使用自评表助手" })).toBeTruthy();
  });

  test("the first-run panel comes back for next year's 自评", () => {
    renderPane(createMemoryHost(buildFormGrid()), { storage: memoryStore({ [FIRST_RUN_KEY]: "2024" }), now: () => new Date("2025-02-01T00:00:00Z") });
    expect(screen.getByRole("region", { name: "欢迎使用自评表助手" })).toBeTruthy();
  });

  test("English strings when Office shows English", async () => {
    const host = createMemoryHost(buildFormGrid({ budgetScore: 8 }));
    render(<App host={host} strings={EN} storage={seenStore()} checkOptions={{ rules: fakeRules([SCORE], () => host) }} />);
    await checkNow("Check");
    expect(button("Recalculate all")).toBeTruthy();
    expect(screen.getByRole("button", { name: "J6: Change to 9.5" }).textContent).toBe("Change to 9.5");
    expect(document.querySelector("main")!.getAttribute("lang")).toBe("en-US");
  });
});
