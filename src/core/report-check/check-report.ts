// A 自评报告 text checked against its form: every statement whose amount (万元), 执行率, score, grade or indicator value
// contradicts the form. Precision first: a number is checked only when a keyword ties it to one of the form's values
// and the sentence is about this project; it is accepted when it matches any value the keyword can mean.
import type { FormReport } from "../check";
import type { Field, FundRow, IndicatorRow } from "../form";
import type { Grade } from "../profile";
import { gradeFor, parseGrade } from "../profile";
import type { Severity } from "../rule";
import { amountOf, computedScoreOf, fieldNumber } from "../scoring";
import { fmt, toHalfWidth, tidyText } from "../text";
import { fmtAmount, fundName } from "../rules/util";
import { sectionOfRow } from "../report/build";

export type ReportCheckKind = "amount" | "rate" | "score" | "grade" | "indicator";

export interface ReportCheckItem {
  kind: ReportCheckKind;
  severity: Severity;
  /** zh-CN: what the report says and what the form says. */
  message: string;
  /** The sentence holding the statement, as written. */
  excerpt: string;
  /** Where the contradicting value starts in the text, and its length. */
  offset: number;
  length: number;
  /** The value as the report writes it ("28.8万元"). */
  found: string;
  /** What the form says it may be ("25.2万元（全年预算数、全年执行数）"). */
  expected: string;
  /** Form cells behind the expected values. */
  cells: string[];
}

export interface ReportCheckOptions {
  /** Other names the report uses for this project (the form's 项目名称 is always used). */
  projectNames?: string[];
}

interface Known {
  value: number;
  label: string;
  cell?: string;
}

interface Sentence {
  start: number;
  end: number;
  /** The text, half-width (same length as the original). */
  text: string;
  /** The top-level heading ("一、项目概况") the sentence is under. */
  section: string;
  /** The subject of a heading-like sentence just before on the same line ("（2）质量指标。设置…分值10分"). */
  lead?: string;
}

const NUMBER = "(\\d+(?:,\\d{3})*(?:\\.\\d+)?)";

// ---------------------------------------------------------------------------------------------------------------
// Splitting

function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let section = "";
  let lineStart = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    if (raw.replace(/\s+/g, "") !== "") out.push({ start, end, text: raw, section });
    start = end;
  };
  for (let i = 0; i <= text.length; i++) {
    if (i === lineStart) {
      const line = text.slice(lineStart, text.indexOf("\n", lineStart) < 0 ? text.length : text.indexOf("\n", lineStart));
      if (/^\s*[一二三四五六七八九十]{1,3}\s*[、.]/.test(line)) section = tidyText(line);
    }
    if (i === text.length) {
      push(i);
      break;
    }
    const ch = text.charAt(i);
    if (ch === "\n") {
      push(i + 1);
      lineStart = i + 1;
    } else if (ch === "。" || ch === "!" || ch === "?" || ch === "！" || ch === "？") {
      push(i + 1);
    }
  }
  return out;
}

const CLAUSE_BREAK = /[，,；;：:、]/;

/** Start of the clause holding position `pos` within the sentence, and whether the clause is a list item (、). */
function clauseAt(s: string, pos: number): { start: number; end: number; listItem: boolean } {
  let start = pos;
  while (start > 0 && !CLAUSE_BREAK.test(s.charAt(start - 1))) start--;
  let end = pos;
  while (end < s.length && !CLAUSE_BREAK.test(s.charAt(end))) end++;
  const listItem = (start > 0 && s.charAt(start - 1) === "、") || s.charAt(end) === "、";
  return { start, end, listItem };
}

/** Half a unit in the last written decimal: "25" may stand for 25.2, "25.20" may not stand for 25.21. */
function toleranceOf(numberText: string, scale = 1): number {
  const dot = numberText.indexOf(".");
  const decimals = dot < 0 ? 0 : numberText.length - dot - 1;
  return Math.max(0.5 * Math.pow(10, -decimals) * scale, 0.00005) + 1e-9;
}

function parseNumber(s: string): number {
  return parseFloat(s.replace(/,/g, ""));
}

function matches(found: number, known: Known[], tolerance: number): boolean {
  for (let i = 0; i < known.length; i++) if (Math.abs(known[i].value - found) <= tolerance) return true;
  return false;
}

/** "25.2万元（年初预算数、全年预算数）、28万元（…）": equal values grouped. */
function describe(all: Known[], unit: string): string {
  // Zero (blank source rows) only when nothing else can be shown.
  const nonZero = all.filter((k) => Math.abs(k.value) > 1e-9);
  const known = nonZero.length ? nonZero : all;
  const order: string[] = [];
  const labels: { [v: string]: string[] } = {};
  for (let i = 0; i < known.length; i++) {
    const v = fmtAmount(known[i].value);
    if (!labels[v]) {
      labels[v] = [];
      order.push(v);
    }
    if (labels[v].indexOf(known[i].label) < 0) labels[v].push(known[i].label);
  }
  return order.map((v) => `${v}${unit}（${labels[v].join("、")}）`).join("、");
}

