// The standard indicator library (domain §5, §7.2 "Indicator wording"): common 三级 indicators for every 二级 of both
// taxonomies, with the usual target form and unit. Data, not code: templates use {占位符} from PLACEHOLDERS below.
import type { Level2Name } from "../form";

export interface LibraryEntry {
  /** Stable id ("sx-jishilv"); custom entries get "custom-…". */
  id: string;
  level2: Level2Name;
  /** 三级指标 name template. */
  name: string;
  /** 年度指标值 template as written in the cell, operator and unit included ("≥90%", "≤{全年预算数}万元"). */
  target: string;
  /** Usual unit of the target, for forms with a 度量单位 column. */
  unit?: string;
  /** 实际完成值 template; used only when every placeholder in it is known from the form. */
  actualHint?: string;
  /** zh-CN note for the user: how to fill the 实际完成值, what to avoid. */
  note: string;
  source?: "standard" | "custom";
}

export type PlaceholderKind = "year" | "amount" | "rate" | "number" | "text";

export interface PlaceholderInfo {
  key: string;
  kind: PlaceholderKind;
  /** What the pane asks the user when the form does not say it. */
  prompt: string;
  /** Wording placeholders read well with a generic default; numbers never have one. */
  defaultValue?: string;
}

export const PLACEHOLDERS: PlaceholderInfo[] = [
  { key: "年度", kind: "year", prompt: "评价年度（如 2024）" },
  { key: "项目名称", kind: "text", prompt: "项目名称" },
  { key: "实施单位", kind: "text", prompt: "实施单位" },
  { key: "全年预算数", kind: "amount", prompt: "全年预算数（万元）" },
  { key: "年初预算数", kind: "amount", prompt: "年初预算数（万元）" },
  { key: "全年执行数", kind: "amount", prompt: "全年执行数（万元）" },
  { key: "执行率", kind: "rate", prompt: "预算执行率（如 98.5%）" },
  { key: "数量", kind: "number", prompt: "年度计划数量" },
  { key: "单位成本", kind: "number", prompt: "单位成本控制数" },
  { key: "年限", kind: "number", prompt: "持续发挥作用的年限" },
  { key: "事项", kind: "text", prompt: "事项（如“设备采购”）", defaultValue: "项目各项任务" },
  { key: "服务对象", kind: "text", prompt: "服务对象（如“参训人员”“群众”）", defaultValue: "服务对象" },
  { key: "产出物", kind: "text", prompt: "产出物（如“设备”“培训”）", defaultValue: "项目产出" },
  { key: "计量单位", kind: "text", prompt: "计量单位（如“台”“人”）" },
];

