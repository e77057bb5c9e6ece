// Recogniser: grid → typed 自评表 forms (domain §1.3). Finds header anchors by fuzzy label, splits stacked forms,
// and reads each block, inheriting merged or first-row-only labels.
import type { CellRange, Grid } from "./grid";
import { cellAddress } from "./grid";
import type {
  BudgetBlock,
  Field,
  Form,
  FundKind,
  FundRow,
  IndicatorBlock,
  IndicatorColumns,
  IndicatorRow,
  LabelledField,
  Level1Group,
  Level1Name,
  Level2Group,
  Level2Name,
  Recognition,
  TotalRow,
  VariantId,
} from "./form";
import { SheetView } from "./sheet-view";
import { memoByText, parseQuantity } from "./text";
import { LEVEL2_PARENT_2020, canonicalLevel1, canonicalLevel2, declaredPoints, isPlaceholderText } from "./taxonomy";

// Huge sheets: anchors are looked for in this many rows and columns at most.
const MAX_SCAN_ROWS = 20000;
const MAX_SCAN_COLS = 60;
// Header labels are short, even with spaces and line breaks ("偏差原因分析\n及改进措施").
const MAX_LABEL_LENGTH = 40;
// Every anchor label (项目名称, 总分/合计, 二级/三级指标, 指标值, 预算/执行 amounts, 序号/科目 ledger columns) has one of these.
const ANCHOR_CHARS = /[名总合计得分指标值预算执行支出号码科单]/;
// ... and every pattern findAnchors tests is matched from the label's start, so it begins with one of these: other
// labels skip the dozen tests. Keep in step with those patterns (PROJECT_NAME, TOTAL_LABEL, LEDGER_HEADER, …).
const ANCHOR_FIRST_CHARS = "项总合得综自二三指年目序编科预功经单全调执实";

const PROJECT_NAME = /^项目名称[:：]?$/;
const DEPARTMENT = /^(市级|县级|省级)?主管部门(及代码)?[:：]?$/;
const IMPLEMENTER = /^(项目)?实施单位[:：]?$/;
// The same labels with their value in the same cell ("项目名称：某某项目"; labels are normalised, so ":" only).
const PROJECT_NAME_INLINE = /^项目名称:./;
const DEPARTMENT_INLINE = /^(市级|县级|省级)?主管部门(及代码)?:./;
const IMPLEMENTER_INLINE = /^(项目)?实施单位:./;
const TOTAL_LABEL = /^(总分|合计|总计|得分合计|综合得分|自评总分)(\(.*\))?[:：]?$/;
const GOALS_LABEL = /^(年度总体目标|总体目标|年度目标|项目年度目标完成情况|年度目标完成情况|\d\.?项目年度目标完成情况)/;
const GRADE_LABEL = /^(自评等级|评价等级|绩效等级|等级|自评结论|评价结果|评定等级)[:：]?$/;
const SECTION_STOP = /^(年度总体目标|总体目标|年度目标|绩效指标|项目基本情况|一级指标|\d\.?项目年度目标)/;

type BudgetKey = "initial" | "full" | "exec" | "weight" | "rate" | "score" | "reason";
const BUDGET_KEYS: BudgetKey[] = ["initial", "full", "exec", "weight", "rate", "score", "reason"];

// Regular expressions on hot paths are module constants: a literal inside a function makes a new RegExp object each
// time it runs, and the recogniser runs these for every cell.

// The first pattern a fund header label matches names its column.
const BUDGET_COLUMNS: Array<[RegExp, BudgetKey]> = [
  [/执行率/, "rate"],
  [/^年初预算/, "initial"],
  [/^(全年预算|调整后预算|调整预算|预算数)/, "full"],
  [/^(全年执行|预算执行数|执行数|实际执行|全年支出|实际支出)/, "exec"],
  [/^(分值|权重)/, "weight"],
  [/^得分/, "score"],
  [/原因|说明/, "reason"],
];

// Header labels repeat from form to form: each is read once.
const budgetColumnKey = memoByText((label: string): BudgetKey | undefined => {
  for (const [pattern, key] of BUDGET_COLUMNS) if (pattern.test(label)) return key;
  return undefined;
}, 500);

type IndicatorKey = keyof IndicatorColumns;

// The first pattern an indicator header label matches names its column.
const INDICATOR_COLUMNS: Array<[RegExp, IndicatorKey]> = [
  [/偏差|未完成原因|原因分析|改进措施/, "deviation"],
  [/^指标性质/, "nature"],
  [/^(度量单位|计量单位|单位)$/, "unit"],
  [/^一级指标/, "level1"],
  [/^二级指标/, "level2"],
  [/^(三级指标|指标名称|指标内容)/, "name"],
  [/^(实际完成值|完成值|全年实际值|实际值|实际完成|年度实际完成值|全年实际完成值)/, "actual"],
  [/^(年度指标值|指标值|年度目标值|目标值|预期指标值|年初指标值|年度目标)/, "target"],
  [/^(分值|权重)/, "weight"],
  [/^(得分|自评得分)/, "score"],
];

const indicatorColumnKey = memoByText((label: string): IndicatorKey | undefined => {
  for (const [pattern, key] of INDICATOR_COLUMNS) if (pattern.test(label)) return key;
  return undefined;
}, 500);

type AnchorKind = "P" | "B" | "I" | "T";

