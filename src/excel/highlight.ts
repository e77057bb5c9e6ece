/// <reference types="office-js" />
// Marks findings' cells and takes the marks off again, exactly — 1 read sync + 1 write sync each way.
//
// Two ways to mark, chosen per Excel:
// - "conditional" (ExcelApi 1.6+, the default there): one Ziping conditional format per marked range (a custom rule
//   =ISTEXT("ZIPING-<severity>") that is always true) with a fill by severity AND a border style by severity
//   (error: solid, warning: dashed, info: dotted), so the mark does not rely on colour alone. The user's own
//   formatting is never changed; 清除标记 deletes exactly the rules carrying the ZIPING tag.
// - "direct" (ExcelApi 1.1–1.5, or on request): sets fill and borders on the cells after taking a per-cell snapshot;
//   清除标记 writes the snapshot back. With getCellProperties/setCellProperties (1.9) the snapshot is exact, including
//   "no fill" versus white (fill.pattern "None"). Before 1.9 it is lossy: Range.format.fill.color reads "#FFFFFF" for
//   both, so such cells come back as "no fill" (an explicitly white cell loses its white fill), and theme tints and
//   pattern fills come back as their plain colour.
// The explanation goes on the cell where the API allows: a note (1.18), else a threaded comment (1.10), else only the
// pane. Ziping's own notes/comments start with NOTE_PREFIX; a cell that already has the user's note/comment is left
// alone (its explanation stays in the pane). What was marked is kept in the workbook (state.ts), so 清除标记 works
// after the pane was reopened.
//
// Office.js used here (ExcelApi requirement set):
//   WorksheetCollection.getItem(name) (1.1) · Worksheet.name, .id (1.1) · Worksheet.getRange(address?) (1.1)
//   Worksheet.protection.protected (1.2)
//   Range.conditionalFormats (1.6) · ConditionalFormatCollection.add("Custom") (1.6) · ConditionalFormatCollection.items
//   ConditionalFormat.id, .type, .customOrNullObject, .delete() (1.6) · CustomConditionalFormat.rule.formula (1.6)
//   CustomConditionalFormat.format.fill.color (1.6) · .format.borders.getItem(edge).style/.color (1.6)
//   Range.getCellProperties / setCellProperties (1.9: format.fill color/pattern/patternColor/tintAndShade/
//   patternTintAndShade, format.borders top/bottom/left/right style/color/weight/tintAndShade)
//   Range.format.fill.color, .clear() (1.1) · Range.format.borders.getItem(edge).style/.color/.weight (1.1)
//   Worksheet.notes (1.18) · NoteCollection.items/getItemOrNullObject(address)/add(address, text) · Note.content/delete()
//   Worksheet.comments (1.10) · Workbook.comments.add(address, text) (1.10) · Comment.content/delete()/getLocation()
//   + the state store (state.ts)
import type { CellRange } from "../core/grid";
import { cellAddress, rangeAddress } from "../core/grid";
import type { Severity } from "../core/rule";
import type { Features } from "./features";
import type { StateStore } from "./state";
import { parseJson } from "./state";
import { cellsOf, nowIso, qualify, rangeCellCount, safeParseRange } from "./util";
import { EDGES, MARKS_KEY, SEVERITY_STYLE, snapOf } from "./marks-shared";
import { protectedMessage } from "./write-shared";

export { SEVERITY_STYLE } from "./marks-shared";
export type { SeverityStyle } from "./marks-shared";

// The key lives in marks-shared.ts so the pane's status read does not pull this module into taskpane.js.
export { MARKS_KEY } from "./marks-shared";
export const NOTE_PREFIX = "【自评表助手】";
export const CF_TAG = "ZIPING-";
/** Ranges larger than this are marked by their top-left cell only (a finding pointing at the whole form). */
export const MAX_RANGE_CELLS = 200;
/** Direct formatting snapshots at most this many cells; further ranges stay unmarked (shown in the pane). */
export const MAX_DIRECT_CELLS = 400;
const MAX_NOTE_CHARS = 1000;

export type MarkMode = "conditional" | "direct";

const SEVERITY_RANK: { [s in Severity]: number } = { info: 0, warning: 1, error: 2 };
const SEVERITY_CODE: { [s in Severity]: string } = { error: "e", warning: "w", info: "i" };
const CODE_SEVERITY: { [c: string]: Severity } = { e: "error", w: "warning", i: "info" };

