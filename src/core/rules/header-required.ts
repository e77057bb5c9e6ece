import type { LabelledField } from "../form";
import type { Rule } from "../rule";

// A1: 项目名称 and 主管部门 filled; a blank 实施单位 is only noted.
const rule: Rule = {
  id: "header-required",
  code: "A1",
  category: "表头",
  severity: "error",
  description: "项目名称、主管部门不能为空；实施单位为空时提示",
  check({ form, report }) {
    const check = (field: LabelledField | undefined, severity: "error" | "info") => {
      if (!field || field.field.text !== "") return;
      report({
        severity,
        cells: [field.field.address],
        message: `${field.label.replace(/\s+/g, "")}未填写。`,
      });
    };
    check(form.projectName, "error");
    check(form.department, "error");
    check(form.implementer, "info");
  },
};

export default rule;