function cellsOf(known: Known[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < known.length; i++) {
    const c = known[i].cell;
    if (c && out.indexOf(c) < 0) out.push(c);
  }
  return out;
}

// Thresholds, not values: "≥90%", "不低于", "控制在25万元以内".
function isThreshold(s: string, numStart: number, numEnd: number): boolean {
  const before = s.slice(Math.max(0, numStart - 4), numStart);
  const after = s.slice(numEnd, numEnd + 3);
  return /(≥|≤|>|<|=|不低于|不少于|不超过|不高于|低于|高于|超过|约|近|逾|控制在|以上|以下)\s*$/.test(before) || /^\s*(以内|以下|以上|左右|之内)/.test(after);
}

// ---------------------------------------------------------------------------------------------------------------
// What the form says

interface FormFacts {
  projectNames: string[];
  funds: {
    initial: Known[];
    full: Known[];
    exec: Known[];
    surplus: Known[];
    /** |全年预算数 − 年初预算数| per row. */
    adjust: Known[];
    byRow: { fiscal: Known[]; carryover: Known[]; other: Known[] };
    /** Each source row by the name the form gives it ("中央补助"), with its amounts. */
    named: Array<{ name: string; known: Known[] }>;
    all: Known[];
  };
  rates: Known[];
  totals: Known[];
  totalWeights: Known[];
  budgetScores: Known[];
  budgetWeights: Known[];
  /** By subject token ("产出指标", "数量指标", a 三级 name). */
  subjectScores: { [subject: string]: Known[] };
  subjectWeights: { [subject: string]: Known[] };
  subjects: string[];
  allScores: Known[];
  grades: Grade[];
  gradeCells: string[];
  rows: Array<{ row: IndicatorRow; name: string; target?: Known; actual?: Known; unit?: string }>;
}

function pushKnown(list: Known[], value: number | undefined, label: string, field?: Field): void {
  if (value === undefined || !isFinite(value)) return;
  const k: Known = { value, label };
  if (field) k.cell = field.address;
  list.push(k);
}

function compactName(text: string): string {
  return tidyText(toHalfWidth(text)).replace(/\s+/g, "");
}