interface Anchors {
  /** 项目名称 (P), fund header (B), indicator header (I) and 总分 (T) rows, by row and in that order within a row. */
  events: Array<{ row: number; kind: AnchorKind }>;
  /** Header rows of ordinary tables (序号 / 项目名称 columns beside budget columns): not forms. */
  ledgerRows: number[];
}

// Column headers of ledgers; a 自评表 never has them on its fund header row.
const LEDGER_HEADER = /^(序号|编号|项目名称|项目编码|项目代码|科目编码|科目名称|预算科目|功能科目|经济科目|单位名称|单位编码)$/;
// Lists of many projects' indicators (an indicator library, a 绩效目标 summary) name the project in a column.
const LIST_HEADER = /^(项目名称|项目编码|项目代码|单位名称|单位编码)$/;
// Labels of the indicator header row: a 三级 column beside a 二级 or a target column.
const LEVEL2_HEADER = /^二级指标/;
const LEVEL3_HEADER = /^(三级指标|指标名称)/;
const TARGET_HEADER = /^(年度指标值|指标值|目标值|年度目标值)/;

export function recognise(grid: Grid): Recognition {
  const view = new SheetView(grid);
  if (view.rowCount === 0) return { forms: [], note: "未识别为自评表：工作表是空的。" };
  const anchors = findAnchors(view);
  const regions = splitRegions(view, anchors);
  const forms: Form[] = [];
  const problems: string[] = [];
  for (const region of regions) {
    try {
      const form = readForm(view, region);
      if (form && isPlausibleForm(form)) forms.push(form);
    } catch (e) {
      // One unreadable region must not hide the other forms on the sheet.
      problems.push(`第 ${region.top + 1} 行起的表格无法完整识别（内部错误：${e instanceof Error ? e.message : String(e)}）。`);
    }
  }
  if (forms.length === 0) {
    let note =
      "未识别为自评表：没有找到“三级指标/年度指标值”表头或“年初预算数/全年预算数/全年执行数”资金表头。" +
      "请确认打开的是项目支出绩效自评表所在的工作表。";
    if (anchors.ledgerRows.length > 0) {
      note =
        `未识别为自评表：第 ${anchors.ledgerRows[0] + 1} 行是普通数据表的表头（含“序号”“项目名称”等列），` +
        "不是自评表的资金或指标表头。请确认打开的是项目支出绩效自评表所在的工作表。";
    }
    if (problems.length) note += problems.join("");
    return { forms, note };
  }
  return problems.length ? { forms, note: problems.join("") } : { forms };
}

/** A region counts as a form when it has indicator rows, or a fund block with its total row and a 项目名称. */
function isPlausibleForm(form: Form): boolean {
  if (form.indicators && form.indicators.rows.length > 0) return true;
  return !!(form.budget && form.budget.total && form.projectName);
}

function scanCols(view: SheetView): number {
  return Math.min(view.colCount, MAX_SCAN_COLS);
}

function scanRows(view: SheetView): number {
  return Math.min(view.rowCount, MAX_SCAN_ROWS);
}

// What a label can anchor, as bits. Forms of one template repeat their header labels, so each label is classified
// once: the dozen tests below do not run again for it.
const AS_PROJECT = 1;
const AS_TOTAL = 2;
const AS_LEVEL2 = 4;
const AS_LEVEL3 = 8;
const AS_TARGET = 16;
const AS_LEDGER = 32;
const AS_LIST = 64;
const AS_AMOUNT = 128;

const anchorRoles = memoByText((label: string): number => {
  let roles = 0;
  if (PROJECT_NAME.test(label) || PROJECT_NAME_INLINE.test(label)) roles |= AS_PROJECT;
  else if (TOTAL_LABEL.test(label)) roles |= AS_TOTAL;
  else if (LEVEL2_HEADER.test(label)) roles |= AS_LEVEL2;
  else if (LEVEL3_HEADER.test(label)) roles |= AS_LEVEL3;
  else if (TARGET_HEADER.test(label)) roles |= AS_TARGET;
  if (LEDGER_HEADER.test(label)) roles |= AS_LEDGER;
  if (LIST_HEADER.test(label)) roles |= AS_LIST;
  const key = budgetColumnKey(label);
  if (key === "initial" || key === "full" || key === "exec") roles |= AS_AMOUNT;
  return roles;
}, 2000);

function findAnchors(view: SheetView): Anchors {
  const anchors: Anchors = { events: [], ledgerRows: [] };
  const rows = scanRows(view);
  const cols = scanCols(view);
  for (let r = 0; r < rows; r++) {
    let roles = 0;
    let budgetKeys = 0;
    for (let c = 0; c < cols; c++) {
      // Anchor labels are short text with one of a few characters: other cells are skipped unnormalised (big sheets).
      const raw = view.rawText(r, c);
      if (raw === "" || raw.length > MAX_LABEL_LENGTH || !ANCHOR_CHARS.test(raw)) continue;
      const label = view.label(r, c);
      if (label === "" || ANCHOR_FIRST_CHARS.indexOf(label.charAt(0)) < 0) continue;
      const cell = anchorRoles(label);
      roles |= cell;
      if (cell & AS_AMOUNT) budgetKeys++;
    }
    const indicatorHeader = (roles & AS_LEVEL3) !== 0 && (roles & (AS_LEVEL2 | AS_TARGET)) !== 0;
    if (((roles & AS_LEDGER) !== 0 && budgetKeys >= 2) || ((roles & AS_LIST) !== 0 && indicatorHeader)) {
      anchors.ledgerRows.push(r);
      continue;
    }
    if (roles & AS_PROJECT) anchors.events.push({ row: r, kind: "P" });
    if (budgetKeys >= 2) anchors.events.push({ row: r, kind: "B" });
    if (indicatorHeader) anchors.events.push({ row: r, kind: "I" });
    if (roles & AS_TOTAL) anchors.events.push({ row: r, kind: "T" });
  }
  return anchors;
}

