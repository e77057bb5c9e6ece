// Building single-cell edits that remember what they replace.
import type { Field } from "./form";
import type { Edit } from "./rule";

export function setValue(field: Field, value: number | string, reason: string, numberFormat?: string): Edit {
  const edit: Edit = { cell: field.address, value, reason, previousValue: field.value };
  if (field.formula) edit.previousFormula = field.formula;
  if (numberFormat) edit.numberFormat = numberFormat;
  return edit;
}

export function setFormula(field: Field, formula: string, reason: string, numberFormat?: string): Edit {
  const edit: Edit = { cell: field.address, formula, reason, previousValue: field.value };
  if (field.formula) edit.previousFormula = field.formula;
  if (numberFormat) edit.numberFormat = numberFormat;
  return edit;
}
