// QT-HT-05 Quy trình hành động khắc phục (ISO 10.2) and its forms.
import { decisions } from '../decisions.ts';
import { type FormSpec, formDocuments, formsSection } from '../forms.ts';
import { type ContentSpec, type DocumentPlan, earlier, patchContent, step } from '../plan.ts';
import { refs } from '../references.ts';
import { firstIssue, secretariat } from './common.ts';

const { system2015 } = decisions;

const correctiveForms: FormSpec[] = [
  {
    code: 'BM-HT-05-01',
    title: 'Phiếu yêu cầu hành động khắc phục',
    body: `PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC
Số: …… Nguồn: □ Đánh giá nội bộ  □ Phản ánh, khiếu nại  □ Xem xét của lãnh đạo  □ Khác
Đơn vị: …… Mô tả sự không phù hợp: ……
Khắc phục tức thời: ……
Nguyên nhân: ……
Hành động khắc phục | Người thực hiện | Thời hạn
Lãnh đạo đơn vị phê duyệt (ký) – Ngày …/…/……
Xác nhận hiệu lực: □ Có hiệu lực  □ Chưa có hiệu lực. Người xác nhận (ký) – Ngày …/…/……`,
  },
  {
    code: 'BM-HT-05-02',
    title: 'Sổ theo dõi hành động khắc phục',
    body: `SỔ THEO DÕI HÀNH ĐỘNG KHẮC PHỤC
STT | Số phiếu | Đơn vị | Nguồn | Nội dung không phù hợp | Thời hạn | Ngày hoàn thành | Kết quả xác nhận`,
  },
];

const corrective2015: ContentSpec = {
  purpose:
    'Quy định cách thức xác định nguyên nhân và thực hiện hành động khắc phục nhằm loại bỏ nguyên nhân của sự không phù hợp, ngăn ngừa tái diễn.',
  scope:
    'Áp dụng đối với các sự không phù hợp phát hiện qua đánh giá nội bộ, đánh giá bên ngoài, phản ánh, khiếu nại của tổ chức, cá nhân, xem xét của lãnh đạo và theo dõi mục tiêu chất lượng tại 11 đơn vị Khối cơ quan Bộ.',
  references: [
    refs.iso2008('mục 8.5.2 Hành động khắc phục'),
    refs.qd19,
    { code: 'QT-HT-03', text: 'Quy trình đánh giá nội bộ (QT-HT-03)' },
  ],
  definitions: [
    { term: 'Khắc phục', meaning: 'Hành động nhằm loại bỏ sự không phù hợp đã được phát hiện.' },
    {
      term: 'Hành động khắc phục',
      meaning: 'Hành động nhằm loại bỏ nguyên nhân của sự không phù hợp và ngăn ngừa việc tái diễn.',
    },
  ],
  steps: [
    step(
      'B1',
      'Lãnh đạo đơn vị; Thư ký ISO',
      'Xác định sự không phù hợp từ các nguồn: đánh giá nội bộ, đánh giá bên ngoài, phản ánh, khiếu nại, xem xét của lãnh đạo, theo dõi mục tiêu chất lượng; lập phiếu yêu cầu.',
      2,
      'Phiếu yêu cầu hành động khắc phục (BM-HT-05-01)',
    ),
    step(
      'B2',
      'Đơn vị có sự không phù hợp',
      'Thực hiện khắc phục tức thời để xử lý hậu quả (nếu có).',
      2,
      'Kết quả khắc phục tức thời',
    ),
    step(
      'B3',
      'Đơn vị có sự không phù hợp',
      'Phân tích, xác định nguyên nhân gốc rễ của sự không phù hợp.',
      3,
      'Nguyên nhân ghi trên phiếu',
    ),
    step(
      'B4',
      'Đơn vị có sự không phù hợp',
      'Đề xuất hành động khắc phục, người thực hiện và thời hạn hoàn thành.',
      2,
      'Hành động khắc phục đề xuất',
    ),
    step('B5', 'Lãnh đạo đơn vị', 'Xem xét, phê duyệt hành động khắc phục.', 2, 'Phiếu đã phê duyệt', {
      condition: 'Hành động đề xuất xử lý đúng nguyên nhân?',
      yes: 'B6',
      no: 'B3',
    }),
    step(
      'B6',
      'Cá nhân được giao',
      'Thực hiện hành động khắc phục theo thời hạn được phê duyệt.',
      15,
      'Bằng chứng thực hiện',
    ),
    step(
      'B7',
      'Thư ký ISO; chuyên gia đánh giá nội bộ',
      'Kiểm tra, xác nhận hiệu lực của hành động khắc phục.',
      5,
      'Phiếu đã xác nhận hiệu lực',
      { condition: 'Hành động khắc phục có hiệu lực?', yes: 'B8', no: 'B3' },
    ),
    step(
      'B8',
      secretariat,
      'Cập nhật Sổ theo dõi hành động khắc phục; báo cáo tại cuộc họp xem xét của lãnh đạo.',
      null,
      'Sổ theo dõi hành động khắc phục (BM-HT-05-02)',
    ),
  ],
  forms: formsSection(correctiveForms),
  records: [
    {
      name: 'Phiếu yêu cầu hành động khắc phục',
      keeper: 'Thư ký ISO',
      location: 'Vụ Khoa học và Công nghệ',
      retention: '05 năm',
    },
    {
      name: 'Sổ theo dõi hành động khắc phục',
      keeper: 'Thư ký ISO',
      location: 'Vụ Khoa học và Công nghệ',
      retention: '05 năm',
    },
  ],
};

