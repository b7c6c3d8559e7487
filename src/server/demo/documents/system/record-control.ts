// QT-HT-02 Quy trình kiểm soát hồ sơ (ISO 7.5.3), owned by Văn phòng Bộ, and its forms.
import { daysBefore } from '../days.ts';
import { decisions } from '../decisions.ts';
import { type FormSpec, formDocuments, formsSection } from '../forms.ts';
import { type ContentSpec, type DocumentPlan, patchContent, step } from '../plan.ts';
import { refs } from '../references.ts';

const { system2015 } = decisions;

const recordForms: FormSpec[] = [
  {
    code: 'BM-HT-02-01',
    title: 'Danh mục hồ sơ',
    body: `DANH MỤC HỒ SƠ NĂM ……
(Ban hành kèm theo Quyết định số …/QĐ-BTTTT ngày …/…/…… của Bộ trưởng Bộ Thông tin và Truyền thông)
Số và ký hiệu hồ sơ | Tên đề mục và tiêu đề hồ sơ | Thời hạn bảo quản | Đơn vị/người lập hồ sơ | Ghi chú
Đề mục lớn ghi bằng số La Mã (I, II, …), đề mục nhỏ ghi bằng số Ả Rập (1, 2, …); số hồ sơ ghi liên tục trong năm, kèm ký hiệu đơn vị (ví dụ: 01.TCCB).`,
  },
  {
    code: 'BM-HT-02-02',
    title: 'Mục lục văn bản trong hồ sơ',
    body: `MỤC LỤC VĂN BẢN
Số, ký hiệu hồ sơ: ……… Tiêu đề hồ sơ: ………………
STT | Số, ký hiệu văn bản | Ngày tháng văn bản | Tác giả văn bản | Trích yếu nội dung | Tờ số | Ghi chú`,
  },
  {
    code: 'BM-HT-02-03',
    title: 'Mục lục hồ sơ, tài liệu nộp lưu',
    body: `MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU
Đơn vị nộp lưu: ……………… Năm: ……
STT | Số, ký hiệu hồ sơ | Tiêu đề hồ sơ | Thời gian bắt đầu và kết thúc | Thời hạn bảo quản | Số tờ | Ghi chú`,
  },
  {
    code: 'BM-HT-02-04',
    title: 'Biên bản giao nhận hồ sơ, tài liệu',
    body: `BIÊN BẢN GIAO NHẬN HỒ SƠ, TÀI LIỆU
Hôm nay, ngày …/…/……, tại ……………, chúng tôi gồm:
Bên giao: …………… (đơn vị, họ tên, chức vụ)
Bên nhận: Lưu trữ cơ quan – Văn phòng Bộ (họ tên, chức vụ)
Thống nhất lập biên bản giao nhận tài liệu như sau:
1. Tên khối tài liệu giao nộp: ……………
2. Thời gian của tài liệu: ……………
3. Số lượng: … hộp (cặp), gồm … hồ sơ, tương đương … mét giá.
4. Tình trạng tài liệu giao nộp: ……………
5. Mục lục hồ sơ, tài liệu nộp lưu kèm theo.
Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản.
BÊN GIAO (ký, ghi rõ họ tên)          BÊN NHẬN (ký, ghi rõ họ tên)`,
  },
];

