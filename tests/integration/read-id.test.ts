/**
 * `tongban device read-id` against `tongban sim idcard`, two real processes on a socat pty pair:
 * what a technician sees at the terminal for each card type and each reader fault.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { demoPhoto } from '../../drivers/sim/cards.js';
import { hasSocat, SOCAT_MISSING } from '../../drivers/transport/pty-pair.js';
import { startTongban, stopped, tongban, type Running } from './tongban-process.js';

const running: Running[] = [];
const dir = mkdtempSync(join(tmpdir(), 'tongban-read-id-'));
let sims = 0;

afterEach(async () => {
  await Promise.all(running.splice(0).map(stopped));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readId(simArgs: string[], readArgs: string[] = []) {
  if (!hasSocat()) throw new Error(SOCAT_MISSING);
  const sim = await startTongban(['sim', 'idcard', '--dir', join(dir, `sim-${++sims}`), ...simArgs], running);
  return tongban(['device', 'read-id', '--port', sim.line, '--timeout', '5', ...readArgs]);
}

async function record(card: string): Promise<unknown> {
  const result = await readId(['--card', card]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(result.stdout);
}

function photo(seed: number) {
  return { format: 'wlt', base64: demoPhoto(seed).toString('base64') };
}

describe('tongban device read-id, one JSON record per card type', () => {
  it('reads a resident ID card', async () => {
    expect(await record('resident')).toEqual({
      type: 'resident', name: '陈晓欣', sex: 'F', ethnicity: '汉', ethnicityCode: '01', birthDate: '1990-03-12',
      address: '湖北省武汉市江汉区建设大道568号', idNumber: '420103199003120029', issuer: '武汉市公安局江汉分局',
      validFrom: '2015-03-12', validUntil: '2035-03-12', photo: photo(1), warnings: [], retries: 0,
    });
  });

  it('reads a long-term resident card as validUntil null', async () => {
    expect(await record('resident-with-fingerprint')).toMatchObject({ name: '向建国', sex: 'M', ethnicity: '土家', ethnicityCode: '15', validUntil: null });
  });

  it('reads a 2017 foreigner\'s permanent residence card', async () => {
    expect(await record('foreign-permanent-resident')).toEqual({
      type: 'foreign-permanent-resident', name: '江迈克', nameEn: 'JOHNSON, MICHAEL DAVID', sex: 'M', nationality: 'USA',
      permitNumber: 'USA428706150017', cardVersion: '2017', issuerCode: '4201', birthDate: '1987-06-15',
      validFrom: '2018-05-20', validUntil: '2028-05-20', photo: photo(5), warnings: [], retries: 0,
    });
  });

  it('reads a 2023 foreigner\'s permanent residence card', async () => {
    expect(await record('foreign-permanent-resident-2023')).toEqual({
      type: 'foreign-permanent-resident', name: '史爱米', nameEn: 'SMITH, EMILY ROSE', sex: 'F', nationality: 'GBR',
      permitNumber: '942826198503120166', cardVersion: '2023', birthDate: '1985-03-12',
      validFrom: '2023-12-01', validUntil: '2033-12-01', photo: photo(3), warnings: [], retries: 0,
    });
  });

  it('reads a Hong Kong, Macao and Taiwan residence permit', async () => {
    expect(await record('hk-macao-taiwan-resident')).toEqual({
      type: 'hk-macao-taiwan-resident', name: '黎嘉欣', sex: 'F', birthDate: '1992-04-15',
      address: '湖北省武汉市武昌区中北路108号', idNumber: '810000199204150281', issuer: '武汉市公安局武昌分局',
      validFrom: '2021-09-01', validUntil: '2026-09-01', passNumber: 'H12345678', issueCount: '01', photo: photo(4), warnings: [], retries: 0,
    });
  });
});

describe('tongban device read-id against a misbehaving reader', () => {
  it('reads through line noise and replies that arrive in 5-byte pieces', async () => {
    const result = await readId(['--fault', 'noise', '--fault', 'pieces']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ type: 'resident', name: '陈晓欣' });
  });

  it('reads again once when the card reply arrives corrupted, and says so with "retries": 1', async () => {
    const result = await readId(['--fault', 'bad-checksum-once']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ type: 'resident', name: '陈晓欣', retries: 1 });
  });

  it('reads from a slow reader that answers within the time allowed', async () => {
    const result = await readId(['--fault', 'slow', '--slow-ms', '200']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ type: 'resident' });
  });

  it.each([
    ['a bad checksum', ['--fault', 'bad-checksum'], '数据校验错误 / frame checksum mismatch'],
    ['no card', ['--fault', 'no-card'], '未找到身份证，请将身份证放在读卡区 / no card found: place the card on the reader (waited 1000 ms)'],
    ['the card taken away mid-read', ['--fault', 'card-removed'], 'no card found: place the card on the reader (waited 1000 ms)'],
    ['a reader slower than the timeout', ['--fault', 'slow', '--slow-ms', '3000'], '读卡器无应答 / reader did not answer in 1000 ms'],
    // The unplug must be told from silence by the close itself, not by winning a race against a
    // one-second timeout on a loaded machine: the read waits as long as the others' whole run.
    ['the port vanishing', ['--fault', 'vanish'], '设备连接已断开 / device connection closed', '30'],
  ])('names %s in one line on stderr and exits 1', async (_, simArgs, message, timeout = '1') => {
    const result = await readId(simArgs, ['--timeout', timeout]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
  });
});
