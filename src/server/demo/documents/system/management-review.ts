// QT-HT-06 Quy trình xem xét của lãnh đạo (ISO 9.3) and its forms.
import { decisions } from '../decisions.ts';
import { type FormSpec, formDocuments, formsSection } from '../forms.ts';
import { type ContentSpec, type DocumentPlan, patchContent, step } from '../plan.ts';
import { refs } from '../references.ts';
import { secretariat } from './common.ts';

const { system2015 } = decisions;

const reviewForms: FormSpec[] = [
  {
    code: 'BM-HT-06-01',
    title: 'Báo cáo tình hình áp dụng Hệ thống quản lý chất lượng của đơn vị',
    body: `BÁO CÁO TÌNH HÌNH ÁP DỤNG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG
Đơn vị: …… Kỳ báo cáo: ……
1. Kết quả thực hiện mục tiêu chất lượng của đơn vị
2. Tình hình giải quyết công việc, thủ tục hành chính (đúng hạn, trễ hạn)
3. Ý kiến phản hồi, khiếu nại của tổ chức, cá nhân
4. Kết quả đánh giá nội bộ và hành động khắc phục
5. Rủi ro, cơ hội và các thay đổi có thể ảnh hưởng đến hệ thống
6. Đề xuất cải tiến
Thủ trưởng đơn vị (ký, ghi rõ họ tên)`,
  },
  {
    code: 'BM-HT-06-02',
    title: 'Biên bản họp xem xét của lãnh đạo',
    body: `BIÊN BẢN HỌP BAN CHỈ ĐẠO ISO KHỐI CƠ QUAN BỘ
Thời gian: …… Địa điểm: …… Chủ trì: ……
Thành phần tham dự: ……
Nội dung: 1. Báo cáo tình hình áp dụng Hệ thống quản lý chất lượng; 2. Ý kiến của các thành viên; 3. Kết luận của chủ trì.
Các chỉ đạo: STT | Nội dung | Đơn vị thực hiện | Thời hạn
Thư ký cuộc họp (ký) – Chủ trì (ký)`,
  },
];

const review2015: ContentSpec = {
  purpose:
    'Quy định việc Lãnh đạo Bộ định kỳ xem xét Hệ thống quản lý chất lượng của Khối cơ quan Bộ để bảo đảm hệ thống luôn thích hợp, thỏa đáng, có hiệu lực và phù hợp với định hướng chiến lược của Bộ.',
  scope:
    'Áp dụng đối với các cuộc họp xem xét của lãnh đạo (họp Ban chỉ đạo ISO) định kỳ ít nhất 01 lần trong năm và đột xuất.',
  references: [refs.iso2008('mục 5.6 Xem xét của lãnh đạo'), refs.qd19, refs.tt26, refs.manual],
  definitions: [
    {
      term: 'Xem xét của lãnh đạo',
      meaning:
        'Hoạt động của Lãnh đạo Bộ nhằm đánh giá sự thích hợp, thỏa đáng, hiệu lực của Hệ thống quản lý chất lượng và đưa ra quyết định cải tiến.',
    },
    {
      term: 'Ban chỉ đạo ISO',
      meaning: 'Ban chỉ đạo xây dựng, áp dụng Hệ thống quản lý chất lượng Khối cơ quan Bộ.',
    },
  ],
  steps: [
    step(
      'B1',
      secretariat,
      'Đề xuất kế hoạch họp xem xét của lãnh đạo: thời gian, thành phần, nội dung.',
      5,
      'Kế hoạch họp xem xét của lãnh đạo',
    ),
    step('B2', 'Lãnh đạo Bộ', 'Phê duyệt kế hoạch họp.', 2, 'Kế hoạch đã phê duyệt'),
    step(
      'B3',
      'Các đơn vị',
      'Báo cáo tình hình áp dụng Hệ thống quản lý chất lượng của đơn vị: kết quả thực hiện mục tiêu chất lượng, tình hình giải quyết công việc, ý kiến phản hồi, kết quả khắc phục, đề xuất cải tiến.',
      10,
      'Báo cáo của đơn vị (BM-HT-06-01)',
    ),
    step(
      'B4',
      secretariat,
      'Tổng hợp báo cáo tình hình áp dụng Hệ thống quản lý chất lượng Khối cơ quan Bộ; chuẩn bị tài liệu họp.',
      5,
      'Báo cáo tổng hợp',
      { condition: 'Báo cáo của các đơn vị đầy đủ?', yes: 'B5', no: 'B3' },
    ),
    step(
      'B5',
      'Lãnh đạo Bộ (Trưởng Ban chỉ đạo ISO)',
      'Chủ trì họp Ban chỉ đạo ISO; xem xét sự thích hợp, thỏa đáng, hiệu lực của hệ thống; kết luận và giao nhiệm vụ.',
      1,
      'Biên bản họp (BM-HT-06-02)',
    ),
    step(
      'B6',
      'Văn phòng Bộ; Thư ký ISO',
      'Dự thảo, trình ban hành Thông báo kết luận của Lãnh đạo Bộ.',
      5,
      'Thông báo kết luận',
    ),
    step(
      'B7',
      'Các đơn vị',
      'Thực hiện các kết luận, chỉ đạo theo thời hạn được giao.',
      null,
      'Báo cáo kết quả thực hiện',
    ),
    step(
      'B8',
      secretariat,
      'Theo dõi, đôn đốc việc thực hiện kết luận; báo cáo kết quả tại kỳ họp sau.',
      null,
      'Báo cáo kết quả thực hiện kết luận',
    ),
  ],
  forms: formsSection(reviewForms),
  records: [
    {
      name: 'Báo cáo của các đơn vị và báo cáo tổng hợp',
      keeper: 'Thư ký ISO',
      location: 'Vụ Khoa học và Công nghệ',
      retention: '10 năm',
    },
    {
      name: 'Biên bản họp, Thông báo kết luận',
      keeper: 'Thư ký ISO',
      location: 'Vụ Khoa học và Công nghệ',
      retention: 'Vĩnh viễn',
    },
  ],
};

