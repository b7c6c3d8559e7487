// QT-HT-01 Quy trình kiểm soát tài liệu (ISO 7.5 documented information) and its forms.
import { decisions } from '../decisions.ts';
import { type FormSpec, formDocuments, formsSection } from '../forms.ts';
import { type ContentSpec, type DocumentPlan, earlier, patchContent, step } from '../plan.ts';
import { refs } from '../references.ts';
import { secretariat } from './common.ts';

const { system2015, system2017 } = decisions;

const documentForms: FormSpec[] = [
  {
    code: 'BM-HT-01-01',
    title: 'Phiếu đề nghị biên soạn, sửa đổi tài liệu',
    body: `PHIẾU ĐỀ NGHỊ BIÊN SOẠN, SỬA ĐỔI TÀI LIỆU
Đơn vị đề nghị: ……………………………
Tên tài liệu: …………………………… Mã hiệu: ……………
Loại đề nghị: □ Biên soạn mới  □ Sửa đổi, bổ sung  □ Thu hồi
Lý do đề nghị: ……………………………
Nội dung đề nghị biên soạn, sửa đổi: ……………………………
Người đề nghị (ký, ghi rõ họ tên) – Ngày …/…/……
Ý kiến của Lãnh đạo đơn vị: □ Đồng ý  □ Không đồng ý. Lý do: ……………
Lãnh đạo đơn vị (ký, ghi rõ họ tên) – Ngày …/…/……`,
  },
  {
    code: 'BM-HT-01-02',
    title: 'Danh mục tài liệu nội bộ',
    body: `DANH MỤC TÀI LIỆU NỘI BỘ
Đơn vị: …………………………… Cập nhật ngày …/…/……
STT | Tên tài liệu | Mã hiệu | Lần ban hành | Ngày ban hành | Ngày hiệu lực | Đơn vị chủ trì | Ghi chú`,
    revised: {
      decision: system2017,
      reason: 'Sửa đổi kèm theo quy trình QT-HT-01 lần ban hành 2.',
      summary: 'Bổ sung cột "Ngày rà soát tiếp theo" và "Tình trạng"; danh mục được lập trên phần mềm.',
      body: `DANH MỤC TÀI LIỆU NỘI BỘ
Đơn vị: …………………………… Cập nhật ngày …/…/……
STT | Tên tài liệu | Mã hiệu | Lần ban hành | Ngày ban hành | Ngày hiệu lực | Đơn vị chủ trì | Ngày rà soát tiếp theo | Tình trạng | Ghi chú
(Danh mục được kết xuất từ phần mềm; bản in có chữ ký của Thư ký ISO.)`,
    },
  },
  {
    code: 'BM-HT-01-03',
    title: 'Sổ theo dõi phân phối tài liệu',
    body: `SỔ THEO DÕI PHÂN PHỐI TÀI LIỆU
STT | Tên tài liệu | Mã hiệu | Lần ban hành | Đơn vị, người nhận | Số bản | Ngày nhận | Ký nhận | Ngày thu hồi`,
  },
  {
    code: 'BM-HT-01-04',
    title: 'Danh mục tài liệu có nguồn gốc bên ngoài',
    body: `DANH MỤC TÀI LIỆU CÓ NGUỒN GỐC BÊN NGOÀI
Đơn vị: …………………………… Cập nhật ngày …/…/……
STT | Số, ký hiệu văn bản | Trích yếu | Cơ quan ban hành | Ngày ban hành | Ngày hiệu lực | Tình trạng hiệu lực | Quy trình áp dụng`,
  },
];

