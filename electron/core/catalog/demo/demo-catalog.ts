import type { BenefitRule } from '../benefit.js';
import { catalogDocumentSchema, type CatalogDocument } from '../catalog-document.js';
import type { LifeEvent } from '../life-event.js';
import { withBrowsing } from './browsing.js';
import { businessItems } from './business-items.js';
import { civilItems } from './civil-items.js';
import { situations } from './situations.js';
import { socialSecurityItems } from './social-security-items.js';

/** The 一件事 bundles the seeds name: 武政〔2025〕 and the Hubei plan's 一事联办 themes. */
const lifeEvents: LifeEvent[] = [
  {
    code: 'YJS-XSECS',
    name: '新生儿出生一件事',
    description: '出生医学证明、预防接种证、户口登记、城乡居民医保参保和社会保障卡申领，一次填报、一次提交。',
    items: ['WH-WJ-001', 'WH-WJ-002', 'WH-GA-001', 'WH-YB-001', 'WH-RS-004'],
    keywords: ['新生儿', '宝宝', '出生', '落户', '上户口', '孩子', '娃', '伢', '生孩子', '生下来', '小孩'],
    aliases: ['出生一件事', '新生儿联办'],
    region: '420100',
  },
  {
    code: 'YJS-KBCYD',
    name: '开办餐饮店一件事',
    description: '营业执照、食品经营许可、消防安全检查、招牌备案和排水许可并联办理。',
    items: ['WH-SC-001', 'WH-SC-002', 'WH-XF-001', 'WH-CG-001', 'WH-SWJ-001'],
    keywords: ['开饭店', '餐馆', '饭馆', '馆子', '开店', '餐饮'],
    aliases: ['开餐馆', '我要开饭店'],
    region: '420100',
  },
  {
    code: 'YJS-TX',
    name: '退休一件事',
    description: '养老保险退休申请、退休人员医保待遇核定和退休提取住房公积金一次办。',
    items: ['WH-RS-007', 'WH-YB-002', 'WH-GJJ-001'],
    keywords: ['退休', '养老金', '公积金'],
    aliases: ['办退休一件事'],
    region: '420100',
  },
  {
    code: 'YJS-SBK',
    name: '社会保障卡居民服务一件事',
    description: '社会保障卡申领、挂失、补领和信息变更，一卡通用。',
    items: ['WH-RS-004', 'WH-RS-005', 'WH-RS-002', 'WH-RS-006'],
    keywords: ['社保卡', '一卡通'],
    aliases: ['社保卡一件事'],
    region: '420100',
  },
];

/** 免申即享: benefits the seeds say should reach people "without applying". */
const benefits: BenefitRule[] = [
  { code: 'MS-GLJT', name: '高龄津贴', department: '武汉市民政局', notice: '您已满 80 周岁，高龄津贴将按月发放到您的社会保障卡，无需申请。', region: '420100', when: { minAge: 80, registeredIn: '420100' } },
  { code: 'MS-LNCC', name: '老年人免费乘坐公交地铁', department: '武汉市交通运输局', notice: '您已满 65 周岁，持身份证或社保卡可免费乘坐本市公交和地铁。', region: '420100', when: { minAge: 65 } },
  { code: 'MS-JMYL', name: '城乡居民基本养老保险待遇', department: '武汉市人力资源和社会保障局', notice: '您已满 60 周岁且参加了城乡居民养老保险，养老金将自次月起按月发放。', region: '420100', when: { minAge: 60, holds: ['residentPensionEnrolment'], lacks: ['retirementCert'] } },
];

function assemble(): CatalogDocument {
  return catalogDocumentSchema.parse({ items: [...socialSecurityItems, ...civilItems, ...businessItems].map(withBrowsing), lifeEvents, benefits, situations });
}

/** The demo catalog, checked by the same schema a signed bundle must pass. */
export const demoCatalog: CatalogDocument = assemble();
