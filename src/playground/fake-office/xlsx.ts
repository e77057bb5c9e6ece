// .xlsx ⇄ FakeWorkbook through exceljs, in the browser or in node. exceljs is passed in (the page decides how to load
// it: in a browser bundle "exceljs" resolves to exceljs/dist/exceljs.min.js through its package.json "browser" field).
// Read: values, formulas with their cached results, number formats, fills (theme colours and tints resolved),
// fonts, borders, alignment, merges, column widths, row heights, notes, conditional formats, tab colour, visibility,
// protection, active sheet. Write: all of that back, with Ziping's changes — fills, borders, notes, conditional
// formats included. Cells untouched since reading keep their original fill / colour objects (theme + tint).
// Not carried: threaded comments are written as notes (exceljs has no threaded comments; Excel itself writes a note
// as the fallback of a threaded comment), add-in settings (exceljs cannot write xl/webextensions).
import type ExcelJS from "exceljs";
import type { CellRange } from "./address";
import { formatArea, parseArea } from "./address";
import { applyTint, DEFAULT_THEME, toArgb, xlsxColor } from "./color";
import type { BorderFormat, CellData, CfFormat, ConditionalFormatData, FakeWorkbook, FillFormat, FontFormat, SheetData, WorkbookOptions } from "./model";
import { FakeWorkbook as Workbook, isBlankCell, SIDES, sortedKeys } from "./model";
import type { CellScalar } from "./number-text";
import { isErrorValue, serialFromDate } from "./number-text";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** What the converters need of the exceljs module: its Workbook class. */
export interface ExcelJsModule {
  Workbook: new () => ExcelJS.Workbook;
}

const PATTERN_TO_API: { [ooxml: string]: string } = {
  solid: "Solid",
  mediumGray: "Gray50",
  darkGray: "Gray75",
  lightGray: "Gray25",
  darkHorizontal: "Horizontal",
  darkVertical: "Vertical",
  darkDown: "Down",
  darkUp: "Up",
  darkGrid: "Checker",
  darkTrellis: "SemiGray75",
  lightHorizontal: "LightHorizontal",
  lightVertical: "LightVertical",
  lightDown: "LightDown",
  lightUp: "LightUp",
  lightGrid: "Grid",
  lightTrellis: "CrissCross",
  gray125: "Gray16",
  gray0625: "Gray8",
};
const PATTERN_TO_XLSX: { [api: string]: string } = {};
for (const k in PATTERN_TO_API) if (Object.prototype.hasOwnProperty.call(PATTERN_TO_API, k)) PATTERN_TO_XLSX[PATTERN_TO_API[k]] = k;

const BORDER_TO_API: { [ooxml: string]: { style: string; weight: string } } = {
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  thick: { style: "Continuous", weight: "Thick" },
  hair: { style: "Continuous", weight: "Hairline" },
  dotted: { style: "Dot", weight: "Thin" },
  dashed: { style: "Dash", weight: "Thin" },
  mediumDashed: { style: "Dash", weight: "Medium" },
  double: { style: "Double", weight: "Thick" },
  dashDot: { style: "DashDot", weight: "Thin" },
  mediumDashDot: { style: "DashDot", weight: "Medium" },
  dashDotDot: { style: "DashDotDot", weight: "Thin" },
  mediumDashDotDot: { style: "DashDotDot", weight: "Medium" },
  slantDashDot: { style: "SlantDashDot", weight: "Medium" },
};

function borderToXlsx(style: string, weight: string): string {
  switch (style) {
    case "Continuous":
      return weight === "Hairline" ? "hair" : weight === "Medium" ? "medium" : weight === "Thick" ? "thick" : "thin";
    case "Dot":
      return "dotted";
    case "Dash":
      return weight === "Medium" || weight === "Thick" ? "mediumDashed" : "dashed";
    case "Double":
      return "double";
    case "DashDot":
      return weight === "Medium" || weight === "Thick" ? "mediumDashDot" : "dashDot";
    case "DashDotDot":
      return weight === "Medium" || weight === "Thick" ? "mediumDashDotDot" : "dashDotDot";
    case "SlantDashDot":
      return "slantDashDot";
    default:
      return "thin";
  }
}

