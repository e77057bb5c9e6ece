// The typed 自评表 model the recogniser produces. Every field keeps its cell address.
import type { CellRange, CellValue } from "./grid";
import type { Quantity } from "./text";

export interface Field {
  address: string;
  row: number;
  col: number;
  value: CellValue;
  /** Display text, trimmed. */
  text: string;
  formula?: string;
  /** The text read as a quantity (operator, number, unit). */
  q: Quantity;
}

export type VariantId = "T-CN2020" | "T-AH" | "T-AB" | "T-SC" | "T-HN-ZY" | "T-101";

export const VARIANT_NAMES: { [id in VariantId]: string } = {
  "T-CN2020": "全国通用（财预〔2020〕10号附件1）",
  "T-AH": "安徽样式（本年财政拨款，一级指标标注分值）",
  "T-AB": "A/B 标注样式",
  "T-SC": "四川 510000 样式（权重/指标性质/度量单位）",
  "T-HN-ZY": "湖南样式（效益指标含满意度，40分）",
  "T-101": "成本指标单列一级（财预〔2021〕101号）",
};

export type FundKind = "total" | "fiscal" | "carryover" | "other" | "extra";

export interface FundRow {
  kind: FundKind;
  row: number;
  label: string;
  labelAddress: string;
  initial?: Field;
  full?: Field;
  exec?: Field;
  weight?: Field;
  rate?: Field;
  score?: Field;
  reason?: Field;
}

export interface BudgetBlock {
  headerRow: number;
  /** 1 for 万元; 0.0001 when the block is in 元 (amounts × scale = 万元). */
  toWanYuan: number;
  unitLabel: string;
  rows: FundRow[];
  total?: FundRow;
  /** Header labels as written, for messages ("全年预算数" or "调整后预算数"). */
  labels: { initial: string; full: string; exec: string };
}

export type Level1Name = "产出指标" | "效益指标" | "满意度指标" | "成本指标";

export type Level2Name =
  | "数量指标"
  | "质量指标"
  | "时效指标"
  | "成本指标"
  | "经济成本指标"
  | "社会成本指标"
  | "生态环境成本指标"
  | "经济效益指标"
  | "社会效益指标"
  | "生态效益指标"
  | "可持续影响指标"
  | "服务对象满意度指标";

export interface IndicatorRow {
  row: number;
  level1?: Level1Name;
  /** 一级 label as written on this row or inherited from above ("产出指标(50分)"). */
  level1Label: string;
  level1Address?: string;
  level2?: Level2Name;
  level2Label: string;
  level2Address?: string;
  name?: Field;
  target?: Field;
  /** 四川: 指标性质 (=, ≥, ≤) and 度量单位 in their own columns. */
  nature?: Field;
  unit?: Field;
  actual?: Field;
  weight?: Field;
  score?: Field;
  deviation?: Field;
  /** Only the 二级 label is filled: an empty 二级 group. */
  isEmpty: boolean;
  /** Template residue: "指标1", "……", "XX". */
  isPlaceholder: boolean;
}

/** A 小计 row: the 分值 and 得分 of a group, written on a row of its own. */
export interface SubtotalRow {
  row: number;
  labelAddress: string;
  weight?: Field;
  score?: Field;
}

export interface Level2Group {
  name?: Level2Name;
  label: string;
  labelAddress?: string;
  rows: IndicatorRow[];
  /**
   * The 二级 label's own row when it only carries the sum of its 三级 分值/得分 (no 三级 name, no target) before its
   * 三级 rows. It is not one of the rows, so its numbers are not counted twice.
   */
  subtotal?: SubtotalRow;
}

export interface Level1Group {
  name?: Level1Name;
  label: string;
  /** Addresses of every cell that carries this 一级 label (it may repeat after a page break). */
  labelAddresses: string[];
  declaredWeight?: number;
  declaredWeightAddress?: string;
  rows: IndicatorRow[];
  level2Groups: Level2Group[];
  subtotal?: SubtotalRow;
}

export interface IndicatorColumns {
  level1?: number;
  level2?: number;
  name?: number;
  target?: number;
  nature?: number;
  unit?: number;
  actual?: number;
  weight?: number;
  score?: number;
  deviation?: number;
}

export interface IndicatorBlock {
  headerRow: number;
  /** Last header row (two-row headers). */
  headerEndRow: number;
  columns: IndicatorColumns;
  /** The header label of each column as written, for messages. */
  columnLabels: { [key in keyof IndicatorColumns]?: string };
  rows: IndicatorRow[];
  groups: Level1Group[];
  /** Rows that repeat the header after a page break. */
  repeatedHeaderRows: number[];
  /** Declared 一级 weight of the whole block ("绩效指标(90分)"), when written. */
  declaredWeight?: number;
}

export interface LabelledField {
  labelAddress: string;
  label: string;
  /**
   * Where the value is (or should be); blank fields still have an address. When label and value share one cell
   * ("项目名称：某某项目"), the field is that cell: its text is the part after the colon, its value the whole cell's.
   */
  field: Field;
}

export interface TotalRow {
  row: number;
  labelAddress: string;
  weight?: Field;
  score?: Field;
}

export interface Form {
  sheetName: string;
  range: CellRange;
  variant: VariantId;
  title?: Field;
  year?: number;
  projectName?: LabelledField;
  department?: LabelledField;
  implementer?: LabelledField;
  budget?: BudgetBlock;
  goals?: { labelAddress: string; expected?: LabelledField; actual?: LabelledField };
  indicators?: IndicatorBlock;
  total?: TotalRow;
  grade?: LabelledField;
  /** 四川: 评价结论 / 存在问题 / 改进措施. */
  conclusion?: LabelledField;
  problems?: LabelledField;
  measures?: LabelledField;
}

export interface Recognition {
  forms: Form[];
  /** zh-CN reason when the sheet holds no 自评表. */
  note?: string;
}