function gatherFacts(r: FormReport, options: ReportCheckOptions): FormFacts {
  const form = r.form;
  const score = r.score;
  const facts: FormFacts = {
    projectNames: [],
    funds: { initial: [], full: [], exec: [], surplus: [], adjust: [], byRow: { fiscal: [], carryover: [], other: [] }, named: [], all: [] },
    rates: [],
    totals: [],
    totalWeights: [],
    budgetScores: [],
    budgetWeights: [],
    subjectScores: {},
    subjectWeights: {},
    subjects: [],
    allScores: [],
    grades: [],
    gradeCells: [],
    rows: [],
  };
  const names = (options.projectNames || []).slice();
  if (form.projectName && form.projectName.field.text) names.push(form.projectName.field.text);
  for (let i = 0; i < names.length; i++) {
    const n = compactName(names[i]);
    if (n.length >= 2 && facts.projectNames.indexOf(n) < 0) facts.projectNames.push(n);
    // "机要密码专项项目" is also called "机要密码专项".
    const short = n.replace(/(项目|资金)$/, "");
    if (short.length >= 2 && facts.projectNames.indexOf(short) < 0) facts.projectNames.push(short);
  }

  const budget = form.budget;
  if (budget) {
    const labels = budget.labels;
    const toWan = (f: Field | undefined) => {
      const n = amountOf(f, budget.toWanYuan);
      return n === undefined ? undefined : n * budget.toWanYuan;
    };
    for (let i = 0; i < budget.rows.length; i++) {
      const row: FundRow = budget.rows[i];
      const prefix = row.kind === "total" ? "" : fundName(row);
      const initial = toWan(row.initial);
      const full = toWan(row.full);
      const exec = toWan(row.exec);
      const own: Known[] = [];
      pushKnown(own, initial, prefix + labels.initial, row.initial);
      pushKnown(own, full, prefix + labels.full, row.full);
      pushKnown(own, exec, prefix + labels.exec, row.exec);
      const rowName = compactName(prefix);
      if (rowName.length >= 2 && own.length) facts.funds.named.push({ name: rowName, known: own });
      const target = row.kind === "fiscal" || row.kind === "carryover" || row.kind === "other" ? facts.funds.byRow[row.kind] : undefined;
      const add = (list: Known[], v: number | undefined, label: string, f: Field | undefined) => {
        pushKnown(list, v, prefix + label, f);
        pushKnown(facts.funds.all, v, prefix + label, f);
        if (target) pushKnown(target, v, prefix + label, f);
      };
      add(facts.funds.initial, initial, labels.initial, row.initial);
      add(facts.funds.full, full, labels.full, row.full);
      add(facts.funds.exec, exec, labels.exec, row.exec);
      if (full !== undefined && initial !== undefined) {
        pushKnown(facts.funds.adjust, Math.abs(full - initial), prefix + "预算调整额（" + labels.full + "－" + labels.initial + "）", row.full);
      }
      if (full !== undefined && exec !== undefined && full - exec >= 0) {
        pushKnown(facts.funds.surplus, full - exec, prefix + "结余（" + labels.full + "－" + labels.exec + "）", row.exec);
        pushKnown(facts.funds.all, full - exec, prefix + "结余", row.exec);
      }
    }
  }

  const b = score.budget;
  if (b) {
    if (b.rate !== undefined) pushKnown(facts.rates, b.rate * 100, "执行率（全年执行数 ÷ 全年预算数）", b.row.exec);
    if (b.declaredRate !== undefined) pushKnown(facts.rates, b.declaredRate * 100, "表中执行率", b.row.rate);
    pushKnown(facts.budgetScores, b.declaredScore, "预算执行率得分", b.row.score);
    pushKnown(facts.budgetScores, b.expectedScore, "预算执行率应得分", b.row.score);
    pushKnown(facts.budgetWeights, b.weight, "预算执行率分值", b.row.weight);
  }
  const totalScoreField = form.total && form.total.score;
  pushKnown(facts.totals, score.declaredTotal, "总分", totalScoreField);
  pushKnown(facts.totals, score.computedTotal, "复核总分", totalScoreField);
  pushKnown(facts.totalWeights, form.total ? fieldNumber(form.total.weight) : undefined, "满分", form.total && form.total.weight);
  pushKnown(facts.totalWeights, 100, "满分");

  const addSubject = (subject: string, scoreKnown: Known[], weightKnown: Known[]) => {
    if (!facts.subjectScores[subject]) {
      facts.subjectScores[subject] = [];
      facts.subjectWeights[subject] = [];
      facts.subjects.push(subject);
    }
    for (let i = 0; i < scoreKnown.length; i++) facts.subjectScores[subject].push(scoreKnown[i]);
    for (let i = 0; i < weightKnown.length; i++) facts.subjectWeights[subject].push(weightKnown[i]);
  };
  const rowSums = (rows: IndicatorRow[], label: string): { scores: Known[]; weights: Known[] } => {
    let declared = 0;
    let computed = 0;
    let weight = 0;
    let any = false;
    for (let i = 0; i < score.indicators.length; i++) {
      const a = score.indicators[i];
      if (rows.indexOf(a.row) < 0) continue;
      any = true;
      declared += a.declaredScore || 0;
      computed += computedScoreOf(a) || 0;
      weight += a.weight || 0;
    }
    if (!any) return { scores: [], weights: [] };
    return {
      scores: [{ value: declared, label: label + "得分" }, { value: computed, label: label + "复核得分" }],
      weights: [{ value: weight, label: label + "分值" }],
    };
  };

  const rows = form.indicators ? form.indicators.rows : [];
  // 一级: the form's groups, and the report's sections (湖南 counts 满意度 inside 效益; a report may list it apart).
  const groups = form.indicators ? form.indicators.groups : [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (!g.name) continue;
    const sums = rowSums(g.rows, g.name);
    if (g.declaredWeight !== undefined) sums.weights.push({ value: g.declaredWeight, label: g.name + "分值" });
    addSubject(g.name, sums.scores, sums.weights);
  }
  const sectionNames: { [k: string]: string } = { 产出: "产出指标", 成本: "成本指标", 效益: "效益指标", 满意度: "满意度指标" };
  for (const key in sectionNames) {
    const inSection = rows.filter((row) => sectionOfRow(row) === key);
    const sums = rowSums(inSection, sectionNames[key]);
    if (sums.scores.length) addSubject(sectionNames[key], sums.scores, sums.weights);
  }
  // 二级.
  for (let i = 0; i < groups.length; i++) {
    for (let j = 0; j < groups[i].level2Groups.length; j++) {
      const g2 = groups[i].level2Groups[j];
      if (!g2.name) continue;
      const sums = rowSums(g2.rows, g2.name);
      addSubject(g2.name, sums.scores, sums.weights);
    }
  }
  // 三级.
  for (let i = 0; i < score.indicators.length; i++) {
    const a = score.indicators[i];
    const row = a.row;
    if (!row.name || a.kind === "empty") continue;
    const name = compactName(row.name.text);
    if (name.length < 4) continue;
    const scores: Known[] = [];
    const weights: Known[] = [];
    pushKnown(scores, a.declaredScore, "得分", row.score);
    pushKnown(scores, a.expected, "应得分", row.score);
    pushKnown(weights, a.weight, "分值", row.weight);
    addSubject(name, scores, weights);
    const entry: FormFacts["rows"][number] = { row, name };
    if (row.target && row.target.q.kind === "number" && row.target.q.num !== undefined) {
      entry.target = { value: row.target.q.num, label: "年度指标值", cell: row.target.address };
      if (row.target.q.unit) entry.unit = row.target.q.unit;
    }
    if (row.actual && row.actual.q.kind === "number" && row.actual.q.num !== undefined) {
      entry.actual = { value: row.actual.q.num, label: "实际完成值", cell: row.actual.address };
      if (!entry.unit && row.actual.q.unit) entry.unit = row.actual.q.unit;
      // 0.95 stored for "95%".
      if (a.actual !== undefined && a.actual !== row.actual.q.num) entry.actual.value = a.actual;
    }
    if (entry.target || entry.actual) facts.rows.push(entry);
  }

  for (const s in facts.subjectScores) for (let i = 0; i < facts.subjectScores[s].length; i++) facts.allScores.push(facts.subjectScores[s][i]);
  for (let i = 0; i < facts.totals.length; i++) facts.allScores.push(facts.totals[i]);
  for (let i = 0; i < facts.budgetScores.length; i++) facts.allScores.push(facts.budgetScores[i]);

  const grades: Grade[] = [];
  if (score.declaredGrade) grades.push(score.declaredGrade);
  if (score.declaredTotal !== undefined) grades.push(gradeFor(score.declaredTotal, r.profile.gradeBands));
  if (score.grade) grades.push(score.grade);
  facts.grades = grades;
  if (form.grade) facts.gradeCells.push(form.grade.field.address);
  else if (totalScoreField) facts.gradeCells.push(totalScoreField.address);
  return facts;
}

