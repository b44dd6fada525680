/** The on-screen keyboard's own words. */
export const keyboard = {
  zh: {
    keyboard: '屏幕键盘',
    typingInto: '正在填写：',
    typePinyin: '请按拼音字母',
    noCandidate: '没有这个拼音，请按删除改正',
    previousPage: '上一页',
    nextPage: '下一页',
    delete: '⌫ 删除',
    clear: '清空',
    done: '完成',
    modePinyin: '拼音',
  },
  en: {
    keyboard: 'On-screen keyboard',
    typingInto: 'Typing into: ',
    typePinyin: 'Type the pinyin letters',
    noCandidate: 'No such pinyin; press Delete to correct it',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    delete: '⌫ Delete',
    clear: 'Clear',
    done: 'Done',
    modePinyin: 'Pinyin',
  },
} as const;
