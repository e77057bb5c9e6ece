// 建议措辞: 2–3 proposals for each row that lost points or over-achieved (core/wording), edited in a textarea and
// written into the row's 偏差原因 cell as one undoable plan. A cell that holds text is replaced only after the user
// confirms, and the write re-reads the cell first (stale check), so nothing typed meanwhile is lost.
import { useEffect, useRef, useState } from "preact/hooks";
import type { FormReport } from "../../core/check";
import { setValue } from "../../core/edits";
import type { Field } from "../../core/form";
import { tidyText } from "../../core/text";
import type { DeviationProposal } from "../../core/wording/deviation";
import { DEVIATION_TYPE_NAMES, deviationProposals } from "../../core/wording/deviation";
import { TextField } from "./TextField";
import type { ToolStrings } from "./tool-strings";
import type { ToolsProps } from "./types";

/** The cell a proposal writes to, as the last check read it. */
export function reasonField(report: FormReport, address: string | undefined): Field | undefined {
  if (!address) return undefined;
  const block = report.form.indicators;
  const rows = block ? block.rows : [];
  for (let i = 0; i < rows.length; i++) {
    const d = rows[i].deviation;
    if (d && d.address === address) return d;
  }
  const b = report.score.budget;
  if (b && b.row.reason && b.row.reason.address === address) return b.row.reason;
  return undefined;
}

let idCounter = 0;

export function Wording(props: ToolsProps & { t: ToolStrings }) {
  const t = props.t;
  const proposals = deviationProposals(props.report);
  if (!proposals.length) return <p class="zp-empty">{t.wordingNone}</p>;
  return (
    <div class="zp-tool-list">
      <p class="zp-tool-intro">{t.wordingIntro}</p>
      {proposals.map((p) => (
        <ProposalCard {...props} key={p.type + "|" + p.row} proposal={p} focused={props.request.row === p.row} />
      ))}
    </div>
  );
}

function ProposalCard(props: ToolsProps & { t: ToolStrings; proposal: DeviationProposal; focused: boolean }) {
  const { t, proposal } = props;
  const [choice, setChoice] = useState(0);
  const [text, setText] = useState(proposal.texts[0] || "");
  const [confirming, setConfirming] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const [id] = useState(() => "zp-wording-" + ++idCounter);
  const root = useRef<HTMLElement>(null);
  const field = reasonField(props.report, proposal.cell);
  const existing = field ? tidyText(field.text) : "";
  const disabled = props.busy || !!props.readOnly || !field;

  useEffect(() => {
    const el = root.current;
    if (props.focused && el && typeof el.scrollIntoView === "function") el.scrollIntoView({ block: "nearest" });
  }, [props.focused]);

  const pick = (i: number) => {
    setChoice(i);
    setText(proposal.texts[i]);
    setInvalid(false);
  };

  const write = () => {
    const value = tidyText(text);
    if (!field || !proposal.cell) return;
    if (!value) {
      setInvalid(true);
      return;
    }
    if (existing && !confirming) {
      setConfirming(true);
      return;
    }
    const cell = proposal.cell;
    void props.run(props.strings.busyWriting, async () => {
      const plan = {
        sheetName: props.sheetName,
        range: props.report.range,
        edits: [setValue(field, value, t.wordingReason(proposal.subject))],
        skipped: [],
      };
      await props.applyPlan(plan, { kind: "success", text: t.wordingInserted(cell) });
      setConfirming(false);
    });
  };

  return (
    <section ref={root} class={"zp-card" + (props.focused ? " zp-current" : "")} aria-labelledby={id + "-title"}>
      <h4 id={id + "-title"} class="zp-card-title">
        {proposal.subject}
        <span class="zp-badge">{DEVIATION_TYPE_NAMES[proposal.type]}</span>
      </h4>
      <p class="zp-card-why">
        {proposal.why}
        {proposal.cell && (
          <button type="button" class="zp-link" aria-label={t.selectCell(proposal.cell)} onClick={() => props.selectCell(proposal.cell as string)}>
            {proposal.cell}
          </button>
        )}
      </p>
      <fieldset class="zp-choices">
        {proposal.texts.map((option, i) => (
          <label key={i} class="zp-choice">
            <input type="radio" name={id} checked={choice === i} onChange={() => pick(i)} />
            <span>
              <span class="zp-sr">{t.proposalLabel(i + 1)}：</span>
              {option}
            </span>
          </label>
        ))}
      </fieldset>
      {!proposal.cell ? (
        <p class="zp-note">{t.wordingNoCell}</p>
      ) : (
        <div>
          <TextField
            id={id + "-text"}
            label={t.wordingEdit(proposal.cell)}
            rows={5}
            value={text}
            invalid={invalid}
            emptyMessage={t.wordingEmpty}
            onChange={(value) => {
              setText(value);
              setInvalid(false);
            }}
          />
          {existing && (
            <p class="zp-note">
              {t.existing}
              {existing}
            </p>
          )}
          {confirming ? (
            <div class="zp-confirm" role="alertdialog" aria-label={t.confirmReplace(proposal.cell)}>
              <p>{t.confirmReplace(proposal.cell)}</p>
              <div class="zp-actions">
                <button type="button" class="zp-button zp-button-primary zp-button-small" disabled={disabled} onClick={write}>
                  {t.replace}
                </button>
                <button type="button" class="zp-button zp-button-small" onClick={() => setConfirming(false)}>
                  {t.cancel}
                </button>
              </div>
            </div>
          ) : (
            <div class="zp-actions">
              <button type="button" class="zp-button zp-button-primary zp-button-small" disabled={disabled} onClick={write}>
                {t.wordingInsert(proposal.cell)}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