// ---------------------------------------------------------------------------------------------------------------
// Checks

interface Emit {
  (item: ReportCheckItem): void;
}

function namesProject(text: string, facts: FormFacts): boolean {
  if (/本项目|该项目|此项目|本专项|该专项/.test(text)) return true;
  const compact = text.replace(/\s+/g, "");
  for (let i = 0; i < facts.projectNames.length; i++) if (compact.indexOf(facts.projectNames[i]) >= 0) return true;
  return false;
}

type FundRole = "initial" | "full" | "adjust" | "arrived" | "exec" | "surplus" | "carryover" | "fiscal" | "other";

const FUND_KEYWORDS: Array<[RegExp, FundRole]> = [
  [/年初(预算|安排)?/g, "initial"],
  [/追加(预算|资金)?|调增|调减|调整(预算)?|增加|减少/g, "adjust"],
  [/全年预算|调整后预算|预算数|预算|安排|批复|下达|资金总额|总投入|投入/g, "full"],
  [/到位|拨付|拨入|收到/g, "arrived"],
  [/执行数|执行|支出|决算|使用|支付|开支/g, "exec"],
  [/结余|结存|剩余|未支出|未执行|未使用/g, "surplus"],
  [/上年结转|结转/g, "carryover"],
  [/财政拨款|财政资金|本级财政/g, "fiscal"],
  [/其他资金|自筹/g, "other"],
];

const ROLE_LABELS: { [r in FundRole]: string } = {
  initial: "年初预算",
  full: "预算",
  adjust: "预算调整",
  arrived: "到位资金",
  exec: "执行（支出）",
  surplus: "结余",
  carryover: "上年结转",
  fiscal: "财政拨款",
  other: "其他资金",
};

/** The last fund keyword in the clause before the number, with the row keyword if any. */
function fundRole(prefix: string): { column?: FundRole; row?: FundRole } {
  let best: FundRole | undefined;
  let bestEnd = -1;
  let bestLength = 0;
  let row: FundRole | undefined;
  for (let i = 0; i < FUND_KEYWORDS.length; i++) {
    const re = new RegExp(FUND_KEYWORDS[i][0].source, "g");
    const role = FUND_KEYWORDS[i][1];
    let m: RegExpExecArray | null;
    while ((m = re.exec(prefix))) {
      const end = m.index + m[0].length;
      if (role === "fiscal" || role === "other" || role === "carryover") row = role;
      // The keyword nearest the number; "追加预算" over "预算" when both end there.
      if (role !== "fiscal" && role !== "other" && (end > bestEnd || (end === bestEnd && m[0].length > bestLength))) {
        best = role;
        bestEnd = end;
        bestLength = m[0].length;
      }
    }
  }
  const out: { column?: FundRole; row?: FundRole } = {};
  if (best && best !== "carryover") out.column = best;
  if (row) out.row = row;
  if (!out.column && best === "carryover") out.row = "carryover";
  return out;
}

function acceptedFunds(facts: FormFacts, role: { column?: FundRole; row?: FundRole }): Known[] {
  const f = facts.funds;
  let column: Known[] | undefined;
  switch (role.column) {
    case "initial":
      column = f.initial;
      break;
    case "full":
      column = f.full.concat(f.initial);
      break;
    case "adjust":
      column = f.adjust;
      break;
    case "arrived":
      column = f.full.concat(f.exec, f.initial);
      break;
    case "exec":
      column = f.exec;
      break;
    case "surplus":
      column = f.surplus.concat(f.byRow.carryover);
      break;
    default:
      column = undefined;
  }
  if (role.row === "fiscal" || role.row === "carryover" || role.row === "other") {
    const rowKnown = f.byRow[role.row];
    if (!column) return rowKnown;
    // Both a source and a column named: that cell; a form with blank source rows cannot contradict.
    const both = rowKnown.filter((k) => column!.indexOf(k) >= 0);
    return both;
  }
  return column || [];
}

