// The rule catalog as Markdown (docs/rules.md), generated from the rules themselves so it cannot drift.
import type { Rule } from "../rule";

const SEVERITY_NAMES = { error: "错误", warning: "警告", info: "提示" };

export function catalogMarkdown(rules: Rule[]): string {
  const lines = [
    "# 规则目录 Rule catalog",
    "",
    "Generated from `src/core/rules/` by `npm run docs:rules`; do not edit by hand.",
    "Each rule: stable id (used in output and suppressions), the checkpoint in the domain catalog, category,",
    "default severity (a finding may be raised or lowered where the rule says so), and what it checks.",
    "",
    "| id | 检查点 | 类别 | 默认级别 | 检查内容 |",
    "|---|---|---|---|---|",
  ];
  const key = (r: Rule) => r.code.charAt(0) + ("00" + r.code.slice(1)).slice(-2) + " " + r.id;
  const sorted = rules.slice().sort((a, b) => (key(a) < key(b) ? -1 : 1));
  for (const r of sorted) {
    lines.push(`| \`${r.id}\` | ${r.code} | ${r.category} | ${SEVERITY_NAMES[r.severity]} | ${r.description} |`);
  }
  return lines.join("\n") + "\n";
}