interface Region {
  top: number;
  bottom: number;
  project?: number;
  budget?: number;
  indicator?: number;
  repeatedHeaders: number[];
  /** Last anchor row (项目名称, headers, 总分) that belongs to this region. */
  lastAnchor: number;
}

function splitRegions(view: SheetView, anchors: Anchors): Region[] {
  const lastRow = scanRows(view) - 1;
  const regions: Region[] = [];
  let cur: Region | undefined;
  let totalSeen = false;
  const open = (row: number): Region => {
    if (cur) cur.bottom = row - 1;
    cur = { top: row, bottom: lastRow, repeatedHeaders: [], lastAnchor: row };
    regions.push(cur);
    totalSeen = false;
    return cur;
  };
  for (const ev of anchors.events) {
    if (ev.kind === "P") {
      if (!cur || cur.project !== undefined || cur.budget !== undefined || cur.indicator !== undefined) open(ev.row);
      cur!.project = ev.row;
    } else if (ev.kind === "B") {
      if (!cur || cur.budget !== undefined || cur.indicator !== undefined) open(ev.row);
      cur!.budget = ev.row;
    } else if (ev.kind === "I") {
      if (!cur || (cur.indicator !== undefined && totalSeen)) open(ev.row);
      if (cur!.indicator === undefined) cur!.indicator = ev.row;
      else cur!.repeatedHeaders.push(ev.row);
    } else if (cur && cur.indicator !== undefined && ev.row > cur.indicator) {
      totalSeen = true;
    } else if (!cur) {
      continue;
    }
    cur!.lastAnchor = ev.row;
  }
  const result = regions.filter((r) => r.budget !== undefined || r.indicator !== undefined);
  // Titles and the 年度 line sit above the first anchor: take them in, but not past the previous form's last anchor.
  let prev: Region | undefined;
  for (const region of result) {
    const floor = prev ? prev.lastAnchor : -1;
    let top = region.top;
    for (let r = region.top - 1; r > floor && r >= region.top - 4; r--) {
      if (isTitleRow(view, r)) top = r;
      else if (!view.rowIsEmpty(r, 0, scanCols(view) - 1)) break;
    }
    region.top = top;
    if (prev && prev.bottom >= top) prev.bottom = top - 1;
    prev = region;
  }
  return result;
}

const TITLE_TEXT = /自评表|年度|20\d\d年|填报单位|报表编号|单位[:：]|编号/;

function isTitleRow(view: SheetView, row: number): boolean {
  const cols = scanCols(view);
  for (let c = view.firstFilledColumn(row, cols - 1); c < cols; c++) {
    const label = view.label(row, c);
    if (label !== "" && TITLE_TEXT.test(label)) return true;
  }
  return false;
}

function readForm(view: SheetView, region: Region): Form | undefined {
  const form: Form = {
    sheetName: view.grid.sheetName,
    range: { top: region.top, bottom: region.bottom, left: 0, right: 0 },
    variant: "T-CN2020",
  };
  readTitle(view, region, form);
  const headerEnd = region.budget !== undefined ? region.budget : region.indicator !== undefined ? region.indicator : region.bottom;
  [form.projectName, form.department, form.implementer] = findLabelled(view, region.top, headerEnd, HEADER_LABELS);
  if (region.budget !== undefined) form.budget = readBudget(view, region);
  readGoals(view, region, form);
  if (region.indicator !== undefined) {
    const block = readIndicators(view, region);
    form.indicators = block.block;
    form.total = block.total;
  }
  const afterIndicators = region.indicator !== undefined ? region.indicator : region.top;
  // Grade, conclusion and signatures follow the table closely; a data sheet below the form is not searched.
  const tailEnd = Math.min(region.bottom, lastBlockRow(form, region) + TAIL_ROWS);
  [form.grade, form.conclusion, form.problems, form.measures] = findLabelled(view, afterIndicators, tailEnd, TAIL_LABELS);
  if (form.conclusion && form.grade && form.grade.labelAddress === form.conclusion.labelAddress) form.grade = undefined;
  trimRegion(view, region, form);
  form.range = regionRange(view, region);
  form.variant = detectVariant(view, form);
  return form;
}

/** Rows after the table that can still belong to the form (grade, 评价结论…, signatures, notes). */
const TAIL_ROWS = 12;

