/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// 忽略 with a reason (stored through the host), 已忽略 (n) with 恢复, and stale suppressions (已失效).
import { fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { buildFormGrid } from "../helpers/form-builder";
import type { MemoryHostOptions } from "../helpers/memory-host";
import { createMemoryHost } from "../helpers/memory-host";
import type { FakeFinding } from "../helpers/pane";
import { checkNow, fakeRules, idle, renderPane } from "../helpers/pane";

const FINDINGS: FakeFinding[] = [
  { id: "t-header", severity: "error", category: "表头", message: "主管部门未填写。", cells: ["C4"] },
  { id: "t-deviation", severity: "warning", category: "偏差原因", message: "得分低于分值，但未填写偏差原因。", cells: ["I13", "J13"] },
];

function setup(options: MemoryHostOptions = {}) {
  const host = createMemoryHost(buildFormGrid(), options);
  renderPane(host, { checkOptions: { rules: fakeRules(FINDINGS, () => host) }, now: () => new Date("2025-03-01T08:00:00Z") });
  return host;
}

function item(text: string): HTMLElement {
  return screen.getByText(text).closest("li") as HTMLElement;
}

async function ignore(text: string, reason: string) {
  fireEvent.click(within(item(text)).getByRole("button", { name: "忽略" }));
  const input = screen.getByLabelText("忽略原因") as HTMLInputElement;
  fireEvent.input(input, { target: { value: reason } });
  fireEvent.click(screen.getByRole("button", { name: "确定忽略" }));
  await idle();
}

describe("ignoring findings", () => {
  test("忽略 asks for a reason and focuses the reason box; an empty reason is refused", async () => {
    const host = setup();
    await checkNow();
    fireEvent.click(within(item("主管部门未填写。")).getByRole("button", { name: "忽略" }));
    const input = screen.getByLabelText("忽略原因") as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    fireEvent.click(screen.getByRole("button", { name: "确定忽略" }));
    expect(screen.getByRole("alert").textContent).toBe("请填写忽略原因。");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(host.calls.some((c) => c.method === "saveIgnored")).toBe(false);
  });

  test("the reason is stored in the workbook and the finding moves to 已忽略 (n), unmarked", async () => {
    const host = setup();
    await checkNow();
    await ignore("主管部门未填写。", "主管部门即实施单位");
    expect(host.ignored).toEqual([
      { rule: "t-header", sheet: "Sheet1", cell: "C4", reason: "主管部门即实施单位", at: "2025-03-01T08:00:00.000Z", message: "主管部门未填写。" },
    ]);
    expect(screen.getByText("已忽略，原因已保存在工作簿中。")).toBeTruthy();
    expect(document.querySelectorAll(".zp-item-main")).toHaveLength(1);
    expect(screen.getByRole("region", { name: "表格概况" }).textContent).toContain("错误 0");
    expect(host.marks!.findings.map((f) => f.rule)).toEqual(["t-deviation"]);
    // Focus lands on the next finding, not on the page.
    expect((document.activeElement as HTMLElement).className).toBe("zp-item-main");

    const toggle = screen.getByRole("button", { name: /已忽略 \(1\)/ });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText("主管部门即实施单位", { exact: false }).textContent).toBe("原因：主管部门即实施单位");
  });

  test("恢复 brings the finding back and removes the suppression", async () => {
    const host = setup();
    await checkNow();
    await ignore("主管部门未填写。", "不适用");
    fireEvent.click(screen.getByRole("button", { name: /已忽略 \(1\)/ }));
    fireEvent.click(screen.getByRole("button", { name: "恢复" }));
    await idle();
    await waitFor(() => expect(host.ignored).toEqual([]));
    expect(document.querySelectorAll(".zp-item-main")).toHaveLength(2);
    expect(screen.queryByRole("button", { name: /已忽略/ })).toBeNull();
    expect(host.marks!.findings.map((f) => f.rule).sort()).toEqual(["t-deviation", "t-header"]);
  });

  test("a stored suppression is applied on check; one whose finding is gone shows as 已失效 and can be removed", async () => {
    const host = setup({
      ignored: [
        { rule: "t-deviation", sheet: "Sheet1", cell: "I13", reason: "已说明", at: "2024-12-01T00:00:00Z" },
        { rule: "t-gone", sheet: "Sheet1", cell: "B2", reason: "旧原因", at: "2024-12-01T00:00:00Z", message: "旧问题已经改好" },
        { rule: "t-header", sheet: "其他表", cell: "C4", reason: "别的表", at: "2024-12-01T00:00:00Z" },
      ],
    });
    await checkNow();
    expect(document.querySelectorAll(".zp-item-main")).toHaveLength(1);
    expect(screen.getByText("主管部门未填写。")).toBeTruthy();
    const toggle = screen.getByRole("button", { name: /已忽略 \(2\)/ });
    // Opened by default when something is stale, so it is noticed.
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const stale = document.querySelector(".zp-item-stale") as HTMLElement;
    expect(stale.textContent).toContain("已失效");
    expect(stale.textContent).toContain("旧问题已经改好");
    expect(stale.textContent).toContain("原因：旧原因");
    fireEvent.click(within(stale).getByRole("button", { name: "移除" }));
    await idle();
    await waitFor(() => expect(host.ignored.map((s) => s.rule)).toEqual(["t-deviation", "t-header"]));
  });

  test("全部恢复 clears this sheet's suppressions only", async () => {
    const host = setup({
      ignored: [
        { rule: "t-deviation", sheet: "Sheet1", cell: "I13", reason: "已说明", at: "2024-12-01T00:00:00Z" },
        { rule: "t-header", sheet: "其他表", cell: "C4", reason: "别的表", at: "2024-12-01T00:00:00Z" },
      ],
    });
    await checkNow();
    fireEvent.click(screen.getByRole("button", { name: /已忽略 \(1\)/ }));
    fireEvent.click(screen.getByRole("button", { name: "全部恢复" }));
    await idle();
    await waitFor(() => expect(host.ignored.map((s) => s.sheet)).toEqual(["其他表"]));
    expect(document.querySelectorAll(".zp-item-main")).toHaveLength(2);
  });

  test("Escape cancels and returns focus to the finding", async () => {
    const host = setup();
    await checkNow();
    fireEvent.click(within(item("得分低于分值，但未填写偏差原因。")).getByRole("button", { name: "忽略" }));
    const input = screen.getByLabelText("忽略原因");
    fireEvent.keyDown(input, { key: "Escape" });
    expect(screen.queryByLabelText("忽略原因")).toBeNull();
    await waitFor(() => expect(document.activeElement!.textContent).toContain("得分低于分值"));
    expect(host.calls.some((c) => c.method === "saveIgnored")).toBe(false);
  });

  test("when the workbook refuses to store the suppression, the finding stays and the reason is shown", async () => {
    const host = setup();
    await checkNow();
    host.refuseNext = "工作簿为只读，无法保存。";
    await ignore("主管部门未填写。", "不适用");
    expect(screen.getByText("未能保存忽略：工作簿为只读，无法保存。")).toBeTruthy();
    expect(host.ignored).toEqual([]);
    expect(screen.getByText("主管部门未填写。")).toBeTruthy();
  });
});
