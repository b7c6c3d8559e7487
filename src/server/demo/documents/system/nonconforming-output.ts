// QT-HT-04 kiểm soát sản phẩm / đầu ra không phù hợp (ISO 8.7) and its forms.
import { decisions } from '../decisions.ts';
import { type FormSpec, formDocuments, formsSection } from '../forms.ts';
import { type ContentSpec, type DocumentPlan, patchContent, step } from '../plan.ts';
import { refs } from '../references.ts';
import { correctiveActionRef, firstIssue } from './common.ts';

const { system2015 } = decisions;

const nonconformingForms: FormSpec[] = [
  {
    code: 'BM-HT-04-01',
    title: 'Phiếu theo dõi sản phẩm không phù hợp',
    body: `PHIẾU THEO DÕI SẢN PHẨM KHÔNG PHÙ HỢP
Đơn vị: …… Quy trình: …… Hồ sơ, văn bản liên quan: ……
Mô tả sự không phù hợp: …… Người phát hiện: …… Ngày: …/…/……
Biện pháp xử lý: □ Sửa chữa, làm lại  □ Thu hồi, thay thế  □ Thông báo cho tổ chức, cá nhân  □ Khác: ……
Kết quả xử lý: …… Cần hành động khắc phục: □ Có  □ Không
Lãnh đạo đơn vị (ký, ghi rõ họ tên)`,
  },
  {
    code: 'BM-HT-04-02',
    title: 'Sổ theo dõi sản phẩm không phù hợp',
    body: `SỔ THEO DÕI SẢN PHẨM KHÔNG PHÙ HỢP
STT | Ngày phát hiện | Mô tả | Quy trình | Biện pháp xử lý | Người thực hiện | Ngày hoàn thành | Số phiếu hành động khắc phục`,
  },
];

const nonconforming2015: ContentSpec = {
  purpose:
    'Quy định cách thức phát hiện, ghi nhận và xử lý các kết quả giải quyết công việc không phù hợp, nhằm ngăn ngừa việc chuyển giao cho tổ chức, cá nhân những kết quả không đáp ứng yêu cầu.',
  scope:
    'Áp dụng đối với văn bản, kết quả giải quyết công việc, thủ tục hành chính không đáp ứng yêu cầu của pháp luật, của quy trình hoặc của tổ chức, cá nhân tại 11 đơn vị Khối cơ quan Bộ.',
  references: [refs.iso2008('mục 8.3 Kiểm soát sản phẩm không phù hợp'), refs.qd19, correctiveActionRef],
  definitions: [
    {
      term: 'Sản phẩm',
      meaning:
        'Kết quả của quá trình giải quyết công việc: văn bản, giấy phép, quyết định, ý kiến thẩm định, báo cáo.',
    },
    {
      term: 'Sản phẩm không phù hợp',
      meaning:
        'Sản phẩm không đáp ứng yêu cầu của pháp luật, của quy trình hoặc yêu cầu chính đáng của tổ chức, cá nhân.',
    },
  ],
  steps: [
    step(
      'B1',
      'Cán bộ, công chức',
      'Phát hiện sản phẩm không phù hợp trong quá trình thực hiện hoặc qua phản ánh của tổ chức, cá nhân; ghi nhận vào phiếu theo dõi.',
      1,
      'Phiếu theo dõi (BM-HT-04-01)',
    ),
    step(
      'B2',
      'Cán bộ, công chức',
      'Báo cáo Lãnh đạo đơn vị để xem xét, xử lý.',
      1,
      'Phiếu theo dõi đã báo cáo',
    ),
    step(
      'B3',
      'Lãnh đạo đơn vị',
      'Xác định biện pháp xử lý: sửa chữa, làm lại; thu hồi, thay thế văn bản đã phát hành; thông báo cho tổ chức, cá nhân bị ảnh hưởng.',
      2,
      'Biện pháp xử lý được phê duyệt',
    ),
    step('B4', 'Chuyên viên được giao', 'Thực hiện biện pháp xử lý đã được phê duyệt.', 3, 'Kết quả xử lý'),
    step('B5', 'Lãnh đạo đơn vị', 'Kiểm tra lại kết quả sau xử lý.', 1, 'Kết quả đã kiểm tra', {
      condition: 'Kết quả đáp ứng yêu cầu?',
      yes: 'B6',
      no: 'B3',
    }),
    step(
      'B6',
      'Lãnh đạo đơn vị',
      'Xem xét sự cần thiết thực hiện hành động khắc phục theo Quy trình QT-HT-05 để phòng ngừa tái diễn.',
      2,
      'Phiếu yêu cầu hành động khắc phục (nếu có)',
    ),
    step(
      'B7',
      'Cán bộ đầu mối ISO',
      'Cập nhật Sổ theo dõi; báo cáo Thư ký ISO định kỳ 6 tháng một lần.',
      null,
      'Sổ theo dõi sản phẩm không phù hợp (BM-HT-04-02)',
    ),
  ],
  forms: formsSection(nonconformingForms),
  records: [
    {
      name: 'Phiếu theo dõi sản phẩm không phù hợp',
      keeper: 'Cán bộ đầu mối ISO',
      location: 'Các đơn vị',
      retention: '03 năm',
    },
    {
      name: 'Sổ theo dõi sản phẩm không phù hợp',
      keeper: 'Cán bộ đầu mối ISO',
      location: 'Các đơn vị',
      retention: '05 năm',
    },
  ],
};

