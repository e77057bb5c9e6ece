// Library candidates for an empty or missing 二级 group, filled from the form's own numbers, and the user's own
// entries (kept in the workbook as JSON) merged with validation.
import { setValue } from "../edits";
import type { Field, Form, IndicatorRow, Level1Name, Level2Name } from "../form";
import type { Edit } from "../rule";
import { amountOf } from "../scoring";
import { canonicalLevel2, isPlaceholderText, LEVEL2_PARENT_2020 } from "../taxonomy";
import { fmtPercent, normalizeLabel, tidyText } from "../text";
import { indicatorKey } from "../rules/duplicate-indicator";
import { fmtAmount } from "../rules/util";
import type { LibraryEntry, PlaceholderInfo } from "./entries";
import { PLACEHOLDERS, STANDARD_ENTRIES } from "./entries";

export type PlaceholderValues = { [key: string]: string | number | undefined };

export interface Candidate {
  entryId: string;
  source: "standard" | "custom";
  level1: Level1Name;
  level2: Level2Name;
  /** 三级指标, 年度指标值 and the usual unit, every known placeholder filled. */
  name: string;
  target: string;
  unit?: string;
  /** 实际完成值 when the form already knows it (e.g. 项目总成本 = 全年执行数). */
  actualHint?: string;
  note: string;
  /** A number ("≥90%", "≤25.2万元"), a date ("≤2024年12月": the 实际完成值 is a date) or a phrase ("有效提升"). */
  kind: "quantitative" | "date" | "qualitative";
  /** Inputs the form does not give ("年度", "数量"). While any is left, the texts show it as 〔年度〕 and the
   * candidate must not be written: ask the user, then call fillCandidate. */
  needs: string[];
  ready: boolean;
  /** The target split for 四川-style 指标性质 / 度量单位 columns (ready candidates with a number only). */
  targetParts?: { op: string; value: string; unit: string };
  /** The entry and the values used, so fillCandidate can fill the rest. */
  entry: LibraryEntry;
  values: { [key: string]: string };
}

export interface CandidateOptions {
  /** Values the form does not give, or overrides ({ 事项: "设备采购", 数量: 65 }). */
  values?: PlaceholderValues;
  /** The library to draw from: STANDARD_ENTRIES by default; pass mergeCustomEntries(…).entries to add the user's. */
  entries?: LibraryEntry[];
  /** Also offer entries whose 三级 name the form already has (left out by default: a duplicate scores twice). */
  includeExisting?: boolean;
}

const UNFILLED_OPEN = "〔";
const UNFILLED_CLOSE = "〕";
const PLACEHOLDER_PATTERN = /\{([^{}]{1,20})\}/g;
const UNFILLED_PATTERN = /\{[^{}]*\}|〔[^〔〕]*〕/;

/** Text still holding a template placeholder ({年度}) or an unfilled marker (〔年度〕): never write it. */
export function hasUnfilled(text: string): boolean {
  return UNFILLED_PATTERN.test(text);
}

export function placeholderInfo(key: string): PlaceholderInfo | undefined {
  for (let i = 0; i < PLACEHOLDERS.length; i++) if (PLACEHOLDERS[i].key === key) return PLACEHOLDERS[i];
  return undefined;
}

/** The placeholder names a template uses, in order, without repeats. */
export function placeholdersOf(template: string): string[] {
  const out: string[] = [];
  const re = new RegExp(PLACEHOLDER_PATTERN.source, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(template))) if (out.indexOf(m[1]) < 0) out.push(m[1]);
  return out;
}

/** What the form itself says: 年度, 项目名称, 实施单位, the budget block's amounts in 万元 and the 执行率. */
export function formValues(form: Form): { [key: string]: string } {
  const values: { [key: string]: string } = {};
  if (form.year !== undefined) values["年度"] = String(form.year);
  if (form.projectName && form.projectName.field.text) values["项目名称"] = tidyText(form.projectName.field.text);
  if (form.implementer && form.implementer.field.text) values["实施单位"] = tidyText(form.implementer.field.text);
  const budget = form.budget;
  const total = budget && budget.total;
  if (budget && total) {
    const full = amountOf(total.full, budget.toWanYuan);
    const initial = amountOf(total.initial, budget.toWanYuan);
    const exec = amountOf(total.exec, budget.toWanYuan);
    if (full !== undefined && full > 0) values["全年预算数"] = fmtAmount(full * budget.toWanYuan);
    if (initial !== undefined && initial > 0) values["年初预算数"] = fmtAmount(initial * budget.toWanYuan);
    if (exec !== undefined && exec >= 0) values["全年执行数"] = fmtAmount(exec * budget.toWanYuan);
    if (full !== undefined && full > 0 && exec !== undefined && exec >= 0) values["执行率"] = fmtPercent(exec / full);
  }
  return values;
}

