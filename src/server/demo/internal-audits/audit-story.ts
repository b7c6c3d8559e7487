// The demo's internal audits as the secretariat of Bộ TT&TT planned and ran them: the 2017
// programme (round 1 in June over the system procedures, round 2 on 07/11/2017 over the 11
// units, whose nonconformities the nonconformities demo follows) and the 2018 programme of
// cross-audits between the units (round 1 done in March, round 2 planned after the story's
// as-of day, so that loaded today it is still to come). People by username; units by code.
import { newId } from '../../db/ids.ts';
import { demoUnits } from '../demo-org.ts';
import { AUDIT_DAY } from '../nonconformities/load-demo-nonconformities.ts';

export type FindingPlan = {
  unit: string;
  kind: 'conformity' | 'major' | 'minor' | 'observation' | 'improvement';
  clause: string | null;
  procedure?: string;
  /** Nonconformity findings: their texts are the nonconformity's (written by the nonconformities demo). */
  nc?: true;
  description?: string;
  evidence?: string;
  response?: { kind: 'acknowledged' | 'disputed'; by: string; on: string; reason?: string };
};

export type AuditPlan = {
  unit: string;
  date: string;
  start: string;
  end: string;
  auditors: string[];
  /** Procedures by code (the loader checks independence: nobody audits their own unit or procedure). */
  procedures: string[];
  clauses: string[];
};

export type RoundPlan = {
  number: number;
  title: string;
  scopeClauses: string[];
  criteria: string;
  lead: string;
  members: string[];
  created: string;
  published: string;
  closed?: string;
  report?: { number: string; submitted: string; approved: string; summary: string; strengths: string };
  audits: AuditPlan[];
  findings: FindingPlan[];
};

export type ProgrammePlan = {
  year: number;
  title: string;
  objectives: string;
  created: string;
  submitted: string;
  approved: string;
  rounds: RoundPlan[];
};

const CRITERIA =
  'TCVN ISO 9001:2015; Quyết định số 19/2014/QĐ-TTg; Thông tư số 26/2014/TT-BKHCN; Sổ tay chất lượng, Chính sách chất lượng, Mục tiêu chất lượng và các quy trình đang hiệu lực của Bộ.';

const NC_UNITS = ['VP', 'TTra', 'BC', 'CNTT', 'HTQT', 'KHTC', 'PC', 'TDKT', 'TCCB'] as const;

/** Round 2/2017 on 07/11/2017: the auditors of each unit (who found its nonconformity). */
const round2017: [string, string, string, string][] = [
  ['VP', 'tccb.daumoi', '08:00', '10:00'],
  ['TTra', 'pc.daumoi', '08:00', '09:30'],
  ['BC', 'khtc.daumoi', '08:00', '09:30'],
  ['CNTT', 'khtc.daumoi', '14:00', '15:30'],
  ['HTQT', 'cntt.daumoi', '14:00', '15:30'],
  ['KHTC', 'cntt.daumoi', '08:00', '09:30'],
  ['KHCN', 'ttra.daumoi', '14:00', '15:30'],
  ['PC', 'ttra.daumoi', '08:00', '09:30'],
  ['QLDN', 'vp.daumoi', '14:00', '15:30'],
  ['TDKT', 'pc.daumoi', '14:00', '15:30'],
  ['TCCB', 'vp.daumoi', '08:00', '09:30'],
];
const systemProcedure = (auditor: string) => (auditor === 'vp.daumoi' ? 'QT-HT-01' : 'QT-HT-02');
const ownProcedure = (unit: string) => `QT-${unit.toUpperCase()}-01`;
const ncProcedure: Record<string, string> = { VP: 'QT-HT-02', TDKT: 'QT-TDKT-01' };

/** The unit's ISO officer answers for it (in Vụ KHCN, the secretariat's Thư ký ISO). */
const isoOfficer = (unit: string) => (unit === 'KHCN' ? 'khcn.thuky' : `${unit.toLowerCase()}.daumoi`);
const acknowledged = (unit: string, on: string) => ({
  kind: 'acknowledged' as const,
  by: isoOfficer(unit),
  on,
});

