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
  Recognition,
  TotalRow,
  VariantId,
} from "./form";
import { SheetView } from "./sheet-view";
import { normalizeLabel } from "./text";
import { LEVEL2_PARENT_2020, canonicalLevel1, canonicalLevel2, declaredPoints, isPlaceholderText } from "./taxonomy";

// Huge sheets: anchors are looked for in this many rows and columns at most.
const MAX_SCAN_ROWS = 20000;
const MAX_SCAN_COLS = 60;
// Header labels are short, even with spaces and line breaks ("偏差原因分析\n及改进措施").
const MAX_LABEL_LENGTH = 40;
// Every anchor label (项目名称, 总分/合计, 二级/三级指标, 指标值, 预算/执行 amounts, 序号/科目 ledger columns) has one of these.
const ANCHOR_CHARS = /[名总合计得分指标值预算执行支出号码科单]/;

const PROJECT_NAME = /^项目名称[:：]?$/;
const DEPARTMENT = /^(市级|县级|省级)?主管部门(及代码)?[:：]?$/;
const IMPLEMENTER = /^(项目)?实施单位[:：]?$/;
const TOTAL_LABEL = /^(总分|合计|总计|得分合计|综合得分|自评总分)(\(.*\))?[:：]?$/;
const GOALS_LABEL = /^(年度总体目标|总体目标|年度目标|项目年度目标完成情况|年度目标完成情况|\d\.?项目年度目标完成情况)/;
const GRADE_LABEL = /^(自评等级|评价等级|绩效等级|等级|自评结论|评价结果|评定等级)[:：]?$/;
const SECTION_STOP = /^(年度总体目标|总体目标|年度目标|绩效指标|项目基本情况|一级指标|\d\.?项目年度目标)/;

type BudgetKey = "initial" | "full" | "exec" | "weight" | "rate" | "score" | "reason";
const BUDGET_KEYS: BudgetKey[] = ["initial", "full", "exec", "weight", "rate", "score", "reason"];

function budgetColumnKey(label: string): BudgetKey | undefined {
  if (/执行率/.test(label)) return "rate";
  if (/^年初预算/.test(label)) return "initial";
  if (/^(全年预算|调整后预算|调整预算|预算数)/.test(label)) return "full";
  if (/^(全年执行|预算执行数|执行数|实际执行|全年支出|实际支出)/.test(label)) return "exec";
  if (/^(分值|权重)/.test(label)) return "weight";
  if (/^得分/.test(label)) return "score";
  if (/原因|说明/.test(label)) return "reason";
  return undefined;
}

type IndicatorKey = keyof IndicatorColumns;

function indicatorColumnKey(label: string): IndicatorKey | undefined {
  if (/偏差|未完成原因|原因分析|改进措施/.test(label)) return "deviation";
  if (/^指标性质/.test(label)) return "nature";
  if (/^(度量单位|计量单位|单位)$/.test(label)) return "unit";
  if (/^一级指标/.test(label)) return "level1";
  if (/^二级指标/.test(label)) return "level2";
  if (/^(三级指标|指标名称|指标内容)/.test(label)) return "name";
  if (/^(实际完成值|完成值|全年实际值|实际值|实际完成|年度实际完成值|全年实际完成值)/.test(label)) return "actual";
  if (/^(年度指标值|指标值|年度目标值|目标值|预期指标值|年初指标值|年度目标)/.test(label)) return "target";
  if (/^(分值|权重)/.test(label)) return "weight";
  if (/^(得分|自评得分)/.test(label)) return "score";
  return undefined;
}

interface Anchors {
  projectRows: number[];
  budgetRows: number[];
  indicatorRows: number[];
  totalRows: number[];
  /** Header rows of ordinary tables (序号 / 项目名称 columns beside budget columns): not forms. */
  ledgerRows: number[];
}

// Column headers of ledgers; a 自评表 never has them on its fund header row.
const LEDGER_HEADER = /^(序号|编号|项目名称|项目编码|项目代码|科目编码|科目名称|预算科目|功能科目|经济科目|单位名称|单位编码)$/;
// Lists of many projects' indicators (an indicator library, a 绩效目标 summary) name the project in a column.
const LIST_HEADER = /^(项目名称|项目编码|项目代码|单位名称|单位编码)$/;

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

