// The 自评报告 draft built from a checked form, and its renderings.
export type { ReportDocument, ReportOptions, ReportSection } from "./build";
export { buildReport, chineseNumeral } from "./build";
export type { ReportLine, ReportLineKind } from "./render";
export { reportToLines, reportToMarkdown, reportToPlainParagraphs } from "./render";