const nonconforming2018 = patchContent(nonconforming2015, {
  purpose:
    'Quy định cách thức nhận biết, kiểm soát và xử lý đầu ra không phù hợp với yêu cầu, nhằm ngăn ngừa việc sử dụng hoặc chuyển giao ngoài dự kiến cho tổ chức, cá nhân.',
  references: [refs.iso2015('mục 8.7 Kiểm soát đầu ra không phù hợp'), refs.qd19, correctiveActionRef],
  definitions: [
    {
      term: 'Đầu ra',
      meaning:
        'Kết quả của một quá trình giải quyết công việc: văn bản, giấy phép, quyết định, ý kiến thẩm định, báo cáo.',
    },
    {
      term: 'Đầu ra không phù hợp',
      meaning:
        'Đầu ra không đáp ứng yêu cầu của pháp luật, của quy trình hoặc yêu cầu chính đáng của tổ chức, cá nhân.',
    },
  ],
  steps: {
    B1: {
      action:
        'Phát hiện đầu ra không phù hợp trong quá trình thực hiện hoặc qua phản ánh của tổ chức, cá nhân; ghi nhận vào phiếu theo dõi.',
    },
    B3: {
      action:
        'Xác định biện pháp xử lý: sửa chữa, làm lại; tạm dừng chuyển giao; thu hồi, thay thế văn bản đã phát hành; thông báo cho tổ chức, cá nhân bị ảnh hưởng và có văn bản xin lỗi khi lỗi thuộc về cơ quan.',
    },
  },
  forms: [
    { code: 'BM-HT-04-01', title: 'Phiếu theo dõi đầu ra không phù hợp' },
    { code: 'BM-HT-04-02', title: 'Sổ theo dõi đầu ra không phù hợp' },
  ],
});

export const nonconformingOutputProcedure: DocumentPlan[] = [
  {
    code: 'QT-HT-04',
    type: 'system_procedure',
    title: 'Quy trình kiểm soát sản phẩm không phù hợp',
    owner: 'KHCN',
    versions: [
      { ...firstIssue, content: nonconforming2015 },
      {
        kind: 'revise',
        title: 'Quy trình kiểm soát đầu ra không phù hợp',
        reason: 'Chuyển đổi sang TCVN ISO 9001:2015 mục 8.7 (đầu ra không phù hợp).',
        changeSummary:
          'Đổi tên quy trình; Mục 1, 4: "đầu ra" thay cho "sản phẩm"; Mục 3: TCVN ISO 9001:2015; bước 3: tạm dừng chuyển giao, văn bản xin lỗi khi lỗi thuộc về cơ quan.',
        content: nonconforming2018,
        requested: '2018-03-12',
        done: '2018-04-03',
        reaches: 'secretariat_check',
      },
    ],
  },
  ...formDocuments('QT-HT-04', 'KHCN', system2015, nonconformingForms),
];