/** What to mark: a core Finding fits. */
export interface MarkTarget {
  severity: Severity;
  cells: string[];
  message: string;
}

export interface HighlightOptions {
  features: Features;
  store: StateStore;
  /** Default: "conditional" where ExcelApi 1.6 is there, else "direct". */
  mode?: MarkMode;
  /** Put explanations on the cells (note / comment). Default true. */
  explain?: boolean;
  now?: () => Date;
}

export type HighlightResult =
  | {
      status: "marked";
      mode: MarkMode;
      /** Marked ranges ("I12", "F5:G5"). */
      ranges: string[];
      /** Where explanations went. */
      explainedOn: "note" | "comment" | "pane";
      /** Cells whose explanation stays in the pane because the user has a note/comment there. */
      paneOnly: string[];
      /** Cells not marked at all (direct formatting cap). */
      unmarked: string[];
      /** The snapshot cannot tell "no fill" from white (direct mode before ExcelApi 1.9). */
      lossy: boolean;
      syncs: number;
    }
  | { status: "refused"; reason: "protected"; message: string; syncs: number };

export const LEFTOVER_MESSAGE =
  "部分标记（条件格式、备注或批注）是在较新版本的 Excel 中添加的，此版本无法删除。请在较新版本的 Excel 中点“清除标记”，或在“条件格式 → 管理规则”中删除公式含 ZIPING 的规则。";

export type ClearResult =
  | {
      status: "cleared";
      rules: number;
      notes: number;
      comments: number;
      restoredCells: number;
      syncs: number;
      /** zh-CN: marks this Excel cannot remove (added by a newer Excel); they stay on record. */
      leftover?: string;
    }
  | { status: "refused"; reason: "protected"; message: string; syncs: number };

/** A per-cell format snapshot (direct mode). */
export interface FormatSnap {
  /** Fill: exact (1.9: color, pattern, patternColor, tintAndShade, patternTintAndShade) or colour only (1.1). */
  fill: { color?: string; pattern?: string; patternColor?: string; tintAndShade?: number; patternTintAndShade?: number; none?: boolean };
  borders: { [edge: string]: { style?: string; color?: string; weight?: string; tintAndShade?: number } };
}

export interface MarkEntry {
  id: string;
  name: string;
  mode: MarkMode;
  at: string;
  /** "I12|e" */
  ranges: string[];
  notes: string[];
  comments: string[];
  /** Direct mode: distinct snapshots (JSON) and the snapshot index of every touched cell. */
  formats?: string[];
  cells?: { [address: string]: number };
  lossy?: boolean;
}

export interface MarkState {
  v: 1;
  sheets: MarkEntry[];
}


export interface PlannedRange {
  address: string;
  range: CellRange;
  severity: Severity;
}

interface Plan {
  ranges: PlannedRange[];
  /** anchor cell → explanation lines */
  anchors: { [address: string]: string[] };
  anchorOrder: string[];
}

/** Which ranges to mark with which severity, and which explanation goes on which cell. */
export function planMarks(targets: MarkTarget[]): Plan {
  const bySeverity: { [address: string]: PlannedRange } = {};
  const order: string[] = [];
  const anchors: { [address: string]: string[] } = {};
  const anchorOrder: string[] = [];
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    let anchor: string | undefined;
    for (let j = 0; j < t.cells.length; j++) {
      let r = safeParseRange(t.cells[j]);
      if (!r) continue;
      if (rangeCellCount(r) > MAX_RANGE_CELLS) r = { top: r.top, left: r.left, bottom: r.top, right: r.left };
      if (!anchor) anchor = cellAddress(r.top, r.left);
      const a = rangeAddress(r);
      const seen = bySeverity[a];
      if (!seen) {
        bySeverity[a] = { address: a, range: r, severity: t.severity };
        order.push(a);
      } else if (SEVERITY_RANK[t.severity] > SEVERITY_RANK[seen.severity]) seen.severity = t.severity;
    }
    if (anchor) {
      if (!anchors[anchor]) {
        anchors[anchor] = [];
        anchorOrder.push(anchor);
      }
      anchors[anchor].push(SEVERITY_STYLE[t.severity].label + "：" + t.message);
    }
  }
  const ranges = order.map((a) => bySeverity[a]);
  // Info first, errors last: where rules overlap, the later (more severe) one is added last.
  ranges.sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity]);
  return { ranges, anchors, anchorOrder };
}