const recordControl2015: ContentSpec = {
  purpose:
    'Quy định thống nhất việc lập Danh mục hồ sơ, lập, quản lý, bảo quản hồ sơ công việc và giao nộp hồ sơ vào Lưu trữ cơ quan, bảo đảm hồ sơ đầy đủ, dễ tra cứu và làm bằng chứng cho việc thực hiện các quy trình của Hệ thống quản lý chất lượng.',
  scope:
    'Áp dụng đối với hồ sơ hình thành trong quá trình giải quyết công việc tại 11 đơn vị Khối cơ quan Bộ.',
  references: [
    refs.iso2008('mục 4.2.4 Kiểm soát hồ sơ'),
    refs.archives,
    refs.clerical,
    refs.filing,
    { code: 'QT-HT-01', text: 'Quy trình kiểm soát tài liệu (QT-HT-01)' },
  ],
  definitions: [
    {
      term: 'Hồ sơ',
      meaning:
        'Tập văn bản, tài liệu có liên quan với nhau về một vấn đề, sự việc, đối tượng cụ thể hoặc có đặc điểm chung, hình thành trong quá trình giải quyết công việc thuộc chức năng, nhiệm vụ của đơn vị, cá nhân.',
    },
    {
      term: 'Danh mục hồ sơ',
      meaning:
        'Bảng kê hệ thống các hồ sơ dự kiến hình thành trong năm của cơ quan, đơn vị, kèm theo số và ký hiệu, đơn vị hoặc người lập và thời hạn bảo quản của mỗi hồ sơ.',
    },
    {
      term: 'Lập hồ sơ',
      meaning:
        'Việc tập hợp, sắp xếp văn bản, tài liệu hình thành trong quá trình giải quyết công việc thành hồ sơ theo nguyên tắc và phương pháp nhất định.',
    },
    {
      term: 'Lưu trữ cơ quan',
      meaning:
        'Bộ phận thực hiện hoạt động lưu trữ đối với tài liệu lưu trữ của Bộ (Phòng Hành chính – Lưu trữ, Văn phòng Bộ).',
    },
  ],
  steps: [
    step(
      'B1',
      'Cán bộ đầu mối ISO các đơn vị',
      'Dự thảo Danh mục hồ sơ năm sau của đơn vị, gửi Văn phòng Bộ trước ngày 15/12 hằng năm.',
      10,
      'Dự thảo Danh mục hồ sơ của đơn vị',
    ),
    step(
      'B2',
      'Văn phòng Bộ (Phòng Hành chính – Lưu trữ)',
      'Tổng hợp, hướng dẫn các đơn vị hoàn thiện; trình Chánh Văn phòng ký ban hành Danh mục hồ sơ của Bộ vào đầu năm.',
      10,
      'Danh mục hồ sơ của Bộ (BM-HT-02-01)',
      { condition: 'Danh mục của đơn vị đạt yêu cầu?', yes: 'B3', no: 'B1' },
    ),
    step(
      'B3',
      'Chuyên viên được giao giải quyết công việc',
      'Lập hồ sơ công việc theo Danh mục hồ sơ; thu thập, cập nhật văn bản, tài liệu vào hồ sơ trong quá trình giải quyết.',
      null,
      'Hồ sơ công việc',
    ),
    step(
      'B4',
      'Chuyên viên được giao giải quyết công việc',
      'Kết thúc hồ sơ khi công việc đã giải quyết xong: kiểm tra, sắp xếp văn bản, đánh số tờ, viết mục lục văn bản và chứng từ kết thúc.',
      5,
      'Mục lục văn bản (BM-HT-02-02)',
    ),
    step(
      'B5',
      'Lãnh đạo đơn vị',
      'Kiểm tra việc lập hồ sơ của công chức trong đơn vị.',
      3,
      'Hồ sơ đã kiểm tra',
      {
        condition: 'Hồ sơ đầy đủ, đúng quy định?',
        yes: 'B6',
        no: 'B4',
      },
    ),
    step(
      'B6',
      'Đơn vị; Lưu trữ cơ quan',
      'Giao nộp hồ sơ vào Lưu trữ cơ quan trong thời hạn 01 năm kể từ ngày công việc kết thúc; lập Mục lục hồ sơ, tài liệu nộp lưu và Biên bản giao nhận.',
      5,
      'Mục lục hồ sơ, tài liệu nộp lưu (BM-HT-02-03); Biên bản giao nhận (BM-HT-02-04)',
    ),
    step(
      'B7',
      'Lưu trữ cơ quan',
      'Bảo quản, phục vụ khai thác hồ sơ; đề xuất hủy tài liệu hết thời hạn bảo quản theo quy định.',
      null,
      'Sổ theo dõi khai thác tài liệu',
    ),
  ],
  forms: formsSection(recordForms),
  records: [
    {
      name: 'Danh mục hồ sơ năm',
      keeper: 'Văn phòng Bộ',
      location: 'Lưu trữ cơ quan',
      retention: 'Vĩnh viễn',
    },
    {
      name: 'Mục lục hồ sơ, tài liệu nộp lưu',
      keeper: 'Lưu trữ cơ quan',
      location: 'Kho lưu trữ Bộ',
      retention: 'Vĩnh viễn',
    },
    {
      name: 'Biên bản giao nhận hồ sơ, tài liệu',
      keeper: 'Lưu trữ cơ quan',
      location: 'Kho lưu trữ Bộ',
      retention: 'Vĩnh viễn',
    },
  ],
};