export const programmes: ProgrammePlan[] = [
  {
    year: 2017,
    title: 'Chương trình đánh giá nội bộ năm 2017',
    objectives:
      'Đánh giá sự phù hợp và hiệu lực của Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các đơn vị thuộc Bộ trong năm 2017, chuẩn bị cho việc công bố Hệ thống phù hợp tiêu chuẩn. Căn cứ Quyết định số 19/2014/QĐ-TTg: đánh giá nội bộ ít nhất một lần trong năm, mọi đơn vị và mọi quy trình trong phạm vi được đánh giá.',
    created: '2017-01-16',
    submitted: '2017-01-20',
    approved: '2017-02-08',
    rounds: [
      {
        number: 1,
        title: 'Các quy trình hệ thống tại 4 đơn vị',
        scopeClauses: ['4.4', '7.5', '10.2'],
        criteria: CRITERIA,
        lead: 'pc.daumoi',
        members: ['cntt.daumoi', 'tccb.daumoi', 'ttra.daumoi'],
        created: '2017-05-15',
        published: '2017-05-31',
        closed: '2017-06-30',
        report: {
          number: '08',
          submitted: '2017-06-22',
          approved: '2017-06-28',
          summary:
            'Đoàn đánh giá đã đánh giá việc áp dụng các quy trình hệ thống (kiểm soát tài liệu, kiểm soát hồ sơ, hành động khắc phục) tại 4 đơn vị. Các quy trình hệ thống được áp dụng cơ bản phù hợp; chưa phát hiện điểm không phù hợp; có 1 khuyến nghị và 1 cơ hội cải tiến.',
          strengths:
            'Tài liệu được ban hành, phân phối trên phần mềm, cán bộ truy cập được bản đang hiệu lực; Văn phòng Bộ lập Danh mục hồ sơ của năm đúng hạn.',
        },
        audits: [
          {
            unit: 'VP',
            date: '2017-06-13',
            start: '08:30',
            end: '11:00',
            auditors: ['cntt.daumoi'],
            procedures: ['QT-HT-01', 'QT-HT-02'],
            clauses: ['7.5'],
          },
          {
            unit: 'KHCN',
            date: '2017-06-13',
            start: '14:00',
            end: '16:00',
            auditors: ['tccb.daumoi'],
            procedures: ['QT-HT-01', 'QT-HT-05'],
            clauses: ['4.4', '10.2'],
          },
          {
            unit: 'CNTT',
            date: '2017-06-14',
            start: '08:30',
            end: '11:00',
            auditors: ['ttra.daumoi'],
            procedures: ['QT-HT-01', 'QT-HT-02'],
            clauses: ['7.5'],
          },
          {
            unit: 'KHTC',
            date: '2017-06-15',
            start: '08:30',
            end: '11:00',
            auditors: ['pc.daumoi'],
            procedures: ['QT-HT-01', 'QT-HT-02'],
            clauses: ['7.5'],
          },
        ],
        findings: [
          {
            unit: 'VP',
            kind: 'conformity',
            clause: '7.5.3',
            procedure: 'QT-HT-02',
            description:
              'Văn phòng Bộ lập và trình duyệt Danh mục hồ sơ của năm đúng thời hạn; các phòng có bản Danh mục đang áp dụng.',
            evidence:
              'Danh mục hồ sơ năm nay của Văn phòng Bộ đã được Chánh Văn phòng phê duyệt; phỏng vấn 3 cán bộ.',
            response: acknowledged('VP', '2017-06-14'),
          },
          {
            unit: 'KHCN',
            kind: 'conformity',
            clause: '10.2',
            procedure: 'QT-HT-05',
            description:
              'Sự không phù hợp phát hiện trong năm được ghi nhận, phân tích nguyên nhân và theo dõi hành động khắc phục đến khi đóng.',
            evidence: 'Sổ theo dõi hành động khắc phục của Thư ký ISO, 4 phiếu đã đóng.',
            response: acknowledged('KHCN', '2017-06-14'),
          },
          {
            unit: 'CNTT',
            kind: 'observation',
            clause: '7.5.2',
            procedure: 'QT-HT-01',
            description:
              'Một số tài liệu nội bộ của Vụ chưa ghi ngày hiệu lực trên trang bìa; nên rà soát và bổ sung khi sửa đổi lần tới.',
            evidence: 'Xem 5 tài liệu nội bộ của Vụ trên phần mềm.',
            response: acknowledged('CNTT', '2017-06-16'),
          },
          {
            unit: 'KHTC',
            kind: 'improvement',
            clause: '7.5.3',
            procedure: 'QT-HT-02',
            description:
              'Có thể gắn hồ sơ giao dự toán với Danh mục hồ sơ ngay khi tiếp nhận văn bản đến để giảm việc lập hồ sơ cuối năm.',
            evidence: 'Phỏng vấn Phó Vụ trưởng và 2 chuyên viên.',
            response: acknowledged('KHTC', '2017-06-16'),
          },
        ],
      },
      {
        number: 2,
        title: 'Quy trình hệ thống và quy trình nghiệp vụ tại 11 đơn vị',
        scopeClauses: ['4.4', '6.1', '6.2', '7.1.3', '7.2', '7.5', '8.5.1', '9.1.1', '10.2'],
        criteria: CRITERIA,
        lead: 'vp.daumoi',
        members: ['ttra.daumoi', 'cntt.daumoi', 'khtc.daumoi', 'pc.daumoi', 'tccb.daumoi'],
        created: '2017-10-02',
        published: '2017-10-20',
        closed: '2017-11-30',
        report: {
          number: '25',
          submitted: '2017-11-21',
          approved: '2017-11-27',
          summary:
            'Trong một ngày, Đoàn đánh giá nội bộ đã đánh giá việc áp dụng các quy trình hệ thống và quy trình nghiệp vụ tại 11 đơn vị thuộc Bộ. Hệ thống quản lý chất lượng được duy trì, cải tiến; phát hiện 2 điểm không phù hợp nặng và 7 điểm không phù hợp nhẹ, đã chuyển các đơn vị thực hiện hành động khắc phục; các đơn vị cần lưu ý mở hồ sơ công việc theo Danh mục hồ sơ ngay khi bắt đầu công việc.',
          strengths:
            'Lãnh đạo các đơn vị quan tâm chỉ đạo; quy trình nghiệp vụ được áp dụng trên phần mềm, theo dõi được hạn xử lý từng bước; Vụ Khoa học và Công nghệ làm tốt vai trò thường trực Ban chỉ đạo ISO.',
        },
        audits: round2017.map(([unit, auditor, start, end]) => ({
          unit,
          date: AUDIT_DAY,
          start,
          end,
          auditors: [auditor],
          // Trần Thị Thu Hà (vp.daumoi) drafted QT-HT-02: her units are audited on QT-HT-01 instead.
          procedures: [
            ...new Set([
              ncProcedure[unit] ?? systemProcedure(auditor),
              systemProcedure(auditor),
              ownProcedure(unit),
            ]),
          ],
          clauses: ['7.5', '8.5.1'],
        })),
        findings: [
          {
            unit: 'VP',
            kind: 'major',
            clause: '7.5.3',
            procedure: 'QT-HT-02',
            nc: true,
            response: acknowledged('VP', '2017-11-08'),
          },
          {
            unit: 'VP',
            kind: 'conformity',
            clause: '8.5.1',
            procedure: 'QT-VP-01',
            description:
              'Văn bản đến được tiếp nhận, vào sổ và chuyển xử lý trong ngày trên phần mềm đúng quy trình.',
            evidence: 'Kiểm tra 15 văn bản đến của tháng trước đợt đánh giá.',
            response: acknowledged('VP', '2017-11-08'),
          },
          {
            unit: 'TTra',
            kind: 'minor',
            clause: '7.5.3',
            nc: true,
            response: {
              kind: 'disputed',
              by: 'ttra.daumoi',
              on: '2017-11-08',
              reason:
                'Hồ sơ giải quyết khiếu nại số 15 đã chuyển Lưu trữ cơ quan trước đợt đánh giá, có biên bản giao nhận.',
            },
          },
          {
            unit: 'BC',
            kind: 'minor',
            clause: '8.5.1',
            nc: true,
            response: acknowledged('BC', '2017-11-08'),
          },
          {
            unit: 'CNTT',
            kind: 'major',
            clause: '7.1.3',
            nc: true,
            response: acknowledged('CNTT', '2017-11-08'),
          },
          {
            unit: 'HTQT',
            kind: 'minor',
            clause: '6.2',
            nc: true,
            response: acknowledged('HTQT', '2017-11-08'),
          },
          {
            unit: 'KHTC',
            kind: 'minor',
            clause: '7.5.3',
            nc: true,
            response: acknowledged('KHTC', '2017-11-08'),
          },
          {
            unit: 'KHCN',
            kind: 'conformity',
            clause: '9.1.1',
            procedure: 'QT-KHCN-01',
            description:
              'Vụ theo dõi, tổng hợp kết quả thực hiện mục tiêu chất lượng của các đơn vị hằng quý và báo cáo Ban chỉ đạo.',
            evidence: 'Các báo cáo quý trong năm về mục tiêu chất lượng.',
            response: acknowledged('KHCN', '2017-11-08'),
          },
          {
            unit: 'KHCN',
            kind: 'improvement',
            clause: '10.3',
            description:
              'Nên tổng hợp số liệu hồ sơ trễ hạn của các đơn vị trên phần mềm để báo cáo Ban chỉ đạo thay cho tổng hợp thủ công.',
            evidence: 'Phỏng vấn Thư ký ISO.',
            response: acknowledged('KHCN', '2017-11-09'),
          },
          { unit: 'PC', kind: 'minor', clause: '6.1', nc: true, response: acknowledged('PC', '2017-11-08') },
          {
            unit: 'QLDN',
            kind: 'observation',
            clause: '7.5.2',
            procedure: 'QT-QLDN-01',
            description:
              'Thành phần hồ sơ đăng tải trên Cổng thông tin điện tử cần được đối chiếu với quy trình hiện hành mỗi khi quy trình được sửa đổi.',
            evidence: 'Đối chiếu trang thủ tục trên Cổng với QT-QLDN-01.',
            response: acknowledged('QLDN', '2017-11-09'),
          },
          {
            unit: 'QLDN',
            kind: 'conformity',
            clause: '8.5.1',
            procedure: 'QT-QLDN-01',
            description: 'Hồ sơ được giải quyết đúng hạn; kết quả được trả đúng bước của quy trình.',
            evidence: 'Kiểm tra 8 hồ sơ của quý trước.',
            response: acknowledged('QLDN', '2017-11-09'),
          },
          {
            unit: 'TDKT',
            kind: 'minor',
            clause: '7.5.2',
            procedure: 'QT-TDKT-01',
            nc: true,
            response: acknowledged('TDKT', '2017-11-08'),
          },
          {
            unit: 'TCCB',
            kind: 'minor',
            clause: '7.2',
            nc: true,
            response: acknowledged('TCCB', '2017-11-08'),
          },
          {
            unit: 'TCCB',
            kind: 'improvement',
            clause: '7.2',
            procedure: 'QT-TCCB-01',
            description:
              'Có thể lập kế hoạch bồi dưỡng năm từ kết quả đánh giá năng lực cán bộ của các đơn vị.',
            evidence: 'Kế hoạch bồi dưỡng năm 2017 của Vụ.',
            response: acknowledged('TCCB', '2017-11-09'),
          },
        ],
      },
    ],
  },
  {
    year: 2018,
    title: 'Chương trình đánh giá nội bộ năm 2018',
    objectives:
      'Thực hiện kiểm tra chéo và đánh giá nội bộ công tác triển khai Hệ thống quản lý chất lượng giữa các đơn vị trong năm 2018 theo kết luận của Ban chỉ đạo ISO: chuyên gia đánh giá nội bộ của đơn vị này đánh giá đơn vị khác; theo dõi hiệu lực của hành động khắc phục sau đợt 2/2017.',
    created: '2018-01-08',
    submitted: '2018-01-12',
    approved: '2018-01-19',
    rounds: [
      {
        number: 1,
        title: 'Kiểm tra chéo giữa các đơn vị: hồ sơ công việc và quy trình nghiệp vụ',
        scopeClauses: ['7.5.3', '8.5.1', '10.2'],
        criteria: CRITERIA,
        lead: 'khtc.daumoi',
        members: ['vp.daumoi', 'ttra.daumoi', 'cntt.daumoi', 'pc.daumoi', 'tccb.daumoi'],
        created: '2018-02-05',
        published: '2018-02-26',
        closed: '2018-03-28',
        report: {
          number: '07',
          submitted: '2018-03-21',
          approved: '2018-03-26',
          summary:
            'Các chuyên gia đánh giá nội bộ đã kiểm tra chéo 6 đơn vị. Hành động khắc phục sau đợt 2/2017 được thực hiện; không phát hiện điểm không phù hợp mới; có 2 khuyến nghị và 1 cơ hội cải tiến.',
          strengths:
            'Hồ sơ công việc được mở từ Danh mục hồ sơ ngay khi nhận việc; hạn xử lý từng bước được theo dõi trên phần mềm.',
        },
        audits: [
          {
            unit: 'VP',
            date: '2018-03-13',
            start: '08:30',
            end: '10:30',
            auditors: ['cntt.daumoi'],
            procedures: ['QT-HT-02', 'QT-VP-01'],
            clauses: ['7.5.3', '10.2'],
          },
          {
            unit: 'CNTT',
            date: '2018-03-13',
            start: '14:00',
            end: '16:00',
            auditors: ['vp.daumoi'],
            procedures: ['QT-HT-01', 'QT-CNTT-01'],
            clauses: ['7.5.3', '10.2'],
          },
          {
            unit: 'TTra',
            date: '2018-03-13',
            start: '08:30',
            end: '10:30',
            auditors: ['khtc.daumoi'],
            procedures: ['QT-HT-02', 'QT-TTRA-01'],
            clauses: ['7.5.3', '8.5.1'],
          },
          {
            unit: 'KHTC',
            date: '2018-03-13',
            start: '14:00',
            end: '16:00',
            auditors: ['ttra.daumoi'],
            procedures: ['QT-HT-02', 'QT-KHTC-01'],
            clauses: ['7.5.3', '8.5.1'],
          },
          {
            unit: 'PC',
            date: '2018-03-14',
            start: '08:30',
            end: '10:30',
            auditors: ['tccb.daumoi'],
            procedures: ['QT-HT-02', 'QT-PC-01'],
            clauses: ['7.5.3', '10.2'],
          },
          {
            unit: 'TCCB',
            date: '2018-03-14',
            start: '14:00',
            end: '16:00',
            auditors: ['pc.daumoi'],
            procedures: ['QT-HT-02', 'QT-TCCB-01'],
            clauses: ['7.5.3', '10.2'],
          },
        ],
        findings: [
          {
            unit: 'VP',
            kind: 'conformity',
            clause: '7.5.3',
            procedure: 'QT-HT-02',
            description:
              'Hồ sơ công việc của quý được mở từ Danh mục hồ sơ ngay khi nhận việc; 9 hồ sơ còn thiếu sau đợt 2/2017 đã được mở bổ sung.',
            evidence: 'Kiểm tra 10 hồ sơ công việc mở trong quý, trên phần mềm.',
            response: acknowledged('VP', '2018-03-14'),
          },
          {
            unit: 'CNTT',
            kind: 'observation',
            clause: '7.1.3',
            procedure: 'QT-CNTT-01',
            description:
              'Lịch sao lưu tự động đã bật lại nhưng sổ kiểm tra kết quả sao lưu hằng tuần chưa ghi đủ các tuần của tháng đánh giá.',
            evidence: 'Sổ kiểm tra sao lưu của hai tháng gần nhất.',
            response: acknowledged('CNTT', '2018-03-14'),
          },
          {
            unit: 'TTra',
            kind: 'conformity',
            clause: '8.5.1',
            procedure: 'QT-TTRA-01',
            description: 'Đơn thư được tiếp nhận, phân loại và chuyển xử lý đúng thời hạn của quy trình.',
            evidence: 'Kiểm tra 6 hồ sơ xử lý đơn của hai tháng gần nhất.',
            response: acknowledged('TTra', '2018-03-14'),
          },
          {
            unit: 'KHTC',
            kind: 'conformity',
            clause: '7.5.3',
            procedure: 'QT-HT-02',
            description: 'Biểu mẫu sử dụng trong hồ sơ giao dự toán gần nhất đúng phiên bản đang hiệu lực.',
            evidence: 'Kiểm tra 5 hồ sơ giao dự toán gần nhất.',
            response: acknowledged('KHTC', '2018-03-14'),
          },
          {
            unit: 'PC',
            kind: 'observation',
            clause: '6.1',
            procedure: 'QT-PC-01',
            description:
              'Bảng xác định rủi ro, cơ hội của quá trình thẩm định văn bản đang được lập; cần hoàn thành và phổ biến trong quý tới.',
            evidence: 'Dự thảo bảng rủi ro, cơ hội của Vụ.',
            response: acknowledged('PC', '2018-03-15'),
          },
          {
            unit: 'TCCB',
            kind: 'improvement',
            clause: '7.2',
            procedure: 'QT-TCCB-01',
            description:
              'Mẫu phiếu đánh giá hiệu quả sau bồi dưỡng có thể đưa vào phần mềm để tổng hợp kết quả theo đơn vị.',
            evidence: 'Mẫu phiếu đánh giá sau bồi dưỡng ban hành sau đợt 2/2017.',
            response: acknowledged('TCCB', '2018-03-15'),
          },
        ],
      },
      {
        number: 2,
        title: 'Kiểm tra chéo giữa các đơn vị: rủi ro, mục tiêu chất lượng và quy trình nghiệp vụ',
        scopeClauses: ['6.1', '6.2', '7.5.3', '8.5.1', '9.1.1'],
        criteria: CRITERIA,
        lead: 'ttra.daumoi',
        members: ['vp.daumoi', 'cntt.daumoi', 'khtc.daumoi', 'pc.daumoi', 'tccb.daumoi'],
        created: '2018-03-19',
        published: '2018-03-29',
        // Planned after the story's as-of day (4/4/2018): loaded today, still to come.
        audits: [
          {
            unit: 'BC',
            date: '2018-05-15',
            start: '08:30',
            end: '10:30',
            auditors: ['cntt.daumoi'],
            procedures: ['QT-HT-02', 'QT-BC-01'],
            clauses: ['7.5.3', '8.5.1'],
          },
          {
            unit: 'HTQT',
            date: '2018-05-15',
            start: '14:00',
            end: '16:00',
            auditors: ['vp.daumoi'],
            procedures: ['QT-HT-01', 'QT-HTQT-01'],
            clauses: ['6.2', '9.1.1'],
          },
          {
            unit: 'KHCN',
            date: '2018-05-16',
            start: '08:30',
            end: '10:30',
            auditors: ['pc.daumoi'],
            procedures: ['QT-HT-02', 'QT-KHCN-01'],
            clauses: ['7.5.3', '9.1.1'],
          },
          {
            unit: 'QLDN',
            date: '2018-05-16',
            start: '14:00',
            end: '16:00',
            auditors: ['khtc.daumoi'],
            procedures: ['QT-HT-02', 'QT-QLDN-01'],
            clauses: ['7.5.3', '8.5.1'],
          },
          {
            unit: 'TDKT',
            date: '2018-05-17',
            start: '08:30',
            end: '10:30',
            auditors: ['tccb.daumoi'],
            procedures: ['QT-HT-02', 'QT-TDKT-01'],
            clauses: ['6.1', '7.5.3'],
          },
        ],
        findings: [],
      },
    ],
  },
];

/** The units the nonconformities demo holds an audit finding for (round 2/2017). */
export type FindingLink = { id: string; roundId: string; seq: number; label: string };

/**
 * Ids of round 2/2017 and of its nonconformity findings, made before either is written, so
 * that the nonconformities demo names its origin (finding id, round, label) and the finding
 * names its nonconformity: linked both ways.
 */
export function demoAuditLinks() {
  const roundId = newId();
  const round = programmes[0].rounds[1];
  const findings = new Map<string, FindingLink>();
  round.findings.forEach((f, i) => {
    if (!f.nc) return;
    const unit = demoUnits.find((u) => u.code === f.unit)!;
    findings.set(f.unit, {
      id: newId(),
      roundId,
      seq: i + 1,
      label: `Phát hiện số ${i + 1}, đợt ${round.number}/2017 đánh giá nội bộ — ${unit.name}`,
    });
  });
  if ([...findings.keys()].sort().join() !== [...NC_UNITS].sort().join())
    throw new Error('demo: each audit nonconformity needs its finding');
  return { roundId, findings };
}
export type DemoAuditLinks = ReturnType<typeof demoAuditLinks>;
