// QT-HT-03 Quy trình đánh giá nội bộ (ISO 9.2) and its forms.
import { decisions } from '../decisions.ts';
import { type FormSpec, formDocuments, formsSection } from '../forms.ts';
import { type ContentSpec, type DocumentPlan, patchContent, step } from '../plan.ts';
import { refs } from '../references.ts';
import { correctiveActionRef, secretariat } from './common.ts';

const { system2015, audit2017: auditRound2017 } = decisions;

const auditForms: FormSpec[] = [
  {
    code: 'BM-HT-03-01',
    title: 'Chương trình đánh giá nội bộ năm',
    body: `CHƯƠNG TRÌNH ĐÁNH GIÁ NỘI BỘ NĂM ……
STT | Đơn vị được đánh giá | Quá trình, quy trình được đánh giá | Điều khoản tiêu chuẩn | Thời gian dự kiến | Trưởng đoàn | Ghi chú
Người lập: Thư ký ISO – Phê duyệt: Lãnh đạo Bộ`,
  },
  {
    code: 'BM-HT-03-02',
    title: 'Kế hoạch đánh giá nội bộ',
    body: `KẾ HOẠCH ĐÁNH GIÁ NỘI BỘ
Mục đích: …… Phạm vi: …… Chuẩn mực đánh giá: TCVN ISO 9001; các quy trình của đơn vị.
Đoàn đánh giá: Trưởng đoàn ……; thành viên ……
Thời gian | Đơn vị được đánh giá | Nội dung, quy trình | Chuyên gia đánh giá | Người tiếp đoàn`,
  },
  {
    code: 'BM-HT-03-03',
    title: 'Danh mục kiểm tra',
    body: `DANH MỤC KIỂM TRA (CHECKLIST)
Đơn vị: …… Quy trình: …… Chuyên gia đánh giá: …… Ngày: …/…/……
STT | Điều khoản | Câu hỏi kiểm tra | Bằng chứng ghi nhận | Kết quả (Phù hợp / Không phù hợp / Khuyến nghị)`,
  },
  {
    code: 'BM-HT-03-04',
    title: 'Phiếu ghi nhận sự không phù hợp',
    body: `PHIẾU GHI NHẬN SỰ KHÔNG PHÙ HỢP
Đơn vị được đánh giá: …… Quy trình: …… Điều khoản: ……
Mô tả sự không phù hợp: ……
Phân loại: □ Không phù hợp nặng  □ Không phù hợp nhẹ  □ Khuyến nghị
Chuyên gia đánh giá (ký) – Đại diện đơn vị (ký)
Xác nhận kết quả khắc phục: ……  Ngày …/…/……`,
  },
  {
    code: 'BM-HT-03-05',
    title: 'Báo cáo đánh giá nội bộ',
    body: `BÁO CÁO ĐÁNH GIÁ NỘI BỘ
1. Mục đích, phạm vi, chuẩn mực đánh giá
2. Thành phần đoàn đánh giá, thời gian đánh giá
3. Kết quả đánh giá: điểm mạnh; các phát hiện (số lượng theo loại)
4. Kết luận về sự phù hợp và hiệu lực của hệ thống tại đơn vị
5. Kiến nghị
Trưởng đoàn đánh giá (ký, ghi rõ họ tên)`,
  },
];

