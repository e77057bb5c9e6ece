// The task pane: check the sheet, walk and fix findings, ignore with a reason, recalculate, undo, clear marks.
// Talks to Excel only through WorkbookHost; runs the core checks itself.
import { useEffect, useRef, useState } from "preact/hooks";
import type { CheckOptions, SheetReport } from "../core/check";
import { checkGrid } from "../core/check";
import type { EditPlan } from "../core/edit-plan";
import { buildEditPlan } from "../core/edit-plan";
import { gridFingerprint } from "../core/grid";
import { FeaturesNote } from "./components/FeaturesNote";
import { FindingsList } from "./components/FindingsList";
import { FirstRun } from "./components/FirstRun";
import { Header } from "./components/Header";
import { IgnoredSection } from "./components/IgnoredSection";
import type { Message } from "./components/MessageBar";
import { MessageBar } from "./components/MessageBar";
import { Navigator } from "./components/Navigator";
import { Pickers } from "./components/Pickers";
import { Toolbar } from "./components/Toolbar";
import { StringsContext } from "./components/context";
import type { HostStatus, SheetRead, Suppression, WorkbookHost, WriteResult } from "./host";
import { isOk, isStale } from "./host";
import type { Entry, KeyValueStore } from "./model";
import { firstRunDue, markedFindings, partition, rememberFirstRun, suppressionFor, suppressionKey } from "./model";
import type { Strings } from "./strings";
import { ZH, joinCells } from "./strings";
import type { ToolsModule } from "./tools-loader";
import { loadTools } from "./tools-loader";
import type { ToolRequest } from "./tools/types";

export interface AppProps {
  host: WorkbookHost;
  strings?: Strings;
  /** Where the first-run panel is remembered (local storage, partitioned by index.tsx). */
  storage?: KeyValueStore;
  now?: () => Date;
  checkOptions?: CheckOptions;
}

const NO_STATUS: HostStatus = { canUndo: false, highlighted: false };


function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function refusalText(r: WriteResult, s: Strings): string {
  if (isStale(r)) return s.staleCells(joinCells(s, r.stale));
  return (r as { refused: string }).refused;
}