const updateRisks = step(
  'B7a',
  'Cán bộ đầu mối ISO',
  'Cập nhật rủi ro và cơ hội đã xác định trong hoạch định (QT-HT-07); sửa đổi quy trình, tài liệu khi cần.',
  3,
  'Sổ đăng ký rủi ro và cơ hội đã cập nhật',
);

const corrective2018 = patchContent(corrective2015, {
  references: [
    refs.iso2015('mục 10.2 Sự không phù hợp và hành động khắc phục'),
    refs.qd19,
    { code: 'QT-HT-03', text: 'Quy trình đánh giá nội bộ (QT-HT-03)' },
    { code: 'QT-HT-07', text: 'Quy trình quản lý rủi ro và cơ hội (QT-HT-07)' },
  ],
  steps: {
    B6: {
      durationDays: 20,
      action: 'Thực hiện hành động khắc phục trong 20 ngày làm việc kể từ ngày phiếu được phê duyệt.',
    },
  },
  insert: [{ after: 'B7', step: updateRisks }],
});

export const correctiveActionProcedure: DocumentPlan[] = [
  {
    code: 'QT-HT-05',
    type: 'system_procedure',
    title: 'Quy trình hành động khắc phục',
    owner: 'KHCN',
    versions: [
      { ...firstIssue, content: corrective2015 },
      {
        kind: 'revise',
        reason: 'Chuyển đổi sang TCVN ISO 9001:2015 mục 10.2; cập nhật rủi ro và cơ hội sau khi khắc phục.',
        changeSummary:
          'Mục 3: TCVN ISO 9001:2015; bước 6: thời hạn 20 ngày làm việc; bổ sung bước cập nhật rủi ro và cơ hội.',
        content: corrective2018,
        requested: '2018-03-19',
        done: '2018-04-03',
        reaches: 'draft',
        returns: [
          {
            at: 'check',
            comment:
              'Bước 6: đề nghị thống nhất cách tính thời hạn với Quy trình đánh giá nội bộ QT-HT-03 (20 ngày làm việc); bổ sung bước cập nhật rủi ro và cơ hội sau khắc phục theo yêu cầu 10.2.1 e.',
            before: earlier({ remove: ['B7a'] }),
          },
        ],
      },
    ],
  },
  ...formDocuments('QT-HT-05', 'KHCN', system2015, correctiveForms),
];