/** A source row the form names ("中央补助") written just before the amount. */
function namedSource(prefix: string, facts: FormFacts): { name: string; known: Known[] } | undefined {
  const compact = prefix.replace(/\s+/g, "");
  let best: { name: string; known: Known[] } | undefined;
  let bestEnd = -1;
  for (let i = 0; i < facts.funds.named.length; i++) {
    const at = compact.lastIndexOf(facts.funds.named[i].name);
    if (at >= 0 && at + facts.funds.named[i].name.length > bestEnd) {
      best = facts.funds.named[i];
      bestEnd = at + best.name.length;
    }
  }
  return best;
}

function checkAmounts(s: Sentence, facts: FormFacts, emit: Emit): void {
  const re = new RegExp(NUMBER + "\\s*(亿元|万元|元)(?![/／每])", "g");
  let m: RegExpExecArray | null;
  let previousEnd = 0;
  while ((m = re.exec(s.text))) {
    const amountEnd = m.index + m[0].length;
    const keywordFrom = previousEnd;
    previousEnd = amountEnd;
    const numStart = m.index;
    if (numStart > 0 && /[\d.]/.test(s.text.charAt(numStart - 1))) continue;
    if (isThreshold(s.text, numStart, m.index + m[0].length)) continue;
    const unit = m[2];
    const scale = unit === "亿元" ? 10000 : unit === "元" ? 0.0001 : 1;
    const found = parseNumber(m[1]) * scale;
    const clause = clauseAt(s.text, numStart);
    // A keyword belongs to the first amount after it: "全年预算数520万元中有26万元未支出" reads 26 by what follows.
    const prefix = s.text.slice(Math.max(clause.start, keywordFrom), numStart);
    const suffix = s.text.slice(amountEnd, Math.min(clause.end, amountEnd + 4));
    const clauseText = s.text.slice(clause.start, clause.end);
    const named = namesProject(clauseText, facts);
    let role = fundRole(prefix);
    if (!role.column && !role.row && /^(未支出|未使用|未执行|结余|尚未支出)/.test(suffix)) role = { column: "surplus" };
    const sourceRow = role.column || role.row ? undefined : namedSource(prefix, facts);
    // A list of several projects' amounts ("党史编撰28.8万元、机要密码专项25.2万元"): only this project's item.
    if (clause.listItem && !named && ((!role.column && !role.row && !sourceRow) || namesOtherProject(clauseText, facts))) continue;
    let accepted: Known[];
    let severity: Severity = "error";
    if (sourceRow) {
      accepted = sourceRow.known;
      severity = "warning";
    } else if (role.column || role.row) {
      accepted = acceptedFunds(facts, role);
      if (!role.column) severity = "warning";
    } else if (named) {
      accepted = facts.funds.all;
      severity = "warning";
    } else continue;
    if (accepted.length === 0) continue;
    if (matches(found, accepted, toleranceOf(m[1], scale))) continue;
    const what = role.column ? ROLE_LABELS[role.column] : role.row ? ROLE_LABELS[role.row] : sourceRow ? sourceRow.name : "项目资金";
    const statement = tidyText(s.text.slice(clause.start, m.index + m[0].length));
    emit({
      kind: "amount",
      severity,
      message: `报告中“${statement}”的${what}金额与自评表不符：自评表为${describe(accepted, "万元")}。`,
      excerpt: tidyText(s.text),
      offset: s.start + numStart,
      length: m[0].length,
      found: m[1] + unit,
      expected: describe(accepted, "万元"),
      cells: cellsOf(accepted),
    });
  }
}

function checkRates(s: Sentence, facts: FormFacts, emit: Emit): void {
  if (facts.rates.length === 0) return;
  const re = new RegExp("执行率\\s*(?:为|达到|达|是|：|:)?\\s*" + NUMBER + "\\s*%", "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text))) {
    const numText = m[1];
    const numStart = m.index + m[0].length - m[0].replace(/^[^\d]*/, "").length;
    if (isThreshold(s.text, numStart, m.index + m[0].length)) continue;
    const found = parseNumber(numText);
    if (matches(found, facts.rates, toleranceOf(numText))) continue;
    // An indicator named "…执行率" that the sentence names may be what it speaks of.
    if (matches(found, rateIndicatorValues(s.text, facts), toleranceOf(numText))) continue;
    emit({
      kind: "rate",
      severity: "error",
      message: `报告中预算执行率写为${numText}%，自评表为${describeRates(facts.rates)}。`,
      excerpt: tidyText(s.text),
      offset: s.start + numStart,
      length: m.index + m[0].length - numStart,
      found: numText + "%",
      expected: describeRates(facts.rates),
      cells: cellsOf(facts.rates),
    });
  }
}

