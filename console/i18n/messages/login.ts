/** The login page. */
export const login = {
  zh: {
    title: '登录控制台',
    lead: '使用管理员为您开设的账号登录。',
    name: '账号',
    password: '密码',
    submit: '登录',
    submitting: '正在登录……',
    badCredentials: '账号或密码不正确，请重新输入。多次输错后账号将被暂时锁定。',
    locked: '多次输错密码，账号已暂时锁定。请稍后再试，或联系管理员解锁。',
  },
  en: {
    title: 'Log in to the console',
    lead: 'Use the account an admin made for you.',
    name: 'Account',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in…',
    badCredentials: 'The account or password is wrong. Try again; after repeated failures the account is locked for a while.',
    locked: 'Too many wrong passwords: the account is locked for a while. Try again later or ask an admin to unlock it.',
  },
} as const;