export function explanationText(lines: string[]): string {
  const text = NOTE_PREFIX + "\n" + lines.join("\n");
  return text.length > MAX_NOTE_CHARS ? text.slice(0, MAX_NOTE_CHARS - 1) + "…" : text;
}

export function isOwnExplanation(content: unknown): boolean {
  return typeof content === "string" && content.indexOf(NOTE_PREFIX) === 0;
}

export function tagFormula(severity: Severity): string {
  return '=ISTEXT("' + CF_TAG + severity + '")';
}

function isOwnRule(cf: Excel.ConditionalFormat): boolean {
  if (cf.type !== "Custom") return false;
  const custom = cf.customOrNullObject;
  if (!custom || custom.isNullObject) return false;
  const formula = custom.rule && custom.rule.formula;
  return typeof formula === "string" && formula.indexOf('"' + CF_TAG) >= 0;
}

function readMarks(text: string | null): MarkState {
  const s = parseJson<MarkState>(text);
  return s && s.v === 1 && Array.isArray(s.sheets) ? s : { v: 1, sheets: [] };
}

function entryFor(state: MarkState, id: string, name: string): MarkEntry | undefined {
  for (let i = 0; i < state.sheets.length; i++) if (state.sheets[i].id === id) return state.sheets[i];
  for (let i = 0; i < state.sheets.length; i++) if (state.sheets[i].name === name) return state.sheets[i];
  return undefined;
}

function withoutEntry(state: MarkState, entry: MarkEntry | undefined): MarkEntry[] {
  const out: MarkEntry[] = [];
  for (let i = 0; i < state.sheets.length; i++) if (state.sheets[i] !== entry) out.push(state.sheets[i]);
  return out;
}


interface Reads {
  ws: Excel.Worksheet;
  protection?: Excel.WorksheetProtection;
  marks: () => string | null;
  rules?: Excel.ConditionalFormatCollection;
  notes?: Excel.NoteCollection;
  comments?: Excel.CommentCollection;
}

/** What both highlight and clear read: the sheet, its protection, Ziping's state, and Ziping's old rules/notes/comments. */
function queueCommonReads(context: Excel.RequestContext, sheetName: string, options: { features: Features; store: StateStore }, readState = true): Reads {
  const f = options.features;
  const ws = context.workbook.worksheets.getItem(sheetName);
  ws.load("name,id");
  const reads: Reads = { ws, marks: readState ? options.store.read(context, MARKS_KEY) : () => null };
  if (f.protection) {
    reads.protection = ws.protection;
    ws.protection.load("protected");
  }
  if (f.conditionalFormats) {
    reads.rules = ws.getRange().conditionalFormats;
    reads.rules.load("items/id,items/type,items/customOrNullObject/rule/formula");
  }
  if (f.notes) {
    reads.notes = ws.notes;
    reads.notes.load("items/content");
  }
  if (f.comments) {
    reads.comments = ws.comments;
    reads.comments.load("items/id,items/content");
  }
  return reads;
}

/** Deletes Ziping's own rules, notes and comments found by queueCommonReads (write batch). */
function queueRemoveOwn(reads: Reads): { rules: number; notes: number; comments: number } {
  const out = { rules: 0, notes: 0, comments: 0 };
  if (reads.rules) {
    const items = reads.rules.items || [];
    const seen: { [id: string]: boolean } = {};
    for (let i = 0; i < items.length; i++) {
      if (!isOwnRule(items[i]) || seen[items[i].id]) continue;
      seen[items[i].id] = true;
      items[i].delete();
      out.rules++;
    }
  }
  if (reads.notes) {
    const items = reads.notes.items || [];
    for (let i = 0; i < items.length; i++) {
      if (isOwnExplanation(items[i].content)) {
        items[i].delete();
        out.notes++;
      }
    }
  }
  if (reads.comments) {
    const items = reads.comments.items || [];
    for (let i = 0; i < items.length; i++) {
      if (isOwnExplanation(items[i].content)) {
        items[i].delete();
        out.comments++;
      }
    }
  }
  return out;
}

type DirectMarks = typeof import("./direct-marks");