interface Rendered {
  text: string;
  missing: string[];
}

function render(template: string, values: { [key: string]: string }): Rendered {
  const missing: string[] = [];
  const text = template.replace(PLACEHOLDER_PATTERN, (_all: string, key: string) => {
    const v = values[key];
    if (v !== undefined && v !== "") return v;
    if (missing.indexOf(key) < 0) missing.push(key);
    return UNFILLED_OPEN + key + UNFILLED_CLOSE;
  });
  return { text, missing };
}

function cleanValues(values: PlaceholderValues | undefined): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  if (!values) return out;
  for (const key in values) {
    if (!Object.prototype.hasOwnProperty.call(values, key)) continue;
    const v = values[key];
    if (v === undefined || v === null) continue;
    const s = typeof v === "number" ? (isFinite(v) ? fmtAmount(v) : "") : tidyText(String(v));
    if (s !== "") out[key] = s;
  }
  return out;
}

function withDefaults(values: { [key: string]: string }): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  for (let i = 0; i < PLACEHOLDERS.length; i++) {
    const p = PLACEHOLDERS[i];
    if (p.defaultValue !== undefined) out[p.key] = p.defaultValue;
  }
  for (const key in values) if (Object.prototype.hasOwnProperty.call(values, key)) out[key] = values[key];
  return out;
}

const TARGET_PARTS = /^(≥|≤|=|>|<)(\d+(?:\.\d+)?)(.*)$/;

const DATE_TARGET = /\d{4}年\d{1,2}月|\{年度\}年|年\d{1,2}月|\d{1,2}月(底|末|\d{1,2}日)?前?$/;