/** Findings of every form on the sheet that are not ignored: what the sheet marks show. */
export function App(props: AppProps) {
  const host = props.host;
  const s = props.strings || ZH;
  const now = props.now || (() => new Date());

  const [busy, setBusy] = useState<string | null>(null);
  const [report, setReport] = useState<SheetReport | null>(null);
  const [readOnly, setReadOnly] = useState<string | undefined>(undefined);
  const [formIndex, setFormIndex] = useState(0);
  const [suppressions, setSuppressions] = useState<Suppression[]>([]);
  const [current, setCurrentState] = useState(-1);
  const [message, setMessage] = useState<Message | null>(null);
  const [modified, setModified] = useState(false);
  const [status, setStatus] = useState<HostStatus>(NO_STATUS);
  const [formulas, setFormulas] = useState(false);
  const [sheets, setSheets] = useState<string[]>([]);
  const [ignoring, setIgnoring] = useState<string | null>(null);
  const [firstRun, setFirstRun] = useState(() => firstRunDue(props.storage, now()));
  const [tool, setTool] = useState<ToolRequest | null>(null);
  // The writing tools are their own bundle (tools-loader.ts): the startup bundle holds only their buttons.
  const [tools, setTools] = useState<ToolsModule | null>(null);

  // The current finding also lives in a ref, so that quick successive Next / Previous presses each move one step.
  const currentRef = useRef(-1);
  const setCurrent = (index: number) => {
    currentRef.current = index;
    setCurrentState(index);
  };
  const busyRef = useRef(false);
  const signatureRef = useRef("");
  const checkButton = useRef<HTMLButtonElement>(null);
  const listRoot = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);
  // Latest state for callbacks that outlive a render (change events, async steps).
  const live = useRef({ report, suppressions, formIndex, status, message });
  live.current = { report, suppressions, formIndex, status, message };

  const part = report ? partition(report, formIndex, suppressions) : null;
  const form = report && report.forms[formIndex] ? report.forms[formIndex] : null;
  const visible = part ? part.visible : [];

  useEffect(() => {
    if (pendingFocus.current === null) return;
    if (!listRoot.current) {
      pendingFocus.current = null;
      return;
    }
    const index = Math.min(pendingFocus.current, visible.length - 1);
    pendingFocus.current = null;
    const el = listRoot.current.querySelector('[data-index="' + index + '"]') as HTMLElement | null;
    if (el) el.focus();
  });

  const run = async (label: string, task: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(label);
    try {
      await task();
    } catch (e) {
      setMessage({ kind: "error", text: s.failed(errorText(e)) });
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  };

  const read = (sheetName?: string): Promise<SheetRead> =>
    sheetName && host.readSheet ? host.readSheet(sheetName) : host.readActiveSheet();

  const refreshStatus = async () => {
    setStatus(await host.status());
  };

  /** Reads and checks a sheet (the active one by default); marks the findings when `mark`. */
  const check = async (sheetName: string | undefined, mark: boolean, keep: Message | null) => {
    const sheet = await read(sheetName);
    const next = checkGrid(sheet.grid, props.checkOptions);
    const list = await host.loadIgnored();
    const prev = live.current.report;
    const sameSheet = !!prev && prev.sheetName === next.sheetName;
    const fi = sameSheet && live.current.formIndex < next.forms.length ? live.current.formIndex : 0;
    const count = partition(next, fi, list).visible.length;
    signatureRef.current = gridFingerprint(sheet.grid);
    setReport(next);
    setReadOnly(sheet.readOnly);
    setSuppressions(list);
    setFormIndex(fi);
    setCurrent(sameSheet ? Math.min(currentRef.current, count - 1) : -1);
    setModified(false);
    setIgnoring(null);
    let msg = keep;
    if (mark && !sheet.readOnly && next.forms.length) {
      const r = await host.highlight(next.sheetName, markedFindings(next, list));
      if (!isOk(r) && !msg) msg = { kind: "info", text: s.notMarked(refusalText(r, s)) };
    }
    setMessage(msg);
    await refreshStatus();
    if (host.listSheets) setSheets(await host.listSheets());
  };

  const recheck = (keep: Message | null) => {
    const rep = live.current.report;
    return check(rep ? rep.sheetName : undefined, live.current.status.highlighted, keep);
  };

  /** Re-marks after the ignore list changed, when marks are on. */
  const remark = async (list: Suppression[]) => {
    const rep = live.current.report;
    if (rep && live.current.status.highlighted) await host.highlight(rep.sheetName, markedFindings(rep, list));
    await refreshStatus();
  };

  const applyPlan = async (plan: EditPlan, success: Message): Promise<boolean> => {
    const r = await host.applyEdits(plan);
    if (isOk(r)) await recheck(success);
    else if (isStale(r)) await recheck({ kind: "error", text: s.staleCells(joinCells(s, r.stale)), cells: r.stale });
    else {
      setMessage({ kind: "error", text: r.refused });
      await refreshStatus();
    }
    return isOk(r);
  };

  const openTool = (request: ToolRequest | null) => {
    setTool(request);
    if (request)
      loadTools().then(setTools, (e: unknown) => {
        setTool(null);
        setMessage({ kind: "error", text: s.failed(errorText(e)) });
      });
  };


  const selectCell = (address: string, index?: number) => {
    if (index !== undefined) setCurrent(index);
    const rep = live.current.report;
    if (!rep) return;
    host.select(rep.sheetName, address).then(undefined, (e: unknown) => setMessage({ kind: "error", text: s.failed(errorText(e)) }));
  };

  const goTo = (index: number) => {
    const entry = visible[index];
    if (!entry) return;
    setCurrent(index);
    if (entry.finding.cells.length) selectCell(entry.finding.cells[0]);
  };

  // Initial state: Ziping's marks and undo snapshot may survive from an earlier session.
  useEffect(() => {
    host.status().then(setStatus, () => undefined);
    if (host.listSheets) host.listSheets().then(setSheets, () => undefined);
  }, [host]);

  // Re-check after the user edits the checked sheet (the host debounces and ignores Ziping's own writes).
  useEffect(() => {
    if (!host.onChanged) return undefined;
    return host.onChanged((event) => {
      const rep = live.current.report;
      if (!rep || event.sheetName !== rep.sheetName) return;
      setModified(true);
      if (!busyRef.current) void run(s.busyChecking, () => check(rep.sheetName, live.current.status.highlighted, live.current.message));
    });
  }, [host]);

  // Without change events: when the pane regains focus, compare a fresh read with what was checked.
  useEffect(() => {
    if (host.onChanged || typeof window === "undefined") return undefined;
    const onFocus = () => {
      const rep = live.current.report;
      if (!rep || busyRef.current) return;
      read(rep.sheetName).then(
        (sheet) => {
          if (sheet.grid.sheetName === rep.sheetName && gridFingerprint(sheet.grid) !== signatureRef.current) setModified(true);
        },
        () => undefined,
      );
    };
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, [host]);

  const onCheck = () => run(s.busyChecking, () => check(undefined, true, null));

  const onRecheck = () => run(s.busyChecking, () => recheck(live.current.message));

  const onRecalc = () =>
    run(s.busyWriting, async () => {
      if (!report || !form) return;
      const plan = buildEditPlan(form, { formulas });
      const details = plan.skipped.map((x) => x.reason);
      const detailsTitle = details.length ? s.skippedTitle : undefined;
      if (!plan.edits.length) {
        setMessage({ kind: "info", text: s.nothingToRecalc, details, detailsTitle });
        return;
      }
      await applyPlan(plan, { kind: "success", text: s.appliedCount(plan.edits.length), details, detailsTitle });
    });

  const onFix = (entry: Entry) =>
    run(s.busyWriting, async () => {
      const fix = entry.finding.fix;
      if (!report || !form || !fix || !fix.length) return;
      const plan: EditPlan = { sheetName: report.sheetName, range: form.range, edits: fix, skipped: [] };
      const cells = fix.map((e) => e.cell);
      await applyPlan(plan, { kind: "success", text: s.applied(joinCells(s, cells)) });
    });

  const onUndo = () =>
    run(s.busyWriting, async () => {
      const r = await host.undo();
      if (isOk(r)) await recheck({ kind: "success", text: s.undone });
      else if (isStale(r)) await recheck({ kind: "error", text: s.staleCells(joinCells(s, r.stale)), cells: r.stale });
      else {
        setMessage({ kind: "error", text: r.refused });
        await refreshStatus();
      }
    });

  const onClear = () =>
    run(s.busyWorking, async () => {
      const r = await host.clearHighlights();
      setMessage(isOk(r) ? { kind: "success", text: s.cleared } : { kind: "error", text: refusalText(r, s) });
      await refreshStatus();
    });

  const saveIgnored = async (list: Suppression[], success: string): Promise<boolean> => {
    const r = await host.saveIgnored(list);
    if (!isOk(r)) {
      setMessage({ kind: "error", text: s.ignoreFailed(refusalText(r, s)) });
      return false;
    }
    setSuppressions(list);
    setMessage({ kind: "success", text: success });
    await remark(list);
    return true;
  };

  const onConfirmIgnore = (entry: Entry, reason: string) =>
    run(s.busyWorking, async () => {
      if (!report) return;
      const index = visible.indexOf(entry);
      const list = suppressions.concat([suppressionFor(report.sheetName, entry.finding, reason, now())]);
      if (await saveIgnored(list, s.ignoredSaved)) {
        setIgnoring(null);
        if (current >= visible.length - 1) setCurrent(visible.length - 2);
        pendingFocus.current = Math.max(0, index);
      }
    });

  const onRestore = (sup: Suppression) =>
    run(s.busyWorking, async () => {
      const key = suppressionKey(sup);
      await saveIgnored(
        suppressions.filter((x) => suppressionKey(x) !== key),
        s.restored,
      );
    });

  const onRestoreAll = () =>
    run(s.busyWorking, async () => {
      if (!report) return;
      await saveIgnored(
        suppressions.filter((x) => x.sheet !== report.sheetName),
        s.restored,
      );
    });

  const onSheet = (name: string) => {
    if (name) void run(s.busyChecking, () => check(name, true, null));
  };

  const onForm = (index: number) => {
    setFormIndex(index);
    setCurrent(-1);
    setIgnoring(null);
  };

  const closeFirstRun = () => {
    rememberFirstRun(props.storage, now());
    setFirstRun(false);
    if (checkButton.current) checkButton.current.focus();
  };

  const isBusy = busy !== null;
  const writeDisabled = isBusy || !!readOnly;

  return (
    <StringsContext.Provider value={s}>
      <main class="zp-app" lang={s.lang} aria-busy={isBusy ? "true" : "false"}>
        <header class="zp-titlebar">
          <h1>{s.appTitle}</h1>
        </header>
        {firstRun && <FirstRun onDone={closeFirstRun} />}
        <Toolbar
          busy={isBusy}
          canRecalc={!!form && !readOnly}
          canUndo={status.canUndo && !readOnly}
          canClear={status.highlighted}
          formulas={formulas}
          checkRef={checkButton}
          onCheck={onCheck}
          onRecalc={onRecalc}
          onClear={onClear}
          onUndo={onUndo}
          onFormulas={setFormulas}
        />
        <p class="zp-busy" aria-live="polite">
          {busy || (status.highlighted ? s.marksOn : "")}
        </p>
        {readOnly && <p class="zp-notice">{s.readOnly(readOnly)}</p>}
        {modified && (
          <div class="zp-modified" role="alert">
            <span>{s.modified}</span>
            <button type="button" class="zp-button zp-button-small" disabled={isBusy} onClick={onRecheck}>
              {s.recheck}
            </button>
          </div>
        )}
        <MessageBar message={message} onSelectCell={(cell) => selectCell(cell)} onDismiss={() => setMessage(null)} />
        <Pickers
          sheets={sheets}
          sheetName={report ? report.sheetName : null}
          forms={report ? report.forms : []}
          formIndex={formIndex}
          busy={isBusy}
          onSheet={onSheet}
          onForm={onForm}
        />
        {!report && <p class="zp-empty">{s.notChecked}</p>}
        {report && !form && <p class="zp-empty">{report.note || s.noForm}</p>}
        {part && (
          <button type="button" class="zp-button zp-tools-toggle" aria-expanded={!!tool} onClick={() => openTool(tool ? null : { kind: "wording" })}>
            {s.toolsLabel}
          </button>
        )}
        {form && report && tool && (
          <section class="zp-tool-panel" aria-label={s.toolsLabel}>
            {tools ? (
              <tools.Tools
                request={tool}
                onRequest={setTool}
                strings={s}
                host={host}
                sheetName={report.sheetName}
                report={form}
                readOnly={readOnly}
                busy={isBusy}
                run={run}
                applyPlan={applyPlan}
                setMessage={setMessage}
                selectCell={selectCell}
                refresh={recheck}
              />
            ) : (
              <p class="zp-busy">{s.busyWorking}</p>
            )}
          </section>
        )}
        {form && part && !tool && (
          <div class="zp-results">
            <Header form={form} counts={part.counts} />
            {visible.length > 0 ? (
              <section aria-label={s.findingsLabel} ref={listRoot}>
                <Navigator
                  current={current}
                  total={visible.length}
                  onPrev={() => goTo(Math.max(0, currentRef.current - 1))}
                  onNext={() => goTo(Math.min(visible.length - 1, currentRef.current + 1))}
                />
                <FindingsList
                  groups={part.groups}
                  visible={visible}
                  current={current}
                  writeDisabled={writeDisabled}
                  busy={isBusy}
                  ignoring={ignoring}
                  onFocusItem={setCurrent}
                  onActivate={goTo}
                  onSelectCell={(index, address) => selectCell(address, index)}
                  onFix={onFix}
                  onTool={openTool}
                  onStartIgnore={(entry) => setIgnoring(entry.key)}
                  onCancelIgnore={() => {
                    for (let i = 0; i < visible.length; i++) if (visible[i].key === ignoring) pendingFocus.current = i;
                    setIgnoring(null);
                  }}
                  onConfirmIgnore={onConfirmIgnore}
                />
              </section>
            ) : (
              <p class="zp-empty">{part.ignored.length ? s.allIgnored : s.noFindings}</p>
            )}
          </div>
        )}
        {part && <IgnoredSection ignored={part.ignored} stale={part.stale} busy={isBusy} onRestore={onRestore} onRestoreAll={onRestoreAll} />}
        <FeaturesNote features={host.features} />
        <footer class="zp-footer">
          <button type="button" class="zp-link" onClick={() => setFirstRun(true)}>
            {s.help}
          </button>
        </footer>
      </main>
    </StringsContext.Provider>
  );
}