// Direct formatting is only for Excel without conditional formats (ExcelApi < 1.6): its own chunk, loaded there.
function loadDirectMarks(): Promise<DirectMarks> {
  return import(/* webpackChunkName: "excel-direct-marks" */ "./direct-marks");
}

function needsDirect(entry: MarkEntry | undefined): boolean {
  return !!entry && entry.mode === "direct" && !!entry.cells;
}

/** Conditional-format marking of one range (write batch). */
function queueRuleMark(ws: Excel.Worksheet, pr: PlannedRange): void {
  const style = SEVERITY_STYLE[pr.severity];
  const cf = ws.getRange(pr.address).conditionalFormats.add("Custom");
  cf.custom.rule.formula = tagFormula(pr.severity);
  cf.custom.format.fill.color = style.fill;
  for (let i = 0; i < EDGES.length; i++) {
    const b = cf.custom.format.borders.getItem(EDGES[i].edge);
    b.style = style.line;
    b.color = style.border;
  }
}

/**
 * Marks `targets` on `sheetName`, replacing Ziping's previous marks on that sheet. 1 read sync + 1 write sync
 * (+1 read sync on ExcelApi 1.10–1.17 when the sheet already holds someone's threaded comments, to locate them).
 */
export async function highlightFindings(context: Excel.RequestContext, sheetName: string, targets: MarkTarget[], options: HighlightOptions): Promise<HighlightResult> {
  const f = options.features;
  const mode: MarkMode = options.mode || (f.conditionalFormats ? "conditional" : "direct");
  if (mode === "conditional" && !f.conditionalFormats) throw new Error("此版本 Excel 不支持条件格式（需要 ExcelApi 1.6）。");
  const explainOn: "note" | "comment" | "pane" = options.explain === false ? "pane" : f.notes ? "note" : f.comments ? "comment" : "pane";
  const plan = planMarks(targets);
  let syncs = 0;
  let direct: DirectMarks | undefined = mode === "direct" ? await loadDirectMarks() : undefined;

  // Direct mode: cap the snapshot.
  const unmarked: string[] = [];
  let ranges = plan.ranges;
  if (mode === "direct") {
    ranges = [];
    let cells = 0;
    for (let i = plan.ranges.length - 1; i >= 0; i--) {
      // Most severe first when capping.
      const n = rangeCellCount(plan.ranges[i].range);
      if (cells + n > MAX_DIRECT_CELLS) unmarked.push(plan.ranges[i].address);
      else {
        cells += n;
        ranges.unshift(plan.ranges[i]);
      }
    }
  }

  // Sync 1: guards, state, old own rules/notes/comments, user notes on the anchor cells, the format snapshot.
  const reads = queueCommonReads(context, sheetName, options);
  const ws = reads.ws;
  const noteAt: { [address: string]: Excel.Note } = {};
  if (explainOn === "note") {
    for (let i = 0; i < plan.anchorOrder.length; i++) {
      const note = ws.notes.getItemOrNullObject(plan.anchorOrder[i]);
      note.load("content");
      noteAt[plan.anchorOrder[i]] = note;
    }
  }
  const snapshot = direct ? direct.queueSnapshot(ws, f, ranges) : undefined;
  syncs++;
  await context.sync();

  if (reads.protection && reads.protection.protected) {
    return { status: "refused", reason: "protected", message: protectedMessage(ws.name).replace("无法写入", "无法添加标记"), syncs };
  }

  // Cells that hold someone else's note / comment keep it; their explanation stays in the pane.
  const taken: { [address: string]: boolean } = {};
  if (explainOn === "note") {
    for (const a in noteAt) if (Object.prototype.hasOwnProperty.call(noteAt, a) && !noteAt[a].isNullObject && !isOwnExplanation(noteAt[a].content)) taken[a] = true;
  }
  if (explainOn === "comment" && reads.comments && plan.anchorOrder.length) {
    const foreign: Excel.Range[] = [];
    const items = reads.comments.items || [];
    for (let i = 0; i < items.length; i++) {
      if (isOwnExplanation(items[i].content)) continue;
      const loc = items[i].getLocation();
      loc.load("address");
      foreign.push(loc);
    }
    if (foreign.length) {
      syncs++;
      await context.sync();
      for (let i = 0; i < foreign.length; i++) {
        const r = safeParseRange(foreign[i].address);
        if (r) taken[cellAddress(r.top, r.left)] = true;
      }
    }
  }

  // Sync 2: take off the old marks, put on the new ones, remember them.
  const state = readMarks(reads.marks());
  const old = entryFor(state, ws.id, ws.name);
  if (!direct && needsDirect(old)) direct = await loadDirectMarks();
  queueRemoveOwn(reads);
  const entry: MarkEntry = { id: ws.id, name: ws.name, mode, at: nowIso(options.now), ranges: [], notes: [], comments: [] };
  if (mode === "direct") {
    const fresh = snapshot ? snapshot() : {};
    const keep: { [address: string]: boolean } = {};
    const formats: string[] = [];
    const index: { [json: string]: number } = {};
    entry.cells = {};
    let lossy = false;
    for (let i = 0; i < ranges.length; i++) {
      const cells = cellsOf(ranges[i].range);
      for (let k = 0; k < cells.length; k++) {
        const a = cells[k];
        if (keep[a]) continue;
        keep[a] = true;
        // A cell Ziping marked before shows Ziping's mark now: keep its original snapshot.
        const snap = snapOf(old, a) || fresh[a];
        if (!snap) continue;
        if (!f.cellProperties) lossy = true;
        const json = JSON.stringify(snap);
        if (index[json] === undefined) {
          index[json] = formats.length;
          formats.push(json);
        }
        entry.cells[a] = index[json];
      }
    }
    entry.formats = formats;
    if (lossy) entry.lossy = true;
    direct!.queueRestore(ws, f, old, keep);
    for (let i = 0; i < ranges.length; i++) direct!.queueDirectMark(ws, f, ranges[i]);
  } else {
    if (direct) direct.queueRestore(ws, f, old, {});
    for (let i = 0; i < ranges.length; i++) queueRuleMark(ws, ranges[i]);
  }
  for (let i = 0; i < ranges.length; i++) entry.ranges.push(ranges[i].address + "|" + SEVERITY_CODE[ranges[i].severity]);

  const paneOnly: string[] = [];
  const explained: string[] = [];
  for (let i = 0; i < plan.anchorOrder.length && explainOn !== "pane"; i++) {
    const a = plan.anchorOrder[i];
    if (taken[a]) paneOnly.push(a);
    else explained.push(a);
  }
  if (explainOn === "note") {
    for (let i = 0; i < explained.length; i++) {
      ws.notes.add(explained[i], explanationText(plan.anchors[explained[i]]));
      entry.notes.push(explained[i]);
    }
  }
  if (explainOn === "comment") entry.comments = explained;
  const sheets = withoutEntry(state, old);
  sheets.push(entry);
  options.store.write(context, MARKS_KEY, JSON.stringify({ v: 1, sheets }));
  // Threaded comments last: without the notes API (1.10–1.17) a cell holding a legacy note cannot be seen, and adding a
  // comment there fails. Everything before is then in place (marks and state); the comments are dropped and the
  // explanations stay in the pane.
  if (explainOn === "comment") {
    for (let i = 0; i < explained.length; i++) context.workbook.comments.add(qualify(ws.name, explained[i]), explanationText(plan.anchors[explained[i]]));
  }
  syncs++;
  try {
    await context.sync();
  } catch (e) {
    if (explainOn !== "comment" || !explained.length) throw e;
    const retry = await highlightFindings(context, sheetName, targets, { ...options, mode, explain: false });
    if (retry.status === "marked") return { ...retry, explainedOn: "pane", paneOnly: plan.anchorOrder.slice(), syncs: syncs + retry.syncs };
    return retry;
  }
  await options.store.commit();
  return {
    status: "marked",
    mode,
    ranges: ranges.map((r) => r.address),
    explainedOn: explainOn,
    paneOnly,
    unmarked,
    lossy: !!entry.lossy,
    syncs,
  };
}

