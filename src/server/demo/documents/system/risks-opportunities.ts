// QT-HT-07 Quy trình quản lý rủi ro và cơ hội (ISO 6.1) and its forms.
import { decisions } from '../decisions.ts';
import { type FormSpec, formDocuments, formsSection } from '../forms.ts';
import { type ContentSpec, type DocumentPlan, step } from '../plan.ts';
import { refs } from '../references.ts';

const { risks2016: risks2016Decision } = decisions;

const riskForms: FormSpec[] = [
  {
    code: 'BM-HT-07-01',
    title: 'Sổ đăng ký rủi ro và cơ hội',
    body: `SỔ ĐĂNG KÝ RỦI RO VÀ CƠ HỘI
Đơn vị: …… Năm: ……
STT | Quy trình | Rủi ro / cơ hội | Nguyên nhân | Khả năng xảy ra (1–5) | Mức độ ảnh hưởng (1–5) | Mức độ rủi ro | Biện pháp xử lý | Người chịu trách nhiệm`,
  },
  {
    code: 'BM-HT-07-02',
    title: 'Kế hoạch xử lý rủi ro và cơ hội',
    body: `KẾ HOẠCH XỬ LÝ RỦI RO VÀ CƠ HỘI
STT | Rủi ro / cơ hội | Biện pháp | Nguồn lực | Người thực hiện | Thời hạn | Cách đánh giá hiệu lực | Kết quả
Lãnh đạo đơn vị phê duyệt (ký, ghi rõ họ tên)`,
  },
];

const riskManagement: ContentSpec = {
  purpose:
    'Quy định cách thức nhận diện, đánh giá, xử lý và theo dõi rủi ro, cơ hội trong các quá trình của Hệ thống quản lý chất lượng, nhằm bảo đảm hệ thống đạt được kết quả dự kiến, phòng ngừa tác động không mong muốn và tận dụng cơ hội cải tiến.',
  scope:
    'Áp dụng đối với các quá trình, quy trình thuộc Hệ thống quản lý chất lượng tại 11 đơn vị Khối cơ quan Bộ.',
  references: [
    refs.iso2015('mục 4.1, 4.2 và 6.1'),
    { text: 'TCVN ISO 31000:2011 Quản lý rủi ro – Nguyên tắc và hướng dẫn' },
    refs.manual,
  ],
  definitions: [
    { term: 'Rủi ro', meaning: 'Tác động của sự không chắc chắn đến kết quả dự kiến của quá trình.' },
    {
      term: 'Cơ hội',
      meaning: 'Tình huống hoặc điều kiện thuận lợi có thể tận dụng để nâng cao kết quả thực hiện.',
    },
    {
      term: 'Mức độ rủi ro',
      meaning: 'Tích số của khả năng xảy ra (thang 1–5) và mức độ ảnh hưởng (thang 1–5).',
    },
    {
      term: 'Bên quan tâm',
      meaning:
        'Cá nhân, tổ chức có thể ảnh hưởng, bị ảnh hưởng bởi hoạt động của Khối cơ quan Bộ (tổ chức, cá nhân, doanh nghiệp, các bộ, ngành, địa phương).',
    },
  ],
  steps: [
    step(
      'B1',
      'Cán bộ đầu mối ISO các đơn vị',
      'Xác định các vấn đề bên trong, bên ngoài và nhu cầu, mong đợi của các bên quan tâm liên quan đến các quá trình của đơn vị.',
      10,
      'Bảng xác định bối cảnh và các bên quan tâm',
    ),
    step(
      'B2',
      'Cán bộ đầu mối ISO; chuyên viên',
      'Nhận diện rủi ro, cơ hội theo từng quy trình (trễ hạn, sai sót hồ sơ, thay đổi văn bản pháp luật, biến động nhân sự…).',
      5,
      'Sổ đăng ký rủi ro và cơ hội (BM-HT-07-01)',
    ),
    step(
      'B3',
      'Cán bộ đầu mối ISO',
      'Đánh giá mức độ rủi ro theo khả năng xảy ra và mức độ ảnh hưởng; xác định rủi ro phải xử lý (mức độ từ 10 trở lên).',
      3,
      'Sổ đăng ký đã đánh giá',
    ),
    step(
      'B4',
      'Cán bộ đầu mối ISO',
      'Đề xuất biện pháp xử lý rủi ro, tận dụng cơ hội; người thực hiện, thời hạn.',
      5,
      'Kế hoạch xử lý rủi ro và cơ hội (BM-HT-07-02)',
    ),
    step('B5', 'Lãnh đạo đơn vị', 'Xem xét, phê duyệt kế hoạch xử lý.', 3, 'Kế hoạch đã phê duyệt', {
      condition: 'Kế hoạch được phê duyệt?',
      yes: 'B6',
      no: 'B4',
    }),
    step('B6', 'Cá nhân được giao', 'Thực hiện biện pháp xử lý theo kế hoạch.', null, 'Bằng chứng thực hiện'),
    step(
      'B7',
      'Lãnh đạo đơn vị; Cán bộ đầu mối ISO',
      'Theo dõi, đánh giá hiệu lực của biện pháp xử lý 6 tháng một lần.',
      5,
      'Kết quả đánh giá hiệu lực',
      { condition: 'Rủi ro đã được kiểm soát?', yes: 'B8', no: 'B3' },
    ),
    step(
      'B8',
      'Cán bộ đầu mối ISO',
      'Cập nhật Sổ đăng ký rủi ro và cơ hội; báo cáo Thư ký ISO làm đầu vào cho xem xét của lãnh đạo.',
      2,
      'Sổ đăng ký đã cập nhật',
    ),
  ],
  forms: formsSection(riskForms),
  records: [
    {
      name: 'Sổ đăng ký rủi ro và cơ hội',
      keeper: 'Cán bộ đầu mối ISO',
      location: 'Các đơn vị',
      retention: '05 năm',
    },
    {
      name: 'Kế hoạch xử lý rủi ro và cơ hội',
      keeper: 'Cán bộ đầu mối ISO',
      location: 'Các đơn vị',
      retention: '05 năm',
    },
  ],
};

export const risksOpportunitiesProcedure: DocumentPlan[] = [
  {
    code: 'QT-HT-07',
    type: 'system_procedure',
    title: 'Quy trình quản lý rủi ro và cơ hội',
    owner: 'KHCN',
    versions: [
      {
        kind: 'new',
        reason:
          'Chuẩn bị chuyển đổi Hệ thống quản lý chất lượng sang TCVN ISO 9001:2015 (tư duy dựa trên rủi ro, mục 6.1).',
        content: riskManagement,
        requested: '2016-09-12',
        done: risks2016Decision.date,
        reaches: 'issued',
        decisionNo: risks2016Decision.no,
      },
      {
        kind: 'revise',
        reason: 'Bổ sung tiêu chí đánh giá rủi ro riêng cho các quy trình giải quyết thủ tục hành chính.',
        content: riskManagement,
        requested: '2018-02-26',
        done: '2018-03-09',
        reaches: 'cancelled',
        note: 'Hủy đề nghị: tiêu chí đánh giá rủi ro đối với thủ tục hành chính đã được đưa vào Hướng dẫn HD-KHCN-01, không cần sửa quy trình.',
      },
    ],
  },
  ...formDocuments('QT-HT-07', 'KHCN', risks2016Decision, riskForms),
];
