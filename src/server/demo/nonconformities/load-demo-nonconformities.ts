// The demo agency's nonconformities: what the internal audit of November 2017 found in the
// units, followed to the story's as-of day (STORY_AS_OF) in every state — closed and verified
// effective, in progress (two actions a few working days overdue), awaiting verification
// after its waiting period, analysed and waiting for the head's approval, just recorded, a
// recurrence that reopened its earlier record's verification, and the finding whose "revise a
// document" action was done by a revision that came into force. Written straight into the
// tables like the records demo, each record with its 'create' event and its actions as
// 'add_action' events; moved to the load day with the rest (as-of.ts: dates, codes, years).
import { and, eq, inArray } from 'drizzle-orm';
import { verificationWaitDays } from '../../../contract/nonconformities.ts';
import type { Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { workingCalendarFor } from '../../modules/calendar/calendar.service.ts';
import { documents, documentVersions } from '../../modules/documents/documents.table.ts';
import {
  nonconformities,
  nonconformityActions,
} from '../../modules/nonconformities/nonconformities.table.ts';
import { diff } from '../../platform/audit/audit.service.ts';
import { STORY_AS_OF, STORY_END } from '../as-of.ts';
import { vietnamTime } from '../documents/days.ts';
import { appendAuditEvents, insertAudited } from '../records/bulk-audit.ts';
import { loadDemoPeople, type Member } from '../records/demo-people.ts';

/** The day of the internal audit (the opening meeting; findings recorded the same day). */
export const AUDIT_DAY = '2017-11-07';
const AUDIT_ORIGIN = { type: 'audit_finding', id: null, label: 'Đánh giá nội bộ đợt 2/2017' } as const;

const auditOrigin = (finding?: { id: string; roundId: string; label: string }) =>
  finding
    ? { type: 'audit_finding' as const, id: finding.id, roundId: finding.roundId, label: finding.label }
    : AUDIT_ORIGIN;

type NcRow = typeof nonconformities.$inferInsert & { id: string; code: string; title: string };
type ActionRow = typeof nonconformityActions.$inferInsert & { id: string };

type ActionPlan = {
  kind: 'correction' | 'corrective' | 'improvement' | 'revise_document';
  description: string;
  owner: string;
  /** Due day: a story day, or working days before the story's as-of day (negative: overdue). */
  due: string | { fromAsOf: number };
  done?: { on: string; evidence: string };
  /** revise_document: the document's code; its revision is the version described by `revision`. */
  document?: { code: string; revision: 'in_force' | 'pending' };
};

type Plan = {
  year: number;
  seq: number;
  unit: string;
  source: 'internal_audit' | 'work_case' | 'feedback' | 'self_detected';
  origin?: { type: 'audit_finding' | 'work_case' | 'other'; id: null; label: string };
  title: string;
  description: string;
  requirement: string;
  clause: string | null;
  procedure?: string;
  detectedBy: string;
  detectedOn: string;
  grade: 'major' | 'minor';
  analysis?: {
    by: string;
    on: string;
    correction: { what: string; by: string; on: string } | null;
    whys: string[];
    causes: string[];
    extent: string;
    decision: 'correct_only' | 'corrective_action';
  };
  approved?: { by: string; on: string };
  actions?: ActionPlan[];
  verified?: { by: string; on: string; note: string };
  cancelled?: { reason: string };
  /** The seq (year, seq) of the earlier record it recurs. */
  recurrenceOf?: { year: number; seq: number };
};

/** The findings and their story; people by username. */
const plans: Plan[] = [
  {
    year: 2017,
    seq: 1,
    unit: 'VP',
    source: 'internal_audit',
    title: 'Hồ sơ công việc không được mở theo Danh mục hồ sơ khi bắt đầu công việc',
    description:
      'Kiểm tra 12 hồ sơ công việc của Văn phòng Bộ: 9 hồ sơ được lập sau khi công việc kết thúc, không mở từ Danh mục hồ sơ năm khi nhận việc; một số văn bản đi, đến chưa được đưa vào hồ sơ.',
    requirement: 'TCVN ISO 9001:2015 mục 7.5.3; Quy trình kiểm soát hồ sơ (QT-HT-02), bước 3',
    clause: '7.5.3',
    procedure: 'QT-HT-02',
    detectedBy: 'tccb.daumoi',
    detectedOn: AUDIT_DAY,
    grade: 'major',
    analysis: {
      by: 'vp.daumoi',
      on: '2017-11-14',
      correction: {
        what: 'Mở bổ sung 9 hồ sơ công việc trên phần mềm theo Danh mục hồ sơ năm, đưa đủ văn bản vào hồ sơ.',
        by: 'Nguyễn Minh Tuấn',
        on: '2017-11-10',
      },
      whys: [
        'Cán bộ lập hồ sơ khi công việc đã kết thúc.',
        'Quy trình kiểm soát hồ sơ không quy định thời điểm mở hồ sơ.',
        'Không có bước kiểm tra định kỳ việc mở hồ sơ theo Danh mục.',
      ],
      causes: ['method', 'document', 'management'],
      extent: 'Có thể tồn tại ở các đơn vị khác: đề nghị các đơn vị tự kiểm tra việc mở hồ sơ theo Danh mục.',
      decision: 'corrective_action',
    },
    approved: { by: 'vp.chanhvanphong', on: '2017-11-16' },
    actions: [
      {
        kind: 'correction',
        description: 'Mở bổ sung các hồ sơ công việc còn thiếu của năm theo Danh mục hồ sơ.',
        owner: 'vp.chuyenvien',
        due: '2017-11-30',
        done: {
          on: '2017-11-29',
          evidence: 'Đã mở bổ sung 9 hồ sơ; danh sách hồ sơ đã mở kèm theo báo cáo của phòng.',
        },
      },
      {
        kind: 'revise_document',
        description:
          'Sửa đổi Quy trình kiểm soát hồ sơ: mở hồ sơ từ Danh mục ngay khi nhận việc, kiểm tra hằng quý.',
        owner: 'vp.daumoi',
        // Submitted to the leadership in December, still waiting: the head moved the due day.
        due: { fromAsOf: 8 },
        document: { code: 'QT-HT-02', revision: 'pending' },
      },
      {
        kind: 'corrective',
        description: 'Kiểm tra việc mở hồ sơ theo Danh mục tại các phòng của Văn phòng Bộ (quý I).',
        owner: 'vp.chuyenvien2',
        due: { fromAsOf: -3 },
      },
    ],
  },
  {
    year: 2017,
    seq: 2,
    unit: 'TDKT',
    source: 'internal_audit',
    title: 'Quy trình xét khen thưởng viện dẫn văn bản đã được thay thế',
    description:
      'Quy trình xét khen thưởng thường xuyên (QT-TDKT-01) còn căn cứ Nghị định số 42/2010/NĐ-CP, đã được thay thế bởi Nghị định số 91/2017/NĐ-CP.',
    requirement: 'TCVN ISO 9001:2015 mục 7.5.2; yêu cầu cập nhật văn bản pháp luật',
    clause: '7.5.2',
    procedure: 'QT-TDKT-01',
    detectedBy: 'pc.daumoi',
    detectedOn: AUDIT_DAY,
    grade: 'minor',
    analysis: {
      by: 'tdkt.daumoi',
      on: '2017-11-08',
      correction: null,
      whys: [
        'Quy trình chưa được cập nhật khi Nghị định mới có hiệu lực.',
        'Đơn vị chưa theo dõi văn bản pháp luật mới liên quan đến quy trình.',
      ],
      causes: ['document', 'management'],
      extent: 'Không phát hiện ở quy trình khác của Vụ.',
      decision: 'corrective_action',
    },
    approved: { by: 'tdkt.vutruong', on: '2017-11-09' },
    actions: [
      {
        kind: 'revise_document',
        description: 'Sửa đổi QT-TDKT-01 theo Nghị định số 91/2017/NĐ-CP.',
        owner: 'tdkt.daumoi',
        due: '2017-11-30',
        document: { code: 'QT-TDKT-01', revision: 'in_force' },
      },
    ],
    verified: {
      by: 'khcn.thuky',
      on: '2017-12-20',
      note: 'Phiên bản mới đang hiệu lực, hồ sơ khen thưởng đợt tiếp theo áp dụng đúng căn cứ mới.',
    },
  },
  {
    year: 2017,
    seq: 3,
    unit: 'KHTC',
    source: 'internal_audit',
    title: 'Sử dụng biểu mẫu không đúng phiên bản đang hiệu lực',
    description:
      'Hồ sơ giao dự toán quý III/2017 dùng biểu mẫu của phiên bản quy trình trước, không có mã hiệu và lần ban hành.',
    requirement: 'TCVN ISO 9001:2015 mục 7.5.3; Quy trình kiểm soát tài liệu (QT-HT-01)',
    clause: '7.5.3',
    detectedBy: 'cntt.daumoi',
    detectedOn: AUDIT_DAY,
    grade: 'minor',
    analysis: {
      by: 'khtc.daumoi',
      on: '2017-11-09',
      correction: {
        what: 'Thu hồi các biểu mẫu cũ đang lưu tại máy tính của phòng, thay bằng biểu mẫu hiện hành.',
        by: 'Dương Tiến Đạt',
        on: '2017-11-08',
      },
      whys: [
        'Cán bộ dùng tệp biểu mẫu lưu sẵn trên máy.',
        'Chưa thông báo thu hồi biểu mẫu cũ khi ban hành.',
      ],
      causes: ['people', 'method'],
      extent: 'Đã kiểm tra các phòng của Vụ: không còn biểu mẫu cũ.',
      decision: 'corrective_action',
    },
    approved: { by: 'khtc.vutruong', on: '2017-11-10' },
    actions: [
      {
        kind: 'corrective',
        description: 'Phổ biến cho cán bộ: chỉ lấy biểu mẫu từ phần mềm, không lưu bản sao.',
        owner: 'khtc.chuyenvien',
        due: '2017-11-24',
        done: { on: '2017-11-22', evidence: 'Biên bản họp phổ biến, 8 cán bộ tham dự.' },
      },
    ],
    verified: {
      by: 'khcn.thuky2',
      on: '2017-12-15',
      note: 'Kiểm tra 10 hồ sơ lập sau đó: dùng đúng biểu mẫu hiện hành.',
    },
  },
  {
    year: 2017,
    seq: 4,
    unit: 'BC',
    source: 'internal_audit',
    title: 'Trả kết quả cấp giấy phép bưu chính quá hạn, không thông báo lý do',
    description:
      'Hai hồ sơ cấp giấy phép bưu chính tháng 9/2017 trả kết quả chậm 3 ngày làm việc, không có văn bản xin lỗi, nêu lý do gửi tổ chức.',
    requirement: 'Quy trình cấp giấy phép bưu chính, bước trả kết quả; TCVN ISO 9001:2015 mục 8.5.1',
    clause: '8.5.1',
    detectedBy: 'khtc.daumoi',
    detectedOn: AUDIT_DAY,
    grade: 'minor',
    analysis: {
      by: 'bc.daumoi',
      on: '2017-11-10',
      correction: {
        what: 'Gửi văn bản xin lỗi, nêu lý do chậm cho hai doanh nghiệp.',
        by: 'Lý Thu Trang',
        on: '2017-11-09',
      },
      whys: ['Thẩm định kéo dài do chờ ý kiến đơn vị liên quan.', 'Không theo dõi hạn xử lý từng bước.'],
      causes: ['method', 'management'],
      extent: 'Chỉ ở quy trình cấp giấy phép bưu chính.',
      decision: 'corrective_action',
    },
    approved: { by: 'bc.vutruong', on: '2017-11-13' },
    actions: [
      {
        kind: 'corrective',
        description:
          'Theo dõi hạn từng bước trên phần mềm; trưởng phòng xem hằng tuần các hồ sơ sắp đến hạn.',
        owner: 'bc.chuyenvien2',
        due: '2017-11-30',
        done: { on: '2017-11-24', evidence: 'Phân công theo dõi hạn; bảng theo dõi hằng tuần đã lập.' },
      },
    ],
    verified: {
      by: 'khcn.thuky',
      on: '2017-12-22',
      note: 'Một tháng sau khi áp dụng không có hồ sơ trả chậm.',
    },
  },
  {
    year: 2017,
    seq: 5,
    unit: 'TCCB',
    source: 'internal_audit',
    title: 'Chưa đánh giá hiệu lực của các khóa bồi dưỡng đã cử cán bộ tham gia',
    description: 'Hồ sơ cử cán bộ đi bồi dưỡng năm 2017 không có đánh giá sau đào tạo về năng lực đạt được.',
    requirement: 'TCVN ISO 9001:2015 mục 7.2 c)',
    clause: '7.2',
    detectedBy: 'vp.daumoi',
    detectedOn: AUDIT_DAY,
    grade: 'minor',
    analysis: {
      by: 'tccb.daumoi',
      on: '2017-11-20',
      correction: null,
      whys: ['Quy trình chưa có bước đánh giá sau đào tạo.', 'Chưa có mẫu phiếu đánh giá.'],
      causes: ['document', 'method'],
      extent: 'Áp dụng chung cho các đơn vị cử cán bộ đi bồi dưỡng.',
      decision: 'corrective_action',
    },
    approved: { by: 'tccb.vutruong', on: '2017-11-22' },
    actions: [
      {
        kind: 'corrective',
        description: 'Xây dựng mẫu phiếu đánh giá hiệu quả sau bồi dưỡng.',
        owner: 'tccb.chuyenvien',
        due: '2018-01-15',
        done: {
          on: '2018-01-12',
          evidence: 'Mẫu phiếu đã được Vụ trưởng duyệt, áp dụng cho các khóa bồi dưỡng tiếp theo.',
        },
      },
      {
        kind: 'improvement',
        description: 'Đánh giá hiệu quả các khóa bồi dưỡng năm 2017 bằng mẫu phiếu mới.',
        owner: 'tccb.chuyenvien2',
        due: { fromAsOf: -2 },
      },
    ],
  },
  {
    year: 2017,
    seq: 6,
    unit: 'PC',
    source: 'internal_audit',
    title: 'Chưa xác định rủi ro, cơ hội của quá trình thẩm định văn bản',
    description:
      'Vụ Pháp chế chưa xác định rủi ro và cơ hội cho quá trình thẩm định văn bản quy phạm pháp luật.',
    requirement: 'TCVN ISO 9001:2015 mục 6.1',
    clause: '6.1',
    detectedBy: 'ttra.daumoi',
    detectedOn: AUDIT_DAY,
    grade: 'minor',
    analysis: {
      by: 'pc.daumoi',
      on: '2017-11-15',
      correction: null,
      whys: ['Đơn vị chưa được hướng dẫn cách xác định rủi ro theo phiên bản 2015.'],
      causes: ['people', 'management'],
      extent: 'Các đơn vị khác đã lập sổ rủi ro.',
      decision: 'corrective_action',
    },
    approved: { by: 'pc.vutruong', on: '2017-11-17' },
    actions: [
      {
        kind: 'corrective',
        description: 'Lập bảng xác định rủi ro, cơ hội của quá trình thẩm định văn bản và biện pháp xử lý.',
        owner: 'pc.chuyenvien',
        due: { fromAsOf: 7 },
      },
    ],
  },
  {
    year: 2017,
    seq: 7,
    unit: 'HTQT',
    source: 'internal_audit',
    title: 'Chưa đo lường mức độ đạt mục tiêu chất lượng năm 2017',
    description: 'Vụ Hợp tác quốc tế chưa có số liệu theo dõi mục tiêu chất lượng của đơn vị năm 2017.',
    requirement: 'TCVN ISO 9001:2015 mục 6.2, 9.1.1',
    clause: '6.2',
    detectedBy: 'cntt.daumoi',
    detectedOn: AUDIT_DAY,
    grade: 'minor',
    analysis: {
      by: 'htqt.daumoi',
      on: '2017-11-13',
      correction: null,
      whys: ['Không phân công người theo dõi mục tiêu.', 'Mục tiêu không có cách đo cụ thể.'],
      causes: ['management'],
      extent: 'Chỉ ở Vụ Hợp tác quốc tế.',
      decision: 'corrective_action',
    },
    approved: { by: 'htqt.vutruong', on: '2017-11-15' },
    actions: [
      {
        kind: 'corrective',
        description: 'Phân công theo dõi, báo cáo hằng quý mức độ đạt mục tiêu chất lượng.',
        owner: 'htqt.chuyenvien',
        due: '2018-03-01',
        done: { on: '2018-02-27', evidence: 'Báo cáo quý IV về mục tiêu chất lượng đã gửi Ban chỉ đạo.' },
      },
    ],
  },
  {
    year: 2017,
    seq: 8,
    unit: 'CNTT',
    source: 'internal_audit',
    title: 'Chưa sao lưu định kỳ dữ liệu của phần mềm quản lý văn bản',
    description: 'Không có hồ sơ sao lưu dữ liệu phần mềm quản lý văn bản từ tháng 7/2017.',
    requirement: 'TCVN ISO 9001:2015 mục 7.1.3',
    clause: '7.1.3',
    detectedBy: 'khtc.daumoi',
    detectedOn: AUDIT_DAY,
    grade: 'major',
    analysis: {
      by: 'cntt.daumoi',
      on: '2018-03-29',
      correction: {
        what: 'Sao lưu toàn bộ dữ liệu, kiểm tra khôi phục thử.',
        by: 'Lê Hải Nam',
        on: '2017-11-08',
      },
      whys: ['Lịch sao lưu tự động bị tắt khi nâng cấp máy chủ.', 'Không ai kiểm tra kết quả sao lưu.'],
      causes: ['equipment', 'management'],
      extent: 'Kiểm tra các hệ thống khác của Bộ do Vụ quản lý.',
      decision: 'corrective_action',
    },
    actions: [
      {
        kind: 'corrective',
        description: 'Bật lại lịch sao lưu tự động, kiểm tra kết quả hằng tuần và ghi sổ.',
        owner: 'cntt.chuyenvien2',
        due: { fromAsOf: 10 },
      },
    ],
  },
  {
    year: 2017,
    seq: 9,
    unit: 'TTra',
    source: 'internal_audit',
    title: 'Không tìm thấy hồ sơ giải quyết khiếu nại số 15',
    description: 'Đoàn đánh giá không tìm thấy hồ sơ giải quyết khiếu nại số 15 tại Thanh tra Bộ.',
    requirement: 'TCVN ISO 9001:2015 mục 7.5.3',
    clause: '7.5.3',
    detectedBy: 'pc.daumoi',
    detectedOn: AUDIT_DAY,
    grade: 'minor',
    cancelled: {
      reason:
        'Hồ sơ đã chuyển Lưu trữ cơ quan theo đúng thời hạn, có biên bản giao nhận: không phải sự không phù hợp.',
    },
  },
  {
    year: 2018,
    seq: 1,
    unit: 'BC',
    source: 'work_case',
    origin: { type: 'work_case', id: null, label: 'Hồ sơ cấp giấy phép bưu chính trả kết quả chậm' },
    title: 'Lại trả kết quả cấp giấy phép bưu chính quá hạn',
    description:
      'Một hồ sơ cấp giấy phép bưu chính trả kết quả chậm 2 ngày làm việc khi cán bộ theo dõi hạn nghỉ phép.',
    requirement: 'Quy trình cấp giấy phép bưu chính, bước trả kết quả; TCVN ISO 9001:2015 mục 8.5.1',
    clause: '8.5.1',
    detectedBy: 'bc.daumoi',
    detectedOn: '2018-03-19',
    grade: 'minor',
    recurrenceOf: { year: 2017, seq: 4 },
    analysis: {
      by: 'bc.daumoi',
      on: '2018-03-21',
      correction: {
        what: 'Gửi văn bản xin lỗi, nêu lý do chậm cho doanh nghiệp.',
        by: 'Trịnh Văn Dũng',
        on: '2018-03-20',
      },
      whys: [
        'Bảng theo dõi hằng tuần không được cập nhật khi cán bộ theo dõi nghỉ phép.',
        'Không có người thay thế khi vắng.',
      ],
      causes: ['people', 'management'],
      extent: 'Chỉ ở Vụ Bưu chính.',
      decision: 'corrective_action',
    },
    approved: { by: 'bc.vutruong', on: '2018-03-22' },
    actions: [
      {
        kind: 'corrective',
        description:
          'Phân công người thay thế theo dõi hạn khi vắng; cảnh báo hạn trên phần mềm gửi cả trưởng phòng.',
        owner: 'bc.chuyenvien',
        due: { fromAsOf: 5 },
      },
    ],
  },
  {
    year: 2018,
    seq: 2,
    unit: 'QLDN',
    source: 'feedback',
    origin: { type: 'other', id: null, label: 'Phản ánh của doanh nghiệp qua Cổng thông tin điện tử' },
    title: 'Thông tin thủ tục trên Cổng thông tin điện tử chưa cập nhật',
    description: 'Doanh nghiệp phản ánh thành phần hồ sơ đăng tải trên Cổng khác với quy trình hiện hành.',
    requirement: 'TCVN ISO 9001:2015 mục 8.2.1',
    clause: '8.2.1',
    detectedBy: 'qldn.daumoi',
    // The story's last day: nothing in it happens later (as-of.ts).
    detectedOn: STORY_END,
    grade: 'minor',
  },
];

/**
 * `findings`: the internal-audit demo's findings of round 2/2017 by unit code (made before
 * either is written): an audit nonconformity's origin names its finding, linked both ways.
 */
export async function loadDemoNonconformities(
  tx: Tx,
  agencyId: string,
  findings?: Map<string, { id: string; roundId: string; label: string }>,
) {
  const org = await loadDemoPeople(tx, agencyId);
  const calendar = await workingCalendarFor(tx, agencyId, '2017-01-01', '2018-12-31');
  const asOfDay = (n: number) => calendar.addWorkingDays(STORY_AS_OF, n);
  const day = (d: string | { fromAsOf: number }) => (typeof d === 'string' ? d : asOfDay(d.fromAsOf));
  const person = (username: string): Member => {
    const m = org.everyone.find((x) => x.username === username);
    if (!m) throw new Error(`demo: no person ${username}`);
    return m;
  };
  const unitId = (code: string) => org.unit(code).id;

  const codes = [
    ...new Set(plans.flatMap((p) => [p.procedure, ...(p.actions ?? []).map((a) => a.document?.code)])),
  ];
  const docs = await tx
    .select({ id: documents.id, code: documents.code })
    .from(documents)
    .where(and(eq(documents.agencyId, agencyId), inArray(documents.code, codes.filter(Boolean) as string[])));
  const docId = (code: string) => {
    const d = docs.find((x) => x.code.toLowerCase() === code.toLowerCase());
    if (!d) throw new Error(`demo: no document ${code}`);
    return d.id;
  };
  const versions = await tx
    .select()
    .from(documentVersions)
    .where(
      and(
        eq(documentVersions.agencyId, agencyId),
        inArray(
          documentVersions.documentId,
          docs.map((d) => d.id),
        ),
      ),
    );
  /** The revision the action stands for: the newest in force after the audit, or the one still pending. */
  const revisionOf = (code: string, which: 'in_force' | 'pending') => {
    const own = versions
      .filter((v) => v.documentId === docId(code) && v.changeKind === 'revise')
      .sort((a, b) => b.issueNo - a.issueNo);
    const found =
      which === 'in_force'
        ? own.find((v) => v.state === 'in_force' && v.effectiveDate && v.effectiveDate >= AUDIT_DAY)
        : own.find((v) => v.state !== 'in_force' && v.state !== 'superseded' && v.state !== 'withdrawn');
    if (!found) throw new Error(`demo: no ${which} revision of ${code}`);
    return found;
  };

  const ncs: NcRow[] = [];
  const actions: ActionRow[] = [];
  const byNumber = new Map<string, NcRow>();
  for (const plan of plans) {
    const detectedOn = plan.detectedOn;
    const analysis = plan.analysis;
    const analysedOn = analysis?.on ?? null;
    const id = newId();
    const planActions: ActionRow[] = (plan.actions ?? []).map((a) => {
      const revision = a.document ? revisionOf(a.document.code, a.document.revision) : null;
      const doneOn =
        a.done?.on ?? (revision?.state === 'in_force' ? (revision.effectiveDate as string) : null);
      const owner = person(a.owner);
      return {
        id: newId(),
        agencyId,
        nonconformityId: id,
        kind: a.kind,
        description: a.description,
        ownerUnitId: owner.unitId,
        ownerPersonId: owner.id,
        dueDate: day(a.due),
        state: doneOn ? 'done' : 'open',
        doneOn,
        doneBy: doneOn ? owner.id : null,
        evidence:
          a.done?.evidence ??
          (revision && doneOn
            ? `Phiên bản mới (lần ban hành ${revision.issueNo}) có hiệu lực; Quyết định số ${revision.decisionNo ?? ''}.`
            : null),
        documentId: a.document ? docId(a.document.code) : null,
        changeVersionId: revision?.id ?? null,
        createdBy: person(analysis?.by ?? plan.detectedBy).id,
        createdAt: vietnamTime(analysedOn ?? detectedOn, 10 * 60),
        updatedAt: vietnamTime(doneOn ?? analysedOn ?? detectedOn, 15 * 60),
      };
    });
    const allDone = planActions.length > 0 && planActions.every((a) => a.state === 'done');
    const lastDone = allDone
      ? planActions
          .map((a) => a.doneOn as string)
          .sort()
          .at(-1)!
      : null;
    const verifiableFrom = lastDone
      ? calendar.addWorkingDays(lastDone, verificationWaitDays[plan.grade])
      : null;
    const earlier = plan.recurrenceOf
      ? byNumber.get(`${plan.recurrenceOf.year}-${plan.recurrenceOf.seq}`)
      : null;
    const state = plan.cancelled
      ? 'cancelled'
      : !analysis
        ? 'draft'
        : !plan.approved
          ? 'analysed'
          : !allDone
            ? 'in_progress'
            : plan.verified
              ? 'closed'
              : 'awaiting_verification';
    const lastDay = plan.verified?.on ?? lastDone ?? plan.approved?.on ?? analysedOn ?? detectedOn;
    const code = `KPH-${plan.year}-${String(plan.seq).padStart(3, '0')}`;
    const row: NcRow = {
      id,
      agencyId,
      year: plan.year,
      seq: plan.seq,
      code,
      source: plan.source,
      origin: plan.origin ?? auditOrigin(findings?.get(plan.unit)),
      title: plan.title,
      description: plan.description,
      requirement: plan.requirement,
      clause: plan.clause,
      procedureDocumentId: plan.procedure ? docId(plan.procedure) : null,
      unitId: unitId(plan.unit),
      detectedBy: person(plan.detectedBy).id,
      detectedOn,
      grade: plan.grade,
      state,
      correction: analysis?.correction
        ? { what: analysis.correction.what, byName: analysis.correction.by, on: analysis.correction.on }
        : null,
      whys: analysis?.whys ?? [],
      causeCategories: analysis?.causes ?? [],
      extent: analysis?.extent ?? '',
      decision: analysis?.decision ?? null,
      analysedBy: analysis ? person(analysis.by).id : null,
      analysedAt: analysedOn ? vietnamTime(analysedOn, 9 * 60 + 30) : null,
      planApprovedBy: plan.approved ? person(plan.approved.by).id : null,
      planApprovedAt: plan.approved ? vietnamTime(plan.approved.on, 16 * 60) : null,
      verifiableFrom,
      verifiedBy: plan.verified ? person(plan.verified.by).id : null,
      verifiedOn: plan.verified?.on ?? null,
      effective: plan.verified ? true : null,
      verificationNote: plan.verified?.note ?? null,
      closedOn: plan.verified?.on ?? null,
      cancelReason: plan.cancelled?.reason ?? null,
      recurrenceOfId: earlier?.id ?? null,
      createdBy: person(plan.detectedBy).id,
      createdAt: vietnamTime(detectedOn, 11 * 60),
      updatedAt: vietnamTime(lastDay, 16 * 60),
    };
    // A recurrence sends its earlier, closed record back to verification (as createNc does).
    if (earlier?.state === 'closed') {
      Object.assign(earlier, {
        state: 'awaiting_verification',
        closedOn: null,
        effective: null,
        verifiedBy: null,
        verifiedOn: null,
        verificationNote: null,
        version: 2,
        updatedAt: vietnamTime(detectedOn, 11 * 60),
      });
    }
    byNumber.set(`${plan.year}-${plan.seq}`, row);
    ncs.push(row);
    actions.push(...planActions);
  }

  await insertAudited(tx, agencyId, nonconformities, ncs, 'nonconformity', (n) => `${n.code} ${n.title}`);
  await tx.insert(nonconformityActions).values(actions);
  const codeOf = new Map(ncs.map((n) => [n.id, `${n.code} ${n.title}`]));
  await appendAuditEvents(
    tx,
    agencyId,
    actions.map((a) => ({
      entityType: 'nonconformity',
      entityId: a.nonconformityId,
      label: codeOf.get(a.nonconformityId)!,
      action: 'add_action',
      changes: diff(null, a),
    })),
  );
  return { nonconformities: ncs.length, actions: actions.length };
}
