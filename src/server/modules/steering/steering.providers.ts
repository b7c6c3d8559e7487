import { and, asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import { directiveStatusNames } from '../../../contract/steering.ts';
import { formatDate } from '../../platform/format.ts';
import { lazy } from '../../platform/lazy.ts';
import { agencyReader } from '../../platform/permissions/agency-reader.ts';
import { agencyName, personRows } from '../org/index.ts';
import type { ReportProviders, ReviewMeeting } from './reports/reports.providers.ts';
import { directivesStatus } from './steering.directives.ts';
import { noticePaper } from './steering.paper.ts';
import { meetingDetailOf } from './steering.queries.ts';
import { steeringMeetings } from './steering.table.ts';

const paperPdf = lazy(() => import('../../platform/papers/official-paper.ts'), 'paperPdf');
const people = personRows();

/**
 * What the core gives the reports (input pack, statutory clock, evidence pack): the directives
 * of the earlier meetings as seen on the period's last day (9.3.2 a), and the year's review.
 */
export const steeringProviders: ReportProviders = {
  async directives(db, actor, period) {
    const status = await directivesStatus({ db, actor }, { until: period.to });
    if (status.total === 0) return null;
    const { open, overdue, done, done_late } = status.counts;
    return {
      total: status.total,
      done: done + done_late,
      open: open + overdue,
      overdue,
      link: '/steering/directives',
      items: status.items.map((d) => ({
        text: `${d.unitName}: ${d.conclusionText} (hạn ${formatDate(d.dueDate)}) — ${directiveStatusNames[d.status].vi}`,
        link: `/steering/meetings/${d.meetingId}`,
      })),
    };
  },

  /** The year's last meeting held (minutes recorded or concluded), else the next one planned. */
  async reviews(db, agencyId, year) {
    const rows = await db
      .select({ id: steeringMeetings.id, date: steeringMeetings.meetingDate, state: steeringMeetings.state })
      .from(steeringMeetings)
      .where(
        and(
          eq(steeringMeetings.agencyId, agencyId),
          gte(steeringMeetings.meetingDate, `${year}-01-01`),
          lte(steeringMeetings.meetingDate, `${year}-12-31`),
        ),
      )
      .orderBy(desc(steeringMeetings.meetingDate));
    const held = rows.find((m) => m.state === 'held' || m.state === 'concluded');
    if (held) return { heldOn: held.date, planned: null, link: `/steering/meetings/${held.id}` };
    const planned = rows.at(-1);
    return planned ? { heldOn: null, planned: planned.date, link: `/steering/meetings/${planned.id}` } : null;
  },

  /**
   * The meetings held in the year (minutes recorded or concluded), by date, with the notice of
   * conclusions of the concluded ones as the PDF its page prints (made when asked).
   */
  async reviewPapers(db, agencyId, year) {
    const rows = await db
      .select({ meeting: steeringMeetings, chairName: people.fullName })
      .from(steeringMeetings)
      .innerJoin(
        people,
        and(eq(people.agencyId, steeringMeetings.agencyId), eq(people.id, steeringMeetings.chairPersonId)),
      )
      .where(
        and(
          eq(steeringMeetings.agencyId, agencyId),
          gte(steeringMeetings.meetingDate, `${year}-01-01`),
          lte(steeringMeetings.meetingDate, `${year}-12-31`),
          inArray(steeringMeetings.state, ['held', 'concluded']),
        ),
      )
      .orderBy(asc(steeringMeetings.meetingDate));
    return rows.map(
      ({ meeting: m, chairName }): ReviewMeeting => ({
        meetingDate: m.meetingDate,
        title: m.title,
        state: m.state as ReviewMeeting['state'],
        chairName,
        period: { from: m.periodFrom, to: m.periodTo },
        notice:
          m.state === 'concluded'
            ? {
                fileName: `thong-bao-ket-luan-${m.meetingDate}.pdf`,
                render: async () => {
                  const detail = await meetingDetailOf(db, agencyReader(agencyId), m.id);
                  return paperPdf(noticePaper(detail, { agencyName: await agencyName(db, agencyId) }));
                },
              }
            : null,
      }),
    );
  },
};
