/*
 * The review input pack's figures, each asked of the module that owns it through its public
 * surface (never its tables), for the pack's period and as the reader may see them; each
 * figure keeps the web path of the screen it came from. Nothing here is stored.
 */
import { and, between, eq, or } from 'drizzle-orm';
import { findingKindNames } from '../../../../contract/internal-audits.ts';
import { indicatorStatusNames } from '../../../../contract/objectives.ts';
import {
  type NarrativeKey,
  type PackFigure,
  type PackItem,
  type PackSection,
  type PackSectionKey,
  packSectionKeys,
  packSectionNames,
} from '../../../../contract/steering-reports.ts';
import type { Db } from '../../../db/connection.ts';
import { formatDate, formatNumber, formatPercent } from '../../../platform/format.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { caseMeasures } from '../../cases/index.ts';
import { documentsStatusReport } from '../../documents/index.ts';
import { auditResultsInPeriod } from '../../internal-audits/index.ts';
import { ncMeasures } from '../../nonconformities/index.ts';
import { listObjectives } from '../../objectives/index.ts';
import { unitRows } from '../../org/index.ts';
import { type RiskFigures, riskFigures } from '../../risks/index.ts';
import type { DirectivesStatusProvider } from './reports.providers.ts';

const units = unitRows('units');

/** The web paths figures link to (src/web/app/paths.ts). */
export const sourceLinks = {
  statusReport: (from: string, to: string) => `/reports/documents-status?from=${from}&to=${to}`,
  caseMeasures: (from: string, to: string) => `/reports/case-measures?from=${from}&to=${to}`,
  objectives: (year: number) => `/objectives?year=${year}`,
  nonconformities: (source?: string) => (source ? `/nonconformities?source=${source}` : '/nonconformities'),
  round: (id: string) => `/internal-audits/rounds/${id}`,
  internalAudits: '/internal-audits',
  units: '/org/units',
  recordFiles: '/records/files',
  catalogues: '/records/catalogues',
  risks: (filter: Record<string, string> = {}) => {
    const query = new URLSearchParams(filter).toString();
    return query ? `/risks?${query}` : '/risks';
  },
  risk: (id: string) => `/risks/${id}`,
} as const;

const count = (key: string, label: string, value: number, link: string | null): PackFigure => ({
  key,
  label,
  value,
  text: formatNumber(value),
  link,
});
const share = (key: string, label: string, rate: number | null, link: string | null): PackFigure => ({
  key,
  label,
  value: rate,
  text: rate === null ? '—' : formatPercent(rate),
  link,
});

type Part = { figures: PackFigure[]; items?: PackItem[]; note?: string | null };

