import type { RemoteSettings } from '../../platform/protocol/remote-config.js';

/** A switch a scope may set on, off, or leave to the region above (or the terminal's own config). */
export type Choice = 'inherit' | 'on' | 'off';

/** The form as typed: text fields, blank meaning "not set here". */
export interface ConfigForm {
  idleSeconds: string;
  hours: 'inherit' | 'hours' | 'always';
  opens: string;
  closes: string;
  /** One a line: 中文 | English. */
  announcements: string;
  volume: string;
  speech: Choice;
  elderModeByDefault: Choice;
  heartbeatIntervalSeconds: string;
}

const choiceOf = (value: boolean | undefined): Choice => (value === undefined ? 'inherit' : value ? 'on' : 'off');
const flagOf = (choice: Choice): boolean | undefined => (choice === 'inherit' ? undefined : choice === 'on');
const numberOf = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

export function formOf(settings: RemoteSettings): ConfigForm {
  const hours = settings.serviceHours;
  return {
    idleSeconds: settings.idleSeconds?.toString() ?? '',
    hours: hours === undefined ? 'inherit' : hours === null ? 'always' : 'hours',
    opens: hours?.opens ?? '09:00',
    closes: hours?.closes ?? '17:00',
    announcements: (settings.announcements ?? []).map((a) => `${a.zh} | ${a.en}`).join('\n'),
    volume: settings.volume?.toString() ?? '',
    speech: choiceOf(settings.speech),
    elderModeByDefault: choiceOf(settings.elderModeByDefault),
    heartbeatIntervalSeconds: settings.heartbeatIntervalSeconds?.toString() ?? '',
  };
}

/**
 * The settings the form says; the platform checks them (ranges, HH:MM) and names a wrong field.
 * An announcement line without " | " is shown in both languages as written.
 */
export function settingsOf(form: ConfigForm): RemoteSettings {
  const lines = form.announcements.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const announcements = lines.map((line) => {
    const [zh = line, en = zh] = line.split('|').map((part) => part.trim());
    return { zh, en };
  });
  const entries: RemoteSettings = {
    idleSeconds: numberOf(form.idleSeconds),
    serviceHours: form.hours === 'inherit' ? undefined : form.hours === 'always' ? null : { opens: form.opens, closes: form.closes, days: [1, 2, 3, 4, 5, 6, 7] },
    announcements: lines.length > 0 ? announcements : undefined,
    volume: numberOf(form.volume),
    speech: flagOf(form.speech),
    elderModeByDefault: flagOf(form.elderModeByDefault),
    heartbeatIntervalSeconds: numberOf(form.heartbeatIntervalSeconds),
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}