const CF_TYPE_TO_API: { [t: string]: string } = {
  expression: "Custom",
  cellIs: "CellValue",
  top10: "TopBottom",
  aboveAverage: "PresetCriteria",
  timePeriod: "PresetCriteria",
  containsText: "ContainsText",
  colorScale: "ColorScale",
  iconSet: "IconSet",
  dataBar: "DataBar",
};

// ---------------------------------------------------------------------------------------------------------------
// Reading

/** Parses .xlsx bytes; a zh-CN error when they are not a workbook. */
export async function readXlsx(data: ArrayBuffer | Uint8Array, ExcelJs: ExcelJsModule, options?: WorkbookOptions & { name?: string }): Promise<FakeWorkbook> {
  const wb = new ExcelJs.Workbook();
  // A copy made in this page's realm: bytes read in another frame fail JSZip's ArrayBuffer checks.
  const view = new Uint8Array(data as ArrayBuffer);
  const bytes = new Uint8Array(view.length);
  bytes.set(view);
  try {
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  } catch (e) {
    throw new Error("无法读取此文件：它不是有效的 Excel 工作簿（.xlsx）。" + (e instanceof Error && e.message ? "（" + e.message + "）" : ""));
  }
  if (!wb.worksheets.length) throw new Error("此工作簿中没有工作表。");
  const out = fromExcelJs(wb, options);
  if (options && options.name) out.name = options.name;
  return out;
}

/** The theme colours of a workbook (default Office theme when it has none). */
function themeColors(wb: ExcelJS.Workbook): string[] {
  const themes = (wb as unknown as { _themes?: { [k: string]: string } })._themes;
  const xml = themes && themes.theme1;
  if (!xml) return DEFAULT_THEME;
  const pick = (tag: string): string | undefined => {
    const m = new RegExp("<a:" + tag + ">([\\s\\S]*?)</a:" + tag + ">").exec(xml);
    if (!m) return undefined;
    const srgb = /srgbClr val="([0-9A-Fa-f]{6})"/.exec(m[1]);
    if (srgb) return srgb[1].toUpperCase();
    const sys = /lastClr="([0-9A-Fa-f]{6})"/.exec(m[1]);
    return sys ? sys[1].toUpperCase() : undefined;
  };
  const tags = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"];
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) out.push(pick(tags[i]) || DEFAULT_THEME[i]);
  return out;
}

/** An exceljs workbook (already loaded) as a FakeWorkbook. */
export function fromExcelJs(wb: ExcelJS.Workbook, options?: WorkbookOptions): FakeWorkbook {
  const model = new Workbook(options);
  const theme = themeColors(wb);
  const sheets = wb.worksheets;
  for (let i = 0; i < sheets.length; i++) readSheet(model, sheets[i], theme);
  const views = (wb as unknown as { views?: Array<{ activeTab?: number }> }).views;
  const activeTab = views && views[0] && typeof views[0].activeTab === "number" ? views[0].activeTab : 0;
  const active = model.sheets[activeTab] || model.sheets[0];
  if (active) model.activeSheetId = active.id;
  return model;
}

