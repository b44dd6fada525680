/** Words of choosing a service item: the list and as-you-type search. */
export const items = {
  zh: {
    title: '请选择您要办理的事项',
    loading: '正在加载……',
    searchPlaceholder: '输入事项名称或拼音，如 社保卡、shebaoka、sbk',
    searchLabel: '搜索事项',
    noneHere: '本终端暂无可办理的事项，请到服务窗口办理。',
    noneFound: '没有找到相关事项，请换个说法试试。',
    sameDay: '当场办结',
    promisedDays: '承诺时限 {{days}} 个工作日',
  },
  en: {
    title: 'Please choose the service you need',
    loading: 'Loading…',
    searchPlaceholder: 'Type a service name or its pinyin, e.g. shebaoka or sbk',
    searchLabel: 'Search services',
    noneHere: 'No service can be applied for at this terminal. Please go to a service counter.',
    noneFound: 'Nothing found. Please try other words.',
    sameDay: 'Done on the spot',
    promisedDays: 'Done within {{days}} working days',
  },
} as const;
