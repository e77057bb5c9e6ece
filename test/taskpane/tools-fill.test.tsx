/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// 填写指标: library candidates for the sample's empty 时效 / 成本 rows, inputs asked before writing, then the weight
// redistribution (integers summing exactly to the 一级 weight), each step one undoable plan.
import { fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { checkGrid } from "../../src/core/check";
import type { EditPlan } from "../../src/core/edit-plan";
import { apportion, proposeWeights } from "../../src/taskpane/tools/weights";
import { fixtureToGrid, readFixture } from "../fixtures/fixture";
import { checkNow, renderPane } from "../helpers/pane";
import { openTool, sampleHost, waitWritten } from "../helpers/tools";

const INTRO = /选择一个指标，写入空行/;

function value(host: ReturnType<typeof sampleHost>, address: string): unknown {
  const c = host.cell(address);
  return c ? c.value : null;
}

function rowCard(label: RegExp): HTMLElement {
  return screen.getByRole("heading", { name: label }).closest("section") as HTMLElement;
}

describe("apportion / proposeWeights", () => {
  test("integers in proportion that sum exactly", () => {
    expect(apportion([10, 15, 5, 10, 5, 5], 45)).toEqual([9, 14, 5, 9, 4, 4]);
    for (const [weights, total] of [[[3, 3, 3], 10], [[1, 1, 1, 1, 1, 1, 1], 5], [[20, 10, 10], 33], [[7], 2]] as Array<[number[], number]>) {
      const out = apportion(weights, total);
      expect(out.reduce((a, b) => a + b, 0)).toBe(total);
      for (const n of out) expect(n).toBe(Math.round(n));
    }
  });

  test("the sample: a new 时效 row with 5 points leaves the 产出 rows summing to 45", () => {
    const grid = fixtureToGrid(readFixture("sample-ziyang-2022"));
    const row18 = grid.rows[17] as Array<unknown>;
    row18[4] = { value: "项目完成及时率" };
    row18[5] = { value: "=100%" };
    const report = checkGrid(grid).forms[0];
    const row = report.form.indicators!.rows.filter((r) => r.row === 17)[0];
    const { lines, target } = proposeWeights(report, row, 5);
    expect(target).toBe(50);
    expect(lines[0]).toMatchObject({ name: "项目完成及时率", newWeight: 5 });
    expect(lines.reduce((a, l) => a + l.newWeight, 0)).toBe(50);
    // Full marks stay full marks.
    for (const l of lines.slice(1)) expect(l.newScore).toBe(l.newWeight);
  });
});

describe("填写指标", () => {
  test("offered from the level2-required finding; a candidate that needs 年度 asks for it before it can be written", async () => {
    const host = sampleHost();
    renderPane(host);
    await checkNow();
    fireEvent.click(screen.getAllByRole("button", { name: "从指标库填写" })[0]);
    await screen.findByText(INTRO);
    const card = rowCard(/时效指标（E18:J18）/);
    const write = within(card).getByRole("button", { name: "写入此行" }) as HTMLButtonElement;
    expect(write.disabled).toBe(true);
    const radios = within(card).getAllByRole("radio");
    // Ready candidates first.
    expect(radios[0].parentElement!.textContent).toContain("项目完成及时率");
    const dated = radios.filter((r) => /完成时间/.test(r.parentElement!.textContent || ""))[0];
    fireEvent.click(dated);
    expect(write.disabled).toBe(true);
    expect(within(card).getAllByText(/还缺少：年度/).length).toBeGreaterThan(0);
    fireEvent.input(within(card).getByLabelText(/评价年度/), { target: { value: "2022" } });
    expect(write.disabled).toBe(false);
    fireEvent.click(write);
    await waitWritten(host, 1);
    expect(value(host, "E18")).toBe("项目各项任务完成时间");
    expect(value(host, "F18")).toBe("≤2022年12月");
    const plan = host.calls.filter((c) => c.method === "applyEdits")[0].args[0] as EditPlan;
    expect(plan.edits.every((e) => e.previousValue === null || e.previousValue === undefined)).toBe(true);
    await screen.findByText(/已写入 E18/);
    fireEvent.click(screen.getByRole("button", { name: "撤销" }));
    await waitFor(() => expect(value(host, "E18")).toBeNull());
  });

  test("项目总成本 fills the 成本 row with the form's amounts, then the weights are redistributed as one plan", async () => {
    const host = sampleHost();
    await openTool(host, "填写指标", INTRO);
    fireEvent.click(screen.getByRole("button", { name: /成本指标（D19）/ }));
    const card = rowCard(/成本指标（E19:J19）/);
    fireEvent.click(within(card).getAllByRole("radio").filter((r) => /项目总成本/.test(r.parentElement!.textContent || ""))[0]);
    fireEvent.click(within(card).getByRole("button", { name: "写入此行" }));
    await waitWritten(host, 1);
    expect(value(host, "E19")).toBe("项目总成本");
    expect(value(host, "F19")).toBe("≤25.2万元");
    expect(value(host, "G19")).toBe("25.2万元");
    expect(value(host, "H19")).toBeNull(); // no weight written silently

    // The weights: 产出 still sums to 50, the new row has none; the proposal gives it 5 and takes 5 from the others.
    await screen.findByText(/新指标“项目总成本”还没有分值/);
    expect(screen.getByText(/合计 50 \/ 50/)).toBeTruthy();
    const weight = screen.getByLabelText("分值 项目总成本") as HTMLInputElement;
    expect(weight.value).toBe("5");
    // An edit that breaks the sum is shown as such.
    fireEvent.input(screen.getByLabelText("分值 对全区进行保密工作专项检查"), { target: { value: "15" } });
    expect(screen.getByText(/合计 51 \/ 50/).className).toContain("zp-field-error");
    fireEvent.input(screen.getByLabelText("分值 项目总成本"), { target: { value: "5" } });
    expect(screen.getByText(/合计 50 \/ 50/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "应用分值调整" }));
    await waitWritten(host, 2);
    const weights = ["H12", "H13", "H14", "H15", "H16", "H17", "H18", "H19"].map((a) => (value(host, a) as number) || 0);
    expect(weights.reduce((a, b) => a + b, 0)).toBe(50);
    expect(value(host, "H19")).toBe(5);
    expect(value(host, "I13")).toBe(value(host, "H13")); // full marks follow the weight
    // One 撤销 restores every weight and score.
    fireEvent.click(screen.getByRole("button", { name: "撤销" }));
    await waitFor(() => expect(value(host, "H19")).toBeNull());
    expect(value(host, "H13")).toBe(15);
    expect(value(host, "I13")).toBe(15);
    expect(value(host, "E19")).toBe("项目总成本");
  });

  test("inserts a library indicator as a new row below the 数量指标 group; the weights then propose its 分值; 撤销 removes the row", async () => {
    const host = sampleHost();
    const original = JSON.stringify(host.grids[host.active]);
    await openTool(host, "填写指标", INTRO);
    const card = screen.getByRole("region", { name: "在二级指标组内插入新行" });
    fireEvent.click(within(card).getByRole("button", { name: "数量指标（12–14）" }));
    const options = within(card).getAllByRole("radio");
    fireEvent.click(options[0]);
    const chosen = (options[0].parentElement as HTMLElement).querySelector("strong")!.textContent as string;
    fireEvent.click(within(card).getByRole("button", { name: "插入新行" }));
    await screen.findByText(new RegExp("已在第 15 行插入“" + chosen + "”"));
    const call = host.calls.filter((c) => c.method === "insertIndicatorRow")[0];
    expect(call).toBeDefined();
    expect(value(host, "E15")).toBe(chosen);
    expect(value(host, "E16")).toBe("保证密码通信安全和畅通"); // the 质量 rows moved down
    // The new row has no 分值: the redistribution for it is on offer.
    expect(await screen.findByText(new RegExp("新指标“" + chosen + "”还没有分值"))).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "撤销" }));
    await waitFor(() => expect(JSON.stringify(host.grids[host.active])).toBe(original));
  });

  test("a host that cannot insert rows says so", async () => {
    const host = sampleHost();
    delete (host as { insertIndicatorRow?: unknown }).insertIndicatorRow;
    await openTool(host, "填写指标", INTRO);
    expect(screen.getByText(/此环境不能插入行/)).toBeTruthy();
  });
});

