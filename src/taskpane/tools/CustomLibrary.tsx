// The user's own indicator-library entries, kept in the workbook (host.saveCustomLibrary): listed with a delete
// button each, and a small form to add one. Validation is the core's (mergeCustomEntries): a bad entry is explained
// in zh-CN and not saved. Saved entries join the standard ones in every candidate list of 填写指标.
import { useState } from "preact/hooks";
import type { Level2Name } from "../../core/form";
import type { LibraryEntry, MergeResult } from "../../core/library";
import { STANDARD_ENTRIES, customEntryRecords, libraryLevel2s, mergeCustomEntries } from "../../core/library";
import { isOk } from "../host";
import type { ToolStrings } from "./tool-strings";
import type { ToolsProps } from "./types";

type Props = ToolsProps & { t: ToolStrings; library: MergeResult; onSaved(next: MergeResult): void };

const LEVEL2S = libraryLevel2s();

export function CustomLibrary(props: Props) {
  const { t, library, host } = props;
  const [level2, setLevel2] = useState<Level2Name>(LEVEL2S[0]);
  const [fields, setFields] = useState({ name: "", target: "", unit: "", note: "" });
  const [errors, setErrors] = useState<string[]>([]);
  const save = host.saveCustomLibrary;
  if (!save || !host.loadCustomLibrary) return null;

  const write = (next: MergeResult, done: string) => {
    void props.run(props.strings.busyWriting, async () => {
      const r = await save(next.custom.length ? customEntryRecords(next.custom) : null);
      if (isOk(r)) {
        props.onSaved(next);
        props.setMessage({ kind: "success", text: done });
      } else props.setMessage({ kind: "error", text: "refused" in r ? r.refused : props.strings.staleCells(r.stale.join(props.strings.listSep)) });
    });
  };

  const add = () => {
    const item: { [key: string]: string } = { level2, name: fields.name.trim(), target: fields.target.trim() };
    if (fields.unit.trim()) item.unit = fields.unit.trim();
    if (fields.note.trim()) item.note = fields.note.trim();
    if (!item.name || !item.target) {
      setErrors([t.customRequired]);
      return;
    }
    const raw: unknown[] = customEntryRecords(library.custom);
    raw.push(item);
    const next = mergeCustomEntries(STANDARD_ENTRIES, raw);
    const problems = next.errors.filter((e) => e.index === raw.length - 1).map((e) => e.message);
    setErrors(problems);
    if (problems.length) return;
    setFields({ name: "", target: "", unit: "", note: "" });
    write(next, t.customAdded(item.name));
  };

  const remove = (entry: LibraryEntry) => {
    const rest = library.custom.filter((e) => e.id !== entry.id);
    write(mergeCustomEntries(STANDARD_ENTRIES, customEntryRecords(rest)), t.customDeleted(entry.name));
  };

  const input = (key: "name" | "target" | "unit" | "note", label: string) => (
    <label class="zp-field">
      <span>{label}</span>
      <input
        type="text"
        class="zp-input"
        value={fields[key]}
        onInput={(e: Event) => {
          const next = { name: fields.name, target: fields.target, unit: fields.unit, note: fields.note };
          next[key] = (e.currentTarget as HTMLInputElement).value;
          setFields(next);
        }}
      />
    </label>
  );

  return (
    <details class="zp-card zp-custom-library">
      <summary class="zp-card-title">{t.customTitle(library.custom.length)}</summary>
      <p class="zp-note">{t.customIntro}</p>
      {library.errors.length > 0 && (
        <div class="zp-field-error">
          <p>{t.customStoredErrors}</p>
          <ul>
            {library.errors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      {library.custom.length > 0 && (
        <ul class="zp-custom-list">
          {library.custom.map((e) => (
            <li key={e.id}>
              <span>
                {e.level2} · <strong>{e.name}</strong> {e.target}
              </span>{" "}
              <button type="button" class="zp-button zp-button-small" disabled={props.busy || !!props.readOnly} onClick={() => remove(e)}>
                {t.customDelete(e.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label class="zp-field">
        <span>{t.customLevel2}</span>
        <select class="zp-input" value={level2} onChange={(e: Event) => setLevel2((e.currentTarget as HTMLSelectElement).value as Level2Name)}>
          {LEVEL2S.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      {input("name", t.customName)}
      {input("target", t.customTarget)}
      {input("unit", t.customUnit)}
      {input("note", t.customNote)}
      {errors.length > 0 && (
        <ul class="zp-field-error" role="alert">
          {errors.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
      <div class="zp-actions">
        <button type="button" class="zp-button zp-button-primary zp-button-small" disabled={props.busy || !!props.readOnly} onClick={add}>
          {t.customAdd}
        </button>
      </div>
    </details>
  );
}