/** Everything the sources answer for [from, to], by section. */
export async function compileInputs(
  db: Db,
  actor: Actor,
  period: { from: string; to: string },
  directives: DirectivesStatusProvider,
): Promise<Record<PackSectionKey, Part>> {
  const { from, to } = period;
  const year = Number(to.slice(0, 4));
  const [documentsReport, cases, nc, objectives, audits, directiveStatus, unitChanges, risks] =
    await Promise.all([
      documentsStatusReport(db, actor, { from, to }),
      caseMeasures(db, actor, { from, to }),
      ncMeasures(db, actor, { from, to }),
      listObjectives(db, actor, { year }),
      auditResultsInPeriod(db, actor.agencyId, from, to),
      directives(db, actor, period),
      db
        .select({
          name: units.name,
          status: units.status,
          validFrom: units.validFrom,
          validTo: units.validTo,
        })
        .from(units)
        .where(
          and(
            eq(units.agencyId, actor.agencyId),
            or(between(units.validFrom, from, to), between(units.validTo, from, to)),
          ),
        ),
      riskFigures(db, actor, { from, to }),
    ]);
  const statusLink = sourceLinks.statusReport(from, to);
  const casesLink = sourceLinks.caseMeasures(from, to);
  const { system, business } = documentsReport.totals;
  const bySource = (source: string) => nc.bySource.find((s) => s.source === source)?.opened ?? 0;
  const approved = objectives.items.filter((o) => o.state === 'approved');
  const objectivesLink = sourceLinks.objectives(year);

  const parts: Record<PackSectionKey, Part> = {
    directives: directiveStatus
      ? {
          figures: [
            count('total', 'Tổng số chỉ đạo', directiveStatus.total, directiveStatus.link),
            count('done', 'Đã hoàn thành', directiveStatus.done, directiveStatus.link),
            count('open', 'Đang thực hiện', directiveStatus.open, directiveStatus.link),
            count('overdue', 'Quá hạn', directiveStatus.overdue, directiveStatus.link),
          ],
          items: directiveStatus.items,
        }
      : { figures: [], note: 'Chưa có kết luận, chỉ đạo nào của Ban chỉ đạo được theo dõi trên eiso.' },
    changes: {
      figures: [
        count('issued', 'Tài liệu ban hành mới, sửa đổi', system.issued + business.issued, statusLink),
        count('withdrawn', 'Tài liệu bãi bỏ, thu hồi', system.withdrawn + business.withdrawn, statusLink),
        count(
          'unitChanges',
          'Thay đổi về tổ chức (đơn vị thành lập, giải thể, sáp nhập)',
          unitChanges.length,
          sourceLinks.units,
        ),
      ],
      items: unitChanges.map((u) => ({
        text:
          u.validTo && u.validTo >= from && u.validTo <= to
            ? `${u.name}: thôi hoạt động từ ${formatDate(u.validTo)}`
            : `${u.name}: thành lập từ ${formatDate(u.validFrom)}`,
        link: sourceLinks.units,
      })),
    },
    feedback: {
      figures: [
        count(
          'feedback',
          'Phản ánh, kiến nghị, khiếu nại ghi nhận là sự không phù hợp',
          bySource('feedback'),
          sourceLinks.nonconformities('feedback'),
        ),
        count(
          'external',
          'Phát hiện qua kiểm tra của cơ quan cấp trên',
          bySource('external_inspection'),
          sourceLinks.nonconformities('external_inspection'),
        ),
      ],
    },
    objectives: {
      figures: [
        count('approved', 'Mục tiêu chất lượng đã phê duyệt', approved.length, objectivesLink),
        count(
          'met',
          indicatorStatusNames.met.vi,
          approved.filter((o) => o.status === 'met').length,
          objectivesLink,
        ),
        count(
          'atRisk',
          indicatorStatusNames.at_risk.vi,
          approved.filter((o) => o.status === 'at_risk').length,
          objectivesLink,
        ),
        count(
          'missed',
          indicatorStatusNames.missed.vi,
          approved.filter((o) => o.status === 'missed').length,
          objectivesLink,
        ),
      ],
      items: approved.map((o) => ({
        text: `${o.unitName ?? documentsReport.agencyName}: ${o.title} — ${o.status ? indicatorStatusNames[o.status].vi : 'chưa có số liệu'}`,
        link: `/objectives/${o.id}`,
      })),
    },
    cases: {
      figures: [
        count('finished', 'Công việc đã giải quyết', cases.totals.finished, casesLink),
        count('finishedOnTime', 'Giải quyết đúng hạn', cases.totals.finishedOnTime, casesLink),
        share('onTimeRate', 'Tỷ lệ đúng hạn', cases.totals.onTimeRate, casesLink),
        count('overdueCases', 'Công việc đang quá hạn', cases.totals.overdueCases, casesLink),
      ],
    },
    records: {
      figures: [
        count('started', 'Công việc bắt đầu trong kỳ', cases.totals.started, casesLink),
        count(
          'startedWithFile',
          'Có hồ sơ công việc được lập ngay khi bắt đầu',
          cases.totals.startedWithFile,
          casesLink,
        ),
        share(
          'fileOpenedAtStartRate',
          'Tỷ lệ lập hồ sơ ngay khi bắt đầu',
          cases.totals.fileOpenedAtStartRate,
          casesLink,
        ),
        count(
          'filesLeftOpen',
          'Công việc đã kết thúc nhưng hồ sơ chưa đóng',
          cases.totals.filesLeftOpen,
          sourceLinks.recordFiles,
        ),
      ],
    },
    documents: {
      figures: [
        count('systemImproved', 'Tài liệu hệ thống được cải tiến', system.improved, statusLink),
        count('businessImproved', 'Quy trình nghiệp vụ được cải tiến', business.improved, statusLink),
        count(
          'systemAwaiting',
          'Tài liệu hệ thống trình Lãnh đạo phê duyệt',
          system.awaitingApproval,
          statusLink,
        ),
        count(
          'businessAwaiting',
          'Quy trình nghiệp vụ trình Lãnh đạo phê duyệt',
          business.awaitingApproval,
          statusLink,
        ),
        count('newlyBuilt', 'Quy trình xây dựng mới', system.newlyBuilt + business.newlyBuilt, statusLink),
      ],
      items: documentsReport.rows
        .filter((r) => r.system.newlyBuilt + r.business.newlyBuilt > 0)
        .map((r) => ({
          text: `${r.unitName}: ${formatNumber(r.system.newlyBuilt + r.business.newlyBuilt)} quy trình xây dựng mới`,
          link: statusLink,
        })),
    },
    nonconformities: {
      figures: [
        count(
          'opened',
          'Sự không phù hợp phát hiện trong kỳ',
          nc.total.opened,
          sourceLinks.nonconformities(),
        ),
        count('closed', 'Đã khắc phục xong (đóng)', nc.total.closed, sourceLinks.nonconformities()),
        count('closedOnTime', 'Khắc phục đúng hạn', nc.total.closedOnTime, sourceLinks.nonconformities()),
        count('open', 'Còn đang xử lý cuối kỳ', nc.total.open, sourceLinks.nonconformities()),
        count('recurrences', 'Tái diễn', nc.total.recurrences, sourceLinks.nonconformities()),
      ],
    },
    audits: {
      figures: [
        count('rounds', 'Đợt đánh giá nội bộ', audits.rounds.length, sourceLinks.internalAudits),
        count(
          'unitsAudited',
          'Lượt đơn vị được đánh giá',
          audits.rounds.reduce((a, r) => a + r.unitsAudited, 0),
          sourceLinks.internalAudits,
        ),
        count('major', findingKindNames.major.vi, audits.counts.major, sourceLinks.internalAudits),
        count('minor', findingKindNames.minor.vi, audits.counts.minor, sourceLinks.internalAudits),
        count(
          'observation',
          findingKindNames.observation.vi,
          audits.counts.observation,
          sourceLinks.internalAudits,
        ),
      ],
      items: audits.rounds.map((r) => ({
        text: `Đợt ${r.number} năm ${r.year} (${r.title}): ${formatNumber(r.unitsAudited)} đơn vị${
          r.firstDate
            ? `, ${r.firstDate === r.lastDate ? formatDate(r.firstDate) : `${formatDate(r.firstDate)}–${formatDate(r.lastDate)}`}`
            : ''
        }; ${formatNumber(r.counts.major + r.counts.minor)} điểm không phù hợp`,
        link: sourceLinks.round(r.roundId),
      })),
    },
    resources: { figures: [] },
    risks: risksPart(risks, period),
    improvement: { figures: [] },
  };
  return parts;
}

