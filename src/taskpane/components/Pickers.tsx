// Sheet picker (when the workbook has several sheets) and form picker (when a sheet holds several forms).
import type { FormReport } from "../../core/check";
import { useStrings } from "./context";

export interface PickersProps {
  sheets: string[];
  sheetName: string | null;
  forms: FormReport[];
  formIndex: number;
  busy: boolean;
  onSheet(name: string): void;
  onForm(index: number): void;
}

export function Pickers(props: PickersProps) {
  const s = useStrings();
  const showSheets = props.sheets.length > 1;
  const showForms = props.forms.length > 1;
  if (!showSheets && !showForms) return null;
  return (
    <div class="zp-pickers">
      {showSheets && (
        <div class="zp-field">
          <label for="zp-sheet">{s.sheetPicker}</label>
          <select
            id="zp-sheet"
            class="zp-select"
            disabled={props.busy}
            value={props.sheetName || ""}
            onChange={(e: Event) => props.onSheet((e.currentTarget as HTMLSelectElement).value)}
          >
            {props.sheetName === null && <option value="">—</option>}
            {props.sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      {showForms && (
        <div class="zp-field">
          <label for="zp-form">{s.formPicker}</label>
          <select
            id="zp-form"
            class="zp-select"
            disabled={props.busy}
            value={String(props.formIndex)}
            onChange={(e: Event) => props.onForm(parseInt((e.currentTarget as HTMLSelectElement).value, 10))}
          >
            {props.forms.map((f, i) => (
              <option key={f.range} value={String(i)}>
                {s.formOption(i + 1, f.range, f.form.projectName && f.form.projectName.field.text ? f.form.projectName.field.text : "")}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
