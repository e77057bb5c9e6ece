// `check --report`: which of the workbook's forms a 自评报告 is about, and the report's contradictions with it.
import { checkReportText } from "../core/report-check";
import { toHalfWidth } from "../core/text";
import type { FoundForm } from "./report-command";
import type { JsonReportFinding } from "./report";
import { reportFindingToJson } from "./report";

function compact(text: string): string {
  return toHalfWidth(text).replace(/[\s\u3000]+/g, "");
}

function projectNameOf(form: FoundForm): string {
  const p = form.report.form.projectName;
  return p && p.field.text ? compact(p.field.text) : "";
}

/**
 * The form the report is about: the only one, or the only one whose 项目名称 (or the name without a trailing
 * 项目/资金) the report mentions — the longest such name when one contains another. A zh-CN reason otherwise.
 */
export function pickForm(forms: FoundForm[], text: string): { form?: FoundForm; error?: string } {
  if (forms.length === 0) return { error: "工作簿中未识别出自评表，无法核对自评报告。" };
  if (forms.length === 1) return { form: forms[0] };
  const body = compact(text);
  let best: FoundForm[] = [];
  let bestLength = 0;
  for (const form of forms) {
    const full = projectNameOf(form);
    const names = [full, full.replace(/(项目|资金)$/, "")];
    let matched = 0;
    for (const name of names) if (name.length >= 2 && body.indexOf(name) >= 0 && name.length > matched) matched = name.length;
    if (matched === 0) continue;
    if (matched > bestLength) {
      best = [form];
      bestLength = matched;
    } else if (matched === bestLength) best.push(form);
  }
  if (best.length === 1) return { form: best[0] };
  const listed = forms.map((f) => `工作表“${f.sheet}” ${f.report.range}${projectNameOf(f) ? "（" + projectNameOf(f) + "）" : ""}`).join("、");
  return { error: `工作簿中有 ${forms.length} 张自评表：${listed}，无法从报告中的项目名称判断是哪一张。请用 --sheet 指定工作表。` };
}

export function reportFindings(form: FoundForm, text: string): JsonReportFinding[] {
  return checkReportText(text, form.report).map((item) => reportFindingToJson(item, text));
}
