/** A payment notice (缴款通知书) as the 非税收入 system issued it. */
export interface NoticeFacts {
  noticeNumber: string;
  /** Masked by the non-tax system itself, as it answers public terminals: 张*明. */
  payerMasked: string;
  /** The collecting unit (执收单位). */
  payee: string;
  itemName: string;
  amountFen: number;
  dueBy: string;
}

/** The province's 非税收入 system: a notice looked up by its number; one adapter for the real one. */
export interface NonTaxSystem {
  lookup(noticeNumber: string): Promise<NoticeFacts | undefined>;
}

/** Notices of the demo (numbers as printed on a 湖北省非税收入缴款通知书). */
export const demoNotices: readonly NoticeFacts[] = [
  { noticeNumber: '42010025030100000017', payerMasked: '陈*欣', payee: '武汉市公安局江岸区分局', itemName: '居民身份证工本费', amountFen: 2000, dueBy: '2030-12-31' },
  { noticeNumber: '42010025030100000025', payerMasked: '向*国', payee: '武汉市不动产登记中心', itemName: '不动产登记费', amountFen: 8000, dueBy: '2030-12-31' },
  { noticeNumber: '42010025030100000033', payerMasked: '李*', payee: '武汉市交通运输局', itemName: '道路运输证工本费', amountFen: 1050, dueBy: '2030-12-31' },
];

/** The demo's and the tests' non-tax system: the notices it was given, nothing else. */
export class SimulatedNonTaxSystem implements NonTaxSystem {
  private readonly notices: Map<string, NoticeFacts>;
  constructor(notices: readonly NoticeFacts[] = demoNotices) {
    this.notices = new Map(notices.map((n) => [n.noticeNumber, n]));
  }
  async lookup(noticeNumber: string): Promise<NoticeFacts | undefined> {
    return this.notices.get(noticeNumber);
  }
}