/** The last row the recognised blocks reach: the total row, else the last indicator or fund row. */
function lastBlockRow(form: Form, region: Region): number {
  let last = region.lastAnchor;
  if (form.total) last = Math.max(last, form.total.row);
  const ind = form.indicators;
  if (ind) {
    last = Math.max(last, ind.headerEndRow);
    if (ind.rows.length) last = Math.max(last, ind.rows[ind.rows.length - 1].row);
  }
  const budget = form.budget;
  if (budget && budget.rows.length) last = Math.max(last, budget.rows[budget.rows.length - 1].row);
  if (form.goals) {
    for (const f of [form.goals.expected, form.goals.actual]) if (f) last = Math.max(last, f.field.row);
  }
  return last;
}

const FISCAL_YEAR = /(20\d\d)年度/;
const BARE_YEAR = /(20\d\d)年(?!\d{1,2}月)/;
const DATE_LABEL = /日期|时间/;

function readTitle(view: SheetView, region: Region, form: Form): void {
  const stop = Math.min(region.bottom, (region.project !== undefined ? region.project : region.top + 3) + 1);
  const cols = scanCols(view);
  let yearRank = 0;
  for (let r = region.top; r <= stop; r++) {
    for (let c = 0; c < cols; c++) {
      const label = view.label(r, c);
      if (label === "") continue;
      if (!form.title && label.indexOf("自评表") >= 0) form.title = view.field(r, c);
      // "（2023年度）" wins over a bare year; a date ("填报日期：2024年3月15日") is not the 年度.
      const fiscalYear = FISCAL_YEAR.exec(label);
      if (fiscalYear && yearRank < 2) {
        form.year = parseInt(fiscalYear[1], 10);
        yearRank = 2;
      }
      const bareYear = BARE_YEAR.exec(label);
      if (bareYear && yearRank < 1 && !DATE_LABEL.test(label)) {
        form.year = parseInt(bareYear[1], 10);
        yearRank = 1;
      }
    }
  }
}

interface LabelSpec {
  pattern: RegExp;
  /** The label and its value in one cell ("项目名称：某某项目"). */
  inline?: RegExp;
}

const HEADER_LABELS: LabelSpec[] = [
  { pattern: PROJECT_NAME, inline: PROJECT_NAME_INLINE },
  { pattern: DEPARTMENT, inline: DEPARTMENT_INLINE },
  { pattern: IMPLEMENTER, inline: IMPLEMENTER_INLINE },
];

const TAIL_LABELS: LabelSpec[] = [
  { pattern: GRADE_LABEL },
  { pattern: /^(评价结论|自评结论|综合评价结论)[:：]?$/ },
  { pattern: /^(存在问题|存在的问题)[:：]?$/ },
  { pattern: /^(改进措施|整改措施)[:：]?$/ },
];

/**
 * For each spec, the first label cell (row by row) it matches and the value cell right of it (a blank value keeps
 * its address); with `inline`, also a cell holding both, whose value is the text after the colon. One pass serves
 * all the specs: the rows are read once.
 */
function findLabelled(view: SheetView, top: number, bottom: number, specs: LabelSpec[]): Array<LabelledField | undefined> {
  const found: Array<LabelledField | undefined> = new Array(specs.length);
  const done: boolean[] = specs.map(() => false);
  let open = specs.length;
  const cols = scanCols(view);
  for (let r = top; r <= bottom && open > 0; r++) {
    for (let c = 0; c < cols && open > 0; c++) {
      const label = view.label(r, c);
      if (label === "") continue;
      for (let i = 0; i < specs.length; i++) {
        if (done[i]) continue;
        const spec = specs[i];
        if (spec.inline && spec.inline.test(label)) found[i] = inlineLabelled(view, r, c);
        else if (!spec.pattern.test(label)) continue;
        else {
          // The label's value cell; none when the label is in the sheet's last column.
          const valueCol = view.nextColumn(r, c);
          if (valueCol < view.colCount + 1) found[i] = { labelAddress: cellAddress(r, c), label: view.text(r, c), field: view.field(r, valueCol) };
        }
        done[i] = true;
        open--;
      }
    }
  }
  return found;
}

const FIRST_COLON = /[:：]/;

/** "项目名称：某某项目" in one cell: the label before the first colon, the value after it; both keep the cell's address. */
function inlineLabelled(view: SheetView, r: number, c: number): LabelledField {
  const cell = view.field(r, c);
  const colon = FIRST_COLON.exec(cell.text)!.index;
  const text = cell.text.slice(colon + 1).trim();
  // The cell's value stays the whole cell's: only the text and its reading are the value part.
  const field: Field = { address: cell.address, row: cell.row, col: cell.col, value: cell.value, text, q: parseQuantity(text) };
  if (cell.formula) field.formula = cell.formula;
  return { labelAddress: cell.address, label: cell.text.slice(0, colon).trim(), field };
}

// The first pattern a fund row's label matches names its kind.
const FUND_KINDS: Array<[RegExp, FundKind]> = [
  [/财政拨款|财政资金|当年拨款|本年拨款|一般公共预算|财政补助/, "fiscal"],
  [/结转|结余/, "carryover"],
  [/其他资金|^其他$|其中[:：]?其他/, "other"],
  [/中央补助|上级补助|财政专户|单位资金|自有资金|专项资金|社会资金|自筹/, "extra"],
  [/总额|合计|总计|资金总额|小计/, "total"],
];

const fundKind = memoByText((label: string): FundKind | undefined => {
  for (const [pattern, kind] of FUND_KINDS) if (pattern.test(label)) return kind;
  return undefined;
}, 500);

