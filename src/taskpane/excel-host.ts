// Placeholder: the lead wires this to src/excel (the Office.js adapter). Until then the pane shows this error.
import type { WorkbookHost } from "./host";

export function createExcelHost(): WorkbookHost {
  throw new Error("未连接 Excel：任务窗格尚未接入 Excel 适配器。");
}
