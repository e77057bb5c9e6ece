// "已忽略 (n)": ignored findings with their reasons and 恢复; suppressions whose finding is gone are marked 已失效.
import { useState } from "preact/hooks";
import type { Suppression } from "../host";
import type { IgnoredEntry } from "../model";
import { suppressionKey } from "../model";
import { useStrings } from "./context";
import { SeverityIcon } from "./icons";

export interface IgnoredSectionProps {
  ignored: IgnoredEntry[];
  stale: Suppression[];
  busy: boolean;
  onRestore(s: Suppression): void;
  onRestoreAll(): void;
}

export function IgnoredSection(props: IgnoredSectionProps) {
  const s = useStrings();
  const [open, setOpen] = useState(props.stale.length > 0);
  const n = props.ignored.length + props.stale.length;
  if (!n) return null;
  return (
    <section class="zp-ignored">
      <h3 class="zp-disclosure-title">
        <button type="button" class="zp-disclosure" aria-expanded={open ? "true" : "false"} aria-controls="zp-ignored-list" onClick={() => setOpen(!open)}>
          <span class="zp-chevron" aria-hidden="true">{open ? "▾" : "▸"}</span>
          {s.ignoredTitle(n)}
          {props.stale.length > 0 && <span class="zp-badge zp-badge-stale">{s.staleBadge} {props.stale.length}</span>}
        </button>
      </h3>
      {open && (
        <div id="zp-ignored-list">
          <ul class="zp-items">
            {props.ignored.map((item) => (
              <li key={suppressionKey(item.suppression)} class="zp-item zp-item-ignored">
                <p class="zp-item-text">
                  <SeverityIcon severity={item.finding.severity} />
                  <span class="zp-sr">{s.severity[item.finding.severity]}：</span> {item.finding.message}
                </p>
                <p class="zp-reason">
                  {s.reasonPrefix}
                  {item.suppression.reason}
                </p>
                <div class="zp-actions">
                  <button type="button" class="zp-button zp-button-small" disabled={props.busy} onClick={() => props.onRestore(item.suppression)}>
                    {s.restore}
                  </button>
                </div>
              </li>
            ))}
            {props.stale.map((sup) => (
              <li key={suppressionKey(sup)} class="zp-item zp-item-stale">
                <p class="zp-item-text">
                  <span class="zp-badge zp-badge-stale">{s.staleBadge}</span> {sup.cell} {sup.message || sup.rule}
                </p>
                <p class="zp-reason">
                  {s.reasonPrefix}
                  {sup.reason}
                </p>
                <p class="zp-hint">{s.staleHint}</p>
                <div class="zp-actions">
                  <button type="button" class="zp-button zp-button-small" disabled={props.busy} onClick={() => props.onRestore(sup)}>
                    {s.remove}
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <button type="button" class="zp-button zp-button-small" disabled={props.busy} onClick={props.onRestoreAll}>
            {s.restoreAll}
          </button>
        </div>
      )}
    </section>
  );
}