/**
 * 清除标记 on one or more sheets (names or ids): 1 read sync + 1 write sync. Works from the state in the workbook,
 * so it also works after the pane was reopened. A protected sheet refuses the whole clear (nothing changed).
 */
export async function clearMarks(
  context: Excel.RequestContext,
  sheets: string | string[],
  options: { features: Features; store: StateStore },
  dropMissing?: { keepIds: string[] },
): Promise<ClearResult> {
  const f = options.features;
  const keys = typeof sheets === "string" ? [sheets] : sheets;
  const all: Reads[] = [];
  for (let i = 0; i < keys.length; i++) all.push(queueCommonReads(context, keys[i], options, i === 0));
  const marksText = all.length ? all[0].marks : options.store.read(context, MARKS_KEY);
  await context.sync();
  for (let i = 0; i < all.length; i++) {
    const p = all[i].protection;
    if (p && p.protected) return { status: "refused", reason: "protected", message: protectedMessage(all[i].ws.name).replace("无法写入", "无法清除标记"), syncs: 1 };
  }
  const state = readMarks(marksText());
  const direct = state.sheets.some(needsDirect) ? await loadDirectMarks() : undefined;
  let remaining = state.sheets;
  if (dropMissing) remaining = remaining.filter((e) => dropMissing.keepIds.indexOf(e.id) >= 0);
  const out: ClearResult & { status: "cleared" } = { status: "cleared", rules: 0, notes: 0, comments: 0, restoredCells: 0, syncs: 2 };
  for (let i = 0; i < all.length; i++) {
    const ws = all[i].ws;
    const old = entryFor({ v: 1, sheets: remaining }, ws.id, ws.name);
    const removed = queueRemoveOwn(all[i]);
    out.rules += removed.rules;
    out.notes += removed.notes;
    out.comments += removed.comments;
    if (direct) out.restoredCells += direct.queueRestore(ws, f, old, {});
    if (!old) continue;
    // Marks added by a newer Excel (rules, notes, comments) cannot be removed here: keep them on record and say so.
    const stuck = (old.mode === "conditional" && !f.conditionalFormats) || (old.notes.length > 0 && !f.notes) || (old.comments.length > 0 && !f.comments);
    if (stuck) {
      out.leftover = LEFTOVER_MESSAGE;
      continue;
    }
    remaining = remaining.filter((e) => e !== old);
  }
  if (remaining.length !== state.sheets.length) options.store.write(context, MARKS_KEY, remaining.length ? JSON.stringify({ v: 1, sheets: remaining }) : null);
  await context.sync();
  await options.store.commit();
  return out;
}

