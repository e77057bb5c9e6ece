// The report document as Markdown (CLI --out report.md), as typed lines (.docx writer, worksheet styling) and as plain
// paragraphs, one per line (the "自评报告" worksheet: one paragraph per row).
import type { ReportDocument } from "./build";

export type ReportLineKind = "title" | "heading1" | "heading2" | "heading3" | "paragraph";

export interface ReportLine {
  kind: ReportLineKind;
  text: string;
}

/** Title, then each heading and paragraph in order, with its kind (headings of empty sections included). */
export function reportToLines(doc: ReportDocument): ReportLine[] {
  const out: ReportLine[] = [{ kind: "title", text: doc.title }];
  for (let i = 0; i < doc.sections.length; i++) {
    const s = doc.sections[i];
    out.push({ kind: s.level === 1 ? "heading1" : s.level === 2 ? "heading2" : "heading3", text: s.heading });
    for (let j = 0; j < s.paragraphs.length; j++) out.push({ kind: "paragraph", text: s.paragraphs[j] });
  }
  return out;
}

/**
 * One string per paragraph (title and headings included), for writing into a worksheet one row each. The strings are
 * raw text: the host applies its text guard once when writing (src/excel valueForWrite, or core/text-cell asCellText).
 */
export function reportToPlainParagraphs(doc: ReportDocument): string[] {
  return reportToLines(doc).map((l) => l.text.replace(/[\r\n]+/g, " "));
}

// Markdown would read these at the start of a line as structure.
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/([\\`*_[\]<>|])/g, "\\$1")
    .replace(/^(#|>|[-+] |\d+\. )/, "\\$1");
}

export function reportToMarkdown(doc: ReportDocument): string {
  const out: string[] = ["# " + escapeMarkdown(doc.title), ""];
  for (let i = 0; i < doc.sections.length; i++) {
    const s = doc.sections[i];
    out.push((s.level === 1 ? "## " : s.level === 2 ? "### " : "#### ") + escapeMarkdown(s.heading), "");
    for (let j = 0; j < s.paragraphs.length; j++) out.push(escapeMarkdown(s.paragraphs[j]), "");
  }
  return out.join("\n");
}