function readSheet(model: FakeWorkbook, ws: ExcelJS.Worksheet, theme: string[]): void {
  const sheet = model.addSheet(ws.name);
  const state = (ws as unknown as { state?: string }).state;
  sheet.visibility = state === "hidden" ? "Hidden" : state === "veryHidden" ? "VeryHidden" : "Visible";
  const props = ws.properties as { tabColor?: unknown } | undefined;
  const tab = props && xlsxColor(props.tabColor, theme);
  if (tab) sheet.tabColor = tab.hex;
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  sheet.protected = !!(protection && protection.sheet);

  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.height && (row as unknown as { customHeight?: boolean }).customHeight !== false) sheet.rowHeights[r] = row.height;
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = colNumber - 1;
      const data: CellData = { value: null };
      const slave = cell.isMerged && cell.master !== cell;
      if (!slave) readValue(cell, data);
      readStyle(cell, data, theme);
      const note = noteText(cell.note);
      if (note !== undefined && !slave) sheet.notes[cell.address] = { content: note, author: "" };
      if (!isBlankCell(data)) {
        if (!sheet.rows[r]) sheet.rows[r] = {};
        sheet.rows[r][c] = data;
      }
    });
  });

  const merges = (ws as unknown as { _merges?: { [k: string]: { model: { top: number; left: number; bottom: number; right: number } } } })._merges;
  if (merges) {
    for (const k in merges) {
      if (!Object.prototype.hasOwnProperty.call(merges, k)) continue;
      const m = merges[k].model;
      sheet.merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    }
  }

  const columns = ws.columns || [];
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i];
    if (col && typeof col.width === "number") sheet.columnWidths[i] = col.width;
  }

  const cfs = (ws as unknown as { conditionalFormattings?: Array<{ ref: string; rules: any[] }> }).conditionalFormattings || [];
  const rules: Array<{ priority: number; cf: ConditionalFormatData }> = [];
  for (let i = 0; i < cfs.length; i++) {
    const ranges: CellRange[] = [];
    const refs = String(cfs[i].ref || "").split(/\s+/);
    for (let j = 0; j < refs.length; j++) {
      const a = parseArea(refs[j]);
      if (a) ranges.push(a);
    }
    if (!ranges.length) continue;
    for (let j = 0; j < cfs[i].rules.length; j++) {
      const rule = cfs[i].rules[j];
      const type = CF_TYPE_TO_API[rule.type] || "PresetCriteria";
      const cf: ConditionalFormatData = { id: model.newId("{cf-") + "}", type, ranges, format: cfFormat(rule.style, theme), stopIfTrue: !!rule.stopIfTrue };
      if (type === "Custom") cf.formula = "=" + String((rule.formulae && rule.formulae[0]) || "FALSE");
      else cf.source = rule;
      rules.push({ priority: typeof rule.priority === "number" ? rule.priority : 1e9, cf });
    }
  }
  rules.sort((a, b) => a.priority - b.priority);
  for (let i = 0; i < rules.length; i++) sheet.conditionalFormats.push(rules[i].cf);

  const views = (ws as unknown as { views?: Array<{ activeCell?: string }> }).views;
  const activeCell = views && views[0] && views[0].activeCell;
  const sel = activeCell ? parseArea(activeCell) : undefined;
  if (sel && !model.selection) model.selection = { sheetId: sheet.id, range: sel };
}

function readValue(cell: ExcelJS.Cell, data: CellData): void {
  const raw = cell.value as unknown;
  data.value = scalarOf(raw);
  if (raw && typeof raw === "object" && !(raw instanceof Date)) {
    const obj = raw as { [k: string]: unknown };
    if ("formula" in obj || "sharedFormula" in obj) {
      const f = (obj.formula as string | undefined) || cell.formula;
      if (f) data.formula = "=" + f;
      data.value = scalarOf(obj.result);
    }
  }
  const numFmt = cell.numFmt;
  if (numFmt && numFmt !== "General") data.numberFormat = numFmt;
}

function scalarOf(raw: unknown): CellScalar {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  if (typeof raw === "string") return raw === "" ? null : raw;
  if (raw instanceof Date) return serialFromDate(raw);
  if (typeof raw === "object") {
    const obj = raw as { [k: string]: unknown };
    if ("error" in obj) return { error: String(obj.error) };
    if ("richText" in obj && Array.isArray(obj.richText)) return (obj.richText as Array<{ text: string }>).map((t) => t.text).join("");
    if ("text" in obj) return String(obj.text);
    if ("formula" in obj || "sharedFormula" in obj) return scalarOf(obj.result);
  }
  return null;
}

function noteText(note: unknown): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: Array<{ text?: string }> }).texts;
  if (Array.isArray(texts)) return texts.map((t) => t.text || "").join("");
  return undefined;
}

