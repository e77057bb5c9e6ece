// The 自评报告 as a Word document (docx library), laid out like a government document: A4 with GB/T 9704 margins,
// 仿宋_GB2312 三号 body with a two-character first-line indent, 黑体 / 楷体_GB2312 / bold 仿宋 headings, 28 pt lines,
// page numbers "— 1 —". Only the CLI imports this file, so the docx library stays out of the task-pane bundle.
import { AlignmentType, Document, Footer, HeadingLevel, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from "docx";
import type { IBaseParagraphStyleOptions, IRunOptions } from "docx";
import type { ReportDocument } from "../core/report";
import { reportToLines } from "../core/report";

const BODY_FONT = "仿宋_GB2312";
const TITLE_FONT = "宋体";
const LATIN_FONT = "Times New Roman";
/** Half-points: 三号 16 pt, 二号 22 pt, 四号 14 pt. */
const SIZE_3 = 32;
const SIZE_2 = 44;
const SIZE_4 = 28;
/** Twips (1 mm ≈ 56.7). */
const MM = 56.7;
const LINE = 560; // exactly 28 pt: 22 lines to an A4 page with the margins below

function font(eastAsia: string) {
  return { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia, cs: LATIN_FONT };
}

function headingStyle(eastAsia: string, bold: boolean, outlineLevel: number): IBaseParagraphStyleOptions {
  return {
    run: { font: font(eastAsia), size: SIZE_3, bold, color: "000000" },
    paragraph: {
      spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      indent: { firstLineChars: 200, firstLine: 2 * 16 * 20 },
      outlineLevel,
      keepNext: true,
    },
  };
}

/** XML 1.0 forbids most control characters; a stray one from a cell would make Word refuse the file. */
function clean(text: string): string {
  return text.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}

function paragraphsOf(doc: ReportDocument, newPage: boolean): Paragraph[] {
  const out: Paragraph[] = [];
  const lines = reportToLines(doc);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const run: IRunOptions = { text: clean(line.text) };
    if (line.kind === "title") {
      out.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, pageBreakBefore: newPage, children: [new TextRun(run)] }));
      out.push(new Paragraph({ style: "Normal", children: [] }));
    } else if (line.kind === "paragraph") {
      out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(run)] }));
    } else {
      const heading = line.kind === "heading1" ? HeadingLevel.HEADING_1 : line.kind === "heading2" ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
      out.push(new Paragraph({ heading, children: [new TextRun(run)] }));
    }
  }
  return out;
}

/** One .docx holding each report in turn, every report after the first on a new page. */
export async function reportsToDocx(docs: ReportDocument[]): Promise<Buffer> {
  const children: Paragraph[] = [];
  for (let i = 0; i < docs.length; i++) {
    const ps = paragraphsOf(docs[i], i > 0);
    for (let j = 0; j < ps.length; j++) children.push(ps[j]);
  }
  const document = new Document({
    creator: "自评表助手 Ziping",
    lastModifiedBy: "自评表助手 Ziping",
    title: docs.length ? clean(docs[0].title) : "自评报告",
    description: "项目支出绩效自评报告（初稿，由自评表生成）",
    styles: {
      default: {
        document: {
          run: { font: font(BODY_FONT), size: SIZE_3, language: { value: "en-US", eastAsia: "zh-CN" } },
          paragraph: {
            spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
            indent: { firstLineChars: 200, firstLine: 2 * 16 * 20 },
          },
        },
        title: {
          run: { font: font(TITLE_FONT), size: SIZE_2, bold: true, color: "000000" },
          paragraph: { spacing: { line: 720, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 }, indent: { firstLine: 0, firstLineChars: 0 } },
        },
        heading1: headingStyle("黑体", false, 0),
        heading2: headingStyle("楷体_GB2312", false, 1),
        heading3: headingStyle(BODY_FONT, true, 2),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4
            margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM), footer: Math.round(25 * MM) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                indent: { firstLine: 0, firstLineChars: 0 },
                children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: font(TITLE_FONT), size: SIZE_4 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