const documentControl2015: ContentSpec = {
  purpose:
    'Quy định thống nhất cách thức biên soạn, xem xét, phê duyệt, ban hành, phân phối, sửa đổi và thu hồi tài liệu của Hệ thống quản lý chất lượng Khối cơ quan Bộ, bảo đảm các đơn vị, cá nhân luôn sử dụng đúng phiên bản tài liệu đang có hiệu lực.',
  scope:
    'Áp dụng đối với tài liệu nội bộ (chính sách, mục tiêu chất lượng, sổ tay chất lượng, quy trình, biểu mẫu, hướng dẫn) và tài liệu có nguồn gốc bên ngoài được sử dụng trong Hệ thống quản lý chất lượng tại 11 đơn vị Khối cơ quan Bộ.',
  references: [
    refs.iso2008('mục 4.2.3 Kiểm soát tài liệu'),
    refs.qd19,
    refs.tt26,
    refs.manual,
    refs.writingGuide,
  ],
  definitions: [
    {
      term: 'Tài liệu',
      meaning:
        'Thông tin và phương tiện chứa thông tin dùng để quy định, hướng dẫn cách thức thực hiện công việc trong Hệ thống quản lý chất lượng.',
    },
    {
      term: 'Tài liệu có nguồn gốc bên ngoài',
      meaning:
        'Văn bản quy phạm pháp luật, tiêu chuẩn, quy chuẩn kỹ thuật và tài liệu khác do cơ quan, tổ chức bên ngoài ban hành, được dùng làm căn cứ thực hiện công việc.',
    },
    {
      term: 'Lần ban hành',
      meaning:
        'Số thứ tự phiên bản của tài liệu; tăng thêm 01 mỗi khi tài liệu được sửa đổi và ban hành lại.',
    },
    { term: 'HTQLCL', meaning: 'Hệ thống quản lý chất lượng.' },
    {
      term: 'Thư ký ISO',
      meaning:
        'Công chức Vụ Khoa học và Công nghệ được giao giúp Ban chỉ đạo ISO theo dõi, quản lý Hệ thống quản lý chất lượng.',
    },
  ],
  steps: [
    step(
      'B1',
      'Cán bộ đầu mối ISO của đơn vị',
      'Lập phiếu đề nghị biên soạn mới, sửa đổi hoặc thu hồi tài liệu, nêu rõ lý do và nội dung đề nghị.',
      2,
      'Phiếu đề nghị (BM-HT-01-01)',
    ),
    step(
      'B2',
      'Lãnh đạo đơn vị',
      'Xem xét đề nghị; trường hợp không đồng ý thì trả lại và nêu rõ lý do.',
      2,
      'Phiếu đề nghị đã duyệt',
      { condition: 'Đồng ý biên soạn, sửa đổi?', yes: 'B3', no: 'B1' },
    ),
    step(
      'B3',
      'Cán bộ đầu mối ISO, chuyên viên được giao',
      'Biên soạn dự thảo tài liệu theo Hướng dẫn HD-KHCN-01; lấy ý kiến các đơn vị có liên quan khi cần.',
      10,
      'Dự thảo tài liệu',
    ),
    step('B4', 'Lãnh đạo đơn vị', 'Xem xét nội dung dự thảo, ký xem xét.', 3, 'Dự thảo đã xem xét', {
      condition: 'Dự thảo đạt yêu cầu?',
      yes: 'B5',
      no: 'B3',
    }),
    step(
      'B5',
      secretariat,
      'Kiểm tra sự phù hợp của dự thảo với yêu cầu của HTQLCL và tính thống nhất với các tài liệu khác; ký kiểm tra.',
      3,
      'Dự thảo đã kiểm tra',
      { condition: 'Phù hợp với HTQLCL?', yes: 'B6', no: 'B3' },
    ),
    step(
      'B6',
      'Lãnh đạo Bộ',
      'Phê duyệt, ký quyết định ban hành tài liệu.',
      5,
      'Quyết định ban hành; tài liệu đã phê duyệt',
    ),
    step(
      'B7',
      'Thư ký ISO; Cán bộ đầu mối ISO',
      'Cập nhật Danh mục tài liệu nội bộ; sao chụp, đóng dấu "TÀI LIỆU KIỂM SOÁT" và phân phối tài liệu đến các đơn vị, cá nhân có liên quan.',
      3,
      'Danh mục tài liệu nội bộ (BM-HT-01-02); Sổ theo dõi phân phối tài liệu (BM-HT-01-03)',
    ),
    step(
      'B8',
      'Cán bộ đầu mối ISO',
      'Thu hồi tài liệu hết hiệu lực, đóng dấu "TÀI LIỆU HẾT HIỆU LỰC", lưu 01 bản để tham khảo và hủy các bản còn lại.',
      5,
      'Tài liệu hết hiệu lực đã thu hồi',
    ),
    step(
      'B9',
      'Cán bộ đầu mối ISO',
      'Cập nhật Danh mục tài liệu có nguồn gốc bên ngoài khi văn bản quy phạm pháp luật liên quan được ban hành, sửa đổi, thay thế.',
      null,
      'Danh mục tài liệu có nguồn gốc bên ngoài (BM-HT-01-04)',
    ),
  ],
  forms: formsSection(documentForms),
  records: [
    {
      name: 'Phiếu đề nghị biên soạn, sửa đổi tài liệu',
      keeper: 'Cán bộ đầu mối ISO',
      location: 'Đơn vị soạn thảo',
      retention: '03 năm',
    },
    {
      name: 'Danh mục tài liệu nội bộ',
      keeper: 'Thư ký ISO',
      location: 'Vụ Khoa học và Công nghệ',
      retention: 'Đến khi có bản thay thế',
    },
    {
      name: 'Sổ theo dõi phân phối tài liệu',
      keeper: 'Cán bộ đầu mối ISO',
      location: 'Các đơn vị',
      retention: '03 năm',
    },
    {
      name: 'Danh mục tài liệu có nguồn gốc bên ngoài',
      keeper: 'Cán bộ đầu mối ISO',
      location: 'Các đơn vị',
      retention: 'Đến khi có bản thay thế',
    },
    {
      name: 'Bản gốc tài liệu và quyết định ban hành',
      keeper: 'Thư ký ISO',
      location: 'Vụ Khoa học và Công nghệ',
      retention: 'Vĩnh viễn',
    },
  ],
};

