// Severity icons: shape and text carry the meaning, colour only repeats it (accessibility: never colour alone).
import type { Severity } from "../../core/rule";

export function SeverityIcon(props: { severity: Severity }) {
  const cls = "zp-icon zp-icon-" + props.severity;
  if (props.severity === "error") {
    return (
      <svg class={cls} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" stroke-width="1.8" stroke-linecap="round" />
      </svg>
    );
  }
  if (props.severity === "warning") {
    return (
      <svg class={cls} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1.2L15.2 14.4H0.8Z" fill="currentColor" />
        <path d="M8 5.6v4.4" stroke="#fff" stroke-width="1.8" stroke-linecap="round" />
        <circle cx="8" cy="12.2" r="1" fill="#fff" />
      </svg>
    );
  }
  return (
    <svg class={cls} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.6" />
      <circle cx="8" cy="4.8" r="1" fill="currentColor" />
      <path d="M8 7.2v4.6" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}