const internalAudit2015: ContentSpec = {
  purpose:
    'Quy định trình tự lập chương trình, kế hoạch, thực hiện đánh giá nội bộ và theo dõi khắc phục, nhằm xác định Hệ thống quản lý chất lượng của Khối cơ quan Bộ có phù hợp với yêu cầu của tiêu chuẩn, của pháp luật và được áp dụng, duy trì có hiệu lực hay không.',
  scope:
    'Áp dụng đối với các cuộc đánh giá nội bộ định kỳ (ít nhất 01 lần trong năm) và đột xuất Hệ thống quản lý chất lượng tại 11 đơn vị Khối cơ quan Bộ.',
  references: [
    refs.iso2008('mục 8.2.2 Đánh giá nội bộ'),
    { text: 'TCVN ISO 19011:2013 Hướng dẫn đánh giá hệ thống quản lý' },
    refs.qd19,
    refs.tt26,
    correctiveActionRef,
  ],
  definitions: [
    {
      term: 'Đánh giá nội bộ',
      meaning:
        'Quá trình có hệ thống, độc lập và được lập thành văn bản để thu được bằng chứng đánh giá và xem xét đánh giá chúng một cách khách quan nhằm xác định mức độ thực hiện các chuẩn mực đánh giá.',
    },
    {
      term: 'Chuyên gia đánh giá nội bộ',
      meaning: 'Công chức đã được đào tạo về đánh giá nội bộ và được Lãnh đạo Bộ cử tham gia đoàn đánh giá.',
    },
    {
      term: 'Phát hiện đánh giá',
      meaning: 'Kết quả của việc xem xét bằng chứng đánh giá thu thập được so với chuẩn mực đánh giá.',
    },
    {
      term: 'Sự không phù hợp',
      meaning: 'Sự không đáp ứng một yêu cầu của tiêu chuẩn, của pháp luật hoặc của quy trình đã ban hành.',
    },
  ],
  steps: [
    step(
      'B1',
      secretariat,
      'Lập chương trình đánh giá nội bộ năm: đơn vị, quá trình được đánh giá, thời gian dự kiến.',
      5,
      'Chương trình đánh giá nội bộ (BM-HT-03-01)',
    ),
    step(
      'B2',
      'Lãnh đạo Bộ',
      'Xem xét, phê duyệt chương trình đánh giá nội bộ.',
      3,
      'Chương trình đã phê duyệt',
      {
        condition: 'Chương trình được phê duyệt?',
        yes: 'B3',
        no: 'B1',
      },
    ),
    step(
      'B3',
      secretariat,
      'Đề xuất thành lập đoàn đánh giá; lập kế hoạch đánh giá và thông báo cho các đơn vị trước ít nhất 05 ngày làm việc.',
      5,
      'Quyết định thành lập đoàn đánh giá; Kế hoạch đánh giá (BM-HT-03-02)',
    ),
    step(
      'B4',
      'Chuyên gia đánh giá nội bộ',
      'Nghiên cứu tài liệu của đơn vị; chuẩn bị danh mục câu hỏi kiểm tra theo từng quy trình, điều khoản.',
      3,
      'Danh mục kiểm tra (BM-HT-03-03)',
    ),
    step(
      'B5',
      'Đoàn đánh giá; đơn vị được đánh giá',
      'Họp khai mạc; phỏng vấn, xem xét hồ sơ, thu thập bằng chứng; họp kết thúc, thống nhất các phát hiện với đơn vị.',
      1,
      'Phiếu ghi nhận sự không phù hợp (BM-HT-03-04)',
    ),
    step(
      'B6',
      'Trưởng đoàn đánh giá',
      'Lập báo cáo đánh giá, gửi đơn vị được đánh giá và Thư ký ISO.',
      5,
      'Báo cáo đánh giá nội bộ (BM-HT-03-05)',
    ),
    step(
      'B7',
      'Đơn vị được đánh giá',
      'Xác định nguyên nhân, đề xuất và thực hiện hành động khắc phục theo Quy trình QT-HT-05.',
      15,
      'Phiếu yêu cầu hành động khắc phục (BM-HT-05-01)',
    ),
    step(
      'B8',
      'Chuyên gia đánh giá nội bộ',
      'Kiểm tra, xác nhận kết quả thực hiện hành động khắc phục.',
      5,
      'Phiếu ghi nhận đã xác nhận',
      {
        condition: 'Đã khắc phục có hiệu quả?',
        yes: 'B9',
        no: 'B7',
      },
    ),
    step(
      'B9',
      secretariat,
      'Tổng hợp kết quả đánh giá nội bộ, báo cáo Lãnh đạo Bộ; làm đầu vào cho cuộc họp xem xét của lãnh đạo.',
      5,
      'Báo cáo tổng hợp kết quả đánh giá nội bộ',
    ),
  ],
  forms: formsSection(auditForms),
  records: [
    {
      name: 'Chương trình, kế hoạch đánh giá nội bộ',
      keeper: 'Thư ký ISO',
      location: 'Vụ Khoa học và Công nghệ',
      retention: '05 năm',
    },
    {
      name: 'Danh mục kiểm tra, phiếu ghi nhận sự không phù hợp',
      keeper: 'Thư ký ISO',
      location: 'Vụ Khoa học và Công nghệ',
      retention: '05 năm',
    },
    {
      name: 'Báo cáo đánh giá nội bộ',
      keeper: 'Thư ký ISO',
      location: 'Vụ Khoa học và Công nghệ',
      retention: '10 năm',
    },
  ],
};

