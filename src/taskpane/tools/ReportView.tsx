// 自评报告: the draft built from the form (core/report), previewed with every paragraph editable, and inserted into a
// new worksheet through the host (one paragraph per row, wrapped, printable). No clipboard: blocked in Excel on the web.
import { useState } from "preact/hooks";
import type { ReportLine } from "../../core/report";
import { buildReport, reportToLines } from "../../core/report";
import { isOk } from "../host";
import type { ToolStrings } from "./tool-strings";
import type { ToolsProps } from "./types";

export const REPORT_SHEET = "自评报告";

let idCounter = 0;

export function ReportView(props: ToolsProps & { t: ToolStrings }) {
  const t = props.t;
  const draft = (): ReportLine[] => reportToLines(buildReport(props.report));
  const [lines, setLines] = useState<ReportLine[]>(draft);
  const [id] = useState(() => "zp-report-" + ++idCounter);
  const host = props.host;

  const edit = (index: number, text: string) => {
    const next = lines.slice();
    next[index] = { kind: next[index].kind, text };
    setLines(next);
  };

  const insert = () =>
    props.run(props.strings.busyWriting, async () => {
      if (!host.writeReportSheet) return;
      const paragraphs = lines.map((l) => l.text.replace(/[\r\n]+/g, " ")).filter((p) => p.replace(/\s+/g, "") !== "");
      const r = await host.writeReportSheet(REPORT_SHEET, paragraphs);
      if (isOk(r)) await props.refresh({ kind: "success", text: t.reportInserted((r as { sheetName: string }).sheetName) });
      else props.setMessage({ kind: "error", text: (r as { refused: string }).refused });
    });

  let paragraph = 0;
  return (
    <div class="zp-tool-list">
      <p class="zp-tool-intro">{t.reportIntro}</p>
      <div class="zp-actions">
        <button type="button" class="zp-button zp-button-primary zp-button-small" disabled={props.busy || !host.writeReportSheet} onClick={insert}>
          {t.reportInsert}
        </button>
        <button type="button" class="zp-button zp-button-small" disabled={props.busy} onClick={() => setLines(draft())}>
          {t.reportReset}
        </button>
      </div>
      {!host.writeReportSheet && <p class="zp-note">{t.reportUnsupported}</p>}
      <p class="zp-note">{t.reportUndoNote}</p>
      <article class="zp-report" aria-label={t.reportTitle}>
        {lines.map((line, i) => {
          if (line.kind !== "paragraph") {
            const cls = "zp-report-" + line.kind;
            return (
              <p key={i} class={cls} role="heading" aria-level={line.kind === "title" ? 3 : line.kind === "heading1" ? 4 : line.kind === "heading2" ? 5 : 6}>
                {line.text}
              </p>
            );
          }
          paragraph++;
          const label = t.paragraphLabel(paragraph);
          return (
            <textarea
              key={i}
              id={id + "-" + i}
              class="zp-textarea"
              aria-label={label}
              rows={Math.min(8, Math.max(2, Math.ceil(line.text.length / 22)))}
              value={line.text}
              onInput={(e: Event) => edit(i, (e.currentTarget as HTMLTextAreaElement).value)}
            />
          );
        })}
      </article>
    </div>
  );
}
