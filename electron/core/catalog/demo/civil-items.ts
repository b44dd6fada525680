import type { CatalogItem } from '../item.js';
import { fromBrief, purpose } from './brief-items.js';
import { material, select } from './guide-defaults.js';

const ga = '武汉市公安局';
const wj = '武汉市卫生健康委员会';
const mz = '武汉市民政局';
const child = [
  { key: 'child.name', label: '新生儿姓名', type: 'text', required: true, validation: { maxLength: 20 } },
  { key: 'child.birthDate', label: '出生日期', type: 'date', required: true, validation: { dates: { toDays: 0 } } },
  select('child.sex', '新生儿性别', { male: '男', female: '女' }),
] satisfies CatalogItem['form']['fields'];
/** 生育登记 asks for the spouse; a citizen who holds an e-结婚证 need not type either. */
const spouseFromMarriageCert = [
  { key: 'spouse.name', label: '配偶姓名', type: 'text', required: true, prefill: 'ecert.marriageCert.spouseName' },
  { key: 'spouse.idNumber', label: '配偶身份证号码', type: 'idNumber', required: true, prefill: 'ecert.marriageCert.spouseIdNumber' },
] satisfies CatalogItem['form']['fields'];
const birthCert = material('birthMedicalCert', '出生医学证明', { eCertificate: 'birthMedicalCert', paperCopies: 0, original: true });

