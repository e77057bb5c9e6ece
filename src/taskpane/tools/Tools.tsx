// The writing tools (tools.js, loaded on first use): a tab bar and 措辞, 填写指标, 自评报告, 报告核对.
import { parseCellAddress } from "../../core/grid";
import { FillRows } from "./FillRows";
import { ReportCheck } from "./ReportCheck";
import { ReportView } from "./ReportView";
import { toolStrings } from "./tool-strings";
import type { ToolKind, ToolsProps } from "./types";
import { TOOL_KINDS } from "./types";
import { Wording } from "./Wording";

export type { ToolsProps } from "./types";

function rowOf(cell: string | undefined): number | undefined {
  if (!cell) return undefined;
  try {
    return parseCellAddress(cell.split(":")[0]).row;
  } catch (e) {
    return undefined;
  }
}

export function Tools(props: ToolsProps) {
  const t = toolStrings(props.strings.lang);
  const kind = props.request.kind;
  const request = { kind, cell: props.request.cell, row: props.request.row !== undefined ? props.request.row : rowOf(props.request.cell) };
  const panel = { ...props, request, t };
  return (
    <div class="zp-tool">
      <div class="zp-tabs" role="tablist" aria-label={props.strings.toolsLabel}>
        {TOOL_KINDS.map((k: ToolKind) => (
          <button
            key={k}
            type="button"
            role="tab"
            class={k === kind ? "zp-tab zp-tab-on" : "zp-tab"}
            aria-selected={k === kind ? "true" : "false"}
            onClick={() => props.onRequest({ kind: k })}
          >
            {t.tabNames[k]}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={t.tabNames[kind]}>
        {kind === "wording" && <Wording {...panel} />}
        {kind === "fill" && <FillRows key={request.cell || ""} {...panel} />}
        {kind === "report" && <ReportView {...panel} />}
        {kind === "check" && <ReportCheck {...panel} />}
      </div>
    </div>
  );
}