/**
 * 清除标记 everywhere Ziping marked (all sheets in the state): 1 sync for the state and the sheet list, then
 * clearMarks (2 syncs). Entries of sheets deleted since are dropped.
 */
export async function clearAllMarks(context: Excel.RequestContext, options: { features: Features; store: StateStore }): Promise<ClearResult> {
  const text = options.store.read(context, MARKS_KEY);
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name");
  await context.sync();
  const state = readMarks(text());
  const ids: string[] = [];
  const items = sheets.items || [];
  for (let i = 0; i < items.length; i++) ids.push(items[i].id);
  const keys: string[] = [];
  for (let i = 0; i < state.sheets.length; i++) if (ids.indexOf(state.sheets[i].id) >= 0) keys.push(state.sheets[i].id);
  if (!keys.length && !state.sheets.length) return { status: "cleared", rules: 0, notes: 0, comments: 0, restoredCells: 0, syncs: 1 };
  const result = await clearMarks(context, keys, options, { keepIds: ids });
  return { ...result, syncs: result.syncs + 1 };
}

/** The marks Ziping keeps for a sheet (for the pane: "已标记 12 处"). Reads the state only. */
export function marksOf(text: string | null, sheetName: string): Array<{ address: string; severity: Severity }> {
  const state = readMarks(text);
  const out: Array<{ address: string; severity: Severity }> = [];
  for (let i = 0; i < state.sheets.length; i++) {
    if (state.sheets[i].name !== sheetName) continue;
    const ranges = state.sheets[i].ranges;
    for (let j = 0; j < ranges.length; j++) {
      const parts = ranges[j].split("|");
      out.push({ address: parts[0], severity: CODE_SEVERITY[parts[1]] || "info" });
    }
  }
  return out;
}

export function highlightInExcel(sheetName: string, targets: MarkTarget[], options: HighlightOptions): Promise<HighlightResult> {
  return Excel.run((context) => highlightFindings(context, sheetName, targets, options));
}

export function clearMarksInExcel(sheetName: string | undefined, options: { features: Features; store: StateStore }): Promise<ClearResult> {
  return Excel.run((context) => (sheetName === undefined ? clearAllMarks(context, options) : clearMarks(context, sheetName, options)));
}
