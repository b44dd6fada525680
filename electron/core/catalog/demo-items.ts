import type { CatalogItem } from './item.js';

/**
 * Three items a Wuhan lobby terminal offers every day. The full catalog, with signed updates,
 * replaces this; the form shape (canonical keys, prefill sources) is already the real one.
 */
export const demoItems: CatalogItem[] = [
  {
    code: 'WH-RS-001',
    name: '城乡居民基本养老保险参保登记',
    department: '武汉市人力资源和社会保障局',
    promisedDays: 1,
    fields: [
      { key: 'applicant.name', label: '姓名', kind: 'text', required: true, prefill: 'idcard.name' },
      { key: 'applicant.idNumber', label: '公民身份号码', kind: 'text', required: true, prefill: 'idcard.idNumber' },
      {
        key: 'pension.grade',
        label: '年缴费档次',
        kind: 'choice',
        required: true,
        options: ['200', '500', '1000', '2000', '3000', '5000'].map((v) => ({ value: v, label: `${v} 元` })),
      },
    ],
  },
  {
    code: 'WH-RS-002',
    name: '社会保障卡补领',
    department: '武汉市人力资源和社会保障局',
    promisedDays: 5,
    fields: [
      { key: 'applicant.name', label: '姓名', kind: 'text', required: true, prefill: 'idcard.name' },
      { key: 'applicant.idNumber', label: '公民身份号码', kind: 'text', required: true, prefill: 'idcard.idNumber' },
      {
        key: 'delivery.method',
        label: '领取方式',
        kind: 'choice',
        required: true,
        options: [
          { value: 'counter', label: '到社保卡服务网点领取' },
          { value: 'post', label: '邮寄到身份证地址' },
        ],
      },
    ],
  },
  {
    code: 'WH-GA-003',
    name: '户籍证明开具',
    department: '武汉市公安局',
    promisedDays: 3,
    fields: [
      { key: 'applicant.name', label: '姓名', kind: 'text', required: true, prefill: 'idcard.name' },
      { key: 'applicant.idNumber', label: '公民身份号码', kind: 'text', required: true, prefill: 'idcard.idNumber' },
      {
        key: 'certificate.purpose',
        label: '证明用途',
        kind: 'choice',
        required: true,
        options: [
          { value: 'school', label: '子女入学' },
          { value: 'employment', label: '就业' },
          { value: 'other', label: '其他' },
        ],
      },
    ],
  },
];
