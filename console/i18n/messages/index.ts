import { alerts } from './alerts.js';
import { audit } from './audit.js';
import { commands } from './commands.js';
import { common } from './common.js';
import { figures } from './figures.js';
import { config } from './config.js';
import { fleet } from './fleet.js';
import { halls } from './halls.js';
import { payments } from './payments.js';
import { help } from './help.js';
import { login } from './login.js';
import { remote } from './remote.js';
import { remoteScreen } from './remote-screen.js';
import { rollouts } from './rollouts.js';
import { terminal } from './terminal.js';
import { tokens } from './tokens.js';

/** The console's words, a namespace per page; the kiosk's words are its own (renderer/i18n). */
export const namespaces = { common, login, fleet, terminal, alerts, figures, help, tokens, audit, commands, config, rollouts, halls, payments, remote, remoteScreen } as const;
export type Namespace = keyof typeof namespaces;
