// Shared reading of 偏差原因 text (E1, E3–E5).
import { normalizeLabel } from "../text";

const PLACEHOLDER = /^(无|暂无|没有|\/|\\|0|—+|-+|\*+|无偏差|不适用|NULL|null|略)$/;

/** Empty or a placeholder that says nothing ("无", "/", "0"). */
export function isBlankDeviation(text: string): boolean {
  const t = normalizeLabel(text).replace(/[。.]$/, "");
  return t === "" || PLACEHOLDER.test(t);
}

export function isPlaceholderDeviation(text: string): boolean {
  const t = normalizeLabel(text).replace(/[。.]$/, "");
  return t !== "" && PLACEHOLDER.test(t);
}

const REASON = /原因|由于|因为|受.{0,12}影响|导致|造成|致使|因/;
const MEASURE = /下一步|将|今后|加强|加快|改进|整改|完善|提高|优化|督促|推进|确保|计划|拟/;

export function hasReason(text: string): boolean {
  return REASON.test(normalizeLabel(text));
}

export function hasMeasure(text: string): boolean {
  return MEASURE.test(normalizeLabel(text));
}
