import type { Situation } from '../situation.js';

const yes = '是';

/** 情景式导办 for the situations the seeds name first: a baby born, a shop opened, retiring, moving house, a card lost. */
export const situations: Situation[] = [
  {
    code: 'QJ-BABY',
    name: '孩子出生了',
    description: '宝宝出生后要办的证件、户口和医保',
    region: '420100',
    start: 'born-here',
    nodes: {
      'born-here': { kind: 'question', text: '孩子是在武汉的医院出生的吗？', answers: [{ label: yes, next: 'parents-here' }, { label: '不是，在外地出生', next: 'parents-outside' }] },
      'parents-here': { kind: 'question', text: '父母中有一方是武汉户口吗？', answers: [{ label: yes, next: 'all-in-one' }, { label: '都不是', next: 'not-registered' }] },
      'parents-outside': { kind: 'question', text: '父母中有一方是武汉户口吗？', answers: [{ label: yes, next: 'born-elsewhere' }, { label: '都不是', next: 'not-registered' }] },
      'all-in-one': { kind: 'outcome', text: '出生证、疫苗本、上户口、医保和社保卡可以作为“新生儿出生一件事”一次办完。', items: ['YJS-XSECS'] },
      'born-elsewhere': {
        kind: 'outcome',
        text: '出生医学证明由出生的医院签发；拿到后在武汉上户口、办医保和社保卡，疫苗本在居住地社区医院办。',
        items: ['WH-GA-001', 'WH-YB-001', 'WH-RS-004', 'WH-WJ-002'],
      },
      'not-registered': { kind: 'outcome', text: '孩子的户口随父母回户籍地办理；在武汉可以先办疫苗本，父母办居住证后孩子可享受本地服务。', items: ['WH-WJ-002', 'WH-GA-006'] },
    },
  },
  {
    code: 'QJ-SHOP',
    name: '开一家店',
    description: '开店要办的执照、许可和税务',
    region: '420100',
    start: 'food',
    nodes: {
      food: { kind: 'question', text: '店里卖吃的或者喝的吗？', answers: [{ label: yes, next: 'dine-in' }, { label: '不卖', next: 'sign' }] },
      'dine-in': { kind: 'question', text: '客人在店里坐着吃吗？', answers: [{ label: '有堂食', next: 'restaurant' }, { label: '只做外卖、外带', next: 'takeaway' }] },
      sign: { kind: 'question', text: '店门口要挂招牌吗？', answers: [{ label: '要挂', next: 'shop-with-sign' }, { label: '不挂', next: 'shop' }] },
      restaurant: { kind: 'outcome', text: '执照、食品许可、消防、招牌和排水可以作为“开办餐饮店一件事”一起办。', items: ['YJS-KBCYD'] },
      takeaway: { kind: 'outcome', text: '先办营业执照，再办食品经营许可，最后到税务报到领发票。', items: ['WH-SC-001', 'WH-SC-002', 'WH-SW-002'] },
      'shop-with-sign': { kind: 'outcome', text: '先办营业执照，招牌挂之前备案，开业后到税务报到。', items: ['WH-SC-001', 'WH-CG-001', 'WH-SW-002'] },
      shop: { kind: 'outcome', text: '先办营业执照，开业后到税务报到领发票。', items: ['WH-SC-001', 'WH-SW-002'] },
    },
  },
  {
    code: 'QJ-RETIRE',
    name: '要退休了',
    description: '退休手续、医保待遇和公积金',
    region: '420100',
    start: 'employee',
    nodes: {
      employee: { kind: 'question', text: '您退休前是在单位上班、交职工养老保险吗？', answers: [{ label: yes, next: 'fund' }, { label: '不是，自己交居民养老保险', next: 'resident' }] },
      fund: { kind: 'question', text: '您交过住房公积金吗？', answers: [{ label: '交过', next: 'all-in-one' }, { label: '没交过', next: 'no-fund' }] },
      'all-in-one': { kind: 'outcome', text: '退休申请、医保待遇和公积金提取可以作为“退休一件事”一次办完。', items: ['YJS-TX'] },
      'no-fund': { kind: 'outcome', text: '办退休申请，再核定退休后的医保待遇。', items: ['WH-RS-007', 'WH-YB-002'] },
      resident: { kind: 'outcome', text: '居民养老保险满 60 周岁按月发放，不用申请；还没参保的先办参保登记。', items: ['WH-RS-001'] },
    },
  },
  {
    code: 'QJ-MOVE',
    name: '搬家了',
    description: '搬家后的户口、居住证、上学和医保',
    region: '420100',
    start: 'where',
    nodes: {
      where: {
        kind: 'question',
        text: '您是怎么搬的？',
        answers: [
          { label: '在武汉市内搬家', next: 'school-in-city' },
          { label: '从外地搬来武汉', next: 'school-newcomer' },
          { label: '从武汉搬去外省', next: 'leaving' },
        ],
      },
      'school-in-city': { kind: 'question', text: '家里有孩子要在新家附近上小学吗？', answers: [{ label: '有', next: 'move-with-school' }, { label: '没有', next: 'move' }] },
      'school-newcomer': { kind: 'question', text: '家里有孩子要在武汉上小学吗？', answers: [{ label: '有', next: 'newcomer-with-school' }, { label: '没有', next: 'newcomer' }] },
      'move-with-school': { kind: 'outcome', text: '先把户口迁到新家，再按新地址给孩子报名上学。', items: ['WH-GA-008', 'WH-JY-001'] },
      move: { kind: 'outcome', text: '户口可以迁到新家的地址。', items: ['WH-GA-008'] },
      'newcomer-with-school': { kind: 'outcome', text: '先办居住证，孩子凭居住证报名上学。', items: ['WH-GA-006', 'WH-JY-001'] },
      newcomer: { kind: 'outcome', text: '住满半年可以办居住证，享受本地公共服务。', items: ['WH-GA-006'] },
      leaving: { kind: 'outcome', text: '在新住处看病要先办异地就医备案，医保才能直接结算。', items: ['WH-YB-003'] },
    },
  },
  {
    code: 'QJ-LOST',
    name: '证件卡丢了',
    description: '身份证、社保卡丢了怎么挂失和补办',
    region: '420100',
    start: 'which',
    nodes: {
      which: { kind: 'question', text: '丢的是什么？', answers: [{ label: '身份证', next: 'id-card' }, { label: '社保卡', next: 'maybe-found' }] },
      'maybe-found': { kind: 'question', text: '社保卡还有可能找回来吗？', answers: [{ label: '可能找得到', next: 'freeze' }, { label: '找不回来了', next: 'replace' }] },
      'id-card': { kind: 'outcome', text: '先挂失，防止被人冒用；再申领新的身份证。', items: ['WH-GA-004', 'WH-GA-002'] },
      freeze: { kind: 'outcome', text: '先办临时挂失，5 天内找到了可以解挂；找不到再补领。', items: ['WH-RS-005'] },
      replace: { kind: 'outcome', text: '先正式挂失，再补领新卡，补卡不收工本费。', items: ['WH-RS-005', 'WH-RS-002'] },
    },
  },
];
