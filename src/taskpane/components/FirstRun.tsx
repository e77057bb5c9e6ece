// First-run panel: the three steps (检查 → 查看并修正 → 重算/撤销), skippable, shown again each year.
import { useStrings } from "./context";

export function FirstRun(props: { onDone(): void }) {
  const s = useStrings();
  return (
    <section class="zp-card zp-firstrun" aria-labelledby="zp-firstrun-title">
      <h2 id="zp-firstrun-title">{s.firstRunTitle}</h2>
      <p>{s.firstRunIntro}</p>
      <ol class="zp-steps">
        {s.firstRunSteps.map((step, i) => (
          <li key={i}>
            <strong>{step.title}</strong>
            <span>{step.text}</span>
          </li>
        ))}
      </ol>
      <div class="zp-actions">
        <button type="button" class="zp-button zp-button-primary" onClick={props.onDone}>
          {s.firstRunStart}
        </button>
        <button type="button" class="zp-button" onClick={props.onDone}>
          {s.firstRunSkip}
        </button>
      </div>
    </section>
  );
}
