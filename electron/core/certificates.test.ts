import { describe, expect, it } from 'vitest';
import { CitizenCertificates } from './certificates.js';
import { Session, type Identity } from './session/session.js';
import type { PlatformClient } from './uplink/platform-client.js';

const chen: Identity = { cardType: 'resident', name: '陈晓欣', idNumber: '420103199003120029', source: 'card' };

/** A platform that records what it was asked and answers with no certificates. */
function platformAsked(): { platform: PlatformClient; asked: Date[] } {
  const asked: Date[] = [];
  const platform = { certificates: (_idNumber: string, readAt: Date) => Promise.resolve(asked.push(readAt) && []) } as unknown as PlatformClient;
  return { platform, asked };
}

describe("the citizen's e-certificates", () => {
  it('are asked for after a card read, with the time of the read, once per citizen', async () => {
    const { platform, asked } = platformAsked();
    const session = new Session(60_000, () => 5_000);
    const certificates = new CitizenCertificates({ session, platform });
    session.identify(chen);
    expect(await certificates.load()).toEqual([]);
    await certificates.load();
    expect(asked).toEqual([new Date(5_000)]);
  });

  it('are not asked for a typed number or a 鄂汇办 code: the form opens, with nothing fetched', async () => {
    for (const source of ['typed', 'appCode'] as const) {
      const { platform, asked } = platformAsked();
      const session = new Session(60_000);
      session.identify({ ...chen, source });
      expect(await new CitizenCertificates({ session, platform }).load()).toBeUndefined();
      expect(asked).toEqual([]);
    }
  });
});
