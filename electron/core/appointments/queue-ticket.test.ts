import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeReceipt, parseReceipt } from '../../../drivers/printer/receipt.js';
import { EscPosDecoder } from '../../../drivers/sim/printer-decoder.js';
import { PrinterPage, type PrintedLine } from '../../../drivers/sim/printer-page.js';
import { renderPagePng } from '../../../drivers/sim/printer-png.js';
import type { Ticket } from '../../../platform/protocol/appointments.js';
import { queueTicket } from './queue-ticket.js';

const booked: Ticket = {
  id: '0193a3c4-0000-7000-8000-000000000001',
  number: 'A007',
  hallName: '江岸区政务服务中心',
  groupCode: 'A',
  groupName: '社保医保',
  windows: ['1', '2'],
  peopleAhead: 3,
  bookedFor: '2026-12-09T09:30:00+08:00',
  elder: true,
  issuedAt: '2026-12-09T09:12:00+08:00',
  calledWindow: null,
};

function printedLines(ticket: Ticket): PrintedLine[] {
  const page = new PrinterPage(58);
  const receipt = parseReceipt(queueTicket(ticket, new Date('2026-12-09T01:12:00Z')));
  const commands = new EscPosDecoder().push(encodeReceipt(receipt, { paper: 58, encoding: 'gb18030' }).bytes);
  return commands.map((command) => page.apply(command)).find(Boolean) ?? [];
}

const textOf = (lines: PrintedLine[]): string => lines.map((line) => ('text' in line ? String(line.text) : '')).join('\n');

describe('the queue ticket', () => {
  it('prints the number, windows, people ahead and the booking mark on 58 mm paper, naming no one', () => {
    const lines = printedLines(booked);
    const text = textOf(lines);
    for (const words of ['A007', '【预约·长者优先】', '社保医保', '1、2 号窗口', '前面等候', '3 人', '2026/12/09 09:30', '2026/12/09 09:12']) expect(text).toContain(words);
    // SHOTS=1: the paper as the printer would give it, to look at.
    if (process.env['SHOTS'] === '1') {
      mkdirSync('.tmp/screenshots', { recursive: true });
      writeFileSync('.tmp/screenshots/queue-ticket-booked.png', renderPagePng(lines, 58));
    }
  });

  it('marks nothing on a walk-in ticket and gives no booked time', () => {
    const text = textOf(printedLines({ ...booked, bookedFor: null, elder: false, number: 'B012', peopleAhead: 0 }));
    expect(text).toContain('B012');
    expect(text).toContain('0 人');
    expect(text).not.toContain('预约');
    expect(text).not.toContain('长者');
  });
});
