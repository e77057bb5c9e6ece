// 填写指标: library candidates for the empty 二级 rows (level2-required), written into the row with candidateEdits as
// one undoable plan; candidates that need an input (年度, 数量 …) ask for it first. A candidate can also go into a new
// row inserted below a 二级 group (core/row-insert.ts plans it from a fresh read of the sheet; the host inserts it,
// undoably). Then the weights: the 一级 sums against their declared weights, and a proposed redistribution for a row
// that has no 分值 yet (such as the inserted one), editable, applied as one plan.
import { useEffect, useState } from "preact/hooks";
import type { FormReport } from "../../core/check";
import type { IndicatorRow, Level1Name, Level2Group, Level2Name } from "../../core/form";
import type { Candidate, LibraryEntry, MergeResult } from "../../core/library";
import { STANDARD_ENTRIES, candidateEdits, candidatesFor, fillCandidate, mergeCustomEntries, placeholderInfo } from "../../core/library";
import { insertableGroups, planIndicatorRowInsert } from "../../core/row-insert";
import { rowRange } from "../../core/rules/util";
import { fmt, tidyText } from "../../core/text";
import { CustomLibrary } from "./CustomLibrary";
import type { ToolStrings } from "./tool-strings";
import { isOk, isStale } from "../host";
import type { ToolsProps } from "./types";
import type { WeightLine } from "./weights";
import { balances, defaultNewWeight, proposeWeights, rowName, rowsWithoutWeight, withScore, weightEdits } from "./weights";

type Props = ToolsProps & { t: ToolStrings };
/** With the library in use: the standard entries and the workbook's own. */
type LibraryProps = Props & { entries: LibraryEntry[] };

function emptyRows(report: FormReport): IndicatorRow[] {
  const block = report.form.indicators;
  return block ? block.rows.filter((r) => r.isEmpty && !!r.level2) : [];
}

let idCounter = 0;