const UNIT_WAN_YUAN = /\(万元\)|单位[:：]?万元$/;
const UNIT_YUAN = /\(元\)|单位[:：]?元$/;
const UNIT_LINE = /单位[:：](万元|元)$/;
const UNIT_YUAN_SUFFIX = /\(元\)$/;
// Block captions left of the fund rows ("项目资金（万元）"), not part of a row's label.
const FUND_CAPTION = /^(项目资金|预算执行情况|资金情况|资金投入|项目资金\(万元\)|项目资金\(元\))/;
const FUND_CAPTION_SHORT = /^(项目资金|预算执行情况)/;
const SPACES = /\s+/g;
const COLONS = /[:：]/g;

function readBudget(view: SheetView, region: Region): BudgetBlock {
  const header = region.budget!;
  const cols = scanCols(view);
  const columns: { [k in BudgetKey]?: number } = {};
  const labels = { initial: "年初预算数", full: "全年预算数", exec: "全年执行数" };
  let unitLabel = "万元";
  let unitWritten = false;
  for (let c = 0; c < cols; c++) {
    const label = view.effectiveLabel(header, c);
    if (label === "") continue;
    if (UNIT_WAN_YUAN.test(label)) unitWritten = true;
    else if (UNIT_YUAN.test(label)) {
      unitLabel = "元";
      unitWritten = true;
    }
    const key = budgetColumnKey(label);
    if (key && columns[key] === undefined && !view.isMergedAway(header, c)) {
      columns[key] = c;
      if (key === "initial" || key === "full" || key === "exec") labels[key] = view.text(header, c).replace(SPACES, "");
    }
  }
  // "单位：元" / "金额单位：元" on a title line above the table.
  if (!unitWritten) {
    for (let r = region.top; r < header; r++) {
      for (let c = 0; c < cols; c++) {
        const unit = UNIT_LINE.exec(view.label(r, c));
        if (unit) unitLabel = unit[1];
      }
    }
  }
  const amountCols = [columns.initial, columns.full, columns.exec].filter((c): c is number => c !== undefined);
  const firstAmount = amountCols.length ? Math.min.apply(null, amountCols) : cols;
  const block: BudgetBlock = { headerRow: header, toWanYuan: 1, unitLabel, rows: [], labels };
  const limit = Math.min(region.bottom, header + 10);
  for (let r = header + 1; r <= limit; r++) {
    const parts: string[] = [];
    for (let c = 0; c < firstAmount; c++) {
      const label = view.label(r, c);
      if (label === "") continue;
      if (UNIT_YUAN_SUFFIX.test(label)) unitLabel = "元";
      if (FUND_CAPTION.test(label)) continue;
      parts.push(view.text(r, c).replace(SPACES, ""));
    }
    const label = parts.join("");
    const normalized = label.replace(COLONS, "");
    if (SECTION_STOP.test(normalized)) break;
    if (region.indicator !== undefined && r >= region.indicator) break;
    let hasNumber = false;
    for (const c of amountCols) if (view.field(r, c).q.kind !== "empty") hasNumber = true;
    const kind = fundKind(normalized) || (label === "" && hasNumber && block.rows.length === 0 ? "total" : undefined);
    if (!kind) {
      if (label === "" && !hasNumber) continue;
      if (label === "" || block.rows.length > 0) {
        if (!hasNumber && block.rows.length > 0) break;
      }
    }
    const row: FundRow = {
      kind: kind || "extra",
      row: r,
      label: label || "（未命名资金行）",
      labelAddress: cellAddress(r, firstLabelCol(view, r, firstAmount)),
    };
    for (const key of BUDGET_KEYS) {
      const col = columns[key];
      if (col === undefined) continue;
      // A cell merged down from the row above (四川's one 原因 cell for all fund rows) belongs to that row only.
      const m = view.mergeAt(r, col);
      if (!m || m.top === r) row[key] = view.field(r, col);
    }
    block.rows.push(row);
    if (row.kind === "total" && !block.total) block.total = row;
  }
  block.unitLabel = unitLabel;
  block.toWanYuan = unitLabel === "元" ? 0.0001 : 1;
  return block;
}

function firstLabelCol(view: SheetView, row: number, before: number): number {
  for (let c = 0; c < before; c++) {
    if (view.text(row, c) !== "" && !FUND_CAPTION_SHORT.test(view.label(row, c))) return c;
  }
  return Math.max(0, before - 1);
}

const EXPECTED_GOAL = /^(预期目标|年初预期目标|绩效目标|年度绩效目标|总体目标)/;
const ACTUAL_GOAL = /(实际完成情况|完成情况)$/;
const TARGET_VALUE_SUFFIX = /目标值$/;

