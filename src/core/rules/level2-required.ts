import type { IndicatorRow, Level2Name } from "../form";
import type { Rule } from "../rule";
import { COST_LEVEL2 } from "../taxonomy";
import { rowRange } from "./util";

const OUTPUT_CORE: Level2Name[] = ["数量指标", "质量指标"];

// B1 (§5.3): 产出 needs 数量 or 质量 (error); 时效 and 成本 are expected (warning); an empty 效益 二级 is noted.
const rule: Rule = {
  id: "level2-required",
  code: "B1",
  category: "指标结构",
  severity: "warning",
  description: "产出指标应设置数量或质量指标，并设置时效、成本指标；空置的二级指标行需补充或删除",
  check({ form, report }) {
    const block = form.indicators;
    if (!block) return;
    const output = block.groups.filter((g) => g.name === "产出指标")[0];
    const costAsLevel1 = block.groups.some((g) => g.name === "成本指标");
    const filledNames: { [name: string]: boolean } = {};
    for (const r of block.rows) if (r.level2 && !r.isEmpty && !r.isPlaceholder) filledNames[r.level2] = true;
    // 成本 is there also as 101-style 经济/社会/生态环境成本指标 rows (B2 notes where they sit).
    const filled = (name: Level2Name) => (name === "成本指标" ? COST_LEVEL2.some((n) => filledNames[n]) : !!filledNames[name]);
    const emptyRow = (name: Level2Name) => block.rows.filter((r) => r.level2 === name && r.isEmpty)[0];
    if (output && !OUTPUT_CORE.some(filled)) {
      report({
        severity: "error",
        cells: output.labelAddresses.slice(0, 1),
        message: "产出指标下没有填写数量指标或质量指标。",
      });
    }
    const expected: Level2Name[] = costAsLevel1 ? ["时效指标"] : ["时效指标", "成本指标"];
    if (output) {
      for (const name of expected) {
        if (filled(name)) continue;
        const row = emptyRow(name);
        report({
          cells: row ? cellsOf(row) : output.labelAddresses.slice(0, 1),
          message: row
            ? `${name}一行为空：没有三级指标、指标值和分值。请从指标库补充，或删除该行。`
            : `产出指标下缺少${name}。`,
        });
      }
    }
    for (const row of block.rows) {
      if (!row.isEmpty || (row.level1 === "产出指标" && row.level2 && expected.indexOf(row.level2) >= 0)) continue;
      if (row.level2 && filled(row.level2)) continue;
      report({
        severity: "info",
        cells: cellsOf(row),
        message: `${row.level2Label.replace(/\s+/g, "") || "二级指标"}一行为空，未设置三级指标。如不适用可删除该行，否则请补充。`,
      });
    }
  },
};

function cellsOf(row: IndicatorRow): string[] {
  return [row.level2Address, rowRange(row)].filter((c): c is string => !!c);
}

export default rule;
