// Colours as Excel's API speaks them: "#RRGGBB" upper case in, out; HTML colour names accepted on input.
// Plus what .xlsx files use: ARGB, theme colours with a tint, the legacy indexed palette.

const NAMED: { [name: string]: string } = {
  aqua: "00FFFF",
  black: "000000",
  blue: "0000FF",
  brown: "A52A2A",
  cyan: "00FFFF",
  darkblue: "00008B",
  darkgreen: "006400",
  darkred: "8B0000",
  fuchsia: "FF00FF",
  gold: "FFD700",
  gray: "808080",
  green: "008000",
  grey: "808080",
  lightblue: "ADD8E6",
  lightgray: "D3D3D3",
  lightgreen: "90EE90",
  lightgrey: "D3D3D3",
  lightyellow: "FFFFE0",
  lime: "00FF00",
  magenta: "FF00FF",
  maroon: "800000",
  navy: "000080",
  olive: "808000",
  orange: "FFA500",
  pink: "FFC0CB",
  purple: "800080",
  red: "FF0000",
  silver: "C0C0C0",
  teal: "008080",
  white: "FFFFFF",
  yellow: "FFFF00",
};

/** "#ffc7ce", "FFC7CE", "#FC0", "red" → "#FFC7CE"; undefined when Excel would refuse it. */
export function normaliseColor(input: unknown): string | undefined {
  if (typeof input !== "string") return undefined;
  const s = input.replace(/^\s+|\s+$/g, "");
  const named = NAMED[s.toLowerCase()];
  if (named) return "#" + named;
  let m = /^#?([0-9A-Fa-f]{6})$/.exec(s);
  if (m) return "#" + m[1].toUpperCase();
  m = /^#([0-9A-Fa-f])([0-9A-Fa-f])([0-9A-Fa-f])$/.exec(s);
  if (m) return ("#" + m[1] + m[1] + m[2] + m[2] + m[3] + m[3]).toUpperCase();
  return undefined;
}

/** Default Office theme (2013–2021): lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink, in SpreadsheetML theme-index order. */
export const DEFAULT_THEME = ["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "0563C1", "954F72"];

/** The legacy indexed palette (SpreadsheetML indexedColors); 64 = system foreground, 65 = system background. */
export const INDEXED = (
  "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF " +
  "800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF " +
  "000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 " +
  "3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333 000000 FFFFFF"
).split(" ");

/** An .xlsx colour ({argb} | {theme, tint} | {indexed}) as "#RRGGBB"; undefined for "automatic". */
export function xlsxColor(color: unknown, theme: string[] = DEFAULT_THEME): { hex: string; tint?: number } | undefined {
  if (!color || typeof color !== "object") return undefined;
  const c = color as { argb?: unknown; theme?: unknown; tint?: unknown; indexed?: unknown };
  const tint = typeof c.tint === "number" && c.tint !== 0 ? c.tint : undefined;
  if (typeof c.argb === "string" && /^[0-9A-Fa-f]{6,8}$/.test(c.argb)) {
    const hex = "#" + c.argb.slice(-6).toUpperCase();
    return tint === undefined ? { hex } : { hex: applyTint(hex, tint), tint };
  }
  if (typeof c.theme === "number" && theme[c.theme]) {
    const base = "#" + theme[c.theme];
    return tint === undefined ? { hex: base } : { hex: applyTint(base, tint), tint };
  }
  if (typeof c.indexed === "number" && INDEXED[c.indexed]) return { hex: "#" + INDEXED[c.indexed] };
  return undefined;
}

/** "#RRGGBB" → exceljs { argb: "FFRRGGBB" }. */
export function toArgb(hex: string): { argb: string } {
  return { argb: "FF" + hex.replace("#", "").toUpperCase() };
}

/** Excel's tint: lighten (tint > 0) or darken (tint < 0) in HSL luminance. */
export function applyTint(hex: string, tint: number): string {
  const rgb = parseHex(hex);
  if (!rgb) return hex;
  const hsl = rgbToHsl(rgb[0], rgb[1], rgb[2]);
  let l = hsl[2];
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const out = hslToRgb(hsl[0], hsl[1], Math.max(0, Math.min(1, l)));
  return "#" + hex2(out[0]) + hex2(out[1]) + hex2(out[2]);
}

/** Relative luminance 0–1, to pick a readable text colour on a fill. */
export function luminance(hex: string): number {
  const rgb = parseHex(hex);
  if (!rgb) return 1;
  return (0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]) / 255;
}

function parseHex(hex: string): number[] | undefined {
  const m = /^#?([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})$/.exec(hex);
  return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : undefined;
}

function hex2(n: number): string {
  const s = Math.round(Math.max(0, Math.min(255, n))).toString(16).toUpperCase();
  return s.length < 2 ? "0" + s : s;
}

function rgbToHsl(r: number, g: number, b: number): number[] {
  r /= 255;
  g /= 255;
  b /= 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === r) h = (g - b) / d + (g < b ? 6 : 0);
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return [h / 6, s, l];
}

function hslToRgb(h: number, s: number, l: number): number[] {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  return [hue(p, q, h + 1 / 3) * 255, hue(p, q, h) * 255, hue(p, q, h - 1 / 3) * 255];
}

function hue(p: number, q: number, t: number): number {
  if (t < 0) t += 1;
  if (t > 1) t -= 1;
  if (t < 1 / 6) return p + (q - p) * 6 * t;
  if (t < 1 / 2) return q;
  if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
  return p;
}
