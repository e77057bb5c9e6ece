// Follows Office's theme where the host reports one (Office.context.officeTheme: desktop Office 2016+),
// else the system's light/dark preference. Sets CSS variables and a zp-dark class on the root element.
// IE11 has no CSS variables: the stylesheet's literal fallbacks keep it light and readable there.

export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

/** Relative luminance of "#RRGGBB" (0 black … 1 white); undefined when not a hex colour. */
export function luminance(color: string | undefined): number | undefined {
  const m = color ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.replace(/^\s+|\s+$/g, "")) : null;
  if (!m) return undefined;
  const channel = (hex: string) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(m[1]) + 0.7152 * channel(m[2]) + 0.0722 * channel(m[3]);
}

export function isDarkTheme(theme: OfficeThemeColors | undefined, prefersDark: boolean): boolean {
  const l = luminance(theme && theme.bodyBackgroundColor);
  return l === undefined ? prefersDark : l < 0.4;
}

function withHash(color: string): string {
  return color.charAt(0) === "#" ? color : "#" + color;
}

export function applyTheme(root: HTMLElement, theme: OfficeThemeColors | undefined, prefersDark: boolean): boolean {
  const dark = isDarkTheme(theme, prefersDark);
  const cls = root.className.replace(/(^|\s)zp-(dark|light)(?=\s|$)/g, "");
  root.className = (cls ? cls + " " : "") + (dark ? "zp-dark" : "zp-light");
  if (theme && root.style && typeof root.style.setProperty === "function") {
    // Exact Office colours where given; the stylesheet derives the rest from the light/dark palette.
    if (luminance(theme.bodyBackgroundColor) !== undefined) root.style.setProperty("--zp-bg", withHash(theme.bodyBackgroundColor as string));
    if (luminance(theme.bodyForegroundColor) !== undefined) root.style.setProperty("--zp-fg", withHash(theme.bodyForegroundColor as string));
    if (luminance(theme.controlBackgroundColor) !== undefined) root.style.setProperty("--zp-control-bg", withHash(theme.controlBackgroundColor as string));
    if (luminance(theme.controlForegroundColor) !== undefined) root.style.setProperty("--zp-control-fg", withHash(theme.controlForegroundColor as string));
  }
  return dark;
}