describe("自定义指标 (kept in the workbook)", () => {
  const card = () => screen.getByText(/^自定义指标（保存在本工作簿/).closest("details") as HTMLElement;

  test("an indicator added in the pane is stored in the workbook and offered for the empty 时效 row; deleting it removes it", async () => {
    const host = sampleHost();
    await openTool(host, "填写指标", INTRO);
    const custom = card();
    fireEvent.click(within(custom).getByText(/^自定义指标/));
    fireEvent.change(within(custom).getByRole("combobox", { name: "二级指标" }), { target: { value: "时效指标" } });
    fireEvent.input(within(custom).getByRole("textbox", { name: "三级指标名称" }), { target: { value: "密码电报办理及时率" } });
    fireEvent.input(within(custom).getByRole("textbox", { name: "年度指标值" }), { target: { value: "=100%" } });
    fireEvent.click(within(custom).getByRole("button", { name: "加入指标库" }));
    await screen.findByText("已将“密码电报办理及时率”加入本工作簿的指标库。");
    expect(host.library).toEqual([expect.objectContaining({ level2: "时效指标", name: "密码电报办理及时率", target: "=100%" })]);
    expect(screen.getByText(/^自定义指标（保存在本工作簿，1 条）/)).toBeTruthy();
    // Offered for the 时效 row, marked as the workbook's own.
    const timeliness = rowCard(/时效指标（E18:J18）/);
    const option = within(timeliness).getByText("密码电报办理及时率").closest("label") as HTMLElement;
    expect(within(option).getByText("自定义")).toBeTruthy();

    fireEvent.click(within(card()).getByRole("button", { name: "删除“密码电报办理及时率”" }));
    await screen.findByText("已从本工作簿的指标库删除“密码电报办理及时率”。");
    expect(host.library).toBeNull();
    expect(within(rowCard(/时效指标（E18:J18）/)).queryByText("密码电报办理及时率")).toBeNull();
  });

  test("entries already in the workbook are offered; a bad one is explained and not saved", async () => {
    const stored = [{ id: "custom-1", level2: "成本指标", name: "密码设备运维成本", target: "≤{全年预算数}万元" }, { level2: "成本指标", name: "" }];
    const host = sampleHost({ library: stored });
    await openTool(host, "填写指标", INTRO);
    fireEvent.click(screen.getByRole("button", { name: "成本指标（D19）" }));
    const cost = await waitFor(() => rowCard(/成本指标（E19:J19）/));
    const option = within(cost).getByText("密码设备运维成本").closest("label") as HTMLElement;
    expect(option.textContent).toContain("≤25.2万元"); // the placeholder filled from the form
    const custom = card();
    expect(within(custom).getByText(/有以下问题/)).toBeTruthy();

    fireEvent.click(within(custom).getByRole("button", { name: "加入指标库" }));
    expect(within(custom).getByRole("alert").textContent).toContain("请填写三级指标名称和年度指标值。");
    fireEvent.input(within(custom).getByRole("textbox", { name: "三级指标名称" }), { target: { value: "某指标" } });
    fireEvent.input(within(custom).getByRole("textbox", { name: "年度指标值" }), { target: { value: "≥{数量" } });
    fireEvent.click(within(custom).getByRole("button", { name: "加入指标库" }));
    expect(within(custom).getByRole("alert").textContent).toMatch(/括号不配对/);
    expect(host.calls.filter((c) => c.method === "saveCustomLibrary")).toHaveLength(0);
  });
});
