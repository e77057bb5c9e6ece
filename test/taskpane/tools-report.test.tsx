/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// 自评报告 (preview, edit, insert into a new sheet, undo) and 报告核对 (the sample report: 28.8 万元 flagged,
// 98分 / 优秀 accepted; reading the report back from a worksheet).
import * as fs from "fs";
import * as path from "path";
import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { openTool, sampleHost } from "../helpers/tools";
import { idle } from "../helpers/pane";

const SAMPLE_REPORT = fs.readFileSync(path.join(__dirname, "..", "fixtures", "report-ziyang-2022.txt"), "utf8");

function writes(host: ReturnType<typeof sampleHost>) {
  return host.calls.filter((c) => c.method === "writeReportSheet");
}

describe("自评报告", () => {
  test("previews the draft with the form's numbers, edits a paragraph and inserts it into 自评报告; 撤销 removes the sheet", async () => {
    const host = sampleHost();
    await openTool(host, "自评报告", /根据表中的数字生成的自评报告草稿/);
    expect(screen.getByText(/机要密码专项/, { selector: ".zp-report-title" })).toBeTruthy();
    expect(screen.getByText("一、项目概况")).toBeTruthy();
    const boxes = Array.prototype.slice.call(document.querySelectorAll(".zp-report textarea")) as HTMLTextAreaElement[];
    expect(boxes.some((b) => /25\.2万元/.test(b.value))).toBe(true);
    const first = screen.getByLabelText("第 1 段") as HTMLTextAreaElement;
    fireEvent.input(first, { target: { value: "=本段经用户修改\n第二行" } });
    expect(screen.getByText(/Ctrl\+Z 可能无法删除/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "插入新工作表" }));
    await waitFor(() => expect(writes(host)).toHaveLength(1));
    await idle();
    const [name, paragraphs] = writes(host)[0].args as [string, string[]];
    expect(name).toBe("自评报告");
    expect(paragraphs[0]).toMatch(/绩效自评报告/);
    expect(paragraphs).toContain("=本段经用户修改 第二行");
    expect(paragraphs.every((p) => p.indexOf("\n") < 0 && p.trim() !== "")).toBe(true);
    expect(Object.keys(host.grids)).toContain("自评报告");
    await screen.findByText(/已插入工作表“自评报告”/);
    // A second insert gets its own name.
    fireEvent.click(screen.getByRole("button", { name: "插入新工作表" }));
    await waitFor(() => expect(Object.keys(host.grids)).toContain("自评报告(2)"));
    await idle();
    fireEvent.click(screen.getByRole("button", { name: "撤销" }));
    await waitFor(() => expect(Object.keys(host.grids)).not.toContain("自评报告(2)"));
    expect(Object.keys(host.grids)).toContain("自评报告");
  });

  test("a refusal is shown and nothing is added", async () => {
    const host = sampleHost();
    await openTool(host, "自评报告", /自评报告草稿/);
    host.refuseNext = "工作簿结构受保护，未做任何修改。";
    fireEvent.click(screen.getByRole("button", { name: "插入新工作表" }));
    await screen.findByText("工作簿结构受保护，未做任何修改。");
    expect(Object.keys(host.grids)).toHaveLength(1);
  });
});

describe("报告核对", () => {
  test("the pasted sample report: 28.8 万元 is flagged with its cells, 98分 and 优秀 are accepted", async () => {
    const host = sampleHost();
    await openTool(host, "报告核对", /粘贴已有的自评报告/);
    fireEvent.click(screen.getByRole("button", { name: "核对" }));
    expect(screen.getByRole("alert").textContent).toContain("请先粘贴");
    fireEvent.input(screen.getByLabelText("自评报告全文"), { target: { value: SAMPLE_REPORT } });
    fireEvent.click(screen.getByRole("button", { name: "核对" }));
    const flagged = await screen.findAllByText("28.8万元");
    expect(flagged.length).toBeGreaterThan(0);
    expect(screen.getByText(/处与表格不一致/)).toBeTruthy();
    const items = Array.prototype.slice.call(document.querySelectorAll(".zp-tool-list .zp-item")) as HTMLElement[];
    expect(items.some((li) => /28\.8万元/.test(li.textContent || ""))).toBe(true);
    expect(items.some((li) => /98分|优秀/.test((li.querySelector("mark") || { textContent: "" }).textContent || ""))).toBe(false);
    const withCells = items.filter((li) => /28\.8万元/.test(li.textContent || ""))[0];
    const cell = withCells.querySelector(".zp-cells button") as HTMLButtonElement;
    fireEvent.click(cell);
    await waitFor(() => expect(host.selected.length).toBe(1));
    expect(host.selected[0].sheetName).toBe(Object.keys(host.grids)[0]);
  });

  test("reads the report from a worksheet named 自评报告", async () => {
    const host = sampleHost();
    const lines = SAMPLE_REPORT.split(/\r?\n/);
    host.grids["自评报告"] = { sheetName: "自评报告", rows: lines.map((l) => [{ value: l }]), merges: [] };
    await openTool(host, "报告核对", /粘贴已有的自评报告/);
    fireEvent.click(await screen.findByRole("button", { name: "读取工作表“自评报告”" }));
    await screen.findAllByText("28.8万元");
    expect((screen.getByLabelText("自评报告全文") as HTMLTextAreaElement).value).toContain("实际到位资金28.8万元");
  });

  test("the generated report agrees with its own form", async () => {
    const host = sampleHost();
    await openTool(host, "自评报告", /自评报告草稿/);
    fireEvent.click(screen.getByRole("button", { name: "插入新工作表" }));
    await waitFor(() => expect(Object.keys(host.grids)).toContain("自评报告"));
    await idle();
    fireEvent.click(screen.getByRole("tab", { name: "报告核对" }));
    fireEvent.click(await screen.findByRole("button", { name: "读取工作表“自评报告”" }));
    await screen.findByText("未发现与表格矛盾的数字或等级。");
  });
});
