// The demo agency's quality objectives of 2017 and 2018 (issue 12): the ministry's own —
// cases settled on time (computed monthly from the demo's cases), files opened when the work
// starts (computed quarterly: the seed's gap, so it misses its target), the average working
// days a case takes and the files closed when the work ends (computed from the cases and the
// records) and the satisfaction of those served (entered by hand, with evidence); the QMS kept
// up, which the secretariat owns — documents reviewed on time, the internal audit programme
// carried out, new documents acknowledged (computed from documents and internal audits) —
// and each unit's, contributing to the first: its own
// on-time rate (computed for the unit) and its files kept complete (entered each quarter with
// evidence and approved by the unit head; the last quarter's entry still waiting). Written
// straight into the tables like the nonconformities demo, each with its events; moved to the
// load day with the rest (objectives and their periods by whole years: relabel.ts).
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { documents } from '../../modules/documents/documents.table.ts';
import {
  indicatorValues,
  objectiveIndicators,
  objectives,
} from '../../modules/objectives/objectives.table.ts';
import { diff } from '../../platform/audit/audit.service.ts';
import { vietnamTime } from '../documents/days.ts';
import { appendAuditEvents, type Event } from '../records/bulk-audit.ts';
import { loadDemoPeople } from '../records/demo-people.ts';

type ObjectiveRow = typeof objectives.$inferInsert & { id: string; title: string };
type IndicatorRow = typeof objectiveIndicators.$inferInsert & { id: string; objectiveId: string };
type ValueRow = typeof indicatorValues.$inferInsert & { id: string; indicatorId: string };

const quarters = [
  ['01-01', '03-31', 'I'],
  ['04-01', '06-30', 'II'],
  ['07-01', '09-30', 'III'],
  ['10-01', '12-31', 'IV'],
] as const;

/** The ministry's target for the average working days of a case (≤). */
const CASE_DAYS_TARGET = 25;