/**
 * 9.3.2 e from the register: what was identified (by level), treated on time, closed with the
 * action found effective, and still open at the period's end (its high ones by name). A
 * register with nothing up to the period's end says so instead.
 */
function risksPart(r: RiskFigures, { from, to }: { from: string; to: string }): Part {
  const activity = [r.recorded, r.treatmentsDone, r.closed, r.openAtEnd];
  if (activity.every((n) => n === 0))
    return {
      figures: [],
      note: 'Sổ rủi ro và cơ hội chưa ghi nhận rủi ro, cơ hội nào đến hết kỳ này; nêu trong phần nhận xét nếu có.',
    };
  const identified = { from, to };
  return {
    figures: [
      count('recorded', 'Rủi ro, cơ hội nhận diện trong kỳ', r.recorded, sourceLinks.risks(identified)),
      count('high', 'Trong đó mức cao', r.byLevel.high, sourceLinks.risks({ ...identified, level: 'high' })),
      count(
        'medium',
        'Trong đó mức trung bình',
        r.byLevel.medium,
        sourceLinks.risks({ ...identified, level: 'medium' }),
      ),
      count('low', 'Trong đó mức thấp', r.byLevel.low, sourceLinks.risks({ ...identified, level: 'low' })),
      count('treatmentsDone', 'Hành động xử lý hoàn thành trong kỳ', r.treatmentsDone, sourceLinks.risks()),
      count('treatmentsDoneOnTime', 'Hoàn thành đúng hạn', r.treatmentsDoneOnTime, sourceLinks.risks()),
      count('closed', 'Rủi ro, cơ hội đã đóng trong kỳ', r.closed, sourceLinks.risks({ state: 'closed' })),
      count(
        'closedEffective',
        'Đóng với hành động xử lý có hiệu quả',
        r.closedEffective,
        sourceLinks.risks({ state: 'closed' }),
      ),
      count('openAtEnd', 'Còn mở cuối kỳ', r.openAtEnd, sourceLinks.risks()),
      count('overdueAtEnd', 'Trong đó hành động xử lý quá hạn', r.overdueAtEnd, sourceLinks.risks()),
    ],
    items: r.highOpen.map((h) => ({
      text: `${h.code} (${h.unitName}): ${h.description} — mức cao, còn mở cuối kỳ`,
      link: sourceLinks.risk(h.id),
    })),
  };
}

/** The sections of a pack: the sources' figures and the stored narrative around each. */
export function packSections(
  parts: Record<PackSectionKey, Part>,
  narratives: Partial<Record<NarrativeKey, string>>,
): PackSection[] {
  return packSectionKeys.map((key) => ({
    key,
    clause: packSectionNames[key].clause,
    title: packSectionNames[key].vi,
    note: parts[key].note ?? null,
    narrative: narratives[key] ?? '',
    figures: parts[key].figures,
    items: parts[key].items ?? [],
  }));
}
