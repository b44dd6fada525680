/** 远程帮办's screen view on the kiosk: what the clerk may see, point at and offer to fill. */
export const remoteScreen = {
  zh: {
    sharing: '帮办员能看到您的屏幕，您填写的个人信息已遮盖。',
    sharingShown: '帮办员能看到您的屏幕和您填写的内容。',
    show: '让工作人员看到我填写的内容',
    hide: '不让工作人员看到我填写的内容',
    fillTitle: '工作人员想帮您填写',
    fillField: '工作人员想帮您填写「{{field}}」：',
    fillAgree: '同意',
    fillDecline: '不同意',
  },
  en: {
    sharing: 'The clerk can see your screen; the personal details you typed are hidden.',
    sharingShown: 'The clerk can see your screen and what you typed.',
    show: 'Let the clerk see what I typed',
    hide: 'Hide what I typed from the clerk',
    fillTitle: 'The clerk would like to fill in a field for you',
    fillField: 'The clerk would like to fill in “{{field}}” for you:',
    fillAgree: 'Agree',
    fillDecline: 'Decline',
  },
} as const;
