/// <reference types="office-js" />
// Direct formatting marks and their exact snapshots: only Excel without conditional formats (ExcelApi < 1.6) marks
// this way, so this is a chunk of its own that highlight.ts loads on demand.
import { cellAddress } from "../core/grid";
import type { Features } from "./features";
import type { FormatSnap, MarkEntry, PlannedRange } from "./highlight";
import { EDGES, SEVERITY_STYLE, snapOf } from "./marks-shared";
import { cellsOf } from "./util";

/** Writes snapshots back (write batch). Returns the number of cells restored. */
export function queueRestore(ws: Excel.Worksheet, features: Features, entry: MarkEntry | undefined, skip: { [address: string]: boolean }): number {
  if (!entry || entry.mode !== "direct" || !entry.cells) return 0;
  let n = 0;
  for (const address in entry.cells) {
    if (!Object.prototype.hasOwnProperty.call(entry.cells, address) || skip[address]) continue;
    const snap = snapOf(entry, address);
    if (!snap) continue;
    restoreCell(ws.getRange(address), features, snap);
    n++;
  }
  return n;
}

function restoreCell(range: Excel.Range, features: Features, snap: FormatSnap): void {
  const fill = snap.fill || {};
  if (fill.none) range.format.fill.clear();
  if (features.cellProperties && fill.pattern !== undefined) {
    const props: Excel.SettableCellProperties = { format: { borders: {} } };
    if (!fill.none) props.format!.fill = fill as Excel.CellPropertiesFill;
    for (let i = 0; i < EDGES.length; i++) {
      const b = snap.borders[EDGES[i].key];
      if (!b) continue;
      (props.format!.borders as { [k: string]: Excel.CellBorder })[EDGES[i].key] =
        !b.style || b.style === "None" ? { style: "None" } : (b as Excel.CellBorder);
    }
    range.setCellProperties([[props]]);
    return;
  }
  if (!fill.none && fill.color) range.format.fill.color = fill.color;
  for (let i = 0; i < EDGES.length; i++) {
    const b = snap.borders[EDGES[i].key];
    if (!b) continue;
    const border = range.format.borders.getItem(EDGES[i].edge);
    if (!b.style || b.style === "None") {
      border.style = "None";
    } else {
      border.style = b.style as Excel.BorderLineStyle;
      if (b.color) border.color = b.color;
      if (b.weight) border.weight = b.weight as Excel.BorderWeight;
    }
  }
}

const CELL_PROPERTIES_LOAD: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true },
    borders: { color: true, style: true, weight: true, tintAndShade: true },
  },
};

type SnapReader = () => { [address: string]: FormatSnap };

/** Queues the reads for a direct-mode snapshot of `ranges` (read batch). */
export function queueSnapshot(ws: Excel.Worksheet, features: Features, ranges: PlannedRange[]): SnapReader {
  const readers: SnapReader[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const pr = ranges[i];
    if (features.cellProperties) {
      const result = ws.getRange(pr.address).getCellProperties(CELL_PROPERTIES_LOAD);
      readers.push(() => {
        const out: { [address: string]: FormatSnap } = {};
        const rows = result.value || [];
        for (let r = 0; r < rows.length; r++) {
          for (let c = 0; c < (rows[r] || []).length; c++) {
            const fmt = (rows[r][c] && rows[r][c].format) || {};
            out[cellAddress(pr.range.top + r, pr.range.left + c)] = exactSnap(fmt);
          }
        }
        return out;
      });
    } else {
      const cells = cellsOf(pr.range);
      for (let k = 0; k < cells.length; k++) {
        const cell = ws.getRange(cells[k]);
        const fill = cell.format.fill;
        fill.load("color");
        const borders: Array<{ key: string; border: Excel.RangeBorder }> = [];
        for (let e = 0; e < EDGES.length; e++) {
          const border = cell.format.borders.getItem(EDGES[e].edge);
          border.load("style,color,weight");
          borders.push({ key: EDGES[e].key, border });
        }
        const address = cells[k];
        readers.push(() => {
          const snap: FormatSnap = { fill: {}, borders: {} };
          const color = fill.color;
          // ExcelApi 1.1 reads "no fill" as white: restore it as no fill (lossy for an explicitly white cell).
          if (!color || /^#?FFFFFF$/i.test(color)) snap.fill.none = true;
          else snap.fill.color = color;
          for (let e = 0; e < borders.length; e++) {
            const b = borders[e].border;
            snap.borders[borders[e].key] = b.style === "None" ? { style: "None" } : { style: b.style, color: b.color, weight: b.weight };
          }
          const out: { [address: string]: FormatSnap } = {};
          out[address] = snap;
          return out;
        });
      }
    }
  }
  return () => {
    const all: { [address: string]: FormatSnap } = {};
    for (let i = 0; i < readers.length; i++) {
      const part = readers[i]();
      for (const a in part) if (Object.prototype.hasOwnProperty.call(part, a)) all[a] = part[a];
    }
    return all;
  };
}

function exactSnap(fmt: Excel.CellPropertiesFormat): FormatSnap {
  const fill = fmt.fill || {};
  const snap: FormatSnap = { fill: {}, borders: {} };
  if (fill.pattern === "None" || fill.pattern === null || fill.pattern === undefined) {
    snap.fill = { none: true, pattern: "None" };
  } else {
    snap.fill = { color: fill.color, pattern: fill.pattern as string };
    if (fill.patternColor !== undefined) snap.fill.patternColor = fill.patternColor;
    if (fill.tintAndShade !== undefined) snap.fill.tintAndShade = fill.tintAndShade;
    if (fill.patternTintAndShade !== undefined) snap.fill.patternTintAndShade = fill.patternTintAndShade;
  }
  const borders = (fmt.borders || {}) as { [k: string]: Excel.CellBorder | undefined };
  for (let e = 0; e < EDGES.length; e++) {
    const b = borders[EDGES[e].key];
    if (!b || !b.style || b.style === "None") snap.borders[EDGES[e].key] = { style: "None" };
    else {
      const out: FormatSnap["borders"][string] = { style: b.style as string };
      if (b.color !== undefined) out.color = b.color;
      if (b.weight !== undefined) out.weight = b.weight as string;
      if (b.tintAndShade !== undefined) out.tintAndShade = b.tintAndShade;
      snap.borders[EDGES[e].key] = out;
    }
  }
  return snap;
}

/** Direct marking of one range (write batch). */
export function queueDirectMark(ws: Excel.Worksheet, features: Features, pr: PlannedRange): void {
  const style = SEVERITY_STYLE[pr.severity];
  const range = ws.getRange(pr.address);
  if (features.cellProperties) {
    const border = { style: style.line, color: style.border, weight: style.weight } as Excel.CellBorder;
    const props: Excel.SettableCellProperties[][] = [];
    for (let r = pr.range.top; r <= pr.range.bottom; r++) {
      const row: Excel.SettableCellProperties[] = [];
      for (let c = pr.range.left; c <= pr.range.right; c++) {
        row.push({ format: { fill: { color: style.fill, pattern: "Solid" }, borders: { top: border, bottom: border, left: border, right: border } } });
      }
      props.push(row);
    }
    range.setCellProperties(props);
    return;
  }
  range.format.fill.color = style.fill;
  const edges: Array<"EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical"> = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (pr.range.bottom > pr.range.top) edges.push("InsideHorizontal");
  if (pr.range.right > pr.range.left) edges.push("InsideVertical");
  for (let i = 0; i < edges.length; i++) {
    const b = range.format.borders.getItem(edges[i]);
    b.style = style.line;
    b.color = style.border;
    b.weight = style.weight;
  }
}


