import type { HallSettings } from '../../platform/protocol/appointments.js';

/**
 * The demo terminal's hall (武汉市民之家, as enrolled by demo-platform.ts): four window groups over
 * items of the demo catalog, open on workdays and 调休 days, with a fortnight of slots to book so
 * a Spring Festival week still leaves some.
 */
export const demoHall: HallSettings = {
  regionCode: '420100',
  name: '武汉市民之家',
  slotMinutes: 30,
  bookingDays: 14,
  hours: { workday: { opens: '09:00', closes: '17:00' }, weekend: null },
  groups: [
    {
      code: 'A',
      name: '社保医保',
      slotCapacity: 2,
      windows: ['1', '2'],
      items: [
        { code: 'WH-RS-001', name: '城乡居民基本养老保险参保登记' },
        { code: 'WH-RS-002', name: '社会保障卡补领' },
        { code: 'WH-RS-004', name: '社会保障卡申领' },
        { code: 'WH-RS-007', name: '职工基本养老保险退休申请' },
      ],
    },
    {
      code: 'B',
      name: '户政业务',
      slotCapacity: 2,
      windows: ['3', '4'],
      items: [
        { code: 'WH-GA-001', name: '出生登记（新生儿落户）' },
        { code: 'WH-GA-002', name: '居民身份证换领' },
        { code: 'WH-GA-006', name: '居住证申领' },
      ],
    },
    {
      code: 'C',
      name: '综合受理',
      slotCapacity: 3,
      windows: ['5', '6', '7'],
      items: [
        { code: 'WH-SC-001', name: '个体工商户设立登记' },
        { code: 'WH-MZ-002', name: '最低生活保障申请' },
        { code: 'WH-BDC-001', name: '不动产权属证明查询打印' },
      ],
    },
    { code: 'D', name: '咨询导办', slotCapacity: 0, windows: ['8'], items: [] },
  ],
};
