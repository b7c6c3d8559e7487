// The demo agency's ISO steering committee (issue 13), written straight into the tables with
// each row's 'create' event, like the other demos: the committee (trưởng ban Thứ trưởng Phan
// Tâm, the heads of the units named to it, the secretariat's thư ký), and its meeting of
// 26/12/2017 — the year's management review: invited, attended, its minutes, and the
// conclusions Phan Tâm confirmed that day, with the directives for the coming year: enforce
// the procedures, publish the quality objectives, cross-checks and internal audits between
// units. By the story's end (30/03/2018) some are done with their evidence, some overdue.
// Its papers (input pack, annual report, declaration) go through the reports' services
// (load-demo-steering-papers.ts).
// Moved to the load day with the rest (as-of.ts moves every date column); the texts name
// no year, so they read right in any year the story lands in.
import type { Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { workingCalendarFor } from '../../modules/calendar/calendar.service.ts';
import {
  steeringAttendees,
  steeringConclusions,
  steeringDirectives,
  steeringMeetings,
  steeringMembers,
} from '../../modules/steering/steering.table.ts';
import { vietnamTime } from '../documents/days.ts';
import { insertAudited } from '../records/bulk-audit.ts';
import { loadDemoPeople } from '../records/demo-people.ts';
import { loadDemoSteeringPapers } from './load-demo-steering-papers.ts';

export const DEMO_MEETING_DAY = '2017-12-26';
const MEETING = {
  title: 'Họp Ban chỉ đạo ISO xem xét của lãnh đạo cuối năm',
  periodFrom: '2017-01-01',
  periodTo: '2017-12-25',
};
const COMMITTEE_FROM = '2017-03-15';

type Directive = {
  text: string;
  expected: string;
  days: number;
  /** Unit code → the day it was reported done (with its evidence), or null: still open. */
  units: Record<string, { on: string; evidence: string } | null>;
};

/** The conclusions of 26/12/2017: the first three items are directives to units. */
export const demoConclusions: Array<{ text: string; directive?: Directive }> = [
  {
    text: 'Các đơn vị tổ chức thực thi nghiêm các quy trình đã ban hành; mở hồ sơ ngay khi bắt đầu giải quyết công việc, lập đủ hồ sơ theo danh mục.',
    directive: {
      text: '',
      expected: 'Báo cáo kết quả rà soát việc áp dụng quy trình và lập hồ sơ của đơn vị',
      days: 40,
      units: {
        CNTT: {
          on: '2018-02-27',
          evidence:
            'Đã rà soát 6/6 quy trình; 100 % công việc mở hồ sơ ngay khi bắt đầu (báo cáo số 15/BC-CNTT).',
        },
        BC: {
          on: '2018-03-08',
          evidence:
            'Đã rà soát 2/2 quy trình; bổ sung 3 hồ sơ còn thiếu theo danh mục (báo cáo số 21/BC-BC).',
        },
        TCCB: null,
      },
    },
  },
  {
    text: 'Văn phòng Bộ công bố mục tiêu chất lượng của Bộ trên Cổng thông tin điện tử và gửi các đơn vị để triển khai.',
    directive: {
      text: '',
      expected: 'Mục tiêu chất lượng được công bố trên Cổng thông tin điện tử của Bộ',
      days: 10,
      units: {
        VP: {
          on: '2018-01-05',
          evidence: 'Đã đăng mục tiêu chất lượng trên Cổng thông tin điện tử và gửi các đơn vị.',
        },
      },
    },
  },
  {
    text: 'Vụ Khoa học và Công nghệ chủ trì tổ chức kiểm tra chéo và đánh giá nội bộ giữa các đơn vị trong ba tháng tới.',
    directive: {
      text: '',
      expected: 'Kế hoạch và báo cáo kết quả kiểm tra chéo, đánh giá nội bộ giữa các đơn vị',
      days: 45,
      units: { KHCN: null },
    },
  },
  {
    text: 'Ghi nhận kết quả đánh giá nội bộ tại 11 đơn vị và kết quả cải tiến tài liệu của hệ thống.',
  },
];

export async function loadDemoSteering(tx: Tx, agencyId: string) {
  const org = await loadDemoPeople(tx, agencyId);
  const person = (username: string) => {
    const m = org.everyone.find((p) => p.username === username);
    if (!m) throw new Error(`demo: no person ${username}`);
    return m;
  };
  const chair = person('thutruong.phantam');
  const secretary = person('khcn.thuky');
  const members: Array<[string, string]> = [
    ['thutruong.phantam', 'head'],
    ['khcn.vutruong', 'deputy'],
    ['vp.chanhvanphong', 'member'],
    ['cntt.vutruong', 'member'],
    ['khtc.vutruong', 'member'],
    ['tccb.vutruong', 'member'],
    ['khcn.thuky', 'secretary'],
  ];
  const memberRows = members.map(([username, role]) => ({
    id: newId(),
    agencyId,
    personId: person(username).id,
    committeeRole: role,
    validFrom: COMMITTEE_FROM,
    createdBy: secretary.id,
    createdAt: vietnamTime(COMMITTEE_FROM, 9 * 60),
    updatedAt: vietnamTime(COMMITTEE_FROM, 9 * 60),
  }));
  await insertAudited(
    tx,
    agencyId,
    steeringMembers,
    memberRows,
    'steering_member',
    () => 'Thành viên Ban chỉ đạo ISO',
  );

  const day = DEMO_MEETING_DAY;
  const meetingId = newId();
  const signedAt = vietnamTime(day, 16 * 60 + 30);
  await insertAudited(
    tx,
    agencyId,
    steeringMeetings,
    [
      {
        id: meetingId,
        agencyId,
        kind: 'regular',
        title: MEETING.title,
        meetingDate: day,
        place: 'Phòng họp số 1, trụ sở Bộ',
        chairPersonId: chair.id,
        agenda: [
          '1. Đơn vị thường trực báo cáo tình hình xây dựng, áp dụng, duy trì và cải tiến HTQLCL trong năm.',
          '2. Kết quả đánh giá nội bộ tại 11 đơn vị; các điểm chưa phù hợp và hành động khắc phục.',
          '3. Việc thực hiện mục tiêu chất lượng; ý kiến của các đơn vị.',
          '4. Kết luận của Trưởng ban và nhiệm vụ năm tới.',
        ].join('\n'),
        periodFrom: MEETING.periodFrom,
        periodTo: MEETING.periodTo,
        state: 'concluded',
        invitedAt: vietnamTime('2017-12-19', 10 * 60),
        minutes:
          'Ban chỉ đạo nghe Vụ Khoa học và Công nghệ báo cáo: 5 tài liệu hệ thống và 25 quy trình được cải tiến; 2 tài liệu hệ thống và 11 quy trình đã trình phê duyệt; 10 quy trình mới (2 của Vụ Tổ chức cán bộ, 2 của Vụ Bưu chính, 6 của Vụ Công nghệ thông tin). Đánh giá nội bộ tại 11 đơn vị cho thấy một số đơn vị chưa mở hồ sơ ngay khi bắt đầu giải quyết công việc, chưa lập đủ hồ sơ theo danh mục. Các thành viên thảo luận, thống nhất các nội dung kết luận.',
        minutesBy: secretary.id,
        signedBy: chair.id,
        signedAt,
        noticeRef: '245/TB-BCĐ',
        createdBy: secretary.id,
        createdAt: vietnamTime('2017-12-15', 9 * 60),
        updatedAt: signedAt,
      },
    ],
    'steering_meeting',
    () => MEETING.title,
  );
  const invited = [...new Set([...members.map(([u]) => person(u).id), org.unit('BC').head.id])];
  const absent = person('khtc.vutruong').id;
  await insertAudited(
    tx,
    agencyId,
    steeringAttendees,
    invited.map((personId) => ({
      id: newId(),
      agencyId,
      meetingId,
      personId,
      invited: true,
      present: personId !== absent,
      note: personId === absent ? 'Đi công tác, ủy quyền Phó Vụ trưởng dự' : null,
    })),
    'steering_meeting',
    () => 'Thành phần tham dự họp Ban chỉ đạo ISO',
  );
  const calendar = await workingCalendarFor(tx, agencyId, '2017-01-01', '2018-12-31');
  const conclusions = demoConclusions.map((c, i) => ({
    id: newId(),
    agencyId,
    meetingId,
    seq: i + 1,
    text: c.text,
    unitIds: c.directive ? Object.keys(c.directive.units).map((code) => org.unit(code).id) : [],
    dueInWorkingDays: c.directive?.days ?? null,
    expectedResult: c.directive?.expected ?? null,
    createdBy: secretary.id,
    createdAt: vietnamTime(day, 15 * 60),
    updatedAt: vietnamTime(day, 15 * 60),
  }));
  await insertAudited(
    tx,
    agencyId,
    steeringConclusions,
    conclusions,
    'steering_meeting',
    (c) => `Kết luận ${c.seq}`,
  );
  const directives = demoConclusions.flatMap((c, i) =>
    c.directive
      ? Object.entries(c.directive.units).map(([code, done]) => {
          const unit = org.unit(code);
          return {
            id: newId(),
            agencyId,
            meetingId,
            conclusionId: conclusions[i].id,
            unitId: unit.id,
            dueDate: calendar.addWorkingDays(day, c.directive?.days ?? 0),
            state: done ? 'done' : 'open',
            doneOn: done?.on ?? null,
            doneBy: done ? unit.officer.id : null,
            evidenceNote: done?.evidence ?? null,
            createdAt: signedAt,
            updatedAt: done ? vietnamTime(done.on, 15 * 60) : signedAt,
          };
        })
      : [],
  );
  await insertAudited(
    tx,
    agencyId,
    steeringDirectives,
    directives,
    'steering_directive',
    (d) => `${org.units.find((u) => u.id === d.unitId)?.name ?? ''}: chỉ đạo của Ban chỉ đạo ISO`,
  );
  const papers = await loadDemoSteeringPapers(tx, org, MEETING);
  return { meetingId, directives: directives.length, ...papers };
}