const periodicReview = (withDeadline: boolean) =>
  step(
    'B10',
    'Lãnh đạo đơn vị; Cán bộ đầu mối ISO',
    withDeadline
      ? 'Rà soát tài liệu của đơn vị ít nhất 01 lần trong năm và trong vòng 03 tháng kể từ ngày văn bản quy phạm pháp luật liên quan có hiệu lực; lập đề nghị sửa đổi khi cần.'
      : 'Rà soát định kỳ tài liệu của đơn vị; lập đề nghị sửa đổi khi cần.',
    null,
    'Kết quả rà soát tài liệu',
  );

const documentControl2017 = patchContent(documentControl2015, {
  references: [
    refs.iso2015('mục 7.5 Thông tin dạng văn bản'),
    refs.qd19,
    refs.tt26,
    refs.manual,
    refs.writingGuide,
  ],
  definitions: [
    {
      term: 'Thông tin dạng văn bản',
      meaning:
        'Thông tin cần được kiểm soát, duy trì và phương tiện chứa thông tin đó; gồm tài liệu (thông tin được duy trì) và hồ sơ (thông tin được lưu giữ làm bằng chứng).',
    },
    ...(documentControl2015.definitions ?? []).slice(1),
  ],
  steps: {
    B6: { durationDays: 3 },
    B7: {
      action:
        'Cập nhật Danh mục tài liệu trên phần mềm; phân phối tài liệu điện tử đến các đơn vị; cán bộ, công chức xác nhận đã đọc trên phần mềm.',
      output: 'Danh mục tài liệu nội bộ (BM-HT-01-02); dữ liệu xác nhận đã đọc',
    },
    B8: {
      action:
        'Đánh dấu "HẾT HIỆU LỰC" đối với phiên bản cũ trên phần mềm; thu hồi bản giấy (nếu có), lưu 01 bản để tham khảo.',
      durationDays: 2,
    },
  },
  insert: [{ after: 'B9', step: periodicReview(true) }],
  records: [
    ...(documentControl2015.records ?? []).filter((r) => r.name !== 'Sổ theo dõi phân phối tài liệu'),
    {
      name: 'Dữ liệu phân phối và xác nhận đã đọc tài liệu',
      keeper: 'Thư ký ISO',
      location: 'Phần mềm eiso',
      retention: '05 năm',
    },
  ],
});

export const documentControlProcedure: DocumentPlan[] = [
  {
    code: 'QT-HT-01',
    type: 'system_procedure',
    title: 'Quy trình kiểm soát tài liệu',
    owner: 'KHCN',
    versions: [
      {
        kind: 'new',
        reason: 'Xây dựng Hệ thống quản lý chất lượng của Khối cơ quan Bộ theo Quyết định số 19/2014/QĐ-TTg.',
        content: {
          ...documentControl2015,
          steps: [...(documentControl2015.steps ?? []), periodicReview(false)],
        },
        requested: '2015-07-13',
        done: system2015.date,
        reaches: 'issued',
        decisionNo: system2015.no,
      },
      {
        kind: 'revise',
        reason:
          'Chuyển đổi sang TCVN ISO 9001:2015 (thông tin dạng văn bản); quản lý, phân phối tài liệu trên phần mềm.',
        changeSummary:
          'Mục 3: căn cứ TCVN ISO 9001:2015; Mục 4: định nghĩa "thông tin dạng văn bản"; bước 6 rút còn 03 ngày; bước 7, 8 phân phối, xác nhận đã đọc và đánh dấu hết hiệu lực trên phần mềm; bước 10 thời hạn rà soát 03 tháng khi văn bản pháp luật thay đổi.',
        content: documentControl2017,
        requested: '2017-02-13',
        done: system2017.date,
        reaches: 'issued',
        decisionNo: system2017.no,
        returns: [
          {
            at: 'check',
            comment:
              'Bước 10: đề nghị nêu rõ thời hạn rà soát trong vòng 03 tháng kể từ khi văn bản quy phạm pháp luật liên quan có hiệu lực, theo Thông tư số 26/2014/TT-BKHCN.',
            before: earlier({ steps: { B10: { action: periodicReview(false).action } } }),
          },
        ],
      },
    ],
  },
  ...formDocuments('QT-HT-01', 'KHCN', system2015, documentForms),
];
