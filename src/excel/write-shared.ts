/// <reference types="office-js" />
// The few pieces of write.ts the rest of src/excel and the pane need without loading write.ts itself (the task pane
// loads write.ts as its own chunk on the first write, keeping it out of the startup bundle).
import type { Features } from "./features";

export const UNDO_KEY = "ziping.undo";

export function protectedMessage(sheetName: string): string {
  return "工作表“" + sheetName + "”受保护，无法写入，未做任何修改。请先在“审阅 → 撤销工作表保护”后再试；检查和标记说明仍可在任务窗格中查看。";
}

export const READ_ONLY_MESSAGE = "工作簿以只读方式打开，无法写入，未做任何修改。请另存一份或以可编辑方式打开后再试。";

/** Excel.run wrappers: one undo group where ExcelApi 1.20 allows. */
export function runExcel<T>(features: Features, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (features.mergeUndoGroup) return Excel.run({ mergeUndoGroup: true }, batch);
  return Excel.run(batch);
}
