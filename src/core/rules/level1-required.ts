import { cellAddress } from "../grid";
import type { Form, Level1Group, Level1Name } from "../form";
import type { Rule } from "../rule";

/** A group that holds at least one 三级 row (empty 二级 rows and nothing else do not count). */
function hasIndicators(group: Level1Group | undefined): boolean {
  return !!group && group.rows.some((r) => !r.isEmpty);
}

/** Where to point when a whole 一级 is absent: the 一级 column header, else the block's first cell. */
function anchorOf(form: Form): string[] {
  const block = form.indicators!;
  if (block.columns.level1 !== undefined) return [cellAddress(block.headerRow, block.columns.level1)];
  const first = block.rows[0];
  if (first && first.name) return [first.name.address];
  return [];
}

// B1 (§5.3): 产出指标 must exist (error); 效益指标 and 满意度指标 are expected (warning).
const rule: Rule = {
  id: "level1-required",
  code: "B1",
  category: "指标结构",
  severity: "warning",
  description: "应设置产出指标、效益指标和满意度指标三个一级指标（湖南样式满意度可并入效益指标）",
  check({ form, profile, report }) {
    const block = form.indicators;
    if (!block || block.rows.length === 0) return;
    const byName = (name: Level1Name) => block.groups.filter((g) => g.name === name)[0];
    const say = (name: Level1Name, severity: "error" | "warning", why: string) => {
      const group = byName(name);
      const cells = group && group.labelAddresses.length ? group.labelAddresses.slice(0, 1) : anchorOf(form);
      if (cells.length === 0) return;
      report({ severity, cells, message: group ? `${name}下没有设置任何三级指标。${why}` : `缺少一级指标“${name}”。${why}` });
    };
    // An empty 产出 group is already reported by level2-required (no 数量/质量), so only a missing one here.
    if (!byName("产出指标")) say("产出指标", "error", "产出指标是必设的一级指标，应按批复的绩效目标填写数量、质量、时效等指标。");
    if (!hasIndicators(byName("效益指标"))) {
      say("效益指标", "warning", "原则上应设置效益指标（经济、社会、生态效益或可持续影响），如确不适用请在说明中注明。");
    }
    if (!hasIndicators(byName("满意度指标"))) {
      const satisfactionRows = block.rows.filter((r) => r.level2 === "服务对象满意度指标" && !r.isEmpty);
      // Inside 效益: fine for 湖南; otherwise level2-parent (B2) reports the misplacement, not a missing 一级.
      if (satisfactionRows.length > 0) return;
      const benefit = byName("效益指标");
      if (profile.satisfactionInBenefit && !byName("满意度指标") && benefit && benefit.labelAddresses.length) {
        report({
          cells: benefit.labelAddresses.slice(0, 1),
          message: "效益指标下缺少服务对象满意度指标（本样式满意度并入效益指标计分）。",
        });
        return;
      }
      say("满意度指标", "warning", "原则上应设置服务对象满意度指标（默认 10 分）。");
    }
  },
};

export default rule;
