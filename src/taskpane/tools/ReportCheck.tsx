// 报告核对: a pasted 自评报告 (or the text of a worksheet named 自评报告…) checked against the form (core/report-check):
// every amount, rate, score, grade or indicator value that contradicts the form, with the cells to look at.
import { useEffect, useState } from "preact/hooks";
import type { Grid } from "../../core/grid";
import { valueText } from "../../core/grid";
import type { ReportCheckItem } from "../../core/report-check";
import { checkReportText } from "../../core/report-check";
import { TextField } from "./TextField";
import type { ToolStrings } from "./tool-strings";
import type { ToolsProps } from "./types";

/** The text of a worksheet: each row's non-empty cells joined, one line per row. */
export function gridText(grid: Grid): string {
  const lines: string[] = [];
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    let line = "";
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const text = cell.text !== undefined ? cell.text : cell.value === null ? "" : valueText(cell.value);
      line += text;
    }
    if (line.replace(/\s+/g, "") !== "") lines.push(line);
  }
  return lines.join("\n");
}

let idCounter = 0;

export function ReportCheck(props: ToolsProps & { t: ToolStrings }) {
  const t = props.t;
  const host = props.host;
  const [text, setText] = useState("");
  const [items, setItems] = useState<ReportCheckItem[] | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [sheets, setSheets] = useState<string[]>([]);
  const [id] = useState(() => "zp-rcheck-" + ++idCounter);

  useEffect(() => {
    if (!host.listSheets || !host.readSheet) return;
    host.listSheets().then(
      (names) => setSheets(names.filter((n) => n.indexOf("自评报告") === 0)),
      () => undefined,
    );
  }, [host]);

  const check = (value: string) => {
    if (value.replace(/\s+/g, "") === "") {
      setInvalid(true);
      setItems(null);
      return;
    }
    setItems(checkReportText(value, props.report));
  };

  const readSheet = (name: string) =>
    props.run(props.strings.busyWorking, async () => {
      if (!host.readSheet) return;
      const read = await host.readSheet(name);
      const value = gridText(read.grid);
      if (!value) {
        props.setMessage({ kind: "info", text: t.checkSheetEmpty(name) });
        return;
      }
      setText(value);
      setInvalid(false);
      check(value);
    });

  return (
    <div class="zp-tool-list">
      <p class="zp-tool-intro">{t.checkIntro}</p>
      {sheets.map((name) => (
        <div key={name} class="zp-actions">
          <button type="button" class="zp-button zp-button-small" disabled={props.busy} onClick={() => readSheet(name)}>
            {t.checkRead(name)}
          </button>
        </div>
      ))}
      <TextField
        id={id}
        label={t.checkText}
        rows={8}
        value={text}
        invalid={invalid}
        emptyMessage={t.checkEmpty}
        onChange={(value) => {
          setText(value);
          setInvalid(false);
        }}
      />
      <div class="zp-actions">
        <button type="button" class="zp-button zp-button-primary zp-button-small" disabled={props.busy} onClick={() => check(text)}>
          {t.checkRun}
        </button>
      </div>
      {items && (
        <section aria-live="polite" aria-label={t.checkTitle}>
          <p>{items.length ? t.checkCount(items.length) : t.checkNone}</p>
          <ul class="zp-items">
            {items.map((item) => (
              <li key={item.offset + "|" + item.kind} class={"zp-item zp-sev-" + item.severity}>
                <p class="zp-item-text">{item.message}</p>
                <blockquote class="zp-excerpt">{item.excerpt}</blockquote>
                <p class="zp-note">
                  {t.checkFound}
                  <mark>{item.found}</mark> · {t.checkExpected}
                  {item.expected}
                </p>
                {item.cells.length > 0 && (
                  <div class="zp-cells">
                    {item.cells.map((cell) => (
                      <button key={cell} type="button" class="zp-link" aria-label={t.selectCell(cell)} onClick={() => props.selectCell(cell)}>
                        {cell}
                      </button>
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