const recordControl2017 = patchContent(recordControl2015, {
  references: [
    refs.iso2015('mục 7.5.3 Kiểm soát thông tin dạng văn bản'),
    refs.archives,
    refs.clerical,
    refs.filing,
    { code: 'QT-HT-01', text: 'Quy trình kiểm soát tài liệu (QT-HT-01)' },
  ],
  steps: {
    B3: {
      action:
        'Mở hồ sơ trên phần mềm từ Danh mục hồ sơ ngay khi nhận văn bản giao việc hoặc bắt đầu công việc; cập nhật văn bản, tài liệu vào hồ sơ trong suốt quá trình giải quyết.',
      durationDays: 1,
      output: 'Hồ sơ công việc (mở trên phần mềm)',
    },
  },
  insert: [
    {
      after: 'B3',
      step: step(
        'B3a',
        'Lãnh đạo đơn vị; Văn phòng Bộ',
        'Hằng quý kiểm tra việc mở hồ sơ theo Danh mục; nhắc nhở các trường hợp giải quyết công việc chưa mở hồ sơ.',
        5,
        'Báo cáo kiểm tra việc lập hồ sơ',
      ),
    },
  ],
  addRecords: [
    {
      name: 'Báo cáo kiểm tra việc lập hồ sơ hằng quý',
      keeper: 'Văn phòng Bộ',
      location: 'Phần mềm eiso',
      retention: '05 năm',
    },
  ],
});

export const recordControlProcedure: DocumentPlan[] = [
  {
    code: 'QT-HT-02',
    type: 'system_procedure',
    title: 'Quy trình kiểm soát hồ sơ',
    owner: 'VP',
    versions: [
      {
        kind: 'new',
        reason: 'Xây dựng Hệ thống quản lý chất lượng của Khối cơ quan Bộ theo Quyết định số 19/2014/QĐ-TTg.',
        content: recordControl2015,
        requested: '2015-07-13',
        done: system2015.date,
        reaches: 'issued',
        decisionNo: system2015.no,
      },
      {
        kind: 'revise',
        reason:
          'Thực hiện kết luận đánh giá nội bộ ngày 07/11/2017: phần lớn cán bộ chưa lập hồ sơ theo Danh mục ngay khi bắt đầu công việc; chuyển đổi sang TCVN ISO 9001:2015.',
        changeSummary:
          'Mục 3: căn cứ TCVN ISO 9001:2015 mục 7.5.3; bước 3: mở hồ sơ trên phần mềm từ Danh mục ngay khi nhận việc; bổ sung bước kiểm tra hằng quý việc mở hồ sơ; Mục 7: bổ sung báo cáo kiểm tra.',
        content: recordControl2017,
        requested: daysBefore('2017-12-20', 28),
        done: '2017-12-20',
        reaches: 'submitted',
      },
    ],
  },
  ...formDocuments('QT-HT-02', 'VP', system2015, recordForms),
];