function readStyle(cell: ExcelJS.Cell, data: CellData, theme: string[]): void {
  const style = cell.style || {};
  const fill = style.fill as any;
  if (fill && fill.type === "pattern" && fill.pattern && fill.pattern !== "none") {
    const pattern = PATTERN_TO_API[fill.pattern] || "Solid";
    const fg = xlsxColor(fill.fgColor, theme);
    const bg = xlsxColor(fill.bgColor, theme);
    const f: FillFormat =
      pattern === "Solid"
        ? { pattern, color: fg ? fg.hex : "#000000" }
        : { pattern, color: bg ? bg.hex : "#FFFFFF", patternColor: fg ? fg.hex : "#000000" };
    f.source = JSON.parse(JSON.stringify(fill));
    data.fill = f;
  } else if (fill && fill.type === "gradient") {
    const stops = fill.stops as Array<{ color: unknown }> | undefined;
    const c = stops && stops[0] && xlsxColor(stops[0].color, theme);
    data.fill = { pattern: "LinearGradient", color: c ? c.hex : "#FFFFFF", source: JSON.parse(JSON.stringify(fill)) };
  }
  const font = style.font as any;
  if (font) {
    const f: FontFormat = {};
    if (font.name) f.name = font.name;
    if (font.size) f.size = font.size;
    if (font.bold) f.bold = true;
    if (font.italic) f.italic = true;
    if (font.underline && font.underline !== "none") f.underline = true;
    if (font.strike) f.strikethrough = true;
    const color = xlsxColor(font.color, theme);
    if (color && color.hex !== "#000000") {
      f.color = color.hex;
      f.colorSource = JSON.parse(JSON.stringify(font.color));
    }
    if (f.bold || f.italic || f.underline || f.strikethrough || f.color || (f.name && f.name !== "Calibri" && f.name !== "等线") || (f.size && f.size !== 11)) data.font = f;
  }
  const border = style.border as any;
  if (border) {
    for (let i = 0; i < SIDES.length; i++) {
      const b = border[SIDES[i]];
      if (!b || !b.style) continue;
      const api = BORDER_TO_API[b.style] || BORDER_TO_API.thin;
      const color = xlsxColor(b.color, theme);
      const bf: BorderFormat = { style: api.style, weight: api.weight, color: color ? color.hex : "#000000" };
      if (b.color) bf.colorSource = JSON.parse(JSON.stringify(b.color));
      if (!data.borders) data.borders = {};
      data.borders[SIDES[i]] = bf;
    }
  }
  const al = style.alignment as any;
  if (al && (al.horizontal || al.vertical || al.wrapText || al.indent)) {
    data.alignment = {};
    if (al.horizontal) data.alignment.horizontal = alignmentName(al.horizontal);
    if (al.vertical) data.alignment.vertical = alignmentName(al.vertical === "middle" ? "center" : al.vertical);
    if (al.wrapText) data.alignment.wrapText = true;
    if (al.indent) data.alignment.indent = al.indent;
  }
}

function alignmentName(x: string): string {
  if (x === "centerContinuous") return "CenterAcrossSelection";
  return x.charAt(0).toUpperCase() + x.slice(1);
}

function cfFormat(style: any, theme: string[]): CfFormat {
  const out: CfFormat = { borders: {} };
  if (!style) return out;
  const fill = style.fill;
  if (fill) {
    const c = xlsxColor(fill.bgColor, theme) || xlsxColor(fill.fgColor, theme);
    if (c) out.fill = c.hex;
  }
  const font = style.font;
  if (font) {
    const c = xlsxColor(font.color, theme);
    if (c) out.fontColor = c.hex;
    if (font.bold !== undefined) out.bold = !!font.bold;
    if (font.italic !== undefined) out.italic = !!font.italic;
  }
  const border = style.border;
  if (border) {
    const edges: { [side: string]: string } = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" };
    for (const side in edges) {
      if (!Object.prototype.hasOwnProperty.call(edges, side)) continue;
      const b = border[side];
      if (!b || !b.style) continue;
      const api = BORDER_TO_API[b.style] || BORDER_TO_API.thin;
      const c = xlsxColor(b.color, theme);
      out.borders[edges[side]] = { style: api.style, color: c ? c.hex : "#000000" };
    }
  }
  if (style.numFmt) out.numberFormat = typeof style.numFmt === "string" ? style.numFmt : style.numFmt.formatCode;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

/** The workbook as .xlsx bytes (an ArrayBuffer in browsers, a Buffer in node). */
export async function writeXlsx(model: FakeWorkbook, ExcelJs: ExcelJsModule): Promise<ArrayBuffer> {
  const wb = toExcelJs(model, ExcelJs);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

export function toExcelJs(model: FakeWorkbook, ExcelJs: ExcelJsModule): ExcelJS.Workbook {
  const wb = new ExcelJs.Workbook();
  wb.creator = "自评表助手";
  let recalc = false;
  for (let i = 0; i < model.sheets.length; i++) {
    if (writeSheet(wb, model, model.sheets[i])) recalc = true;
  }
  const active = model.activeSheet;
  const activeTab = active ? model.sheets.indexOf(active) : 0;
  (wb as unknown as { views: unknown[] }).views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, activeTab), visibility: "visible" }];
  // Formulas this model could not evaluate keep their last value; let Excel recalculate when the file is opened.
  if (recalc) wb.calcProperties = { fullCalcOnLoad: true };
  return wb;
}