export function FillRows(props: Props) {
  const t = props.t;
  const rows = emptyRows(props.report);
  const [chosenRow, setChosenRow] = useState<number | undefined>(props.request.row);
  let row: IndicatorRow | undefined;
  for (let i = 0; i < rows.length; i++) if (rows[i].row === chosenRow) row = rows[i];
  if (!row) row = rows[0];
  const unweighted = rowsWithoutWeight(props.report);
  const [library, setLibrary] = useState<MergeResult>(() => mergeCustomEntries(STANDARD_ENTRIES, []));
  const load = props.host.loadCustomLibrary;
  useEffect(() => {
    let live = true;
    if (load) load().then((raw) => live && setLibrary(mergeCustomEntries(STANDARD_ENTRIES, raw)), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  const entries = library.entries;
  return (
    <div class="zp-tool-list">
      <p class="zp-tool-intro">{t.fillIntro}</p>
      {rows.length === 0 && <p class="zp-empty">{t.fillNone}</p>}
      {rows.length > 1 && (
        <div class="zp-row-picker" role="group" aria-label={t.fillTitle}>
          {rows.map((r) => (
            <button
              key={r.row}
              type="button"
              class={"zp-tab" + (r === row ? " zp-tab-on" : "")}
              aria-pressed={r === row ? "true" : "false"}
              onClick={() => setChosenRow(r.row)}
            >
              {t.fillRow(r.level2Label.replace(/\s+/g, ""), r.level2Address || String(r.row + 1))}
            </button>
          ))}
        </div>
      )}
      {row && <RowCandidates {...props} entries={entries} key={row.row} row={row} />}
      <InsertRow {...props} entries={entries} />
      <CustomLibrary {...props} library={library} onSaved={setLibrary} />
      <Weights {...props} unweighted={unweighted} />
    </div>
  );
}

function RowCandidates(props: LibraryProps & { row: IndicatorRow }) {
  const { t, row } = props;
  const write = (filled: Candidate) => {
    const result = candidateEdits(row, filled);
    if (!result.edits.length) {
      props.setMessage({ kind: "error", text: result.skipped.map((x) => x.reason).join(" ") });
      return;
    }
    void props.run(props.strings.busyWriting, async () => {
      const plan = { sheetName: props.sheetName, range: props.report.range, edits: result.edits, skipped: result.skipped };
      const cells = result.edits.map((e) => e.cell).join(props.strings.listSep);
      const details = result.skipped.map((x) => x.reason);
      await props.applyPlan(plan, { kind: "success", text: t.fillWritten(cells), details, detailsTitle: details.length ? t.fillSkipped : undefined });
    });
  };
  return (
    <CandidateCard
      {...props}
      title={t.fillRow(row.level2Label.replace(/\s+/g, ""), rowRange(row) || row.level2Address || "")}
      level1={row.level1}
      level2={row.level2}
      action={t.fillWrite}
      onWrite={write}
    />
  );
}

/** A new row below a 二级 group, planned from a fresh read of the sheet (its formulas and merges as they are now). */
function InsertRow(props: LibraryProps) {
  const t = props.t;
  const groups = insertableGroups(props.report.form);
  const [picked, setPicked] = useState(0);
  const group: Level2Group | undefined = groups[Math.min(picked, groups.length - 1)];
  const host = props.host;
  if (!groups.length) return null;
  const insert = (filled: Candidate) => {
    if (!group || !host.insertIndicatorRow) return;
    const insertRow = host.insertIndicatorRow;
    void props.run(props.strings.busyWriting, async () => {
      const read = host.readSheet ? await host.readSheet(props.sheetName) : await host.readActiveSheet();
      const planned = planIndicatorRowInsert(read.grid, props.report.form, group, filled);
      if ("error" in planned) {
        props.setMessage({ kind: "error", text: planned.error });
        return;
      }
      // Marks kept by address would land on the wrong rows once rows move: take them off; the re-check puts them back.
      if ((await host.status()).highlighted) await host.clearHighlights();
      const r = await insertRow(planned.plan, props.report.form.range.right);
      if (isOk(r)) await props.refresh({ kind: "success", text: t.insertDone(String(planned.plan.row + 1), filled.name) });
      else if (isStale(r)) await props.refresh({ kind: "error", text: props.strings.staleCells(r.stale.join(props.strings.listSep)), cells: r.stale });
      else props.setMessage({ kind: "error", text: r.refused });
    });
  };
  const label = (g: Level2Group) => g.label.replace(/\s+/g, "") || g.name || "";
  const cells = (g: Level2Group) => {
    const first = g.rows[0].row + 1;
    const last = g.rows[g.rows.length - 1].row + 1;
    return first === last ? String(first) : first + "–" + last;
  };
  return (
    <section class="zp-card" aria-label={t.insertTitle}>
      <h4 class="zp-card-title">{t.insertTitle}</h4>
      <p class="zp-note">{host.insertIndicatorRow ? t.insertIntro : t.insertUnsupported}</p>
      {host.insertIndicatorRow && (
        <div class="zp-row-picker" role="group" aria-label={t.insertTitle}>
          {groups.map((g, i) => (
            <button
              key={i}
              type="button"
              class={"zp-tab" + (g === group ? " zp-tab-on" : "")}
              aria-pressed={g === group ? "true" : "false"}
              onClick={() => setPicked(i)}
            >
              {t.insertGroup(label(g), cells(g))}
            </button>
          ))}
        </div>
      )}
      {host.insertIndicatorRow && group && (
        <CandidateCard
          {...props}
          key={picked + ":" + group.rows.length}
          title={t.insertGroup(label(group), cells(group))}
          level1={group.rows[0].level1}
          level2={group.name}
          action={t.insertWrite}
          onWrite={insert}
        />
      )}
    </section>
  );
}

/** The library's candidates for one 二级, the inputs a candidate still needs, and the button that uses it. */
function CandidateCard(
  props: LibraryProps & { title: string; level1: Level1Name | undefined; level2: Level2Name | undefined; action: string; onWrite(candidate: Candidate): void },
) {
  const t = props.t;
  const candidates = candidatesFor(props.report.form, props.level1, props.level2, { entries: props.entries });
  const [choice, setChoice] = useState(-1);
  const [inputs, setInputs] = useState<{ [key: string]: string }>({});
  const [id] = useState(() => "zp-fill-" + ++idCounter);
  if (!candidates.length) return <p class="zp-empty">{t.fillNoCandidates}</p>;
  const picked = choice >= 0 ? candidates[choice] : undefined;
  const filled: Candidate | undefined = picked && picked.needs.length ? fillCandidate(picked, inputs) : picked;
  const missing = filled ? filled.needs : [];

  return (
    <section class="zp-card zp-current" aria-labelledby={id + "-title"}>
      <h4 id={id + "-title"} class="zp-card-title">
        {props.title}
      </h4>
      <fieldset class="zp-choices">
        {candidates.map((c, i) => (
          <label key={c.entryId} class="zp-choice">
            <input
              type="radio"
              name={id}
              checked={choice === i}
              onChange={() => {
                setChoice(i);
                setInputs({});
              }}
            />
            <span>
              <strong>{c.name}</strong> {c.target}
              {c.actualHint && <span class="zp-note"> {t.actualHint(c.actualHint)}</span>}
              {c.source === "custom" && <span class="zp-badge">{t.customBadge}</span>}
              {!c.ready && <span class="zp-badge">{t.needsHint(c.needs.join("、"))}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      {picked && picked.needs.length > 0 && (
        <div class="zp-needs">
          <p>{t.needsLabel}</p>
          {picked.needs.map((key) => {
            const info = placeholderInfo(key);
            return (
              <label key={key} class="zp-field">
                <span>{info ? info.prompt : key}</span>
                <input
                  type="text"
                  class="zp-input"
                  value={inputs[key] || ""}
                  onInput={(e: Event) => {
                    const next: { [k: string]: string } = {};
                    for (const k in inputs) if (Object.prototype.hasOwnProperty.call(inputs, k)) next[k] = inputs[k];
                    next[key] = (e.currentTarget as HTMLInputElement).value;
                    setInputs(next);
                  }}
                />
              </label>
            );
          })}
          {filled && filled.ready && (
            <p class="zp-note">
              {filled.name} {filled.target}
            </p>
          )}
        </div>
      )}
      {filled && <p class="zp-note">{filled.note}</p>}
      {missing.length > 0 && <p class="zp-note">{t.needsHint(missing.join("、"))}</p>}
      <div class="zp-actions">
        <button
          type="button"
          class="zp-button zp-button-primary zp-button-small"
          disabled={props.busy || !!props.readOnly || !filled || !filled.ready}
          onClick={() => filled && filled.ready && props.onWrite(filled)}
        >
          {props.action}
        </button>
      </div>
    </section>
  );
}

function Weights(props: Props & { unweighted: IndicatorRow[] }) {
  const t = props.t;
  const list = balances(props.report);
  const off = list.filter((b) => b.declared !== undefined && Math.abs(b.sum - b.declared) > 0.005);
  return (
    <section class="zp-card" aria-label={t.weightsTitle}>
      <h4 class="zp-card-title">{t.weightsTitle}</h4>
      <ul class="zp-balances">
        {list.map((b) => (
          <li key={b.name} class={b.declared !== undefined && Math.abs(b.sum - b.declared) > 0.005 ? "zp-off" : ""}>
            {t.weightsLevel1(b.name, fmt(b.sum), b.declared === undefined ? "—" : fmt(b.declared))}
          </li>
        ))}
      </ul>
      {off.length === 0 && props.unweighted.length === 0 && <p class="zp-note">{t.weightsBalanced}</p>}
      {props.unweighted.map((row) => (
        <Redistribution {...props} key={row.row} row={row} />
      ))}
    </section>
  );
}

function Redistribution(props: Props & { row: IndicatorRow }) {
  const { t, row } = props;
  const [newWeight, setNewWeight] = useState(() => defaultNewWeight(props.report, row));
  const [edited, setEdited] = useState<{ [row: number]: number }>({});
  const proposal = proposeWeights(props.report, row, newWeight);
  const lines: WeightLine[] = proposal.lines.map((l) => {
    const w = edited[l.row.row];
    return w === undefined || l.row === row ? l : withScore({ row: l.row, name: l.name, weight: l.weight, score: l.score, newWeight: w });
  });
  let sum = 0;
  for (let i = 0; i < lines.length; i++) sum += lines[i].newWeight;

  const apply = () => {
    const edits = weightEdits(lines, t.weightsReason);
    if (!edits.length) return;
    void props.run(props.strings.busyWriting, async () => {
      await props.applyPlan(
        { sheetName: props.sheetName, range: props.report.range, edits, skipped: [] },
        { kind: "success", text: t.weightsApplied(edits.length), details: edits.map((e) => e.cell + " " + e.reason) },
      );
    });
  };

  const number = (text: string): number | undefined => {
    const n = parseFloat(tidyText(text));
    return isFinite(n) && n >= 0 ? n : undefined;
  };

  return (
    <div class="zp-redistribution">
      <p>{t.weightsNewRow(rowName(row))}</p>
      <table class="zp-table">
        <thead>
          <tr>
            <th scope="col">{t.weightsColRow}</th>
            <th scope="col">{t.weightsColWeight}</th>
            <th scope="col">{t.weightsColScore}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.row.row}>
              <th scope="row">{l.name}</th>
              <td>
                {l.weight !== undefined ? fmt(l.weight) + " → " : ""}
                <input
                  type="number"
                  min={0}
                  class="zp-input zp-input-number"
                  aria-label={t.weightsColWeight + " " + l.name}
                  value={String(l.newWeight)}
                  onInput={(e: Event) => {
                    const n = number((e.currentTarget as HTMLInputElement).value);
                    if (n === undefined) return;
                    if (l.row === row) {
                      setNewWeight(n);
                      setEdited({});
                    } else {
                      const next: { [r: number]: number } = {};
                      for (const k in edited) if (Object.prototype.hasOwnProperty.call(edited, k)) next[k] = edited[k];
                      next[l.row.row] = n;
                      setEdited(next);
                    }
                  }}
                />
              </td>
              <td>{l.newScore !== undefined && l.score !== undefined ? fmt(l.score) + " → " + fmt(l.newScore) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class={Math.abs(sum - proposal.target) > 0.005 ? "zp-field-error" : "zp-note"}>{t.weightsSum(fmt(sum), fmt(proposal.target))}</p>
      <div class="zp-actions">
        <button type="button" class="zp-button zp-button-primary zp-button-small" disabled={props.busy || !!props.readOnly} onClick={apply}>
          {t.weightsApply}
        </button>
      </div>
    </div>
  );
}