function rateIndicatorValues(text: string, facts: FormFacts): Known[] {
  const out: Known[] = [];
  const compact = text.replace(/\s+/g, "");
  for (let i = 0; i < facts.rows.length; i++) {
    const e = facts.rows[i];
    if (e.name.indexOf("执行率") < 0 || compact.indexOf(e.name) < 0) continue;
    if (e.target) out.push(e.target);
    if (e.actual) out.push(e.actual);
  }
  return out;
}

function describeRates(rates: Known[]): string {
  const seen: string[] = [];
  for (let i = 0; i < rates.length; i++) {
    const v = fmt(rates[i].value) + "%";
    if (seen.indexOf(v) < 0) seen.push(v);
  }
  return seen.join(" 或 ");
}

const EXPLICIT_TOTAL = /^(自评得分|综合得分|综合评分|总得分|自评总分|总分|自评分)$/;
const SUBJECT_FIXED = [
  "预算执行率",
  "执行率",
  "产出指标",
  "效益指标",
  "满意度指标",
  "成本指标",
  "数量指标",
  "质量指标",
  "时效指标",
  "经济成本指标",
  "社会成本指标",
  "生态环境成本指标",
  "经济效益指标",
  "社会效益指标",
  "生态效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
];

/** The subject nearest before `pos` in `text` (from `from`): the one ending last, the longest on a tie. */
function lastSubject(text: string, from: number, pos: number, facts: FormFacts): string | undefined {
  const window = text.slice(from, pos).replace(/\s+/g, "");
  let best: string | undefined;
  let bestEnd = -1;
  const consider = (token: string) => {
    const i = window.lastIndexOf(token);
    if (i < 0) return;
    const end = i + token.length;
    if (end > bestEnd || (end === bestEnd && best !== undefined && token.length > best.length)) {
      best = token;
      bestEnd = end;
    }
  };
  for (let i = 0; i < SUBJECT_FIXED.length; i++) consider(SUBJECT_FIXED[i]);
  for (let i = 0; i < facts.subjects.length; i++) consider(facts.subjects[i]);
  return best;
}

function checkScores(s: Sentence, facts: FormFacts, emit: Emit): void {
  const re = new RegExp(
    "(自评得分|综合得分|综合评分|总得分|自评总分|总分|自评分|得分|评分|分值|权重|扣)\\s*(?:为|是|达到|达|共|合计|：|:)?\\s*" + NUMBER + "\\s*分(?![钟别析配类布期])",
    "g",
  );
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text))) {
    const keyword = m[1];
    const numText = m[2];
    const numStart = m.index + m[0].indexOf(numText, keyword.length);
    if (isThreshold(s.text, numStart, numStart + numText.length)) continue;
    const found = parseNumber(numText);
    const isWeight = keyword === "分值" || keyword === "权重";
    const isDeduction = keyword === "扣";
    const explicitTotal = EXPLICIT_TOTAL.test(keyword);
    // An explicit total keyword takes a subject only from its own clause ("产出指标总分"); a bare 得分 from the sentence.
    const from = explicitTotal ? clauseAt(s.text, m.index).start : 0;
    const subject = lastSubject(s.text, from, m.index, facts) || (explicitTotal ? undefined : s.lead);
    let accepted: Known[];
    let what: string;
    let severity: Severity = "warning";
    if (isDeduction) {
      // "扣1分": 分值 − 得分 of the subject it follows; without a subject there is nothing to compare with.
      if (!subject) continue;
      const budgetSubject = subject === "预算执行率" || subject === "执行率";
      const weights = budgetSubject ? facts.budgetWeights : facts.subjectWeights[subject];
      const scores = budgetSubject ? facts.budgetScores : facts.subjectScores[subject];
      if (!weights || !scores) continue;
      accepted = deductions(weights, scores);
      what = (subject.length > 12 ? "“" + subject + "”" : subject) + "扣分";
    } else if (subject === "预算执行率" || subject === "执行率") {
      accepted = isWeight ? facts.budgetWeights : facts.budgetScores;
      what = isWeight ? "预算执行率分值" : "预算执行率得分";
    } else if (subject) {
      const list = isWeight ? facts.subjectWeights[subject] : facts.subjectScores[subject];
      // "成本指标" is a 二级 under 产出 on national forms and a 一级 on 101 forms: whichever the form has.
      accepted = list || [];
      what = (subject.length > 12 ? "“" + subject + "”" : subject) + (isWeight ? "分值" : "得分");
      if (!list) continue;
    } else if (isWeight) {
      continue; // "分值100分" with no subject: nothing to compare with
    } else if (explicitTotal) {
      accepted = keyword === "总分" ? facts.totals.concat(facts.totalWeights) : facts.totals;
      what = "总分";
      severity = "error";
    } else {
      // A bare 得分 with no subject: any score the form holds.
      accepted = facts.allScores;
      what = "得分";
    }
    if (accepted.length === 0) continue;
    if (matches(found, accepted, toleranceOf(numText))) continue;
    emit({
      kind: "score",
      severity,
      message: `报告中${what}写为${numText}分，自评表为${describe(accepted, "分")}。`,
      excerpt: tidyText(s.text),
      offset: s.start + numStart,
      length: numText.length + 1,
      found: numText + "分",
      expected: describe(accepted, "分"),
      cells: cellsOf(accepted),
    });
  }
}

