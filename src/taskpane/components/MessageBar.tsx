// Outcome of the last action: refusals (stale cells named and selectable, protected sheet), successes, notes.
import { useStrings } from "./context";

export interface Message {
  kind: "info" | "success" | "error";
  text: string;
  /** Cells to offer as links (e.g. the cells that changed since the check). */
  cells?: string[];
  /** Further lines (e.g. cells a recalculation left alone, and why). */
  details?: string[];
  detailsTitle?: string;
}

export interface MessageBarProps {
  message: Message | null;
  onSelectCell(address: string): void;
  onDismiss(): void;
}

export function MessageBar(props: MessageBarProps) {
  const s = useStrings();
  const m = props.message;
  // The live region stays in the page so that screen readers announce each new message.
  return (
    <div class="zp-live" role="status" aria-live="polite">
      {m && (
        <div class={"zp-message zp-message-" + m.kind}>
          <p class="zp-message-text">{m.text}</p>
          {m.cells && m.cells.length > 0 && (
            <div class="zp-cells">
              {m.cells.map((cell) => (
                <button key={cell} type="button" class="zp-link" aria-label={s.selectCell(cell)} onClick={() => props.onSelectCell(cell)}>
                  {cell}
                </button>
              ))}
            </div>
          )}
          {m.details && m.details.length > 0 && m.detailsTitle && <p class="zp-details-title">{m.detailsTitle}</p>}
          {m.details && m.details.length > 0 && (
            <ul class="zp-details">
              {m.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          )}
          <button type="button" class="zp-dismiss" aria-label={s.dismiss} title={s.dismiss} onClick={props.onDismiss}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );
}
