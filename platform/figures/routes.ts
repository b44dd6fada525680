import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AdminGate } from '../accounts/gate.js';
import { scopePrefix } from '../accounts/may.js';
import { csvText } from '../audit/csv.js';
import type { Database } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { figuresQuerySchema, type FiguresReply } from '../protocol/index.js';
import { casesPerDay, serviceFigures, type FiguresRange } from './store.js';

const dayMs = 86_400_000;
const beijingDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

/** The asked days, by default the last 30 in Beijing; at most a year, so one request stays small. */
async function rangeOf(request: FastifyRequest, gate: AdminGate): Promise<FiguresRange> {
  const { account } = await gate.authorize(request, 'figures.read');
  const query = parseInput(figuresQuerySchema, request.query, 'bad_query', 'from, to: dates as YYYY-MM-DD');
  const to = query.to ?? beijingDate(Date.now());
  const from = query.from ?? beijingDate(Date.parse(to) - 29 * dayMs);
  if (from > to || Date.parse(to) - Date.parse(from) > 366 * dayMs) {
    throw new HttpError(400, 'bad_range', '起止日期有误：起始不能晚于结束，且不超过一年 / from must not be after to, and at most a year apart');
  }
  return { from, to, prefix: scopePrefix(account) };
}

/** The service figures of the account's region and below, and their cases per day as CSV. */
export function figureRoutes(app: FastifyInstance, db: Database, gate: AdminGate): void {
  app.get('/v1/admin/figures', async (request): Promise<FiguresReply> => serviceFigures(db, await rangeOf(request, gate)));

  app.get('/v1/admin/figures.csv', async (request, reply) => {
    const range = await rangeOf(request, gate);
    const rows = (await casesPerDay(db, range)).map((r) => [r.day, r.regionCode, r.itemCode, r.itemName, String(r.count)]);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="cases-${range.from}-${range.to}.csv"`)
      .send(csvText([['day', 'region_code', 'item_code', 'item_name', 'cases'], ...rows]));
  });
}