function deductions(weights: Known[], scores: Known[]): Known[] {
  const out: Known[] = [];
  for (let i = 0; i < weights.length; i++) {
    for (let j = 0; j < scores.length; j++) {
      const d = weights[i].value - scores[j].value;
      if (d >= -1e-9) out.push({ value: Math.max(0, d), label: weights[i].label + "－" + scores[j].label, cell: scores[j].cell });
    }
  }
  return out;
}

function checkGrades(s: Sentence, facts: FormFacts, emit: Emit): void {
  if (facts.grades.length === 0) return;
  const re = /(等级|结论|评价为|评定为|评级|档次)\s*(?:为|是|：|:)?\s*[“"'「『]?\s*(优秀|良好|中等|不合格|合格|较差|优|良|中|差)(?=[”"'」』\s。，,；;）)等级]|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text))) {
    const word = m[2];
    const grade = parseGrade(word);
    if (!grade) continue;
    if (facts.grades.indexOf(grade) >= 0) continue;
    const wordStart = m.index + m[0].length - word.length;
    const expected = uniqueGrades(facts.grades).map((g) => `“${g}”`).join("或");
    emit({
      kind: "grade",
      severity: "error",
      message: `报告中自评等级写为“${word}”，自评表为${expected}。`,
      excerpt: tidyText(s.text),
      offset: s.start + wordStart,
      length: word.length,
      found: word,
      expected,
      cells: facts.gradeCells.slice(),
    });
  }
}

function uniqueGrades(grades: Grade[]): Grade[] {
  const out: Grade[] = [];
  for (let i = 0; i < grades.length; i++) if (out.indexOf(grades[i]) < 0) out.push(grades[i]);
  return out;
}

const VALUE_UNIT = "(%|万元|元|人次|人天|台套|课时|学时|平方米|公里|小时|人|台|个|次|项|户|件|所|家|套|年|天|米|亩|吨|册|份|场|期|批|篇|本|条|处|名|位|辆|座|间|部|村|校|班)?";

function sameUnit(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return !a && !b ? true : !b;
  return a === b;
}

function checkIndicatorValues(s: Sentence, facts: FormFacts, emit: Emit): void {
  if (facts.rows.length === 0) return;
  const text = s.text;
  // Where each named row is mentioned; a mention's window runs to the next mention.
  const mentions: Array<{ at: number; end: number; entry: FormFacts["rows"][number] }> = [];
  for (let i = 0; i < facts.rows.length; i++) {
    const entry = facts.rows[i];
    let from = 0;
    let at: number;
    while ((at = text.indexOf(entry.name, from)) >= 0) {
      mentions.push({ at, end: at + entry.name.length, entry });
      from = at + entry.name.length;
    }
  }
  if (mentions.length === 0) return;
  mentions.sort((a, b) => a.at - b.at);
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    const windowEnd = i + 1 < mentions.length ? mentions[i + 1].at : text.length;
    const window = text.slice(mention.end, windowEnd);
    const patterns: Array<[RegExp, "target" | "actual"]> = [
      [new RegExp("(年度指标值|指标值|目标值|年度目标)\\s*(?:为|是|：|:)?\\s*[“\"]?(≥|≤|>|<|=)?\\s*" + NUMBER + "\\s*" + VALUE_UNIT, "g"), "target"],
      [new RegExp("(实际完成值|实际完成|实际值|完成值|实际为|实际达到)\\s*(?:为|了|：|:)?\\s*[“\"]?(≥|≤|>|<|=)?\\s*" + NUMBER + "\\s*" + VALUE_UNIT, "g"), "actual"],
    ];
    for (let p = 0; p < patterns.length; p++) {
      const re = patterns[p][0];
      const which = patterns[p][1];
      const known = which === "target" ? mention.entry.target : mention.entry.actual;
      if (!known) continue;
      let m: RegExpExecArray | null;
      while ((m = re.exec(window))) {
        const numText = m[3];
        const unit = m[4];
        if (!sameUnit(mention.entry.unit, unit)) continue;
        const found = parseNumber(numText);
        if (Math.abs(found - known.value) <= toleranceOf(numText)) continue;
        const numStart = mention.end + m.index + m[0].indexOf(numText, m[1].length);
        const label = which === "target" ? "年度指标值" : "实际完成值";
        const expected = fmt(known.value) + (mention.entry.unit || "");
        emit({
          kind: "indicator",
          severity: "warning",
          message: `报告中“${mention.entry.name}”的${label}写为${numText}${unit || ""}，自评表为${expected}。`,
          excerpt: tidyText(text),
          offset: s.start + numStart,
          length: numText.length + (unit ? unit.length : 0),
          found: numText + (unit || ""),
          expected,
          cells: known.cell ? [known.cell] : [],
        });
      }
    }
  }
}