function targetKind(template: string, text: string): Candidate["kind"] {
  if (DATE_TARGET.test(template) || DATE_TARGET.test(text)) return "date";
  return TARGET_PARTS.test(text) || /^(≥|≤|=|>|<)?\{/.test(template) ? "quantitative" : "qualitative";
}

function parentOf(level2: Level2Name, form: Form | undefined): Level1Name {
  // 财预〔2021〕101号 forms (T-101) keep 成本 as its own 一级.
  if (level2 === "成本指标" && form && form.variant === "T-101") return "成本指标";
  return LEVEL2_PARENT_2020[level2];
}

/** Fills one entry with the values given; unknown placeholders become needs. */
export function renderEntry(entry: LibraryEntry, values: { [key: string]: string }, level1?: Level1Name, form?: Form): Candidate {
  const all = withDefaults(values);
  const name = render(entry.name, all);
  const target = render(entry.target, all);
  const note = render(entry.note, all);
  const needs: string[] = [];
  const add = (keys: string[]) => {
    for (let i = 0; i < keys.length; i++) if (needs.indexOf(keys[i]) < 0) needs.push(keys[i]);
  };
  add(name.missing);
  add(target.missing);
  add(note.missing);
  const candidate: Candidate = {
    entryId: entry.id,
    source: entry.source === "custom" ? "custom" : "standard",
    level1: level1 || parentOf(entry.level2, form),
    level2: entry.level2,
    name: name.text,
    target: target.text,
    note: note.text,
    kind: targetKind(entry.target, target.text),
    needs,
    ready: needs.length === 0,
    entry,
    values: all,
  };
  if (entry.unit) candidate.unit = entry.unit;
  if (entry.actualHint) {
    // A hint is a convenience: offered only when the form knows every number in it.
    const hint = render(entry.actualHint, all);
    if (hint.missing.length === 0) candidate.actualHint = hint.text;
  }
  if (candidate.ready && candidate.kind === "quantitative") {
    const m = TARGET_PARTS.exec(candidate.target);
    if (m) candidate.targetParts = { op: m[1], value: m[2], unit: m[3] };
  }
  return candidate;
}

/** The candidate again with the user's answers to its needs (or any override). */
export function fillCandidate(candidate: Candidate, values: PlaceholderValues): Candidate {
  const merged: { [key: string]: string } = {};
  for (const key in candidate.values) if (Object.prototype.hasOwnProperty.call(candidate.values, key)) merged[key] = candidate.values[key];
  const more = cleanValues(values);
  for (const key in more) if (Object.prototype.hasOwnProperty.call(more, key)) merged[key] = more[key];
  return renderEntry(candidate.entry, merged, candidate.level1);
}

function entriesFor(entries: LibraryEntry[], form: Form, level1: Level1Name | undefined, level2: Level2Name | undefined): LibraryEntry[] {
  let wanted: Level2Name[] = [];
  if (level2) {
    // A 101-style form that labels its cost 二级 plainly "成本指标" under the 成本 一级: the economic-cost entries fit.
    wanted = level2 === "成本指标" && level1 === "成本指标" ? ["成本指标", "经济成本指标"] : [level2];
  } else if (level1) {
    for (const key in LEVEL2_PARENT_2020) {
      const l2 = key as Level2Name;
      if (parentOf(l2, form) === level1) wanted.push(l2);
    }
    // 湖南 (T-HN-ZY) counts 服务对象满意度 inside 效益.
    if (level1 === "效益指标" && form.variant === "T-HN-ZY") wanted.push("服务对象满意度指标");
  }
  const out: LibraryEntry[] = [];
  for (let i = 0; i < entries.length; i++) if (wanted.indexOf(entries[i].level2) >= 0) out.push(entries[i]);
  return out;
}

function existingNames(form: Form): { [key: string]: boolean } {
  const names: { [key: string]: boolean } = {};
  const rows = form.indicators ? form.indicators.rows : [];
  for (let i = 0; i < rows.length; i++) {
    const name = rows[i].name;
    if (name && name.text) names[indicatorKey(name.text)] = true;
  }
  return names;
}

/**
 * Library candidates for a 二级 group of the form (or every 二级 of a 一级 when level2 is undefined), with the
 * form's 年度, 项目名称 and budget amounts filled in. Ready candidates come first, in library order.
 */
export function candidatesFor(form: Form, level1: Level1Name | undefined, level2: Level2Name | undefined, extra: CandidateOptions = {}): Candidate[] {
  const values = formValues(form);
  const given = cleanValues(extra.values);
  for (const key in given) if (Object.prototype.hasOwnProperty.call(given, key)) values[key] = given[key];
  const existing = extra.includeExisting ? {} : existingNames(form);
  const ready: Candidate[] = [];
  const waiting: Candidate[] = [];
  const seen: { [key: string]: boolean } = {};
  const pool = entriesFor(extra.entries || STANDARD_ENTRIES, form, level1, level2);
  for (let i = 0; i < pool.length; i++) {
    const c = renderEntry(pool[i], values, level1 || undefined, form);
    const key = c.level2 + "|" + indicatorKey(c.name) + "|" + normalizeLabel(c.target);
    if (seen[key]) continue;
    seen[key] = true;
    if (c.ready && existing[indicatorKey(c.name)]) continue;
    (c.ready ? ready : waiting).push(c);
  }
  return ready.concat(waiting);
}

// ---------------------------------------------------------------------------------------------------------------
// The user's own entries: a JSON array the pane keeps in the workbook.

export interface CustomEntryError {
  /** Position in the array, or -1 for the whole input. */
  index: number;
  message: string;
}

export interface MergeResult {
  /** Standard entries followed by the valid custom ones. */
  entries: LibraryEntry[];
  /** The valid custom entries as stored (source "custom"). */
  custom: LibraryEntry[];
  errors: CustomEntryError[];
}

export const MAX_CUSTOM_ENTRIES = 300;
const MAX_TEXT = 80;
const ID_PATTERN = /^[A-Za-z0-9_\-.:]{1,40}$/;

function str(x: unknown): string | undefined {
  return typeof x === "string" ? tidyText(x) : undefined;
}

function balancedBraces(s: string): boolean {
  return s.replace(PLACEHOLDER_PATTERN, "").replace(/[^{}]/g, "") === "";
}

function validateEntry(raw: unknown, index: number, errors: CustomEntryError[]): LibraryEntry | undefined {
  const where = `第 ${index + 1} 条自定义指标`;
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    errors.push({ index, message: `${where}不是对象，已忽略。` });
    return undefined;
  }
  const o = raw as { [key: string]: unknown };
  const level2Text = str(o.level2);
  const level2 = level2Text ? canonicalLevel2(level2Text) : undefined;
  if (!level2) {
    errors.push({ index, message: `${where}的二级指标“${level2Text || ""}”无法识别（应为数量指标、质量指标、时效指标、成本指标、经济效益指标等）。` });
    return undefined;
  }
  const name = str(o.name);
  const target = str(o.target);
  if (!name) {
    errors.push({ index, message: `${where}缺少三级指标名称。` });
    return undefined;
  }
  if (!target) {
    errors.push({ index, message: `${where}“${name}”缺少年度指标值。` });
    return undefined;
  }
  const texts: Array<[string, string]> = [["三级指标名称", name], ["年度指标值", target]];
  const unit = str(o.unit);
  const actualHint = str(o.actualHint);
  const note = str(o.note);
  if (unit !== undefined) texts.push(["单位", unit]);
  if (actualHint !== undefined) texts.push(["实际完成值", actualHint]);
  for (let i = 0; i < texts.length; i++) {
    const label = texts[i][0];
    const text = texts[i][1];
    if (text.length > MAX_TEXT) {
      errors.push({ index, message: `${where}“${name}”的${label}超过 ${MAX_TEXT} 个字，已忽略。` });
      return undefined;
    }
    if (!balancedBraces(text) || /〔|〕/.test(text)) {
      errors.push({ index, message: `${where}“${name}”的${label}中的占位符括号不配对（占位符写作“{年度}”）。` });
      return undefined;
    }
  }
  if (isPlaceholderText(name)) {
    errors.push({ index, message: `${where}的名称“${name}”是模板示例文字，已忽略。` });
    return undefined;
  }
  if (unit !== undefined && unit.length > 10) {
    errors.push({ index, message: `${where}“${name}”的单位“${unit}”过长。` });
    return undefined;
  }
  const id = str(o.id);
  if (id !== undefined && !ID_PATTERN.test(id)) {
    errors.push({ index, message: `${where}“${name}”的编号“${id}”只能包含字母、数字和 - _ . :。` });
    return undefined;
  }
  const entry: LibraryEntry = {
    id: id || "custom-" + (index + 1),
    level2,
    name,
    target,
    note: note && note.length <= 200 ? note : "用户自定义指标。",
    source: "custom",
  };
  if (unit) entry.unit = unit;
  if (actualHint) entry.actualHint = actualHint;
  return entry;
}

