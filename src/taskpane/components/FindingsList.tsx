// Findings grouped by severity then category. One item is in the Tab order at a time (roving tabindex);
// arrow keys, Home and End move between items, Enter/Space selects the item's cells in Excel.
import { useEffect, useRef, useState } from "preact/hooks";
import type { Entry, SeverityGroup } from "../model";
import type { ToolRequest } from "../tools/types";

// Findings that offer a writing tool: 建议措辞 for a row that lost points or over-achieved, the library for an empty 二级.
const TOOL_OF: { [rule: string]: "wording" | "fill" } = {
  "deviation-required": "wording",
  "deviation-placeholder": "wording",
  "over-achievement": "wording",
  "level2-required": "fill",
};
import { fixDescription, fixText } from "../model";
import { useStrings } from "./context";
import { SeverityIcon } from "./icons";

export interface FindingsListProps {
  groups: SeverityGroup[];
  visible: Entry[];
  /** Index in `visible` of the current finding, -1 for none. */
  current: number;
  /** Writing is impossible (protected sheet, read-only workbook) or an operation runs. */
  writeDisabled: boolean;
  busy: boolean;
  /** Key of the entry whose ignore form is open. */
  ignoring: string | null;
  onFocusItem(index: number): void;
  onActivate(index: number): void;
  onSelectCell(index: number, address: string): void;
  onFix(entry: Entry): void;
  /** Opens the writing tool a finding offers (TOOL_OF). */
  onTool?(request: ToolRequest): void;
  onStartIgnore(entry: Entry): void;
  onCancelIgnore(): void;
  onConfirmIgnore(entry: Entry, reason: string): void;
}

