// Enough of Excel's number formats to show what a user sees: General, fixed decimals, thousands, percent, text.
// Hosts that have Excel's own text (Office.js) do not need it; .xlsx files and the playground do.

export function formatNumber(value: number, numberFormat: string | undefined): string {
  const fmt = (numberFormat || "General").split(";")[0];
  if (fmt === "General" || fmt === "" || fmt === "@") return general(value);
  const percent = fmt.indexOf("%") >= 0;
  const scaled = percent ? value * 100 : value;
  const decimalsMatch = /\.([0#]+)/.exec(fmt);
  const decimals = decimalsMatch ? decimalsMatch[1].length : 0;
  if (!/[0#]/.test(fmt)) return general(value);
  let text = scaled.toFixed(decimals);
  if (/#,##0|#,#/.test(fmt)) text = groupThousands(text);
  const literal = /"([^"]*)"\s*$/.exec(fmt);
  return text + (percent ? "%" : "") + (literal ? literal[1] : "");
}

function general(value: number): string {
  if (!isFinite(value)) return String(value);
  if (Math.floor(value) === value) return String(value);
  const precise = parseFloat(value.toPrecision(11));
  return String(precise);
}

function groupThousands(text: string): string {
  const parts = text.split(".");
  parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return parts.join(".");
}
