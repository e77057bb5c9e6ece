import type { IndicatorRow } from "../form";
import type { Rule } from "../rule";
import { normalizeLabel } from "../text";
import { COST_LEVEL2 } from "../taxonomy";

type Kind = "cost" | "time" | "satisfaction" | "quality";

const KIND_NAME: { [k in Kind]: string } = { cost: "成本指标", time: "时效指标", satisfaction: "满意度指标", quality: "质量指标" };

// What an indicator of each kind normally mentions (§5.2, §6.2 B9).
const EXPECTED: { [k in Kind]: RegExp } = {
  cost: /成本|费用|单价|价格|造价|元|资金|经费|预算|支出|开支|补助|补贴|金额|投资|投入|采购/,
  time: /时间|及时|期限|时限|进度|按时|按期|如期|工期|周期|月|日|前|年底|年内|当年|季度|天|小时|截止/,
  satisfaction: /满意|好评|认可|投诉|认同/,
  quality: /率|合格|达标|验收|质量|标准|规范|安全|准确|完好|优良|正确|符合|达到|通过/,
};

// Words that clearly mark another kind, to say where a misfiled row belongs.
const STRONG: { [k in Kind]: RegExp } = {
  cost: /成本|单价|造价|费用|元\/|(≤|<=|不超过|不高于)[\d.]+万?元/,
  time: /完成时间|时间节点|及时率|及时性|按时完成|按期完成|\d{4}年\d{1,2}月|\d{1,2}月(底|末)?前|截止时间|期限/,
  satisfaction: /满意/,
  quality: /合格率|达标率|验收合格|优良率/,
};

const COMPLIANCE = /合规|严格执行|符合.{0,12}(规定|制度|要求)|按规定|专款专用|财经纪律|财务制度/;
const MANAGEMENT =
  /科目调整|预算调整次数|结余率|预算执行率|资金执行率|(资金|经费)(使用|支出|管理)?的?(合规|规范)|严格执行.{0,12}(制度|规定)|财务管理制度|财经纪律|专款专用/;
const MONEY_AS_QUANTITY = /金额|资金总额|资金数额/;


function kindOf(row: IndicatorRow): Kind | undefined {
  if (row.level1 === "成本指标" || (row.level2 && COST_LEVEL2.indexOf(row.level2) >= 0)) return "cost";
  if (row.level2 === "时效指标") return "time";
  if (row.level2 === "服务对象满意度指标" || row.level1 === "满意度指标") return "satisfaction";
  if (row.level2 === "质量指标") return "quality";
  return undefined;
}

const KINDS_BY_STRENGTH: Kind[] = ["satisfaction", "time", "cost", "quality"];

function otherKind(text: string, own: Kind | undefined): Kind | undefined {
  for (const k of KINDS_BY_STRENGTH) if (k !== own && STRONG[k].test(text)) return k;
  return undefined;
}

const SPACES = /\s+/g;
// Only names with words in them can be judged ("0", "TRUE", "abc" cannot).
const TWO_HAN = /[\u4e00-\u9fa5]{2}/;

/** The row's 二级 (else 一级) label as messages show it. */
function groupLabel(row: IndicatorRow): string {
  return (row.level2Label || row.level1Label).replace(SPACES, "") || "该二级指标";
}

/** The row's 三级 name in quotes, as messages show it. */
function quotedName(row: IndicatorRow): string {
  return `“${row.name ? row.name.text.replace(SPACES, "") : ""}”`;
}

/** The advice for one row, or nothing when it reads like its 二级 (messages are only built for advice given). */
function adviceFor(row: IndicatorRow, text: string): string | undefined {
  const kind = kindOf(row);
  if (kind === "cost" && COMPLIANCE.test(text)) {
    return `${groupLabel(row)}下的${quotedName(row)}是资金管理的合规要求，不是成本指标。成本指标应是可衡量的成本控制数，如“项目总成本 ≤X万元”“单位成本 ≤X元”。`;
  }
  if (kind !== "cost" && (row.level1 === "产出指标" || row.level1 === "效益指标") && MANAGEMENT.test(text)) {
    return `${groupLabel(row)}下的${quotedName(row)}是预算或财务管理要求（已由预算执行率等反映），不宜作为${row.level1}；应填写项目提供的产品、服务或带来的效果。`;
  }
  if (row.level2 === "数量指标" && MONEY_AS_QUANTITY.test(normalizeLabel(row.name ? row.name.text : ""))) {
    return `数量指标下的${quotedName(row)}是资金金额。数量指标应反映提供的产品或服务数量（如“培训人次”“建设里程”），资金情况由预算执行率和成本指标反映。`;
  }
  if (!kind || EXPECTED[kind].test(text)) return undefined;
  const other = otherKind(text, kind);
  if (kind === "quality") {
    return other ? `质量指标下的${quotedName(row)}看起来是${KIND_NAME[other]}，请核对归类。` : undefined;
  }
  if (kind === "cost" && (row.level2 === "社会成本指标" || row.level2 === "生态环境成本指标")) return undefined;
  const expectation =
    kind === "cost"
      ? "成本指标通常写明成本、费用、单价或金额，如“≤X万元”"
      : kind === "time"
        ? "时效指标通常写明完成时间、期限或及时率，如“2024年12月底前完成”"
        : "满意度指标通常是服务对象满意度（满意人数 ÷ 调查人数），如“≥90%”";
  return `${groupLabel(row)}下的${quotedName(row)}${other ? `看起来是${KIND_NAME[other]}` : "没有体现该类指标的内容"}：${expectation}。请核对归类或指标名称。`;
}

// B9 (§8 items 6–8): a keyword check that a 三级 fits its 二级. Heuristic, so only a note.
const rule: Rule = {
  id: "indicator-classification",
  code: "B9",
  category: "指标结构",
  severity: "info",
  description: "三级指标应与所属二级指标的含义相符（成本写金额、时效写时间、满意度写满意率等）",
  check({ form, report }) {
    const block = form.indicators;
    if (!block) return;
    for (const row of block.rows) {
      if (row.isEmpty || row.isPlaceholder || !row.name) continue;
      if (!TWO_HAN.test(row.name.text)) continue;
      // Name, target and unit read as one text (normalising each part equals normalising them joined).
      const text =
        normalizeLabel(row.name.text) + (row.target ? normalizeLabel(row.target.text) : "") + (row.unit ? normalizeLabel(row.unit.text) : "");
      const advice = adviceFor(row, text);
      if (!advice) continue;
      report({
        cells: [row.name.address].concat(row.target && row.target.text ? [row.target.address] : []),
        message: advice,
      });
    }
  },
};

export default rule;
