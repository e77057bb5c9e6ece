/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// 建议措辞: proposals for the rows that lost points, edited and written into the 偏差原因 cell; never overwriting
// without confirmation; undoable.
import { fireEvent, screen, waitFor, within } from "@testing-library/preact";
import type { EditPlan } from "../../src/core/edit-plan";
import { checkNow, idle, renderPane } from "../helpers/pane";
import { openTool, sampleHost, waitWritten } from "../helpers/tools";

const INTRO = /以下指标扣分或超额完成较多/;

function card(subject: string): HTMLElement {
  return screen.getByRole("heading", { name: new RegExp(subject) }).closest("section") as HTMLElement;
}

describe("建议措辞", () => {
  test("offered from the deviation-required finding: picks, edits and writes into J25, undoable", async () => {
    const host = sampleHost();
    renderPane(host);
    await checkNow();
    const offers = screen.getAllByRole("button", { name: "建议措辞" });
    expect(offers.length).toBeGreaterThanOrEqual(2);
    fireEvent.click(offers[0]);
    await screen.findByText(INTRO);
    const c = card("信息化创建工程有力推进");
    expect(c.className).toContain("zp-current");
    const radios = within(c).getAllByRole("radio");
    expect(radios.length).toBeGreaterThanOrEqual(2);
    expect(radios.length).toBeLessThanOrEqual(3);
    fireEvent.click(radios[1]);
    const box = within(c).getByLabelText("写入 J25 的内容") as HTMLTextAreaElement;
    expect(box.value).toContain("信息化创建工程有力推进");
    expect(box.value).not.toMatch(/[{}〔〕]/);
    fireEvent.input(box, { target: { value: box.value + "（已核实）" } });
    const text = box.value;
    fireEvent.click(within(c).getByRole("button", { name: "写入 J25" }));
    await waitWritten(host, 1);
    expect(host.cell("J25")!.value).toBe(text);
    const plan = host.calls.filter((x) => x.method === "applyEdits")[0].args[0] as EditPlan;
    expect(plan.edits).toHaveLength(1);
    expect(plan.edits[0]).toMatchObject({ cell: "J25", value: text, previousValue: null });
    await screen.findByText(/已写入 J25/);
    fireEvent.click(screen.getByRole("button", { name: "撤销" }));
    await waitFor(() => expect(host.cell("J25") ? host.cell("J25")!.value : null).toBeNull());
  });

  test("a non-empty cell is replaced only after confirmation", async () => {
    const host = sampleHost();
    host.userEdit("J26", "原有说明");
    await openTool(host, "措辞", INTRO);
    const c = card("健全完善");
    expect(within(c).getByText(/原有说明/)).toBeTruthy();
    fireEvent.click(within(c).getByRole("button", { name: "写入 J26" }));
    // Asked, nothing written yet.
    expect(within(c).getByText(/J26 已有内容，确定用新内容替换吗/)).toBeTruthy();
    expect(host.calls.filter((x) => x.method === "applyEdits")).toHaveLength(0);
    fireEvent.click(within(c).getByRole("button", { name: "取消" }));
    expect(host.cell("J26")!.value).toBe("原有说明");
    fireEvent.click(within(c).getByRole("button", { name: "写入 J26" }));
    fireEvent.click(within(c).getByRole("button", { name: "替换" }));
    await waitWritten(host, 1);
    expect(host.cell("J26")!.value).not.toBe("原有说明");
    const plan = host.calls.filter((x) => x.method === "applyEdits")[0].args[0] as EditPlan;
    expect(plan.edits[0].previousValue).toBe("原有说明");
  });

  test("an empty text is not written; a user edit after the check makes the write stale", async () => {
    const host = sampleHost({ events: false });
    await openTool(host, "措辞", INTRO);
    const c = card("信息化创建工程有力推进");
    fireEvent.input(within(c).getByLabelText("写入 J25 的内容"), { target: { value: "  " } });
    fireEvent.click(within(c).getByRole("button", { name: "写入 J25" }));
    expect(within(c).getByRole("alert").textContent).toContain("请先填写");
    expect(host.calls.filter((x) => x.method === "applyEdits")).toHaveLength(0);
    fireEvent.click(within(c).getAllByRole("radio")[1]);
    // The user types into J25 meanwhile (no change event: this host has none).
    host.userEdit("J25", "用户刚写的");
    fireEvent.click(within(c).getByRole("button", { name: "写入 J25" }));
    await waitWritten(host, 1);
    expect(host.cell("J25")!.value).toBe("用户刚写的");
    await screen.findByText(/以下单元格已被修改/);
    await idle();
  });
});
