import type { CatalogItem } from '../item.js';
import { fromBrief } from './brief-items.js';
import { material, select } from './guide-defaults.js';

const sc = '武汉市市场监督管理局';
const shop = [
  { key: 'business.name', label: '店铺名称', type: 'text', required: true, validation: { maxLength: 50 } },
  { key: 'business.address', label: '经营场所地址', type: 'text', required: true, validation: { maxLength: 100 } },
  { key: 'business.area', label: '经营面积（平方米）', type: 'number', required: true, validation: { min: 1, max: 100_000 } },
] satisfies CatalogItem['form']['fields'];
/** 领取结果前补交: owed until the day the result is promised. */
const lease = (owedWorkingDays: number) => material('premisesProof', '经营场所使用证明（租赁合同或产权证明）', { necessity: 'owed', owedWorkingDays });
const license = material('businessLicense', '营业执照', { eCertificate: 'businessLicense', paperCopies: 0 });
const both: CatalogItem['serves'] = ['自然人', '法人'];

/** 市场监管、消防、城管、水务、税务: what 开办餐饮店一件事 joins, and their neighbours. */
export const businessItems: CatalogItem[] = [
  fromBrief({ code: 'WH-SC-001', name: '个体工商户设立登记', type: '行政许可', department: sc, basis: '《促进个体工商户发展条例》《中华人民共和国市场主体登记管理条例》第二十一条', condition: '有经营能力的自然人，经营场所合法', days: [3, 1], result: '营业执照', keywords: ['营业执照', '开店', '个体户', '工商'], aliases: ['办营业执照', '个体执照'], fields: [...shop, select('business.form', '组成形式', { personal: '个人经营', family: '家庭经营' })], materials: [lease(1)], serves: both, pledge: true }),
  fromBrief({ code: 'WH-SC-002', name: '食品经营许可', type: '行政许可', department: sc, basis: '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》', condition: '有与经营的食品品种、数量相适应的场所、设备和食品安全管理人员', days: [10, 3], result: '食品经营许可证', keywords: ['食品', '餐饮', '饭店', '许可证', '开店', '卖吃的', '小吃', '小吃店'], aliases: ['食品经营许可证办理', '餐饮许可'], fields: [...shop, select('food.category', '经营项目', { hot: '热食类食品制售', cold: '冷食类食品制售', drinks: '自制饮品制售' })], materials: [license, lease(3), material('layout', '经营场所平面布局图', { sample: '样本：标明加工操作区、就餐区、库房及设备位置' })], serves: both, pledge: true, visits: 1 }),
  fromBrief({ code: 'WH-XF-001', name: '公众聚集场所投入使用、营业前消防安全检查', type: '行政许可', department: '武汉市消防救援支队', basis: '《中华人民共和国消防法》第十五条', condition: '公众聚集场所已依法通过消防验收或备案', days: [10, 5], result: '公众聚集场所投入使用、营业消防安全检查合格证', keywords: ['消防', '检查', '开业', '餐厅'], aliases: ['消防检查', '消防安全检查'], fields: shop, materials: [license, material('fireSelfCheck', '消防安全自查报告及承诺书')], serves: both, pledge: true, visits: 1 }),
  fromBrief({ code: 'WH-CG-001', name: '户外招牌设置备案', type: '其他行政权力', department: '武汉市城市管理执法委员会', basis: '《武汉市户外广告和招牌设置管理办法》', condition: '在本单位经营场所设置招牌', days: [5, 1], result: '招牌设置备案回执', keywords: ['招牌', '门头', '广告', '店招'], aliases: ['门头招牌', '店招备案'], fields: [...shop, { key: 'sign.size', label: '招牌尺寸（米）', type: 'text', required: true }], materials: [license, material('signDesign', '招牌设计效果图')], serves: both }),
  fromBrief({ code: 'WH-SWJ-001', name: '城镇污水排入排水管网许可', type: '行政许可', department: '武汉市水务局', basis: '《城镇排水与污水处理条例》第二十一条', condition: '从事餐饮等活动向城镇排水设施排放污水', days: [20, 5], result: '城镇污水排入排水管网许可证', keywords: ['排水', '污水', '隔油池', '排污'], aliases: ['排水许可证'], fields: shop, materials: [license, material('greaseTrap', '隔油设施说明', { necessity: 'owed', owedWorkingDays: 5 })], serves: both, pledge: true }),
  fromBrief({ code: 'WH-SW-002', name: '新办纳税人套餐', type: '公共服务', department: '国家税务总局武汉市税务局', basis: '《中华人民共和国税收征收管理法》第十五条', condition: '新设立登记的市场主体', days: [1, 0], result: '税务信息确认及发票领用', keywords: ['税务', '发票', '领票', '报到'], aliases: ['税务报到', '新办企业领发票'], materials: [license], serves: both }),
];