function findAnchors(view: SheetView): Anchors {
  const anchors: Anchors = { projectRows: [], budgetRows: [], indicatorRows: [], totalRows: [], ledgerRows: [] };
  const rows = scanRows(view);
  const cols = scanCols(view);
  for (let r = 0; r < rows; r++) {
    let project = false;
    let total = false;
    let ledger = false;
    let list = false;
    let budgetKeys = 0;
    let level2 = false;
    let level3 = false;
    let target = false;
    for (let c = 0; c < cols; c++) {
      // Anchor labels are short text with one of a few characters: other cells are skipped unnormalised (big sheets).
      const raw = view.rawText(r, c);
      if (raw === "" || raw.length > MAX_LABEL_LENGTH || !ANCHOR_CHARS.test(raw)) continue;
      const label = normalizeLabel(raw);
      if (label === "") continue;
      if (PROJECT_NAME.test(label)) project = true;
      else if (TOTAL_LABEL.test(label)) total = true;
      else if (/^二级指标/.test(label)) level2 = true;
      else if (/^(三级指标|指标名称)/.test(label)) level3 = true;
      else if (/^(年度指标值|指标值|目标值|年度目标值)/.test(label)) target = true;
      if (LEDGER_HEADER.test(label)) ledger = true;
      if (LIST_HEADER.test(label)) list = true;
      const key = budgetColumnKey(label);
      if (key === "initial" || key === "full" || key === "exec") budgetKeys++;
    }
    const indicatorHeader = level3 && (level2 || target);
    if ((ledger && budgetKeys >= 2) || (list && indicatorHeader)) {
      anchors.ledgerRows.push(r);
      continue;
    }
    if (project) anchors.projectRows.push(r);
    if (budgetKeys >= 2) anchors.budgetRows.push(r);
    if (indicatorHeader) anchors.indicatorRows.push(r);
    if (total) anchors.totalRows.push(r);
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
  type Ev = { row: number; kind: "P" | "B" | "I" | "T" };
  const events: Ev[] = [];
  for (const row of anchors.projectRows) events.push({ row, kind: "P" });
  for (const row of anchors.budgetRows) events.push({ row, kind: "B" });
  for (const row of anchors.indicatorRows) events.push({ row, kind: "I" });
  for (const row of anchors.totalRows) events.push({ row, kind: "T" });
  const order = { P: 0, B: 1, I: 2, T: 3 };
  events.sort((a, b) => a.row - b.row || order[a.kind] - order[b.kind]);

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
  for (const ev of events) {
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

function isTitleRow(view: SheetView, row: number): boolean {
  const cols = scanCols(view);
  for (let c = 0; c < cols; c++) {
    const label = view.label(row, c);
    if (/自评表|年度|20\d\d年|填报单位|报表编号|单位[:：]|编号/.test(label)) return true;
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
  form.projectName = findLabelled(view, region.top, headerEnd, PROJECT_NAME);
  form.department = findLabelled(view, region.top, headerEnd, DEPARTMENT);
  form.implementer = findLabelled(view, region.top, headerEnd, IMPLEMENTER);
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
  form.grade = findLabelled(view, afterIndicators, tailEnd, GRADE_LABEL);
  form.conclusion = findLabelled(view, afterIndicators, tailEnd, /^(评价结论|自评结论|综合评价结论)[:：]?$/);
  form.problems = findLabelled(view, afterIndicators, tailEnd, /^(存在问题|存在的问题)[:：]?$/);
  form.measures = findLabelled(view, afterIndicators, tailEnd, /^(改进措施|整改措施)[:：]?$/);
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

function readTitle(view: SheetView, region: Region, form: Form): void {
  const stop = Math.min(region.bottom, (region.project !== undefined ? region.project : region.top + 3) + 1);
  const cols = scanCols(view);
  let yearRank = 0;
  for (let r = region.top; r <= stop; r++) {
    for (let c = 0; c < cols; c++) {
      const label = view.label(r, c);
      if (label === "") continue;
      if (!form.title && /自评表/.test(label)) form.title = view.field(r, c);
      // "（2023年度）" wins over a bare year; a date ("填报日期：2024年3月15日") is not the 年度.
      const fiscalYear = /(20\d\d)年度/.exec(label);
      if (fiscalYear && yearRank < 2) {
        form.year = parseInt(fiscalYear[1], 10);
        yearRank = 2;
      }
      const bareYear = /(20\d\d)年(?!\d{1,2}月)/.exec(label);
      if (bareYear && yearRank < 1 && !/日期|时间/.test(label)) {
        form.year = parseInt(bareYear[1], 10);
        yearRank = 1;
      }
    }
  }
}

/** A label cell and the value cell right of it (a blank value keeps its address). */
function findLabelled(view: SheetView, top: number, bottom: number, pattern: RegExp): LabelledField | undefined {
  const cols = scanCols(view);
  for (let r = top; r <= bottom; r++) {
    for (let c = 0; c < cols; c++) {
      const label = view.label(r, c);
      if (label === "" || !pattern.test(label)) continue;
      const valueCol = view.nextColumn(r, c);
      if (valueCol >= view.colCount + 1) return undefined;
      return { labelAddress: cellAddress(r, c), label: view.text(r, c), field: view.field(r, valueCol) };
    }
  }
  return undefined;
}

function fundKind(label: string): FundKind | undefined {
  if (/财政拨款|财政资金|当年拨款|本年拨款|一般公共预算|财政补助/.test(label)) return "fiscal";
  if (/结转|结余/.test(label)) return "carryover";
  if (/其他资金|^其他$|其中[:：]?其他/.test(label)) return "other";
  if (/中央补助|上级补助|财政专户|单位资金|自有资金|专项资金|社会资金|自筹/.test(label)) return "extra";
  if (/总额|合计|总计|资金总额|小计/.test(label)) return "total";
  return undefined;
}

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
    if (/\(万元\)|单位[:：]?万元$/.test(label)) unitWritten = true;
    else if (/\(元\)|单位[:：]?元$/.test(label)) {
      unitLabel = "元";
      unitWritten = true;
    }
    const key = budgetColumnKey(label);
    if (key && columns[key] === undefined && !view.isMergedAway(header, c)) {
      columns[key] = c;
      if (key === "initial" || key === "full" || key === "exec") labels[key] = view.text(header, c).replace(/\s+/g, "");
    }
  }
  // "单位：元" / "金额单位：元" on a title line above the table.
  if (!unitWritten) {
    for (let r = region.top; r < header; r++) {
      for (let c = 0; c < cols; c++) {
        const unit = /单位[:：](万元|元)$/.exec(view.label(r, c));
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
      if (/\(元\)$/.test(label)) unitLabel = "元";
      if (/^(项目资金|预算执行情况|资金情况|资金投入|项目资金\(万元\)|项目资金\(元\))/.test(label)) continue;
      parts.push(view.text(r, c).replace(/\s+/g, ""));
    }
    const label = parts.join("");
    const normalized = label.replace(/[:：]/g, "");
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
    if (view.text(row, c) !== "" && !/^(项目资金|预算执行情况)/.test(view.label(row, c))) return c;
  }
  return Math.max(0, before - 1);
}

function readGoals(view: SheetView, region: Region, form: Form): void {
  const cols = scanCols(view);
  // The indicator header is not searched: its "年度目标值" column is not the 年度目标 row.
  const end = region.indicator !== undefined ? region.indicator - 1 : region.bottom;
  for (let r = region.top; r <= end; r++) {
    for (let c = 0; c < cols; c++) {
      const label = view.label(r, c);
      if (label === "" || !GOALS_LABEL.test(label) || /目标值$/.test(label)) continue;
      const goals: Form["goals"] = { labelAddress: cellAddress(r, c) };
      const span = view.mergeAt(r, c);
      const lastRow = Math.min(end, span ? span.bottom : r + 1);
      for (let rr = r; rr <= lastRow; rr++) {
        for (let cc = view.nextColumn(r, c); cc < cols; cc++) {
          const sub = view.label(rr, cc);
          if (sub === "") continue;
          const target = /^(预期目标|年初预期目标|绩效目标|年度绩效目标|总体目标)/.test(sub)
            ? "expected"
            : /(实际完成情况|完成情况)$/.test(sub)
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

function readIndicatorColumns(view: SheetView, header: number, bottom: number) {
  const cols = scanCols(view);
  const columns: IndicatorColumns = {};
  const columnLabels: IndicatorBlock["columnLabels"] = {};
  // A second header row holds sub-labels (指标性质 / 指标值 / 度量单位) under a merged 年度指标值.
  let twoRows = false;
  if (header + 1 <= bottom) {
    for (let c = 0; c < cols; c++) {
      const sub = view.label(header + 1, c);
      if (/^(指标性质|度量单位|计量单位)$/.test(sub)) twoRows = true;
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
    columnLabels[key] = (subKey ? view.text(header + 1, c) : view.effectiveText(header, c)).replace(/\s+/g, "");
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
  let total: TotalRow | undefined;
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
      if (TOTAL_LABEL.test(view.label(r, c))) {
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
    const subtotal = /小计/.test(own1 + own2 + (columns.name !== undefined ? view.text(r, columns.name) : ""));
    let level1Changed = false;
    if (own1 !== "" && !/小计/.test(own1)) {
      const prev = canonicalLevel1(normalize(level1Label));
      level1Changed = prev !== canonicalLevel1(normalize(own1)) || level1Label === "";
      level1Label = own1;
      level1Address = addressOfMaster(view, r, columns.level1!);
    }
    if (own2 !== "" && !/小计/.test(own2)) {
      level2Label = own2;
      level2Address = addressOfMaster(view, r, columns.level2!);
    } else if (level1Changed) {
      level2Label = "";
      level2Address = undefined;
    }
    const level2 = canonicalLevel2(normalize(level2Label));
    let level1 = canonicalLevel1(normalize(level1Label));
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
    };
    const dataField = (col: number | undefined): Field | undefined => {
      if (col === undefined) return undefined;
      const m = view.mergeAt(r, col);
      if (m && m.left !== col) return undefined; // covered by the cell to its left
      return view.field(r, col);
    };
    row.name = dataField(columns.name);
    row.target = dataField(columns.target);
    row.nature = dataField(columns.nature);
    row.unit = dataField(columns.unit);
    row.actual = dataField(columns.actual);
    row.weight = dataField(columns.weight);
    row.score = dataField(columns.score);
    row.deviation = dataField(columns.deviation);
    const filled = [row.name, row.target, row.actual, row.weight, row.score].some(
      (f) => f !== undefined && f.text !== "" && f.row === r,
    );
    if (!filled) {
      const startsLabel =
        (columns.level2 !== undefined && view.text(r, columns.level2) !== "") ||
        (columns.level1 !== undefined && view.text(r, columns.level1) !== "") ||
        (level2Address !== undefined && !block.rows.some((x) => x.level2Address === level2Address));
      if (!startsLabel) continue; // spacer row inside a group
      row.isEmpty = true;
    }
    const nameText = row.name ? normalize(row.name.text) : "";
    const targetText = row.target ? normalize(row.target.text) : "";
    row.isPlaceholder = isPlaceholderText(nameText) || (nameText === "" && /^(…+|\.{3,})$/.test(targetText));
    block.rows.push(row);
    const group = groupFor(block, level1, level1Label, level1Address);
    group.rows.push(row);
    let l2 = group.level2Groups.filter((g) => (level2 ? g.name === level2 : g.label === level2Label))[0];
    if (!l2) {
      l2 = { name: level2, label: level2Label, labelAddress: level2Address, rows: [] };
      group.level2Groups.push(l2);
    }
    l2.rows.push(row);
  }
  return { block, total };
}

function isSectionAfterIndicators(view: SheetView, row: number, lastCol: number): boolean {
  for (let c = 0; c <= lastCol; c++) {
    const label = view.label(row, c);
    if (label === "") continue;
    return /^(评价结论|自评结论|存在问题|存在的问题|改进措施|项目负责人|财务负责人|填表人|填报人|备注|说明[:：]|注[:：])/.test(label);
  }
  return false;
}

function groupFor(block: IndicatorBlock, name: Level1Group["name"], label: string, address: string | undefined): Level1Group {
  const key = name || label;
  let group = block.groups.filter((g) => (g.name || g.label) === key)[0];
  if (!group) {
    group = { name, label, labelAddresses: [], rows: [], level2Groups: [] };
    block.groups.push(group);
  }
  if (address && group.labelAddresses.indexOf(address) < 0) group.labelAddresses.push(address);
  const pts = declaredPoints(normalize(label));
  if (pts !== undefined && group.declaredWeight === undefined) {
    group.declaredWeight = pts;
    group.declaredWeightAddress = address;
  }
  return group;
}

function addressOfMaster(view: SheetView, row: number, col: number): string {
  const m = view.mergeAt(row, col);
  return m ? cellAddress(m.top, m.left) : cellAddress(row, col);
}

// Labels repeat on row after row (merged groups): remember the last few normalisations.
const normalizeCache: { [s: string]: string } = Object.create(null);
let normalizeCacheSize = 0;

function normalize(s: string): string {
  const hit = normalizeCache[s];
  if (hit !== undefined) return hit;
  const out = s.replace(/[\s\u3000]+/g, "").replace(/（/g, "(").replace(/）/g, ")");
  if (normalizeCacheSize > 2000) {
    for (const k in normalizeCache) delete normalizeCache[k];
    normalizeCacheSize = 0;
  }
  normalizeCache[s] = out;
  normalizeCacheSize++;
  return out;
}

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
  const labels = (budget ? budget.labels.full + budget.labels.exec : "") + JSON.stringify(ind ? ind.columnLabels : {});
  if (/\(A\)|\(B\)|（A）|（B）/.test(labels)) return "T-AB";
  if (budget && budget.rows.some((r) => /本年财政拨款/.test(r.label))) return "T-AH";
  if (ind && ind.groups.some((g) => g.declaredWeight !== undefined)) return "T-AH";
  void view;
  return "T-CN2020";
}