const internalAudit2017 = patchContent(internalAudit2015, {
  references: [
    refs.iso2015('mục 9.2 Đánh giá nội bộ'),
    { text: 'TCVN ISO 19011:2013 Hướng dẫn đánh giá hệ thống quản lý' },
    refs.qd19,
    refs.tt26,
    correctiveActionRef,
  ],
  addDefinitions: [
    {
      term: 'Đánh giá chéo',
      meaning:
        'Chuyên gia đánh giá của đơn vị này đánh giá đơn vị khác; không chuyên gia nào đánh giá công việc của đơn vị mình.',
    },
    {
      term: 'Cơ hội cải tiến',
      meaning: 'Phát hiện không phải sự không phù hợp nhưng cho thấy cách làm có thể tốt hơn.',
    },
  ],
  steps: {
    B3: {
      action:
        'Đề xuất thành lập đoàn đánh giá chéo giữa các đơn vị, bảo đảm chuyên gia không đánh giá đơn vị mình; lập kế hoạch đánh giá và thông báo cho các đơn vị trước ít nhất 05 ngày làm việc.',
    },
    B5: {
      output:
        'Phiếu ghi nhận sự không phù hợp (BM-HT-03-04), phân loại: không phù hợp nặng, không phù hợp nhẹ, khuyến nghị, cơ hội cải tiến',
    },
    B7: { durationDays: 20 },
  },
});

export const internalAuditProcedure: DocumentPlan[] = [
  {
    code: 'QT-HT-03',
    type: 'system_procedure',
    title: 'Quy trình đánh giá nội bộ',
    owner: 'KHCN',
    versions: [
      {
        kind: 'new',
        reason: 'Xây dựng Hệ thống quản lý chất lượng của Khối cơ quan Bộ theo Quyết định số 19/2014/QĐ-TTg.',
        content: internalAudit2015,
        requested: '2015-07-13',
        done: system2015.date,
        reaches: 'issued',
        decisionNo: system2015.no,
      },
      {
        kind: 'revise',
        reason:
          'Chuyển đổi sang TCVN ISO 9001:2015; tổ chức đánh giá chéo giữa các đơn vị trong đợt đánh giá nội bộ năm 2017.',
        changeSummary:
          'Mục 3: TCVN ISO 9001:2015 mục 9.2; Mục 4: bổ sung "đánh giá chéo", "cơ hội cải tiến"; bước 3: đoàn đánh giá chéo; bước 5: phân loại phát hiện; bước 7: thời hạn khắc phục 20 ngày.',
        content: internalAudit2017,
        requested: '2017-07-17',
        done: auditRound2017.date,
        reaches: 'issued',
        decisionNo: auditRound2017.no,
      },
    ],
  },
  ...formDocuments('QT-HT-03', 'KHCN', system2015, auditForms),
];
