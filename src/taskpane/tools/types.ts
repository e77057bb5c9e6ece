// What the pane hands a writing tool. Type-only: App imports it without pulling the tools chunk into the startup bundle.
import type { FormReport } from "../../core/check";
import type { EditPlan } from "../../core/edit-plan";
import type { Message } from "../components/MessageBar";
import type { WorkbookHost } from "../host";
import type { Strings } from "../strings";

export type ToolKind = "wording" | "fill" | "report" | "check";

export const TOOL_KINDS: ToolKind[] = ["wording", "fill", "report", "check"];

export interface ToolRequest {
  kind: ToolKind;
  /** The finding's first cell: the tool starts at its row. */
  cell?: string;
  /** 0-based sheet row the tool should start at (from `cell`, computed by the tools bundle). */
  row?: number;
}

export interface ToolsProps {
  request: ToolRequest;
  /** Switches to another tool (the tab bar). */
  onRequest(request: ToolRequest): void;
  strings: Strings;
  host: WorkbookHost;
  sheetName: string;
  report: FormReport;
  /** Writing is impossible (protected sheet, read-only workbook): zh-CN reason. */
  readOnly?: string;
  busy: boolean;
  /** Runs one pane operation (busy state, errors shown in the message bar). */
  run(label: string, task: () => Promise<void>): Promise<void>;
  /** Writes a plan through the host and re-checks; true when it was written. */
  applyPlan(plan: EditPlan, success: Message): Promise<boolean>;
  setMessage(message: Message | null): void;
  selectCell(address: string): void;
  /** Re-reads the sheet and the pane's state (after a write that is not an EditPlan). */
  refresh(success: Message): Promise<void>;
}