function writeSheet(wb: ExcelJS.Workbook, model: FakeWorkbook, sheet: SheetData): boolean {
  const options: any = { state: sheet.visibility === "Hidden" ? "hidden" : sheet.visibility === "VeryHidden" ? "veryHidden" : "visible" };
  if (sheet.tabColor) options.properties = { tabColor: toArgb(sheet.tabColor) };
  const ws = wb.addWorksheet(sheet.name, options);
  let formulas = false;

  // Merge first: exceljs gives merged cells the master's style object, so styles are assigned after merging.
  for (let i = 0; i < sheet.merges.length; i++) {
    const m = sheet.merges[i];
    if (m.top === m.bottom && m.left === m.right) continue;
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  const rows = sortedKeys(sheet.rows);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const cols = sortedKeys(sheet.rows[r]);
    for (let j = 0; j < cols.length; j++) {
      const c = cols[j];
      const data = sheet.rows[r][c];
      const cell = ws.getCell(r + 1, c + 1);
      const slave = cell.isMerged && cell.master !== cell;
      if (!slave) {
        if (data.formula) {
          formulas = true;
          const value: any = { formula: data.formula.slice(1) };
          const result = excelValue(data.value);
          if (result !== null) value.result = result;
          cell.value = value;
        } else {
          const v = excelValue(data.value);
          if (v !== null) cell.value = v as ExcelJS.CellValue;
        }
      }
      cell.style = styleOf(data);
    }
  }
  // Merged cells without stored formats get a style of their own too (not the master's).
  for (let i = 0; i < sheet.merges.length; i++) {
    const m = sheet.merges[i];
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        if (sheet.rows[r] && sheet.rows[r][c]) continue;
        ws.getCell(r + 1, c + 1).style = {};
      }
    }
  }
  for (const k in sheet.columnWidths) {
    if (Object.prototype.hasOwnProperty.call(sheet.columnWidths, k)) ws.getColumn(+k + 1).width = sheet.columnWidths[+k];
  }
  for (const k in sheet.rowHeights) {
    if (Object.prototype.hasOwnProperty.call(sheet.rowHeights, k)) ws.getRow(+k + 1).height = sheet.rowHeights[+k];
  }
  for (const a1 in sheet.notes) {
    if (Object.prototype.hasOwnProperty.call(sheet.notes, a1)) ws.getCell(a1).note = sheet.notes[a1].content;
  }
  for (let i = 0; i < model.comments.length; i++) {
    const c = model.comments[i];
    if (c.sheetId === sheet.id && !sheet.notes[c.cell]) ws.getCell(c.cell).note = c.content;
  }
  for (let i = 0; i < sheet.conditionalFormats.length; i++) {
    const cf = sheet.conditionalFormats[i];
    const rule = cfRule(cf, i + 1);
    if (rule) ws.addConditionalFormatting({ ref: cf.ranges.map(formatArea).join(" "), rules: [rule] });
  }
  if (sheet.protected) (ws as unknown as { sheetProtection: unknown }).sheetProtection = { sheet: true, objects: true, scenarios: true };
  if (model.selection && model.selection.sheetId === sheet.id) {
    const r = model.selection.range;
    (ws as unknown as { views: unknown[] }).views = [{ state: "normal", activeCell: formatArea({ top: r.top, left: r.left, bottom: r.top, right: r.left }) }];
  }
  return formulas;
}