export function FindingsList(props: FindingsListProps) {
  const s = useStrings();
  const root = useRef<HTMLDivElement>(null);
  const indexOf: { [key: string]: number } = {};
  for (let i = 0; i < props.visible.length; i++) indexOf[props.visible[i].key] = i;
  const tabbable = props.current >= 0 && props.current < props.visible.length ? props.current : 0;

  const focusItem = (index: number) => {
    const el = root.current && (root.current.querySelector('[data-index="' + index + '"]') as HTMLElement | null);
    if (el) el.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const attr = target && target.getAttribute ? target.getAttribute("data-index") : null;
    if (attr === null) return;
    const index = parseInt(attr, 10);
    const last = props.visible.length - 1;
    let next = -1;
    if (e.key === "ArrowDown" || e.key === "Down") next = Math.min(index + 1, last);
    else if (e.key === "ArrowUp" || e.key === "Up") next = Math.max(index - 1, 0);
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = last;
    if (next < 0) return;
    e.preventDefault();
    props.onFocusItem(next);
    focusItem(next);
  };

  return (
    <div class="zp-findings" ref={root} onKeyDown={onKeyDown}>
      {props.groups.map((group) => (
        <section key={group.severity} class={"zp-group zp-sev-" + group.severity}>
          <h3 class="zp-group-title">
            <SeverityIcon severity={group.severity} />
            <span>
              {s.severityPlural[group.severity]} ({group.count})
            </span>
          </h3>
          {group.categories.map((cat) => (
            <div key={cat.category} class="zp-category">
              <h4 class="zp-category-title">{cat.category}</h4>
              <ul class="zp-items">
                {cat.entries.map((entry) => {
                  const index = indexOf[entry.key];
                  return (
                    <FindingItem
                      {...props}
                      key={entry.key}
                      entry={entry}
                      index={index}
                      current={index === props.current}
                      tabbable={index === tabbable}
                      ignoring={props.ignoring === entry.key}
                    />
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

interface ItemProps extends Omit<FindingsListProps, "ignoring" | "current"> {
  entry: Entry;
  index: number;
  current: boolean;
  tabbable: boolean;
  ignoring: boolean;
}

function FindingItem(props: ItemProps) {
  const s = useStrings();
  const { entry, index } = props;
  const f = entry.finding;
  const tab = props.tabbable ? 0 : -1;
  const itemRef = useRef<HTMLLIElement>(null);
  const tool = TOOL_OF[f.rule];

  useEffect(() => {
    // Keep the current finding in view while walking with Previous / Next.
    const el = itemRef.current;
    if (props.current && el && typeof el.scrollIntoView === "function") el.scrollIntoView({ block: "nearest" });
  }, [props.current]);

  return (
    <li ref={itemRef} class={"zp-item zp-sev-" + f.severity + (props.current ? " zp-current" : "")} aria-current={props.current ? "true" : undefined}>
      <button
        type="button"
        class="zp-item-main"
        data-index={String(index)}
        tabIndex={tab}
        onFocus={() => props.onFocusItem(index)}
        onClick={() => props.onActivate(index)}
      >
        <SeverityIcon severity={f.severity} />
        <span class="zp-sr">{s.severity[f.severity]}：</span>
        <span class="zp-item-text">{f.message}</span>
      </button>
      {f.cells.length > 0 && (
        <div class="zp-cells">
          <span class="zp-cells-label">{s.cellsOf}</span>
          {f.cells.map((cell) => (
            <button key={cell} type="button" class="zp-link" tabIndex={tab} aria-label={s.selectCell(cell)} onClick={() => props.onSelectCell(index, cell)}>
              {cell}
            </button>
          ))}
        </div>
      )}
      {!props.ignoring && (
        <div class="zp-actions">
          {f.fix && f.fix.length > 0 && (
            <button
              type="button"
              class="zp-button zp-button-primary zp-button-small"
              tabIndex={tab}
              disabled={props.writeDisabled}
              aria-label={fixDescription(s, f.fix)}
              title={f.fix.map((e) => e.reason).join("\n")}
              onClick={() => props.onFix(entry)}
            >
              {fixText(s, f.fix)}
            </button>
          )}
          {tool && props.onTool && (
            <button type="button" class="zp-button zp-button-small" tabIndex={tab} disabled={props.busy} onClick={() => props.onTool!({ kind: tool, cell: f.cells[0] })}>
              {s.toolOpen[tool]}
            </button>
          )}
          <button type="button" class="zp-button zp-button-small" tabIndex={tab} disabled={props.busy} onClick={() => props.onStartIgnore(entry)}>
            {s.ignore}
          </button>
        </div>
      )}
      {props.ignoring && <IgnoreForm onCancel={props.onCancelIgnore} onConfirm={(reason) => props.onConfirmIgnore(entry, reason)} busy={props.busy} />}
    </li>
  );
}

let formCounter = 0;

function IgnoreForm(props: { busy: boolean; onCancel(): void; onConfirm(reason: string): void }) {
  const s = useStrings();
  const [reason, setReason] = useState("");
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const [id] = useState(() => "zp-ignore-" + ++formCounter);

  useEffect(() => {
    if (input.current) input.current.focus();
  }, []);

  const submit = (e: Event) => {
    e.preventDefault();
    const text = reason.replace(/^\s+|\s+$/g, "");
    if (!text) {
      setInvalid(true);
      if (input.current) input.current.focus();
      return;
    }
    props.onConfirm(text);
  };

  return (
    <form
      class="zp-ignore-form"
      onSubmit={submit}
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key === "Escape" || e.key === "Esc") {
          e.preventDefault();
          e.stopPropagation();
          props.onCancel();
        }
      }}
    >
      <label for={id}>{s.ignoreReason}</label>
      <input
        id={id}
        ref={input}
        type="text"
        class="zp-input"
        maxLength={200}
        value={reason}
        placeholder={s.ignorePlaceholder}
        aria-invalid={invalid ? "true" : undefined}
        aria-describedby={invalid ? id + "-error" : undefined}
        onInput={(e: Event) => {
          setReason((e.currentTarget as HTMLInputElement).value);
          setInvalid(false);
        }}
      />
      {invalid && (
        <p id={id + "-error"} class="zp-field-error" role="alert">
          {s.reasonRequired}
        </p>
      )}
      <div class="zp-actions">
        <button type="submit" class="zp-button zp-button-primary zp-button-small" disabled={props.busy}>
          {s.ignoreConfirm}
        </button>
        <button type="button" class="zp-button zp-button-small" onClick={props.onCancel}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}
