// The tools' edit box: a labelled textarea that says so when it must not be left empty.
// (A wrapping <div>, not a fragment: the tools bundle borrows only jsx/jsxs from the pane's Preact.)

export interface TextFieldProps {
  id: string;
  label: string;
  rows: number;
  value: string;
  invalid: boolean;
  emptyMessage: string;
  onChange(value: string): void;
}

export function TextField(props: TextFieldProps) {
  return (
    <div class="zp-field">
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        class="zp-textarea"
        rows={props.rows}
        value={props.value}
        aria-invalid={props.invalid ? "true" : undefined}
        onInput={(e: Event) => props.onChange((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {props.invalid && (
        <p class="zp-field-error" role="alert">
          {props.emptyMessage}
        </p>
      )}
    </div>
  );
}
