// Vụ Công nghệ thông tin: three procedures since 2016 (two revised in 2017) and the six
// procedures it built new in 2017.
import { type BusinessSpec, built, businessProcedure, issued, lowerFirst, revised } from '../business.ts';
import { decisions } from '../decisions.ts';
import { formDocuments } from '../forms.ts';
import { type DocumentPlan, earlier, step } from '../plan.ts';
import { refs } from '../references.ts';

const { units2016, audit2017, november2017 } = decisions;
const officer = 'Chuyên viên Vụ Công nghệ thông tin';
const head = 'Lãnh đạo Vụ Công nghệ thông tin';
const itLaw = { text: 'Luật Công nghệ thông tin số 67/2006/QH11 ngày 29/6/2006' };
const programme2020 = {
  text: 'Quyết định số 1819/QĐ-TTg ngày 26/10/2015 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước giai đoạn 2016 – 2020',
};
const architecture = {
  text: 'Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 1.0 (Công văn số 1178/BTTTT-THH ngày 21/4/2015 của Bộ Thông tin và Truyền thông)',
};
const onlineServices = {
  text: 'Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
};
const newProcedure =
  'Xây dựng mới theo nhiệm vụ được giao tại Nghị định số 17/2017/NĐ-CP; công việc chưa có quy trình.';

/** The appraisal pattern of the department: receive, check, consult, appraise, sign. */
const appraisal = (what: string, consult: string, days: number[], output: string) => [
  step(
    'B1',
    'Văn thư Bộ; Vụ Công nghệ thông tin',
    `Tiếp nhận hồ sơ ${what}; vào sổ theo dõi.`,
    days[0],
    'Sổ theo dõi hồ sơ',
  ),
  step(
    'B2',
    officer,
    'Kiểm tra tính đầy đủ, hợp lệ của hồ sơ; đề nghị bổ sung nếu chưa đạt.',
    days[1],
    'Phiếu kiểm tra hồ sơ',
    {
      condition: 'Hồ sơ đầy đủ, hợp lệ?',
      yes: 'B3',
      no: 'B1',
    },
  ),
  step('B3', officer, `Lấy ý kiến ${consult}.`, days[2], 'Ý kiến của các đơn vị'),
  step(
    'B4',
    officer,
    `Tổng hợp, thẩm định; dự thảo ${lowerFirst(output)}.`,
    days[3],
    `Dự thảo ${lowerFirst(output)}`,
  ),
  step('B5', head, 'Xem xét kết quả thẩm định, trình Lãnh đạo Bộ.', days[4], 'Tờ trình', {
    condition: 'Kết quả thẩm định đủ căn cứ?',
    yes: 'B6',
    no: 'B4',
  }),
  step('B6', 'Lãnh đạo Bộ', `Ký ${lowerFirst(output)}.`, days[5], output),
];

