// 检查, 全部重算 (values or formulas), 清除标记, 撤销.
import type { Ref } from "preact";
import { useStrings } from "./context";

export interface ToolbarProps {
  busy: boolean;
  canRecalc: boolean;
  canUndo: boolean;
  canClear: boolean;
  formulas: boolean;
  checkRef?: Ref<HTMLButtonElement>;
  onCheck(): void;
  onRecalc(): void;
  onClear(): void;
  onUndo(): void;
  onFormulas(on: boolean): void;
}

export function Toolbar(props: ToolbarProps) {
  const s = useStrings();
  return (
    <div class="zp-toolbar-wrap">
      <div class="zp-toolbar" role="group" aria-label={s.toolbarLabel}>
        <button type="button" ref={props.checkRef} class="zp-button zp-button-primary" disabled={props.busy} title={s.checkTitle} onClick={props.onCheck}>
          {s.check}
        </button>
        <button type="button" class="zp-button" disabled={props.busy || !props.canRecalc} title={s.recalcTitle} onClick={props.onRecalc}>
          {s.recalc}
        </button>
        <button type="button" class="zp-button" disabled={props.busy || !props.canClear} title={s.clearMarksTitle} onClick={props.onClear}>
          {s.clearMarks}
        </button>
        <button type="button" class="zp-button" disabled={props.busy || !props.canUndo} title={s.undoTitle} onClick={props.onUndo}>
          {s.undo}
        </button>
      </div>
      <label class="zp-check" title={s.writeFormulasHint}>
        <input type="checkbox" checked={props.formulas} onChange={(e: Event) => props.onFormulas((e.currentTarget as HTMLInputElement).checked)} />
        <span>{s.writeFormulas}</span>
      </label>
    </div>
  );
}
