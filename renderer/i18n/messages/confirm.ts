/** 免申即享 on the screen after the card is read (the identity's own words are in `identify`). */
export const confirm = {
  zh: {
    benefitsLoading: '正在查询您可以直接享受的惠民政策……',
    benefitsTitle: '好消息：以下待遇您无需申请即可享受（免申即享）',
    benefitsNoAction: '这些待遇会自动发放或直接可用，您不用为此办理任何手续。',
    benefitsPartial: '需要电子证照才能判断的待遇暂时查不到，请稍后再来查询。',
  },
  en: {
    benefitsLoading: 'Looking up benefits you already receive…',
    benefitsTitle: 'Good news: you receive these benefits without applying',
    benefitsNoAction: 'They are paid or available automatically. You do not need to do anything for them.',
    benefitsPartial: 'Benefits that depend on your e-certificates could not be checked right now. Please ask again later.',
  },
} as const;