/**
 * Validates the user's entries (parsed JSON: an array of {level2, name, target, unit?, actualHint?, note?, id?}) and
 * appends the valid ones to `base`. Invalid items are skipped with a zh-CN reason; exact repeats of an entry
 * already in the library (same 二级, name and target) are skipped too.
 */
export function mergeCustomEntries(base: LibraryEntry[], custom: unknown): MergeResult {
  const errors: CustomEntryError[] = [];
  const entries = base.slice();
  const added: LibraryEntry[] = [];
  if (custom === undefined || custom === null) return { entries, custom: added, errors };
  if (!Array.isArray(custom)) {
    errors.push({ index: -1, message: "自定义指标库应为数组（JSON 列表），未能读取。" });
    return { entries, custom: added, errors };
  }
  const keys: { [key: string]: boolean } = {};
  const ids: { [id: string]: boolean } = {};
  for (let i = 0; i < entries.length; i++) {
    keys[entryKey(entries[i])] = true;
    ids[entries[i].id] = true;
  }
  for (let i = 0; i < custom.length; i++) {
    if (added.length >= MAX_CUSTOM_ENTRIES) {
      errors.push({ index: i, message: `自定义指标最多保存 ${MAX_CUSTOM_ENTRIES} 条，第 ${i + 1} 条起未读取。` });
      break;
    }
    const entry = validateEntry(custom[i], i, errors);
    if (!entry) continue;
    const key = entryKey(entry);
    if (keys[key]) {
      errors.push({ index: i, message: `第 ${i + 1} 条自定义指标“${entry.name}”与指标库已有条目重复，已忽略。` });
      continue;
    }
    if (ids[entry.id]) {
      let n = 2;
      while (ids[entry.id + "-" + n]) n++;
      entry.id = entry.id + "-" + n;
    }
    keys[key] = true;
    ids[entry.id] = true;
    entries.push(entry);
    added.push(entry);
  }
  return { entries, custom: added, errors };
}

