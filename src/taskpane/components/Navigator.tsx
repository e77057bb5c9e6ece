// Previous / Next through the findings one at a time, like Excel's Error Checking dialog; each step selects the cells.
import { useStrings } from "./context";

export interface NavigatorProps {
  current: number;
  total: number;
  onPrev(): void;
  onNext(): void;
}

export function Navigator(props: NavigatorProps) {
  const s = useStrings();
  const { current, total } = props;
  return (
    <div class="zp-nav" role="group" aria-label={s.navLabel}>
      <button type="button" class="zp-button" disabled={current <= 0} onClick={props.onPrev}>
        <span aria-hidden="true">‹ </span>
        {s.prev}
      </button>
      <span class="zp-nav-position" aria-live="polite">
        {current >= 0 ? s.position(current + 1, total) : s.noCurrent(total)}
      </span>
      <button type="button" class="zp-button" disabled={current >= total - 1} onClick={props.onNext}>
        {s.next}
        <span aria-hidden="true"> ›</span>
      </button>
    </div>
  );
}