function excelValue(v: CellScalar): string | number | boolean | { error: string } | null {
  if (v === null) return null;
  if (isErrorValue(v)) return { error: v.error };
  return v;
}

function styleOf(data: CellData): Partial<ExcelJS.Style> {
  const style: any = {};
  if (data.numberFormat) style.numFmt = data.numberFormat;
  if (data.fill) {
    const f = data.fill;
    if (f.source) style.fill = JSON.parse(JSON.stringify(f.source));
    else if (f.pattern === "Solid") style.fill = { type: "pattern", pattern: "solid", fgColor: toArgb(shade(f.color, f.tintAndShade)) };
    else style.fill = { type: "pattern", pattern: PATTERN_TO_XLSX[f.pattern] || "solid", fgColor: toArgb(shade(f.patternColor || "#000000", f.patternTintAndShade)), bgColor: toArgb(shade(f.color, f.tintAndShade)) };
  }
  if (data.font) {
    const f = data.font;
    const font: any = {};
    if (f.name) font.name = f.name;
    if (f.size) font.size = f.size;
    if (f.bold) font.bold = true;
    if (f.italic) font.italic = true;
    if (f.underline) font.underline = true;
    if (f.strikethrough) font.strike = true;
    if (f.colorSource) font.color = JSON.parse(JSON.stringify(f.colorSource));
    else if (f.color) font.color = toArgb(f.color);
    style.font = font;
  }
  if (data.borders) {
    const border: any = {};
    for (let i = 0; i < SIDES.length; i++) {
      const b = data.borders[SIDES[i]];
      if (!b) continue;
      border[SIDES[i]] = { style: borderToXlsx(b.style, b.weight), color: b.colorSource ? JSON.parse(JSON.stringify(b.colorSource)) : toArgb(shade(b.color, b.tintAndShade)) };
    }
    style.border = border;
  }
  if (data.alignment) {
    const a = data.alignment;
    const al: any = {};
    if (a.horizontal) al.horizontal = a.horizontal === "CenterAcrossSelection" ? "centerContinuous" : a.horizontal.charAt(0).toLowerCase() + a.horizontal.slice(1);
    if (a.vertical) al.vertical = a.vertical === "Center" ? "middle" : a.vertical.charAt(0).toLowerCase() + a.vertical.slice(1);
    if (a.wrapText) al.wrapText = true;
    if (a.indent) al.indent = a.indent;
    style.alignment = al;
  }
  return style;
}

function shade(hex: string, tintAndShade?: number): string {
  return tintAndShade ? applyTint(hex, tintAndShade) : hex;
}

function cfRule(cf: ConditionalFormatData, priority: number): any {
  if (cf.type !== "Custom") {
    if (!cf.source) return undefined;
    const copy = JSON.parse(JSON.stringify(cf.source));
    copy.priority = priority;
    return copy;
  }
  const style: any = {};
  if (cf.format.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: toArgb(cf.format.fill) };
  if (cf.format.fontColor || cf.format.bold !== undefined || cf.format.italic !== undefined) {
    style.font = {};
    if (cf.format.fontColor) style.font.color = toArgb(cf.format.fontColor);
    if (cf.format.bold !== undefined) style.font.bold = cf.format.bold;
    if (cf.format.italic !== undefined) style.font.italic = cf.format.italic;
  }
  const sides: { [edge: string]: string } = { EdgeTop: "top", EdgeBottom: "bottom", EdgeLeft: "left", EdgeRight: "right" };
  for (const edge in cf.format.borders) {
    if (!Object.prototype.hasOwnProperty.call(cf.format.borders, edge) || !sides[edge]) continue;
    const b = cf.format.borders[edge];
    if (!b.style || b.style === "None") continue;
    style.border = style.border || {};
    style.border[sides[edge]] = { style: borderToXlsx(b.style, "Thin"), color: toArgb(b.color || "#000000") };
  }
  if (cf.format.numberFormat) style.numFmt = cf.format.numberFormat;
  const formula = (cf.formula || "=FALSE").replace(/^=/, "");
  return { type: "expression", priority, formulae: [formula], style, stopIfTrue: cf.stopIfTrue || undefined };
}