function entryKey(e: LibraryEntry): string {
  return e.level2 + "|" + indicatorKey(e.name) + "|" + normalizeLabel(e.target);
}

/** Reads the JSON text kept in the workbook; a damaged text gives an error, not an exception. */
export function parseCustomEntries(json: string, base: LibraryEntry[] = STANDARD_ENTRIES): MergeResult {
  if (!json || !json.replace(/\s+/g, "")) return mergeCustomEntries(base, []);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    return { entries: base.slice(), custom: [], errors: [{ index: -1, message: "自定义指标库不是有效的 JSON，未能读取。" }] };
  }
  return mergeCustomEntries(base, parsed);
}

/** What is kept in the workbook for each custom entry: only its own fields. */
export function customEntryRecords(entries: LibraryEntry[]): Array<{ [key: string]: string }> {
  const out: Array<{ [key: string]: string }> = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.source !== "custom") continue;
    const o: { [key: string]: string } = { id: e.id, level2: e.level2, name: e.name, target: e.target };
    if (e.unit) o.unit = e.unit;
    if (e.actualHint) o.actualHint = e.actualHint;
    if (e.note) o.note = e.note;
    out.push(o);
  }
  return out;
}

/** The JSON text to keep in the workbook: only custom entries, only their own fields. */
export function serializeCustomEntries(entries: LibraryEntry[]): string {
  return JSON.stringify(customEntryRecords(entries));
}

/** Every 二级 the library covers (for the pane's picker). */
export function libraryLevel2s(entries: LibraryEntry[] = STANDARD_ENTRIES): Level2Name[] {
  const out: Level2Name[] = [];
  for (let i = 0; i < entries.length; i++) if (out.indexOf(entries[i].level2) < 0) out.push(entries[i].level2);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing a chosen candidate into an (empty) indicator row.

export interface CandidateEdits {
  edits: Edit[];
  /** Cells left alone, and why (already filled, candidate not ready). */
  skipped: Array<{ cell: string; reason: string }>;
}

const NATURE_WORDS: { [op: string]: string } = { "≥": "≥", "≤": "≤", "=": "=", ">": ">", "<": "<" };

/**
 * The cell edits that put a ready candidate into a row: 三级指标, 年度指标值 (on 四川 layouts split into 指标性质,
 * value and 度量单位) and the 实际完成值 when the form knows it. Cells that already hold something are never
 * overwritten unless `overwrite` is set. Values are raw text: the host's writer applies the text guard.
 */
export function candidateEdits(row: IndicatorRow, candidate: Candidate, options: { overwrite?: boolean } = {}): CandidateEdits {
  const out: CandidateEdits = { edits: [], skipped: [] };
  if (!candidate.ready) {
    const cell = row.name ? row.name.address : row.target ? row.target.address : "";
    out.skipped.push({ cell, reason: `指标“${candidate.name}”还缺少：${candidate.needs.join("、")}，请先填写。` });
    return out;
  }
  const put = (field: Field | undefined, value: string, what: string) => {
    if (!field || value === "") return;
    if (field.text !== "" && !options.overwrite) {
      if (field.text !== value) out.skipped.push({ cell: field.address, reason: `${field.address} 已有内容“${field.text}”，未覆盖。` });
      return;
    }
    out.edits.push(setValue(field, value, `从指标库填入${what}：${value}`));
  };
  put(row.name, candidate.name, "三级指标");
  if (row.nature && candidate.targetParts) {
    put(row.nature, NATURE_WORDS[candidate.targetParts.op] || candidate.targetParts.op, "指标性质");
    put(row.target, candidate.targetParts.value, "年度指标值");
    if (row.unit) put(row.unit, candidate.targetParts.unit, "度量单位");
    else if (candidate.targetParts.unit) out.skipped.push({ cell: row.target ? row.target.address : "", reason: `单位“${candidate.targetParts.unit}”无处填写。` });
  } else {
    put(row.target, candidate.target, "年度指标值");
  }
  if (candidate.actualHint) put(row.actual, candidate.actualHint, "实际完成值");
  return out;
}