const specs: BusinessSpec[] = [
  {
    code: 'QT-CNTT-01',
    owner: 'CNTT',
    title:
      'Quy trình thẩm định dự án đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước',
    appliesTo: 'các dự án ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước do Bộ thẩm định',
    references: [refs.itInvestment, refs.itProgramme2015],
    definitions: [
      {
        term: 'Dự án',
        meaning: 'Dự án đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước.',
      },
    ],
    steps: appraisal(
      'dự án',
      'Vụ Kế hoạch - Tài chính, Cục Tin học hóa, Cục An toàn thông tin',
      [1, 2, 7, 10, 3, 3],
      'Văn bản thẩm định dự án',
    ),
    history: revised(units2016, audit2017, {
      reason:
        'Thẩm định sự phù hợp với Kiến trúc Chính phủ điện tử của bộ, ngành, địa phương; cập nhật Chương trình quốc gia về ứng dụng công nghệ thông tin giai đoạn 2016 – 2020.',
      summary:
        'Mục 3: thay Quyết định 1605/QĐ-TTg (hết hiệu lực) bằng Quyết định 1819/QĐ-TTg; bổ sung Khung Kiến trúc Chính phủ điện tử; bước 4: thẩm định sự phù hợp với kiến trúc; bước 3: 05 ngày.',
      patch: {
        references: [refs.itInvestment, programme2020, architecture],
        steps: {
          B3: { durationDays: 5 },
          B4: {
            action:
              'Tổng hợp, thẩm định: sự cần thiết, sự phù hợp với Kiến trúc Chính phủ điện tử, giải pháp kỹ thuật, an toàn thông tin, tổng mức đầu tư; dự thảo văn bản thẩm định dự án.',
          },
        },
      },
    }),
  },
  {
    code: 'QT-CNTT-02',
    owner: 'CNTT',
    title: 'Quy trình cấp giấy phép nhập khẩu sản phẩm công nghệ thông tin đã qua sử dụng',
    tthc: true,
    appliesTo:
      'hồ sơ đề nghị cấp giấy phép nhập khẩu sản phẩm công nghệ thông tin đã qua sử dụng thuộc danh mục cấm nhập khẩu',
    references: [
      itLaw,
      {
        text: 'Thông tư số 31/2015/TT-BTTTT ngày 29/10/2015 của Bộ Thông tin và Truyền thông hướng dẫn hoạt động xuất khẩu, nhập khẩu sản phẩm công nghệ thông tin đã qua sử dụng',
      },
    ],
    forms: [
      {
        code: 'BM-CNTT-02-01',
        title: 'Đơn đề nghị cấp giấy phép nhập khẩu sản phẩm công nghệ thông tin đã qua sử dụng',
      },
    ],
    steps: [
      step(
        'B1',
        'Bộ phận Một cửa',
        'Tiếp nhận hồ sơ đề nghị cấp giấy phép nhập khẩu; kiểm tra thành phần hồ sơ.',
        0.5,
        'Giấy tiếp nhận hồ sơ',
      ),
      step(
        'B2',
        officer,
        'Thẩm định hồ sơ: mục đích nhập khẩu, danh mục sản phẩm, năm sản xuất, cam kết của tổ chức.',
        5,
        'Phiếu thẩm định',
        {
          condition: 'Đáp ứng điều kiện nhập khẩu?',
          yes: 'B3',
          no: 'B1',
        },
      ),
      step(
        'B3',
        head,
        'Xem xét, ký giấy phép nhập khẩu (theo ủy quyền của Bộ trưởng).',
        1,
        'Giấy phép nhập khẩu',
      ),
      step('B4', 'Văn thư Bộ; Bộ phận Một cửa', 'Vào sổ, đóng dấu; trả giấy phép.', 0.5, 'Giấy phép đã trả'),
    ],
    history: revised(units2016, audit2017, {
      reason:
        'Tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích theo Quyết định số 45/2016/QĐ-TTg; rút ngắn thời gian thẩm định.',
      legalBasis:
        'Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ về việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích',
      summary:
        'Bước 1, 4: tiếp nhận và trả kết quả qua bưu chính công ích, trực tuyến; bước 2: 04 ngày; Mục 3: bổ sung Quyết định 45/2016/QĐ-TTg.',
      patch: {
        steps: {
          B1: {
            action:
              'Tiếp nhận hồ sơ (trực tiếp, qua dịch vụ bưu chính công ích hoặc trực tuyến); kiểm tra thành phần hồ sơ.',
          },
          B2: { durationDays: 4 },
          B4: { action: 'Vào sổ, đóng dấu; trả giấy phép trực tiếp hoặc qua dịch vụ bưu chính công ích.' },
        },
        addReferences: [refs.postalService],
      },
    }),
  },
  {
    code: 'QT-CNTT-03',
    owner: 'CNTT',
    title: 'Quy trình xác nhận ưu đãi đối với dự án sản xuất sản phẩm công nghệ thông tin trọng điểm',
    references: [itLaw],
    steps: appraisal(
      'đề nghị xác nhận ưu đãi',
      'Vụ Kế hoạch - Tài chính, Vụ Pháp chế',
      [1, 2, 5, 7, 2, 3],
      'Văn bản xác nhận ưu đãi',
    ),
    history: issued(units2016),
  },
  {
    code: 'QT-CNTT-04',
    owner: 'CNTT',
    title:
      'Quy trình thẩm định kế hoạch ứng dụng công nghệ thông tin giai đoạn 2016 – 2020 của các bộ, ngành, địa phương',
    appliesTo:
      'kế hoạch ứng dụng công nghệ thông tin 05 năm và hằng năm của các bộ, ngành, địa phương gửi Bộ cho ý kiến',
    references: [programme2020, architecture],
    steps: appraisal(
      'kế hoạch',
      'Cục Tin học hóa, Cục An toàn thông tin',
      [1, 2, 5, 7, 2, 3],
      'Văn bản góp ý kế hoạch',
    ),
    history: built(audit2017, { reason: newProcedure }),
  },
  {
    code: 'QT-CNTT-05',
    owner: 'CNTT',
    title: 'Quy trình cho ý kiến về chủ trương đầu tư dự án ứng dụng công nghệ thông tin',
    references: [
      { text: 'Luật Đầu tư công số 49/2014/QH13 ngày 18/6/2014' },
      refs.itInvestment,
      architecture,
    ],
    steps: appraisal(
      'đề nghị cho ý kiến',
      'Vụ Kế hoạch - Tài chính, Cục Tin học hóa',
      [1, 2, 5, 5, 2, 3],
      'Văn bản cho ý kiến',
    ),
    history: built(audit2017, {
      reason: newProcedure,
      returns: [
        {
          at: 'approve',
          comment:
            'Đề nghị làm rõ thời hạn lấy ý kiến các đơn vị (bước 3) để tổng thời gian không vượt quá thời hạn theo Luật Đầu tư công.',
          before: earlier({ steps: { B3: { durationDays: 7 } } }),
        },
      ],
    }),
  },
  {
    code: 'QT-CNTT-06',
    owner: 'CNTT',
    title: 'Quy trình thẩm định hồ sơ đề nghị công nhận khu công nghệ thông tin tập trung',
    references: [
      itLaw,
      {
        text: 'Nghị định số 154/2013/NĐ-CP ngày 08/11/2013 của Chính phủ quy định về khu công nghệ thông tin tập trung',
      },
    ],
    steps: appraisal(
      'đề nghị công nhận',
      'các bộ: Kế hoạch và Đầu tư, Tài chính, Khoa học và Công nghệ, Xây dựng và Ủy ban nhân dân cấp tỉnh nơi có khu',
      [1, 3, 15, 10, 3, 5],
      'Báo cáo thẩm định trình Thủ tướng Chính phủ',
    ),
    history: built(audit2017, { reason: newProcedure }),
  },
  {
    code: 'QT-CNTT-07',
    owner: 'CNTT',
    title: 'Quy trình đánh giá, xếp hạng mức độ ứng dụng công nghệ thông tin của các bộ, ngành, địa phương',
    references: [programme2020, onlineServices],
    steps: [
      step(
        'B1',
        officer,
        'Xây dựng bộ chỉ số, phiếu khảo sát; ban hành văn bản hướng dẫn các bộ, ngành, địa phương báo cáo.',
        10,
        'Văn bản hướng dẫn',
      ),
      step(
        'B2',
        'Các bộ, ngành, địa phương',
        'Gửi báo cáo, số liệu ứng dụng công nghệ thông tin.',
        20,
        'Báo cáo của các bộ, ngành, địa phương',
      ),
      step(
        'B3',
        officer,
        'Tổng hợp, kiểm tra số liệu; khảo sát trực tuyến các cổng thông tin điện tử.',
        15,
        'Bảng số liệu',
        {
          condition: 'Số liệu đầy đủ, tin cậy?',
          yes: 'B4',
          no: 'B2',
        },
      ),
      step('B4', officer, 'Tính điểm, xếp hạng; dự thảo báo cáo.', 7, 'Dự thảo báo cáo xếp hạng'),
      step('B5', head, 'Xem xét dự thảo báo cáo, trình Lãnh đạo Bộ.', 3, 'Tờ trình'),
      step('B6', 'Lãnh đạo Bộ', 'Phê duyệt, công bố báo cáo xếp hạng.', 5, 'Báo cáo xếp hạng đã công bố'),
    ],
    history: built(november2017, { reason: newProcedure }),
  },
  {
    code: 'QT-CNTT-08',
    owner: 'CNTT',
    title: 'Quy trình thẩm định thiết kế thi công và dự toán ứng dụng công nghệ thông tin',
    references: [refs.itInvestment, architecture],
    steps: appraisal(
      'thiết kế thi công và dự toán',
      'Vụ Kế hoạch - Tài chính',
      [1, 2, 5, 10, 2, 3],
      'Văn bản thẩm định thiết kế thi công',
    ),
    history: built(november2017, { reason: newProcedure }),
  },
  {
    code: 'QT-CNTT-09',
    owner: 'CNTT',
    title:
      'Quy trình hướng dẫn, kiểm tra việc cung cấp dịch vụ công trực tuyến của các bộ, ngành, địa phương',
    references: [onlineServices, programme2020],
    steps: [
      step(
        'B1',
        officer,
        'Xây dựng kế hoạch kiểm tra năm; trình Lãnh đạo Vụ phê duyệt.',
        5,
        'Kế hoạch kiểm tra',
      ),
      step('B2', officer, 'Thông báo kế hoạch; đề nghị các cơ quan tự đánh giá.', 10, 'Báo cáo tự đánh giá'),
      step(
        'B3',
        'Đoàn kiểm tra',
        'Kiểm tra trực tuyến và làm việc trực tiếp với các cơ quan.',
        10,
        'Biên bản kiểm tra',
      ),
      step('B4', officer, 'Dự thảo thông báo kết quả kiểm tra, kiến nghị.', 5, 'Dự thảo thông báo', {
        condition: 'Kết quả kiểm tra đủ căn cứ?',
        yes: 'B5',
        no: 'B3',
      }),
      step('B5', head, 'Ký thông báo kết quả kiểm tra (theo ủy quyền).', 2, 'Thông báo kết quả kiểm tra'),
    ],
    history: built(november2017, { reason: newProcedure }),
  },
];

export const itProcedures: DocumentPlan[] = [
  ...specs.map(businessProcedure),
  ...formDocuments('QT-CNTT-02', 'CNTT', units2016, [
    {
      code: 'BM-CNTT-02-01',
      title: 'Đơn đề nghị cấp giấy phép nhập khẩu sản phẩm công nghệ thông tin đã qua sử dụng',
      body: `ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP NHẬP KHẨU SẢN PHẨM CÔNG NGHỆ THÔNG TIN ĐÃ QUA SỬ DỤNG
Kính gửi: Bộ Thông tin và Truyền thông
Tên tổ chức: …… Địa chỉ: …… Mã số doanh nghiệp: ……
Người đại diện theo pháp luật: …… Điện thoại: ……
Đề nghị cấp giấy phép nhập khẩu các sản phẩm sau:
STT | Tên sản phẩm | Mã HS | Hãng, năm sản xuất | Số lượng | Mục đích nhập khẩu
Chúng tôi cam kết sử dụng sản phẩm đúng mục đích và chịu trách nhiệm trước pháp luật về nội dung kê khai.
…, ngày … tháng … năm …  NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT (ký, ghi rõ họ tên, đóng dấu)`,
    },
  ]),
];