const review2018 = patchContent(review2015, {
  references: [refs.iso2015('mục 9.3 Xem xét của lãnh đạo'), refs.qd19, refs.tt26, refs.manual],
  steps: {
    B3: {
      action:
        'Báo cáo tình hình áp dụng Hệ thống quản lý chất lượng của đơn vị theo đầu vào của TCVN ISO 9001:2015 mục 9.3.2: thay đổi về bối cảnh, kết quả thực hiện mục tiêu, giải quyết công việc, ý kiến phản hồi, đánh giá nội bộ, khắc phục, nguồn lực, rủi ro và cơ hội, đề xuất cải tiến.',
    },
    B8: {
      action:
        'Theo dõi từng chỉ đạo trên phần mềm đến khi hoàn thành; đôn đốc chỉ đạo đến hạn; báo cáo kết quả tại kỳ họp sau.',
    },
  },
});

export const managementReviewProcedure: DocumentPlan[] = [
  {
    code: 'QT-HT-06',
    type: 'system_procedure',
    title: 'Quy trình xem xét của lãnh đạo',
    owner: 'KHCN',
    versions: [
      {
        kind: 'new',
        reason: 'Xây dựng Hệ thống quản lý chất lượng của Khối cơ quan Bộ theo Quyết định số 19/2014/QĐ-TTg.',
        content: review2015,
        requested: '2015-07-13',
        done: system2015.date,
        reaches: 'issued',
        decisionNo: system2015.no,
      },
      {
        kind: 'revise',
        reason:
          'Bổ sung đầu vào của xem xét lãnh đạo theo TCVN ISO 9001:2015; theo dõi các chỉ đạo của Ban chỉ đạo ISO trên phần mềm.',
        changeSummary:
          'Mục 3: TCVN ISO 9001:2015 mục 9.3; bước 3: đầu vào theo mục 9.3.2; bước 8: theo dõi từng chỉ đạo trên phần mềm.',
        content: review2018,
        requested: '2018-03-08',
        done: '2018-04-02',
        reaches: 'unit_review',
      },
    ],
  },
  ...formDocuments('QT-HT-06', 'KHCN', system2015, reviewForms),
];