export const STANDARD_ENTRIES: LibraryEntry[] = [
  // 产出 · 数量
  { id: "sl-renwu-wanchenglv", level2: "数量指标", name: "年度任务完成率", target: "=100%", unit: "%", note: "实际完成值填写完成的百分比（如“100%”），不要只写“完成”。" },
  { id: "sl-zhongdian-renwu", level2: "数量指标", name: "完成重点工作任务数", target: "≥{数量}项", unit: "项", note: "实际完成值填写实际完成的项数（如“6项”）。" },
  { id: "sl-peixun-renci", level2: "数量指标", name: "开展培训人次", target: "≥{数量}人次", unit: "人次", note: "实际完成值填写实际培训人次。" },
  { id: "sl-jiancha-cishu", level2: "数量指标", name: "开展检查（督查）次数", target: "≥{数量}次", unit: "次", note: "实际完成值填写实际开展的次数。" },
  { id: "sl-shebei-shuliang", level2: "数量指标", name: "购置（更新）设备数量", target: "≥{数量}台", unit: "台", note: "实际完成值填写实际购置并验收的台数。" },
  { id: "sl-fugai-xiangzhen", level2: "数量指标", name: "覆盖乡镇（街道）数", target: "≥{数量}个", unit: "个", note: "实际完成值填写实际覆盖的个数。" },
  { id: "sl-buzhu-renshu", level2: "数量指标", name: "补助发放人数", target: "≥{数量}人", unit: "人", note: "实际完成值填写实际发放人数。" },

  // 产出 · 质量
  { id: "zl-yanshou-hegelv", level2: "质量指标", name: "验收合格率", target: "=100%", unit: "%", note: "实际完成值填写验收合格的比例（如“100%”）。" },
  { id: "zl-dabiaolv", level2: "质量指标", name: "工作任务达标率", target: "≥95%", unit: "%", note: "实际完成值填写达标的比例。" },
  { id: "zl-zhengchang-yunxing", level2: "质量指标", name: "设备（系统）正常运行率", target: "≥98%", unit: "%", note: "实际完成值填写全年正常运行时间占比。" },
  { id: "zl-peixun-hegelv", level2: "质量指标", name: "培训合格率", target: "≥95%", unit: "%", note: "实际完成值填写考核合格人数占参训人数的比例。" },
  { id: "zl-fafang-zhunquelv", level2: "质量指标", name: "补助发放准确率", target: "=100%", unit: "%", note: "实际完成值填写准确发放的比例。" },
  { id: "zl-anquan-shigu", level2: "质量指标", name: "安全责任事故发生次数", target: "=0次", unit: "次", note: "实际完成值填写实际发生次数（如“0次”）。" },

  // 产出 · 时效
  { id: "sx-jishilv", level2: "时效指标", name: "项目完成及时率", target: "=100%", unit: "%", note: "实际完成值填写按期完成的比例（如“100%”），不要只写“按时”。" },
  { id: "sx-wancheng-shijian", level2: "时效指标", name: "{事项}完成时间", target: "≤{年度}年12月", note: "实际完成值填写实际完成日期（如“12月20日完成”，写明年份），不要只写“按时完成”。" },
  { id: "sx-bofu-jishilv", level2: "时效指标", name: "资金拨付及时率", target: "=100%", unit: "%", note: "实际完成值填写按时拨付资金的比例。" },
  { id: "sx-qidong-shijian", level2: "时效指标", name: "项目启动时间", target: "≤{年度}年3月", note: "实际完成值填写实际启动日期。" },
  { id: "sx-fafang-jishilv", level2: "时效指标", name: "补助资金发放及时率", target: "=100%", unit: "%", note: "实际完成值填写按时发放的比例。" },

  // 产出 · 成本 (财预〔2020〕10号)
  { id: "cb-zongchengben", level2: "成本指标", name: "项目总成本", target: "≤{全年预算数}万元", unit: "万元", actualHint: "{全年执行数}万元", note: "实际完成值填写全年实际支出（万元），与全年执行数一致。" },
  { id: "cb-kongzhilv", level2: "成本指标", name: "项目成本控制率", target: "≤100%", unit: "%", actualHint: "{执行率}", note: "实际支出占全年预算数的比例。" },
  { id: "cb-danwei-chengben", level2: "成本指标", name: "{产出物}单位成本", target: "≤{单位成本}元/{计量单位}", note: "实际完成值填写实际单位成本（元）。避免“资金使用合规”一类的合规性表述。" },
  { id: "cb-renjun-peixun", level2: "成本指标", name: "人均培训成本", target: "≤{单位成本}元/人", unit: "元/人", note: "实际完成值填写实际支出 ÷ 实际培训人数。" },

  // 成本 一级 (财预〔2021〕101号)
  { id: "jjcb-zongchengben", level2: "经济成本指标", name: "项目总成本", target: "≤{全年预算数}万元", unit: "万元", actualHint: "{全年执行数}万元", note: "实际完成值填写全年实际支出（万元），与全年执行数一致。" },
  { id: "jjcb-kongzhilv", level2: "经济成本指标", name: "项目成本控制率", target: "≤100%", unit: "%", actualHint: "{执行率}", note: "实际支出占全年预算数的比例。" },
  { id: "jjcb-danwei-chengben", level2: "经济成本指标", name: "{产出物}单位成本", target: "≤{单位成本}元/{计量单位}", note: "实际完成值填写实际单位成本（元）。" },
  { id: "shcb-fumian-shijian", level2: "社会成本指标", name: "因项目实施引发的投诉（信访）次数", target: "=0次", unit: "次", note: "实际完成值填写实际发生次数。" },
  { id: "shcb-fumian-yingxiang", level2: "社会成本指标", name: "对社会公众生产生活的不利影响", target: "无明显不利影响", note: "定性指标：实际完成值按“达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差”填写。" },
  { id: "shcb-jiufen", level2: "社会成本指标", name: "因项目实施引发的矛盾纠纷数", target: "=0起", unit: "起", note: "实际完成值填写实际发生起数。" },
  { id: "sthjcb-wuran-shijian", level2: "生态环境成本指标", name: "环境污染事件发生次数", target: "=0次", unit: "次", note: "实际完成值填写实际发生次数。" },
  { id: "sthjcb-buli-yingxiang", level2: "生态环境成本指标", name: "对生态环境的不利影响", target: "无明显不利影响", note: "定性指标：实际完成值按三档完成情况填写。" },
  { id: "sthjcb-feiqiwu", level2: "生态环境成本指标", name: "废弃物规范处置率", target: "=100%", unit: "%", note: "实际完成值填写按规定处置的比例。" },

  // 效益 · 经济
  { id: "jjxy-jieyue", level2: "经济效益指标", name: "节约运行成本", target: "≥{数量}万元", unit: "万元", note: "实际完成值填写测算的节约金额（万元），并保留测算依据。" },
  { id: "jjxy-zengshou", level2: "经济效益指标", name: "带动受益群众增收", target: "≥{数量}万元", unit: "万元", note: "实际完成值填写增收金额（万元）。" },
  { id: "jjxy-jiuye", level2: "经济效益指标", name: "带动就业人数", target: "≥{数量}人", unit: "人", note: "实际完成值填写实际带动就业人数。" },
  { id: "jjxy-cujin", level2: "经济效益指标", name: "对地方经济发展的促进作用", target: "有所促进", note: "定性指标：实际完成值按三档完成情况填写。" },

  // 效益 · 社会
  { id: "shxy-zhixiaolv", level2: "社会效益指标", name: "政策知晓率", target: "≥90%", unit: "%", note: "实际完成值填写调查得出的知晓率。" },
  { id: "shxy-fugailv", level2: "社会效益指标", name: "服务对象覆盖率", target: "=100%", unit: "%", note: "实际完成值填写实际覆盖的比例。" },
  { id: "shxy-fuwu-shuiping", level2: "社会效益指标", name: "公共服务水平", target: "有效提升", note: "定性指标：实际完成值按三档完成情况填写，并简述提升的表现。" },
  { id: "shxy-guifanhua", level2: "社会效益指标", name: "工作规范化水平", target: "明显提升", note: "定性指标：实际完成值按三档完成情况填写。" },

  // 效益 · 生态
  { id: "stxy-huanjing", level2: "生态效益指标", name: "对生态环境的影响", target: "无负面影响", note: "定性指标：实际完成值按三档完成情况填写。" },
  { id: "stxy-jieneng", level2: "生态效益指标", name: "节能减排效果", target: "有所改善", note: "定性指标：实际完成值按三档完成情况填写。" },
  { id: "stxy-wuran-shijian", level2: "生态效益指标", name: "环境污染事件发生次数", target: "=0次", unit: "次", note: "实际完成值填写实际发生次数。" },

  // 效益 · 可持续影响
  { id: "kcx-changxiao-jizhi", level2: "可持续影响指标", name: "长效管理机制建立情况", target: "建立健全", note: "定性指标：实际完成值按三档完成情况填写，并说明制度名称。" },
  { id: "kcx-chengguo-shiyong", level2: "可持续影响指标", name: "项目成果持续发挥作用年限", target: "≥{年限}年", unit: "年", note: "实际完成值填写预计持续发挥作用的年限。" },
  { id: "kcx-shebei-nianxian", level2: "可持续影响指标", name: "设备（系统）使用年限", target: "≥{年限}年", unit: "年", note: "实际完成值填写设备预计使用年限。" },
  { id: "kcx-xiaoyi-chixu", level2: "可持续影响指标", name: "项目效益可持续性", target: "长期", note: "定性指标：实际完成值按三档完成情况填写。" },

  // 满意度 · 服务对象满意度
  { id: "myd-fuwu-duixiang", level2: "服务对象满意度指标", name: "{服务对象}满意度", target: "≥90%", unit: "%", note: "实际完成值填写调查得出的满意度（满意人数 ÷ 有效调查人数），如“95%（调查100人）”。" },
  { id: "myd-qunzhong", level2: "服务对象满意度指标", name: "群众满意度", target: "≥90%", unit: "%", note: "实际完成值填写调查得出的满意度，并保留调查记录。" },
  { id: "myd-shouyi-qunti", level2: "服务对象满意度指标", name: "受益群体满意度", target: "≥95%", unit: "%", note: "实际完成值填写调查得出的满意度。" },
  { id: "myd-canxun", level2: "服务对象满意度指标", name: "参训人员满意度", target: "≥90%", unit: "%", note: "实际完成值填写培训后问卷调查的满意度。" },
];
