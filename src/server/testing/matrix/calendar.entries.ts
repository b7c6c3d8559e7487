import { newId } from '../../db/ids.ts';
import { calendarDays } from '../../modules/calendar/calendar.table.ts';
import { agencyAdminNoRecord, anyone, type Entries, type MatrixKit } from './kit.ts';

/** The working-day calendar. */
export const calendarEntries = (k: MatrixKit): Entries => {
  const dateFor = () => {
    const n = k.next();
    return `2031-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;
  };
  return {
    'GET /api/v1/calendar/days': { send: (c) => c.get('/api/v1/calendar/days?year=2018'), expect: anyone },
    'PUT /api/v1/calendar/days/:date': {
      send: (c) => c.put(`/api/v1/calendar/days/${dateFor()}`, { kind: 'holiday', nameVi: 'Nghỉ thử' }),
      expect: agencyAdminNoRecord,
    },
    'DELETE /api/v1/calendar/days/:date': {
      send: async (c) => {
        const date = dateFor();
        await k
          .db()
          .insert(calendarDays)
          .values({
            id: newId(),
            agencyId: k.fixture().agencyX,
            date,
            kind: 'holiday',
            nameVi: 'Xóa thử',
            nameEn: 'x',
          })
          .onConflictDoNothing();
        return c.delete(`/api/v1/calendar/days/${date}`);
      },
      expect: agencyAdminNoRecord,
    },
    'GET /api/v1/calendar/working-days': {
      send: (c) => c.get('/api/v1/calendar/working-days?from=2018-02-13&days=3'),
      expect: anyone,
    },
  };
};
