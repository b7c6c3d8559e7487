import { z } from 'zod';
import {
  calendarDayView,
  calendarYearQuery,
  dateParams,
  putCalendarDayBody,
  workingDaysQuery,
  workingDaysResult,
} from '../../../contract/calendar.ts';
import { okBody } from '../../../contract/common.ts';
import type { Db } from '../../db/connection.ts';
import { invalidField } from '../../platform/http/errors.ts';
import { depsOf } from '../../platform/http/request-context.ts';
import type { Api } from '../../platform/http/typed.ts';
import { deleteDay, listYear, putDay, workingCalendarFor } from './calendar.service.ts';

export function calendarRoutes(app: Api, { db }: { db: Db }) {
  const tags = ['Lịch làm việc / Working calendar'];
  app.get(
    '/api/v1/calendar/days',
    {
      config: { access: 'signed-in', policy: 'calendar.read' },
      schema: { tags, querystring: calendarYearQuery, response: { 200: z.array(calendarDayView) } },
    },
    (req) => listYear(depsOf(db, req), req.query.year),
  );
  app.put(
    '/api/v1/calendar/days/:date',
    {
      config: { access: 'signed-in', policy: 'calendar.edit' },
      schema: { tags, params: dateParams, body: putCalendarDayBody, response: { 200: calendarDayView } },
    },
    (req) => putDay(depsOf(db, req), req.params.date, req.body),
  );
  app.delete(
    '/api/v1/calendar/days/:date',
    {
      config: { access: 'signed-in', policy: 'calendar.edit' },
      schema: { tags, params: dateParams, response: { 200: okBody } },
    },
    async (req) => {
      await deleteDay(depsOf(db, req), req.params.date);
      return { ok: true as const };
    },
  );
  app.get(
    '/api/v1/calendar/working-days',
    {
      config: { access: 'signed-in', policy: 'calendar.read' },
      schema: {
        tags,
        description: 'Hạn sau N ngày làm việc (days) hoặc số ngày làm việc giữa hai ngày (to).',
        querystring: workingDaysQuery,
        response: { 200: workingDaysResult },
      },
    },
    async (req) => {
      const { from, days, to } = req.query;
      if (days === undefined && !to) {
        throw invalidField('days', {
          vi: 'Cần cho biết số ngày làm việc hoặc ngày kết thúc.',
          en: 'Give a number of working days or an end date.',
        });
      }
      const actor = depsOf(db, req).actor;
      const end = to ?? `${Number(from.slice(0, 4)) + Math.ceil((days ?? 0) / 200) + 1}-12-31`;
      const calendar = await workingCalendarFor(
        db,
        actor.agencyId,
        from < end ? from : end,
        from < end ? end : from,
      );
      return {
        from,
        dueDate: days !== undefined ? calendar.addWorkingDays(from, days) : null,
        workingDays: to ? calendar.countWorkingDays(from, to) : null,
      };
    },
  );
}