function readGoals(view: SheetView, region: Region, form: Form): void {
  const cols = scanCols(view);
  // The indicator header is not searched: its "年度目标值" column is not the 年度目标 row.
  const end = region.indicator !== undefined ? region.indicator - 1 : region.bottom;
  for (let r = region.top; r <= end; r++) {
    for (let c = 0; c < cols; c++) {
      const label = view.label(r, c);
      if (label === "" || !GOALS_LABEL.test(label) || TARGET_VALUE_SUFFIX.test(label)) continue;
      const goals: Form["goals"] = { labelAddress: cellAddress(r, c) };
      const span = view.mergeAt(r, c);
      const lastRow = Math.min(end, span ? span.bottom : r + 1);
      for (let rr = r; rr <= lastRow; rr++) {
        for (let cc = view.nextColumn(r, c); cc < cols; cc++) {
          const sub = view.label(rr, cc);
          if (sub === "") continue;
          const target = EXPECTED_GOAL.test(sub)
            ? "expected"
            : ACTUAL_GOAL.test(sub)
              ? "actual"
              : undefined;
          if (!target || goals[target]) continue;
          goals[target] = { labelAddress: cellAddress(rr, cc), label: view.text(rr, cc), field: view.field(rr + 1, cc) };
        }
      }
      if (!goals.expected && !goals.actual) {
        // 四川: "1.项目年度目标完成情况" followed by the text itself.
        const valueCol = view.nextColumn(r, c);
        goals.actual = { labelAddress: cellAddress(r, c), label: view.text(r, c), field: view.field(r, valueCol) };
      }
      form.goals = goals;
      return;
    }
  }
}

// Sub-labels on a second indicator header row.
const SUB_HEADER = /^(指标性质|度量单位|计量单位)$/;

function readIndicatorColumns(view: SheetView, header: number, bottom: number) {
  const cols = scanCols(view);
  const columns: IndicatorColumns = {};
  const columnLabels: IndicatorBlock["columnLabels"] = {};
  // A second header row holds sub-labels (指标性质 / 指标值 / 度量单位) under a merged 年度指标值.
  let twoRows = false;
  if (header + 1 <= bottom) {
    for (let c = 0; c < cols; c++) {
      const sub = view.label(header + 1, c);
      if (SUB_HEADER.test(sub)) twoRows = true;
    }
  }
  for (let c = 0; c < cols; c++) {
    const top = view.effectiveLabel(header, c);
    const sub = twoRows ? view.label(header + 1, c) : "";
    const subKey = sub ? indicatorColumnKey(sub) : undefined;
    const key = subKey || (top ? indicatorColumnKey(top) : undefined);
    if (!key || columns[key] !== undefined) continue;
    if (!subKey && view.isMergedAway(header, c)) continue;
    columns[key] = c;
    columnLabels[key] = (subKey ? view.text(header + 1, c) : view.effectiveText(header, c)).replace(SPACES, "");
  }
  return { columns, columnLabels, headerEnd: twoRows ? header + 1 : header };
}

