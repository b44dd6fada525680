/** The list of items: to apply for, to apply for as a 一件事, or to read the guide of. */
export const items = {
  zh: {
    titleItems: '请选择您要办理的事项',
    titleLifeEvents: '请选择您要办的“一件事”',
    titleGuides: '请选择要查看办事指南的事项',
    search: '搜索事项',
    searchHint: '输入事项名称或拼音，如 社保卡、shebaoka、sbk',
    loading: '正在加载……',
    none: '本终端暂无可办理的事项，请到服务窗口办理。',
    notFound: '没有找到相关事项，请换个说法试试。',
  },
  en: {
    titleItems: 'Choose the service you want to apply for',
    titleLifeEvents: 'Choose your life event',
    titleGuides: 'Choose a service to read its guide',
    search: 'Search services',
    searchHint: 'Type a name or its pinyin, e.g. shebaoka or sbk',
    loading: 'Loading…',
    none: 'No service can be applied for at this terminal; please go to a service window.',
    notFound: 'Nothing found. Try other words.',
  },
} as const;
