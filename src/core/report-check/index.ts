// A 自评报告 text checked against its form.
export type { ReportCheckItem, ReportCheckKind, ReportCheckOptions } from "./check-report";
export { checkReportText } from "./check-report";
