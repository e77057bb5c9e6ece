// Extras that are off on an old Excel, and what the user gets instead (collapsed by default).
import { useState } from "preact/hooks";
import type { FeatureOff } from "../host";
import { useStrings } from "./context";

export function FeaturesNote(props: { features: FeatureOff[] }) {
  const s = useStrings();
  const [open, setOpen] = useState(false);
  if (!props.features.length) return null;
  return (
    <section class="zp-features">
      <h3 class="zp-disclosure-title">
        <button type="button" class="zp-disclosure" aria-expanded={open ? "true" : "false"} aria-controls="zp-features-list" onClick={() => setOpen(!open)}>
          <span class="zp-chevron" aria-hidden="true">{open ? "▾" : "▸"}</span>
          {s.featuresTitle(props.features.length)}
        </button>
      </h3>
      {open && (
        <ul id="zp-features-list" class="zp-feature-list">
          {props.features.map((f) => (
            <li key={f.feature}>
              {s.featureName[f.feature] ? (
                <span>
                  <strong>{s.featureName[f.feature]}</strong> — {s.requires(f.requires)}
                </span>
              ) : (
                <span>{f.message}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