/** The ministry's and every unit's objectives for 2017 and 2018, approved early in each year. */
export async function loadDemoObjectives(tx: Tx, agencyId: string) {
  const { units: unitList, leaders, everyone } = await loadDemoPeople(tx, agencyId);
  const secretary = everyone.find((m) => m.username === 'khcn.thuky')!;
  const leader = leaders.find((m) => m.username === 'thutruong.phantam') ?? leaders[0];
  const [objectivesDocument] = await tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.agencyId, agencyId), eq(documents.type, 'quality_objectives')))
    .limit(1);
  const objectiveRows: ObjectiveRow[] = [];
  const indicatorRows: IndicatorRow[] = [];
  const valueRows: ValueRow[] = [];
  const events: Event[] = [];
  /** A moment of a story day, Vietnam time (minutes after midnight). */
  const at = (day: string, minutes = 9 * 60) => vietnamTime(day, minutes);

  for (const year of [2017, 2018]) {
    const approvedOn = `${year}-01-16`;
    const agency: ObjectiveRow = {
      id: newId(),
      agencyId,
      year,
      unitId: null,
      parentId: null,
      title: 'Giải quyết công việc đúng hạn, đúng quy trình; lập hồ sơ công việc đầy đủ',
      description:
        'Mục tiêu chất lượng chung của Bộ: mọi công việc theo quy trình của hệ thống quản lý chất lượng được giải quyết đúng hạn, hồ sơ công việc được lập ngay khi bắt đầu và người được phục vụ hài lòng.',
      ownerPersonId: secretary.id,
      state: 'approved',
      documentId: objectivesDocument?.id ?? null,
      draftedBy: secretary.id,
      submittedBy: secretary.id,
      submittedAt: at(`${year}-01-10`),
      approvedBy: leader.id,
      approvedAt: at(approvedOn, 15 * 60),
      createdAt: at(`${year}-01-05`),
      updatedAt: at(approvedOn, 15 * 60),
    };
    objectiveRows.push(agency);
    const indicator = (
      o: ObjectiveRow,
      fields: Omit<IndicatorRow, 'id' | 'agencyId' | 'objectiveId' | 'createdBy'>,
    ) => {
      const row: IndicatorRow = {
        id: newId(),
        agencyId,
        objectiveId: o.id,
        createdBy: o.draftedBy,
        createdAt: o.createdAt,
        updatedAt: o.createdAt,
        ...fields,
      };
      indicatorRows.push(row);
      return row;
    };
    indicator(agency, {
      name: 'Tỷ lệ công việc giải quyết đúng hạn',
      formula: 'Số công việc hoàn thành đúng hạn / tổng số công việc hoàn thành trong tháng × 100',
      unit: '%',
      direction: 'gte',
      target: 95,
      frequency: 'month',
      source: 'computed',
      measure: 'case_on_time_rate',
      params: {},
    });
    indicator(agency, {
      name: 'Tỷ lệ hồ sơ công việc được lập ngay khi bắt đầu',
      formula: 'Số công việc có hồ sơ lập ngay khi bắt đầu / tổng số công việc bắt đầu trong quý × 100',
      unit: '%',
      direction: 'gte',
      target: 90,
      frequency: 'quarter',
      source: 'computed',
      measure: 'case_file_opened_at_start_rate',
      params: {},
    });
    indicator(agency, {
      name: 'Thời gian giải quyết trung bình một công việc',
      formula:
        'Tổng số ngày làm việc từ ngày bắt đầu đến ngày kết thúc của các công việc kết thúc trong quý / Số công việc kết thúc trong quý',
      unit: 'ngày làm việc',
      direction: 'lte',
      target: CASE_DAYS_TARGET,
      frequency: 'quarter',
      source: 'computed',
      measure: 'case_avg_working_days_per_case',
      params: {},
    });
    indicator(agency, {
      name: 'Tỷ lệ hồ sơ công việc được kết thúc khi công việc kết thúc',
      formula:
        'Số hồ sơ có công việc kết thúc trong kỳ đã được kết thúc đến ngày cuối kỳ / Số hồ sơ có công việc kết thúc trong kỳ × 100',
      unit: '%',
      direction: 'gte',
      target: 90,
      frequency: 'half_year',
      source: 'computed',
      measure: 'files_closed_after_work_rate',
      params: {},
    });
    const satisfaction = indicator(agency, {
      name: 'Tỷ lệ tổ chức, cá nhân hài lòng',
      formula: 'Số phiếu khảo sát hài lòng / tổng số phiếu thu về × 100',
      unit: '%',
      direction: 'gte',
      target: 90,
      frequency: 'half_year',
      source: 'manual',
      measure: null,
      params: {},
    });
    if (year === 2017) {
      for (const [start, end, value, half, approveOn] of [
        ['01-01', '06-30', 91.5, 'I', '2017-07-14'],
        ['07-01', '12-31', 88, 'II', '2018-01-12'],
      ] as const) {
        valueRows.push({
          id: newId(),
          agencyId,
          indicatorId: satisfaction.id,
          periodStart: `${year}-${start}`,
          periodEnd: `${year}-${end}`,
          value,
          evidenceNote: `Tổng hợp phiếu khảo sát sự hài lòng 6 tháng ${half === 'I' ? 'đầu' : 'cuối'} năm ${year} (Văn phòng Bộ)`,
          enteredBy: secretary.id,
          state: 'approved',
          approvedBy: leader.id,
          approvedAt: at(approveOn, 10 * 60),
          createdAt: at(approveOn, 8 * 60 + 30),
          updatedAt: at(approveOn, 10 * 60),
        });
      }
    }

    // The QMS kept up: the secretariat's objective for the ministry, measured from documents
    // and the internal audit programme.
    const qms: ObjectiveRow = {
      ...agency,
      id: newId(),
      title: 'Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
      description:
        'Tài liệu của hệ thống được rà soát định kỳ đúng hạn, tài liệu mới ban hành được cán bộ xác nhận đã đọc, chương trình đánh giá nội bộ được thực hiện đầy đủ.',
      createdAt: at(`${year}-01-05`, 10 * 60),
    };
    objectiveRows.push(qms);
    indicator(qms, {
      name: 'Tỷ lệ tài liệu được rà soát định kỳ đúng hạn',
      formula:
        'Số lượt rà soát định kỳ đến hạn trong quý được thực hiện trước hoặc đúng ngày đến hạn / Tổng số lượt rà soát đến hạn trong quý × 100',
      unit: '%',
      direction: 'gte',
      target: 90,
      frequency: 'quarter',
      source: 'computed',
      measure: 'documents_reviewed_on_time_rate',
      params: {},
    });
    indicator(qms, {
      name: 'Tỷ lệ xác nhận đã đọc tài liệu mới ban hành',
      formula:
        'Số lượt xác nhận đã đọc đến ngày cuối quý / Số lượt xác nhận phải thực hiện đối với tài liệu ban hành mới, sửa đổi có hiệu lực trong quý × 100',
      unit: '%',
      direction: 'gte',
      target: 90,
      frequency: 'quarter',
      source: 'computed',
      measure: 'acknowledgements_rate',
      params: {},
    });
    indicator(qms, {
      name: 'Tỷ lệ hoàn thành chương trình đánh giá nội bộ',
      formula:
        'Số cuộc đánh giá đơn vị đã thực hiện xong / Số cuộc đánh giá đơn vị theo chương trình đánh giá nội bộ đã phê duyệt dự kiến trong kỳ × 100',
      unit: '%',
      direction: 'gte',
      target: 100,
      frequency: 'half_year',
      source: 'computed',
      measure: 'audit_programme_completion_rate',
      params: {},
    });

    unitList.forEach((unit, u) => {
      const o: ObjectiveRow = {
        id: newId(),
        agencyId,
        year,
        unitId: unit.id,
        parentId: agency.id,
        title: `Hoàn thành đúng hạn công việc của ${unit.name}`,
        description: `${unit.name} giải quyết đúng hạn công việc theo quy trình và lập, cập nhật đầy đủ hồ sơ công việc.`,
        ownerPersonId: unit.officer.id,
        state: 'approved',
        documentId: null,
        draftedBy: unit.officer.id,
        submittedBy: unit.officer.id,
        submittedAt: at(`${year}-01-17`),
        approvedBy: unit.head.id,
        approvedAt: at(`${year}-01-19`, 16 * 60),
        createdAt: at(`${year}-01-17`, 8 * 60 + 30),
        updatedAt: at(`${year}-01-19`, 16 * 60),
      };
      objectiveRows.push(o);
      indicator(o, {
        name: 'Tỷ lệ công việc của đơn vị giải quyết đúng hạn',
        formula:
          'Số công việc của đơn vị hoàn thành đúng hạn / tổng số công việc hoàn thành trong tháng × 100',
        unit: '%',
        direction: 'gte',
        target: 95,
        frequency: 'month',
        source: 'computed',
        measure: 'case_on_time_rate',
        params: { unitId: unit.id },
      });
      const files = indicator(o, {
        name: 'Tỷ lệ hồ sơ công việc lập, cập nhật đầy đủ',
        formula: 'Số hồ sơ kiểm tra đạt yêu cầu / tổng số hồ sơ được kiểm tra trong quý × 100',
        unit: '%',
        direction: 'gte',
        target: 90,
        frequency: 'quarter',
        source: 'manual',
        measure: null,
        params: {},
      });
      // The quarters over by the story's last day; 2018's first still waits for the head.
      for (const [q, [start, end, roman]] of quarters.entries()) {
        if (year === 2018 && q > 0) break;
        const waiting = year === 2018;
        const enteredOn = waiting
          ? '2018-03-30'
          : q === 3
            ? '2018-01-08'
            : `${year}-${String(q * 3 + 4).padStart(2, '0')}-06`;
        const approvedOn = q === 3 ? '2018-01-10' : `${year}-${String(q * 3 + 4).padStart(2, '0')}-10`;
        valueRows.push({
          id: newId(),
          agencyId,
          indicatorId: files.id,
          periodStart: `${year}-${start}`,
          periodEnd: `${year}-${end}`,
          // Spread around the target: some quarters met, some missed.
          value: 84 + ((u * 5 + q * 3 + (year - 2017) * 2) % 13),
          evidenceNote: `Biên bản kiểm tra hồ sơ công việc quý ${roman}/${year} của ${unit.name}`,
          enteredBy: unit.officer.id,
          state: waiting ? 'entered' : 'approved',
          approvedBy: waiting ? null : unit.head.id,
          approvedAt: waiting ? null : at(approvedOn, 10 * 60),
          createdAt: at(enteredOn, 8 * 60 + 30),
          updatedAt: at(waiting ? enteredOn : approvedOn, 10 * 60),
        });
      }
    });
  }

  if (objectiveRows.length) await tx.insert(objectives).values(objectiveRows);
  if (indicatorRows.length) await tx.insert(objectiveIndicators).values(indicatorRows);
  if (valueRows.length) await tx.insert(indicatorValues).values(valueRows);

  const titleOf = new Map(objectiveRows.map((o) => [o.id, o.title]));
  const objectiveOf = new Map(indicatorRows.map((i) => [i.id, i.objectiveId]));
  for (const o of objectiveRows) {
    const { approvedBy, approvedAt, state, ...drafted } = o;
    events.push({
      entityType: 'objective',
      entityId: o.id,
      label: o.title,
      action: 'create',
      changes: diff(null, { ...drafted, state: 'draft' }),
    });
  }
  for (const i of indicatorRows)
    events.push({
      entityType: 'objective',
      entityId: i.objectiveId,
      label: titleOf.get(i.objectiveId)!,
      action: 'add_indicator',
      changes: diff(null, {
        name: i.name,
        target: i.target,
        frequency: i.frequency,
        source: i.source,
      }),
    });
  for (const o of objectiveRows)
    events.push({
      entityType: 'objective',
      entityId: o.id,
      label: o.title,
      action: 'approve',
      changes: diff({ state: 'submitted' }, { state: 'approved' }),
    });
  for (const v of valueRows) {
    const objectiveId = objectiveOf.get(v.indicatorId)!;
    const label = titleOf.get(objectiveId)!;
    events.push({
      entityType: 'objective',
      entityId: objectiveId,
      label,
      action: 'enter_value',
      changes: diff(null, { value: v.value, evidenceNote: v.evidenceNote }),
    });
    if (v.state === 'approved')
      events.push({
        entityType: 'objective',
        entityId: objectiveId,
        label,
        action: 'approve_value',
        changes: diff({ state: 'entered' }, { state: 'approved' }),
      });
  }
  await appendAuditEvents(tx, agencyId, events);
}