function readIndicators(view: SheetView, region: Region): { block: IndicatorBlock; total?: TotalRow } {
  const header = region.indicator!;
  const { columns, columnLabels, headerEnd } = readIndicatorColumns(view, header, region.bottom);
  const block: IndicatorBlock = {
    headerRow: header,
    headerEndRow: headerEnd,
    columns,
    columnLabels,
    rows: [],
    groups: [],
    repeatedHeaderRows: [],
  };
  const dataCols = [columns.name, columns.target, columns.actual, columns.weight, columns.score].filter(
    (c): c is number => c !== undefined,
  );
  const firstData = dataCols.length ? Math.min.apply(null, dataCols) : scanCols(view);
  const labelLeft = Math.min(
    columns.level1 !== undefined ? columns.level1 : firstData,
    columns.level2 !== undefined ? columns.level2 : firstData,
  );
  // Block weight written beside the block label ("绩效指标(90分)").
  for (let c = 0; c < labelLeft; c++) {
    const pts = declaredPoints(view.effectiveLabel(header, c));
    if (pts !== undefined) block.declaredWeight = pts;
  }

  let level1Label = "";
  let level1Address: string | undefined;
  let level2Label = "";
  let level2Address: string | undefined;
  // Labels are inherited row after row: their canonical names are worked out when they change.
  let level1Name: Level1Name | undefined;
  let level2Name: Level2Name | undefined;
  let total: TotalRow | undefined;
  const level2Sums: IndicatorRow[] = [];
  const lastCol = scanCols(view) - 1;
  let emptyRun = 0;
  for (let r = headerEnd + 1; r <= region.bottom; r++) {
    // A form without a 总分 row ends at the first run of blank rows, not at whatever follows on the sheet.
    if (view.rowIsEmpty(r, 0, lastCol)) {
      if (++emptyRun >= 3) break;
      continue;
    }
    emptyRun = 0;
    if (region.repeatedHeaders.indexOf(r) >= 0) {
      block.repeatedHeaderRows.push(r);
      continue;
    }
    // Total row: 总分 / 合计 left of the data columns.
    let totalLabelCol = -1;
    for (let c = 0; c <= Math.min(lastCol, firstData); c++) {
      const label = view.label(r, c);
      if (label !== "" && TOTAL_LABEL.test(label)) {
        totalLabelCol = c;
        break;
      }
    }
    if (totalLabelCol >= 0) {
      total = { row: r, labelAddress: cellAddress(r, totalLabelCol) };
      if (columns.weight !== undefined && !view.isMergedAway(r, columns.weight)) total.weight = view.field(r, columns.weight);
      if (columns.score !== undefined && !view.isMergedAway(r, columns.score)) total.score = view.field(r, columns.score);
      break;
    }
    if (isSectionAfterIndicators(view, r, lastCol)) break;

    const own1 = columns.level1 !== undefined ? view.effectiveText(r, columns.level1) : "";
    const own2 = columns.level2 !== undefined ? view.effectiveText(r, columns.level2) : "";
    const subtotal = mentionsSubtotal(own1, own2, columns.name !== undefined ? view.text(r, columns.name) : "");
    let level1Changed = false;
    if (own1 !== "" && own1.indexOf("小计") < 0) {
      const name = own1 === level1Label ? level1Name : canonicalLevel1(normalize(own1));
      level1Changed = level1Name !== name || level1Label === "";
      level1Label = own1;
      level1Name = name;
      level1Address = addressOfMaster(view, r, columns.level1!);
    }
    if (own2 !== "" && own2.indexOf("小计") < 0) {
      if (own2 !== level2Label) level2Name = canonicalLevel2(normalize(own2));
      level2Label = own2;
      level2Address = addressOfMaster(view, r, columns.level2!);
    } else if (level1Changed) {
      level2Label = "";
      level2Name = undefined;
      level2Address = undefined;
    }
    const level2 = level2Name;
    let level1 = level1Name;
    if (!level1 && level2) level1 = LEVEL2_PARENT_2020[level2];

    if (subtotal) {
      const group = groupFor(block, level1, level1Label, level1Address);
      group.subtotal = {
        row: r,
        labelAddress: cellAddress(r, labelLeft),
        weight: columns.weight !== undefined ? view.field(r, columns.weight) : undefined,
        score: columns.score !== undefined ? view.field(r, columns.score) : undefined,
      };
      continue;
    }

    // All properties in one literal: adding them one by one grows the object again and again.
    const row: IndicatorRow = {
      row: r,
      level1,
      level1Label,
      level1Address,
      level2,
      level2Label,
      level2Address,
      isEmpty: false,
      isPlaceholder: false,
      name: dataField(view, r, columns.name),
      target: dataField(view, r, columns.target),
      nature: dataField(view, r, columns.nature),
      unit: dataField(view, r, columns.unit),
      actual: dataField(view, r, columns.actual),
      weight: dataField(view, r, columns.weight),
      score: dataField(view, r, columns.score),
      deviation: dataField(view, r, columns.deviation),
    };
    const filled =
      ownsText(row.name, r) || ownsText(row.target, r) || ownsText(row.actual, r) || ownsText(row.weight, r) || ownsText(row.score, r);
    if (!filled) {
      const startsLabel =
        (columns.level2 !== undefined && view.text(r, columns.level2) !== "") ||
        (columns.level1 !== undefined && view.text(r, columns.level1) !== "") ||
        (level2Address !== undefined && !block.rows.some((x) => x.level2Address === level2Address));
      if (!startsLabel) continue; // spacer row inside a group
      row.isEmpty = true;
    }
    // A 二级 label row with only 分值/得分 may be the sum of the 三级 rows below it: decided once they are read.
    if (columns.level2 !== undefined && view.text(r, columns.level2) !== "" && carriesOnlyNumbers(row, r)) level2Sums.push(row);
    const nameText = row.name ? normalize(row.name.text) : "";
    row.isPlaceholder =
      isPlaceholderText(nameText) || (nameText === "" && !!row.target && ELLIPSIS.test(normalize(row.target.text)));
    block.rows.push(row);
    const group = groupFor(block, level1, level1Label, level1Address);
    group.rows.push(row);
    let l2: Level2Group | undefined;
    for (const g of group.level2Groups) {
      if (level2 ? g.name === level2 : g.label === level2Label) {
        l2 = g;
        break;
      }
    }
    if (!l2) {
      l2 = { name: level2, label: level2Label, labelAddress: level2Address, rows: [] };
      group.level2Groups.push(l2);
    }
    l2.rows.push(row);
  }
  takeLevel2Subtotals(block, level2Sums);
  return { block, total };
}

/** No text of its own on the row but numbers in 分值/得分 (at least one). */
function carriesOnlyNumbers(row: IndicatorRow, r: number): boolean {
  for (const f of [row.name, row.target, row.nature, row.unit, row.actual, row.deviation]) if (ownsText(f, r)) return false;
  let numbers = 0;
  for (const f of [row.weight, row.score]) {
    if (!ownsText(f, r)) continue;
    if (f!.q.kind !== "number") return false;
    numbers++;
  }
  return numbers > 0;
}

/**
 * A candidate row that opens its 二级 group, with named 三级 rows of that group after it, is the 二级's subtotal: it
 * moves out of the indicator rows onto the group.
 */
function takeLevel2Subtotals(block: IndicatorBlock, candidates: IndicatorRow[]): void {
  for (const candidate of candidates) {
    for (const group of block.groups) {
      for (const l2 of group.level2Groups) {
        if (l2.rows[0] !== candidate || !l2.rows.some((x) => x.row > candidate.row && !!x.name && x.name.text !== "")) continue;
        l2.subtotal = {
          row: candidate.row,
          labelAddress: candidate.level2Address!,
          weight: candidate.weight,
          score: candidate.score,
        };
        l2.rows.splice(0, 1);
        group.rows.splice(group.rows.indexOf(candidate), 1);
        block.rows.splice(block.rows.indexOf(candidate), 1);
      }
    }
  }
}

/** "小计" in the row's 一级, 二级 and 三级 text read as one. */
function mentionsSubtotal(level1: string, level2: string, name: string): boolean {
  // Most rows have no "小" at all: the joined text is not built for them.
  if (level1.indexOf("小") < 0 && level2.indexOf("小") < 0 && name.indexOf("小") < 0) return false;
  return (level1 + level2 + name).indexOf("小计") >= 0;
}