/**
 * Statements in a 自评报告 text whose numbers or grade contradict the form, in text order. Sentences in the
 * 项目概况 / 基本情况 part are checked only when they name this project (units list other projects' amounts there).
 */
export function checkReportText(text: string, report: FormReport, options: ReportCheckOptions = {}): ReportCheckItem[] {
  const facts = gatherFacts(report, options);
  // Half-width keeps every character in place, so offsets found in it hold in the original.
  const normalised = toHalfWidth(text.replace(/\r/g, " "));
  const sentences = splitSentences(normalised);
  const items: ReportCheckItem[] = [];
  const seen: { [key: string]: boolean } = {};
  const emit: Emit = (item) => {
    const key = item.offset + "|" + item.kind;
    if (seen[key]) return;
    seen[key] = true;
    // The sentence as the user wrote it (full-width characters kept).
    item.excerpt = tidyText(text.slice(sentenceStart(sentences, item.offset), sentenceEnd(sentences, item.offset)));
    items.push(item);
  };
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (i > 0) {
      const lead = headingSubject(sentences[i - 1], facts);
      if (lead && normalised.slice(sentences[i - 1].end, s.start).indexOf("\n") < 0 && normalised.charAt(s.start - 1) !== "\n") s.lead = lead;
    }
    if (!aboutThisProject(s, facts)) continue;
    checkAmounts(s, facts, emit);
    checkRates(s, facts, emit);
    checkScores(s, facts, emit);
    checkGrades(s, facts, emit);
    checkIndicatorValues(s, facts, emit);
  }
  items.sort((a, b) => a.offset - b.offset);
  return items;
}

const OTHER_SCOPE = /部门|单位|全局|全委|全区|全市|全县|全镇|共计|合计|共有|共\d|个项目|各项目|各专项/;
// The two characters before 项目/专项/经费 that make it generic ("本项目", "年度项目", "绩效评价的项目").
const GENERIC_BEFORE = /[本该此各的年个和及与全其等类是为在对了]$|^(年度|绩效|评价|实施|支出|资金|预算|财政|本级|重点|部门|单位|下达|安排|批复)$/;

/** The sentence names some other project ("党史编撰28.8万元" does not; "党史编撰项目" does). */
function namesOtherProject(text: string, facts: FormFacts): boolean {
  const compact = text.replace(/\s+/g, "");
  const re = /([\u4e00-\u9fff]{2})(专项|项目|经费)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(compact))) {
    if (GENERIC_BEFORE.test(m[1])) continue;
    let ours = false;
    for (let i = 0; i < facts.projectNames.length && !ours; i++) {
      const name = facts.projectNames[i];
      let at = compact.indexOf(name);
      while (at >= 0 && !ours) {
        if (m.index >= at - 2 && m.index + m[0].length <= at + name.length + 2) ours = true;
        at = compact.indexOf(name, at + 1);
      }
    }
    if (!ours) return true;
  }
  return false;
}

/**
 * Outside 项目概况 / 基本情况 every sentence is about this project. Inside, units list their other projects and their
 * whole budget: a sentence counts when it names this project, or has neither a wider scope nor another project.
 */
function aboutThisProject(s: Sentence, facts: FormFacts): boolean {
  if (!/概况|基本情况/.test(s.section)) return true;
  if (namesProject(s.text, facts)) return true;
  return !OTHER_SCOPE.test(s.text) && !namesOtherProject(s.text, facts);
}

/** "（2）质量指标。" on its own: the subject the next sentence on the line speaks of. */
function headingSubject(s: Sentence, facts: FormFacts): string | undefined {
  const t = s.text.replace(/\s+/g, "").replace(/^[（(]?\d{1,2}[）).、]?/, "").replace(/[。.:：]$/, "");
  if (t.length === 0 || t.length > 40) return undefined;
  if (SUBJECT_FIXED.indexOf(t) >= 0 || facts.subjectScores[t]) return t;
  return undefined;
}

function sentenceStart(sentences: Sentence[], offset: number): number {
  for (let i = 0; i < sentences.length; i++) if (offset >= sentences[i].start && offset < sentences[i].end) return sentences[i].start;
  return offset;
}

function sentenceEnd(sentences: Sentence[], offset: number): number {
  for (let i = 0; i < sentences.length; i++) if (offset >= sentences[i].start && offset < sentences[i].end) return sentences[i].end;
  return offset;
}
