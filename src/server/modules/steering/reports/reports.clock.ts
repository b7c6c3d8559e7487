/*
 * The statutory clock (QĐ 19/2014 art. 4 and 12.6): what the law asks of the QMS each year,
 * each a green / amber / red line with the screen that fixes it, for the secretariat's and
 * leadership's home.
 *
 * - Internal audit this year: green when an audit of a unit was done this year; amber when
 *   the year's programme plans rounds not yet done; red when there is no programme with rounds.
 * - Management review this year (the core's provider): green when held; amber when planned,
 *   or not held before October; red from October with none held or planned.
 * - Annual report (Phụ lục II, due in December): green when this year's pack (01/01–31/12)
 *   has its overall assessment written, or before November; amber in November; red in December.
 * - Declaration: green when the latest signed one covers exactly the procedures in force;
 *   amber when the scope changed since (re-declare); red when none was signed.
 * - Directives (the core's provider): red when one is overdue; green otherwise.
 */
import type { ClockLine, StatutoryClock } from '../../../../contract/steering-reports.ts';
import type { Db } from '../../../db/connection.ts';
import { formatDate, formatNumber } from '../../../platform/format.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { auditProgrammeOfYear, auditResultsInPeriod } from '../../internal-audits/index.ts';
import { reportsPolicy } from './reports.policy.ts';
import type { ReportProviders } from './reports.providers.ts';
import { currentDeclaration, packOfYear } from './reports.service.ts';

export const clockLinks = {
  internalAudits: '/internal-audits',
  steering: '/steering',
  reports: '/steering/reports',
  declarations: '/steering/reports/declarations',
};

export async function statutoryClock(
  db: Db,
  actor: Actor,
  providers: ReportProviders,
  today: string = todayInVietnam(),
): Promise<StatutoryClock> {
  if (!reportsPolicy.clock(actor)) throw notFound('steering_report');
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const [audits, programme, review, pack, declaration, directives] = await Promise.all([
    auditResultsInPeriod(db, actor.agencyId, `${year}-01-01`, today),
    auditProgrammeOfYear(db, actor.agencyId, year),
    providers.reviews(db, actor.agencyId, year),
    packOfYear(db, actor, year).catch(() => null),
    currentDeclaration(db, actor.agencyId),
    providers.directives(db, actor, { from: `${year}-01-01`, to: today }),
  ]);
  const lines: ClockLine[] = [];

  const done = audits.rounds.reduce((n, r) => n + r.unitsAudited, 0);
  lines.push({
    key: 'internalAudit',
    title: `Đánh giá nội bộ năm ${year}`,
    link: clockLinks.internalAudits,
    ...(done > 0
      ? {
          level: 'green',
          text: `Đã đánh giá ${formatNumber(done)} lượt đơn vị, lần gần nhất ngày ${formatDate(
            audits.rounds
              .map((r) => r.lastDate ?? '')
              .sort()
              .at(-1),
          )}.`,
        }
      : programme && programme.rounds > 0
        ? {
            level: 'amber',
            text: `Chương trình đã lập ${formatNumber(programme.rounds)} đợt nhưng chưa đánh giá đơn vị nào.`,
          }
        : { level: 'red', text: 'Chưa có chương trình đánh giá nội bộ với đợt đánh giá nào trong năm.' }),
  } as ClockLine);

  lines.push({
    key: 'managementReview',
    title: `Xem xét của lãnh đạo năm ${year}`,
    link: review?.link ?? clockLinks.steering,
    ...(review?.heldOn
      ? { level: 'green', text: `Đã họp Ban chỉ đạo ngày ${formatDate(review.heldOn)}.` }
      : review?.planned
        ? { level: 'amber', text: `Đã lên lịch họp ngày ${formatDate(review.planned)}.` }
        : month >= 10
          ? { level: 'red', text: 'Chưa họp xem xét của lãnh đạo trong năm và chưa lên lịch.' }
          : { level: 'amber', text: 'Chưa họp xem xét của lãnh đạo trong năm.' }),
  } as ClockLine);

  const written = Boolean(pack?.narratives.assessment);
  lines.push({
    key: 'annualReport',
    title: `Báo cáo tình hình áp dụng HTQLCL năm ${year}`,
    link: pack ? `${clockLinks.reports}/${pack.id}` : clockLinks.reports,
    ...(written
      ? { level: 'green', text: 'Đã lập báo cáo năm; tải DOCX để trình ký, gửi trong tháng 12.' }
      : month === 12
        ? { level: 'red', text: 'Đến hạn báo cáo trong tháng 12 mà chưa lập báo cáo năm.' }
        : month === 11
          ? {
              level: 'amber',
              text: 'Báo cáo năm đến hạn trong tháng 12; cần lập báo cáo cho kỳ 01/01–31/12.',
            }
          : { level: 'green', text: 'Chưa đến kỳ báo cáo (tháng 12).' }),
  } as ClockLine);

  lines.push({
    key: 'declaration',
    title: 'Công bố HTQLCL phù hợp TCVN ISO 9001',
    link: clockLinks.declarations,
    ...(!declaration.declaration
      ? { level: 'red', text: 'Chưa có bản công bố đã ký.' }
      : declaration.stale
        ? {
            level: 'amber',
            text: `Phạm vi đã thay đổi sau lần công bố ngày ${formatDate(declaration.declaration.declaredOn)} (thêm ${formatNumber(declaration.added.length)}, bớt ${formatNumber(declaration.removed.length)} quy trình): cần công bố lại.`,
          }
        : {
            level: 'green',
            text: `Công bố ngày ${formatDate(declaration.declaration.declaredOn)} còn phù hợp với ${formatNumber(declaration.inForce.length)} quy trình đang áp dụng.`,
          }),
  } as ClockLine);

  lines.push({
    key: 'directives',
    title: 'Kết luận, chỉ đạo của Ban chỉ đạo',
    link: directives?.link ?? clockLinks.steering,
    ...(directives && directives.overdue > 0
      ? { level: 'red', text: `${formatNumber(directives.overdue)} chỉ đạo quá hạn.` }
      : directives
        ? {
            level: 'green',
            text: `Không có chỉ đạo quá hạn; ${formatNumber(directives.open)} đang thực hiện.`,
          }
        : { level: 'green', text: 'Chưa có chỉ đạo nào được theo dõi.' }),
  } as ClockLine);

  return { today, year, lines };
}