/** The row's cell in a data column; none when the column is missing or covered by the cell to its left. */
function dataField(view: SheetView, row: number, col: number | undefined): Field | undefined {
  if (col === undefined) return undefined;
  const m = view.mergeAt(row, col);
  if (m && m.left !== col) return undefined;
  return view.field(row, col);
}

/** The field has text and starts on this row (not merged down from above). */
function ownsText(field: Field | undefined, row: number): boolean {
  return field !== undefined && field.text !== "" && field.row === row;
}

// What follows the indicator table: conclusions, signatures, notes.
const AFTER_INDICATORS = /^(评价结论|自评结论|存在问题|存在的问题|改进措施|项目负责人|财务负责人|填表人|填报人|备注|说明[:：]|注[:：])/;
// A target of dots alone marks a template row.
const ELLIPSIS = /^(…+|\.{3,})$/;

function isSectionAfterIndicators(view: SheetView, row: number, lastCol: number): boolean {
  for (let c = view.firstFilledColumn(row, lastCol); c <= lastCol; c++) {
    const label = view.label(row, c);
    if (label === "") continue;
    return AFTER_INDICATORS.test(label);
  }
  return false;
}

function groupFor(block: IndicatorBlock, name: Level1Group["name"], label: string, address: string | undefined): Level1Group {
  const key = name || label;
  let group: Level1Group | undefined;
  for (const g of block.groups) {
    if ((g.name || g.label) === key) {
      group = g;
      break;
    }
  }
  if (!group) {
    group = { name, label, labelAddresses: [], rows: [], level2Groups: [] };
    block.groups.push(group);
  }
  if (address && group.labelAddresses.indexOf(address) < 0) group.labelAddresses.push(address);
  if (group.declaredWeight === undefined) {
    const pts = declaredPoints(normalize(label));
    if (pts !== undefined) {
      group.declaredWeight = pts;
      group.declaredWeightAddress = address;
    }
  }
  return group;
}

function addressOfMaster(view: SheetView, row: number, col: number): string {
  const m = view.mergeAt(row, col);
  return m ? cellAddress(m.top, m.left) : cellAddress(row, col);
}

// Labels repeat on row after row (merged groups): recent normalisations are remembered.
const normalize = memoByText((s) => s.replace(/[\s\u3000]+/g, "").replace(/（/g, "(").replace(/）/g, ")"), 2000);

function trimRegion(view: SheetView, region: Region, form: Form): void {
  const cols = scanCols(view);
  // The form ends with its last block, or the grade/conclusion rows, plus the non-empty rows right after them.
  const lastKnown = Math.max(
    lastBlockRow(form, region),
    ...[form.grade, form.conclusion, form.problems, form.measures].map((f) => (f ? f.field.row : -1)),
  );
  let bottom = Math.min(region.bottom, lastKnown);
  for (let r = lastKnown + 1; r <= Math.min(region.bottom, lastKnown + TAIL_ROWS); r++) {
    if (view.rowIsEmpty(r, 0, cols - 1)) break;
    bottom = r;
  }
  let top = region.top;
  while (top < bottom && view.rowIsEmpty(top, 0, cols - 1)) top++;
  region.top = top;
  region.bottom = bottom;
}

function regionRange(view: SheetView, region: Region): CellRange {
  const cols = scanCols(view);
  let left = cols;
  let right = 0;
  for (let r = region.top; r <= region.bottom; r++) {
    for (let c = 0; c < cols; c++) {
      if (view.text(r, c) === "") continue;
      const m = view.mergeAt(r, c);
      if (c < left) left = c;
      const end = m ? m.right : c;
      if (end > right) right = end;
    }
  }
  if (left > right) left = right = 0;
  return { top: region.top, bottom: region.bottom, left, right };
}

function detectVariant(view: SheetView, form: Form): VariantId {
  const ind = form.indicators;
  const budget = form.budget;
  if (ind && (ind.columns.nature !== undefined || ind.columns.unit !== undefined)) return "T-SC";
  if (budget && /调整后预算|预算执行数/.test(budget.labels.full + budget.labels.exec)) return "T-SC";
  if (ind && ind.groups.some((g) => g.name === "成本指标")) return "T-101";
  if (ind) {
    const benefit = ind.groups.filter((g) => g.name === "效益指标")[0];
    const hasSatisfactionGroup = ind.groups.some((g) => g.name === "满意度指标");
    if (benefit && !hasSatisfactionGroup && benefit.rows.some((r) => r.level2 === "服务对象满意度指标")) return "T-HN-ZY";
  }
  // The fund and indicator header labels, one per line (a marker cannot run from one label into the next).
  let labels = budget ? budget.labels.full + budget.labels.exec : "";
  if (ind) for (const key in ind.columnLabels) labels += "\n" + ind.columnLabels[key as IndicatorKey];
  if (/\(A\)|\(B\)|（A）|（B）/.test(labels)) return "T-AB";
  if (budget && budget.rows.some((r) => /本年财政拨款/.test(r.label))) return "T-AH";
  if (ind && ind.groups.some((g) => g.declaredWeight !== undefined)) return "T-AH";
  void view;
  return "T-CN2020";
}