/** 公安、卫健、民政、教育: items for people, including every 新生儿出生 step. */
export const civilItems: CatalogItem[] = [
  fromBrief({ code: 'WH-GA-003', name: '户籍证明开具', type: '公共服务', department: ga, basis: '《中华人民共和国户口登记条例》', condition: '本市常住户口登记人员', days: [3, 3], result: '户籍证明', keywords: ['户口', '证明', '户籍'], aliases: ['开户口证明', '户口证明'], fields: [purpose] }),
  fromBrief({ code: 'WH-GA-001', name: '出生登记（新生儿落户）', type: '行政确认', department: ga, basis: '《中华人民共和国户口登记条例》第七条', condition: '婴儿出生后一个月以内，父或母一方为本市户籍', days: [15, 1], result: '户口簿（增页）', keywords: ['落户', '上户口', '新生儿', '宝宝', '出生', '娃', '伢', '户口'], aliases: ['新生儿入户', '报出生'], fields: child, materials: [birthCert, material('householdRegister', '户口簿', { eCertificate: 'householdRegister', paperCopies: 0, original: true })], visits: 0, pledge: true }),
  fromBrief({ code: 'WH-GA-008', name: '户口迁移（市内迁移）', type: '行政确认', department: ga, basis: '《中华人民共和国户口登记条例》第十条', condition: '本市户籍居民在市内搬迁，在迁入地有合法稳定住所', days: [15, 5], result: '户口簿（迁入地）', keywords: ['迁户口', '搬家', '户口迁移', '换房子', '新房'], aliases: ['户口迁移', '市内迁户'], fields: [{ key: 'residence.address', label: '迁入地址', type: 'text', required: true }], materials: [material('householdRegister', '户口簿', { eCertificate: 'householdRegister', paperCopies: 0, original: true }), material('propertyProof', '迁入地房产证明或租赁备案', { paperCopies: 1, original: false })], visits: 1 }),
  fromBrief({ code: 'WH-GA-002', name: '居民身份证换领', type: '行政确认', department: ga, basis: '《中华人民共和国居民身份证法》第五条', condition: '居民身份证有效期满或登记项目变更', days: [60, 20], result: '居民身份证', keywords: ['身份证', '换证', '到期', '过期', '改名'], aliases: ['换身份证', '身份证到期换领'], visits: 1, fees: [{ name: '居民身份证工本费', amountFen: 2000, basis: '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）：换领每证 20 元' }] }),
  fromBrief({ code: 'WH-GA-004', name: '居民身份证挂失申报', type: '公共服务', department: ga, basis: '《中华人民共和国居民身份证法》第十一条', condition: '居民身份证遗失或被盗', days: [1, 0], result: '挂失回执', keywords: ['身份证', '丢失', '挂失', '丢', '掉', '被偷', '不见了'], aliases: ['身份证丢了', '身份证不见了'] }),
  fromBrief({ code: 'WH-GA-005', name: '无犯罪记录证明开具', type: '公共服务', department: ga, basis: '《公安部关于印发〈公安机关办理犯罪记录查询工作规定〉的通知》（公通字〔2021〕19号）', condition: '本人在本市有户籍或居住', days: [3, 1], result: '无犯罪记录证明', keywords: ['无犯罪', '证明', '政审', '出国'], aliases: ['开无犯罪证明', '犯罪记录查询'], fields: [purpose] }),
  fromBrief({ code: 'WH-GA-006', name: '居住证申领', type: '行政确认', department: ga, basis: '《居住证暂行条例》第九条', condition: '在本市居住半年以上，有合法稳定就业、住所或连续就读', days: [15, 5], result: '湖北省居住证', keywords: ['居住证', '暂住证', '外地人'], aliases: ['办居住证'], fields: [{ key: 'residence.address', label: '居住地址', type: 'text', required: true }], materials: [material('leaseContract', '房屋租赁合同或房产证明', { necessity: 'owed', owedWorkingDays: 5 })] }),
  fromBrief({ code: 'WH-GA-007', name: '机动车驾驶证期满换证', type: '行政许可', department: '武汉市公安局交通管理局', basis: '《机动车驾驶证申领和使用规定》第七十一条', condition: '驾驶证有效期满前九十日内', days: [1, 1], result: '机动车驾驶证', keywords: ['驾照', '驾驶证', '换证', '交警'], aliases: ['驾照到期换证', '换驾照'], materials: [material('healthCert', '身体条件证明', { paperCopies: 0, original: true })] }),
  fromBrief({ code: 'WH-WJ-001', name: '出生医学证明首次签发', type: '公共服务', department: wj, basis: '《中华人民共和国母婴保健法》第二十三条', condition: '在本市依法取得助产技术服务资质的医疗机构出生', days: [10, 3], result: '出生医学证明', keywords: ['出生证', '出生医学证明', '新生儿', '宝宝'], aliases: ['办出生证'], fields: child }),
  fromBrief({ code: 'WH-WJ-002', name: '预防接种证办理', type: '公共服务', department: wj, basis: '《中华人民共和国疫苗管理法》第四十七条', condition: '儿童出生后一个月内', days: [5, 1], result: '预防接种证', keywords: ['疫苗', '接种', '打针', '新生儿'], aliases: ['办疫苗本', '接种本'], fields: child }),
  fromBrief({ code: 'WH-WJ-003', name: '生育登记', type: '公共服务', department: wj, basis: '《湖北省人口与计划生育条例》', condition: '夫妻双方或一方为本市户籍', days: [3, 0], result: '生育登记回执', keywords: ['生育', '二胎', '三孩', '准生证'], aliases: ['准生证办理', '生育服务登记'], fields: spouseFromMarriageCert }),
  fromBrief({ code: 'WH-MZ-001', name: '高龄津贴申领', type: '行政给付', department: mz, basis: '《湖北省老年人权益保障条例》第四十条', condition: '本市户籍，年满 80 周岁', days: [20, 10], result: '按月发放高龄津贴', keywords: ['高龄', '老人', '津贴', '补贴', '八十岁', '九十岁', '爷爷', '奶奶'], aliases: ['高龄补贴', '老年津贴'], fields: [{ key: 'bank.account', label: '收款银行卡号', type: 'number', required: true, validation: { minLength: 16, maxLength: 19 } }] }),
  fromBrief({ code: 'WH-MZ-002', name: '最低生活保障申请', type: '行政给付', department: mz, basis: '《社会救助暂行办法》第九条', condition: '共同生活的家庭成员人均收入低于当地低保标准', days: [30, 20], result: '低保证', keywords: ['低保', '救助', '困难'], aliases: ['申请低保'], pledge: true, fields: [{ key: 'household.size', label: '共同生活家庭人数', type: 'number', required: true, validation: { min: 1, max: 20 } }, { key: 'household.income', label: '家庭月收入（元）', type: 'number', required: true, validation: { min: 0 } }] }),
  fromBrief({ code: 'WH-MZ-003', name: '婚姻登记预约', type: '公共服务', department: mz, basis: '《婚姻登记条例》第四条', condition: '男女双方自愿结婚且达到法定婚龄', days: [1, 0], result: '预约回执', keywords: ['结婚', '领证', '婚姻'], aliases: ['结婚登记预约'], fields: [{ key: 'spouse.name', label: '对方姓名', type: 'text', required: true }, { key: 'appointment.date', label: '预约日期', type: 'date', required: true, validation: { dates: { fromDays: 1, toDays: 30, workingDaysOnly: true } } }], visits: 1 }),
  fromBrief({ code: 'WH-JY-001', name: '义务教育入学报名', type: '公共服务', department: '武汉市教育局', basis: '《中华人民共和国义务教育法》第十二条', condition: '适龄儿童，本市户籍或持居住证', days: [30, 15], result: '入学通知', keywords: ['入学', '小学', '报名', '上学', '读书', '伢', '孩子'], aliases: ['小学报名', '一年级报名'], fields: [{ key: 'child.name', label: '儿童姓名', type: 'text', required: true }, { key: 'child.idNumber', label: '儿童身份证号码', type: 'idNumber', required: true }] }),
  fromBrief({ code: 'WH-SW-001', name: '个人所得税纳税记录开具', type: '公共服务', department: '国家税务总局武汉市税务局', basis: '《中华人民共和国税收征收管理法》', condition: '在本市有个人所得税纳税记录', days: [1, 0], result: '个人所得税纳税记录', keywords: ['个税', '纳税证明', '完税证明', '税务'], aliases: ['完税证明打印', '个税证明'], fields: [{ key: 'period.from', label: '起始月份', type: 'date', required: true }, { key: 'period.to', label: '截止月份', type: 'date', required: true }] }),
  fromBrief({ code: 'WH-BDC-001', name: '不动产权属证明查询打印', type: '公共服务', department: '武汉市自然资源和城乡建设局', basis: '《不动产登记资料查询暂行办法》第十四条', condition: '不动产权利人本人查询', days: [1, 0], result: '不动产登记信息查询结果', keywords: ['房产证明', '无房证明', '不动产', '查房'], aliases: ['无房证明开具', '房产查询'], fields: [purpose], onTheSpot: 'real-estate-record' }),
  fromBrief({ code: 'HB-CJ-001', name: '残疾人两项补贴申领', type: '行政给付', department: '湖北省残疾人联合会', basis: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）', condition: '持第二代残疾人证的困难或重度残疾人', days: [30, 15], result: '按月发放补贴', keywords: ['残疾', '补贴', '护理补贴'], aliases: ['残疾人补贴'], materials: [material('disabilityCert', '残疾人证', { eCertificate: 'disabilityCert', paperCopies: 0, original: true })], region: '420000' }),
  fromBrief({ code: 'EZ-LZH-001', name: '农村危房改造申请', type: '行政给付', department: '梁子湖区住房和城乡建设局', basis: '《湖北省农村危房改造实施办法》', condition: '梁子湖区农村户籍，住房经鉴定为 C 级或 D 级危房', days: [60, 30], result: '改造补助', keywords: ['危房', '农村', '改造', '房子'], aliases: ['危房改造'], region: '420702' }),
];
