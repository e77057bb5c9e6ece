// What conditional-format and direct marks share (direct-marks.ts is a lazily loaded chunk).
import type { Severity } from "../core/rule";
import type { FormatSnap, MarkEntry } from "./highlight";
import { parseJson } from "./state";

export interface SeverityStyle {
  fill: string;
  border: string;
  line: "Continuous" | "Dash" | "Dot";
  weight: "Thin" | "Medium";
  label: string;
}

export const SEVERITY_STYLE: { [s in Severity]: SeverityStyle } = {
  error: { fill: "#FFC7CE", border: "#C00000", line: "Continuous", weight: "Medium", label: "错误" },
  warning: { fill: "#FFEB9C", border: "#9C5700", line: "Dash", weight: "Thin", label: "警告" },
  info: { fill: "#DDEBF7", border: "#2F5597", line: "Dot", weight: "Thin", label: "提示" },
};

export const EDGES: Array<{ key: string; edge: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" }> = [
  { key: "top", edge: "EdgeTop" },
  { key: "bottom", edge: "EdgeBottom" },
  { key: "left", edge: "EdgeLeft" },
  { key: "right", edge: "EdgeRight" },
];


/** The format a direct mark snapshot kept for `address`. */
export function snapOf(entry: MarkEntry | undefined, address: string): FormatSnap | undefined {
  if (!entry || entry.mode !== "direct" || !entry.cells || !entry.formats) return undefined;
  const i = entry.cells[address];
  return i === undefined ? undefined : parseJson<FormatSnap>(entry.formats[i]);
}

/** Where Ziping keeps its marks' state in the workbook. */
export const MARKS_KEY = "ziping.marks";
