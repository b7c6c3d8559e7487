// Vụ Tổ chức cán bộ: two procedures built new in 2017 (the seed's "2 by Vụ TCCB").
import { type BusinessSpec, built, businessProcedure, issued, revised, revising } from '../business.ts';
import { decisions } from '../decisions.ts';
import { type DocumentPlan, earlier, step } from '../plan.ts';
import { refs } from '../references.ts';

const { units2015, personnel2017 } = decisions;
const tccb = 'Chuyên viên Vụ Tổ chức cán bộ';
const tccbHead = 'Lãnh đạo Vụ Tổ chức cán bộ';

const specs: BusinessSpec[] = [
  {
    code: 'QT-TCCB-01',
    owner: 'TCCB',
    title: 'Quy trình tuyển dụng công chức',
    references: [
      refs.civilServants,
      refs.recruitment,
      {
        text: 'Thông tư số 13/2010/TT-BNV ngày 30/12/2010 của Bộ Nội vụ quy định chi tiết một số điều về tuyển dụng và nâng ngạch công chức',
      },
    ],
    steps: [
      step(
        'B1',
        tccb,
        'Tổng hợp nhu cầu, xây dựng kế hoạch tuyển dụng trên cơ sở vị trí việc làm và chỉ tiêu biên chế.',
        10,
        'Kế hoạch tuyển dụng',
      ),
      step(
        'B2',
        'Lãnh đạo Bộ',
        'Phê duyệt kế hoạch tuyển dụng; thành lập Hội đồng tuyển dụng.',
        5,
        'Quyết định phê duyệt; quyết định thành lập Hội đồng',
      ),
      step(
        'B3',
        tccb,
        'Thông báo tuyển dụng trên báo, Cổng thông tin điện tử của Bộ và niêm yết tại trụ sở; tiếp nhận phiếu đăng ký dự tuyển.',
        30,
        'Thông báo tuyển dụng; danh sách thí sinh',
      ),
      step(
        'B4',
        'Hội đồng tuyển dụng',
        'Tổ chức thi tuyển hoặc xét tuyển; chấm thi, phúc khảo.',
        20,
        'Kết quả thi tuyển, xét tuyển',
        {
          condition: 'Có thí sinh trúng tuyển?',
          yes: 'B5',
          no: 'B3',
        },
      ),
      step(
        'B5',
        tccb,
        'Thông báo kết quả; trình Lãnh đạo Bộ ký quyết định tuyển dụng.',
        5,
        'Quyết định tuyển dụng',
      ),
      step(
        'B6',
        'Đơn vị sử dụng; Vụ Tổ chức cán bộ',
        'Tiếp nhận, bố trí công tác; cử người hướng dẫn tập sự.',
        5,
        'Quyết định cử người hướng dẫn tập sự',
      ),
    ],
    retention: 'Vĩnh viễn',
    history: revised(units2015, personnel2017, {
      reason:
        'Cập nhật theo Thông tư số 03/2015/TT-BNV về thi tuyển công chức; công khai thông tin tuyển dụng trên Cổng thông tin điện tử của Bộ.',
      summary:
        'Mục 3: bổ sung Thông tư 03/2015/TT-BNV; bước 3: thời hạn nhận hồ sơ 30 ngày; bước 5: công khai kết quả trên Cổng thông tin điện tử.',
      patch: {
        addReferences: [
          {
            text: 'Thông tư số 03/2015/TT-BNV ngày 10/3/2015 của Bộ Nội vụ sửa đổi, bổ sung Điều 9 Thông tư số 13/2010/TT-BNV',
          },
        ],
        steps: {
          B5: {
            action:
              'Thông báo kết quả cho thí sinh và công khai trên Cổng thông tin điện tử của Bộ; trình Lãnh đạo Bộ ký quyết định tuyển dụng.',
          },
        },
      },
    }),
  },
  {
    code: 'QT-TCCB-02',
    owner: 'TCCB',
    title: 'Quy trình nâng bậc lương thường xuyên và nâng bậc lương trước thời hạn',
    references: [
      {
        text: 'Nghị định số 204/2004/NĐ-CP ngày 14/12/2004 của Chính phủ về chế độ tiền lương đối với cán bộ, công chức, viên chức và lực lượng vũ trang',
      },
      {
        text: 'Thông tư số 08/2013/TT-BNV ngày 31/7/2013 của Bộ Nội vụ hướng dẫn thực hiện chế độ nâng bậc lương thường xuyên và nâng bậc lương trước thời hạn',
      },
    ],
    steps: [
      step(
        'B1',
        tccb,
        'Rà soát danh sách công chức đến kỳ nâng bậc lương theo quý; thông báo các đơn vị.',
        5,
        'Danh sách dự kiến',
      ),
      step(
        'B2',
        'Các đơn vị',
        'Xác nhận tiêu chuẩn, đề nghị nâng bậc lương; đề xuất nâng lương trước thời hạn do lập thành tích.',
        10,
        'Văn bản đề nghị của đơn vị',
      ),
      step(
        'B3',
        'Hội đồng nâng bậc lương',
        'Xét, đề nghị danh sách nâng bậc lương.',
        5,
        'Biên bản họp Hội đồng',
        {
          condition: 'Đủ tiêu chuẩn, điều kiện?',
          yes: 'B4',
          no: 'B2',
        },
      ),
      step('B4', 'Lãnh đạo Bộ', 'Ký quyết định nâng bậc lương.', 3, 'Quyết định nâng bậc lương'),
      step(
        'B5',
        tccb,
        'Gửi quyết định; cập nhật hồ sơ, cơ sở dữ liệu cán bộ.',
        3,
        'Cơ sở dữ liệu đã cập nhật',
      ),
    ],
    history: revised(units2015, personnel2017, {
      reason:
        'Rà soát định kỳ hằng quý trên cơ sở dữ liệu cán bộ; công khai danh sách nâng lương trước thời hạn trong đơn vị.',
      summary:
        'Bước 1: rà soát trên cơ sở dữ liệu cán bộ; bổ sung bước công khai danh sách nâng lương trước thời hạn.',
      patch: {
        steps: {
          B1: {
            action:
              'Rà soát trên cơ sở dữ liệu cán bộ danh sách công chức đến kỳ nâng bậc lương hằng quý; thông báo các đơn vị.',
          },
        },
        insert: [
          {
            after: 'B3',
            step: step(
              'B3a',
              'Các đơn vị',
              'Công khai danh sách đề nghị nâng bậc lương trước thời hạn trong đơn vị 05 ngày làm việc.',
              5,
              'Biên bản công khai',
            ),
          },
        ],
      },
    }),
  },
  {
    code: 'QT-TCCB-03',
    owner: 'TCCB',
    title: 'Quy trình bổ nhiệm, bổ nhiệm lại công chức lãnh đạo cấp vụ',
    references: [
      refs.civilServants,
      { text: 'Quy chế bổ nhiệm, bổ nhiệm lại cán bộ lãnh đạo của Bộ Thông tin và Truyền thông' },
    ],
    steps: [
      step('B1', tccbHead, 'Đề xuất chủ trương, số lượng, nguồn nhân sự bổ nhiệm.', 5, 'Tờ trình chủ trương'),
      step('B2', 'Ban cán sự đảng Bộ', 'Thảo luận, cho ý kiến chủ trương.', 5, 'Thông báo ý kiến'),
      step(
        'B3',
        'Đơn vị có nhân sự',
        'Giới thiệu nhân sự, lấy phiếu tín nhiệm theo quy trình 05 bước.',
        15,
        'Biên bản kiểm phiếu',
        {
          condition: 'Nhân sự đạt tỷ lệ phiếu tín nhiệm?',
          yes: 'B4',
          no: 'B1',
        },
      ),
      step(
        'B4',
        tccb,
        'Thẩm định hồ sơ, lấy ý kiến nhận xét của cấp ủy, xác minh lý lịch.',
        10,
        'Báo cáo thẩm định nhân sự',
      ),
      step('B5', 'Bộ trưởng', 'Ký quyết định bổ nhiệm, bổ nhiệm lại.', 5, 'Quyết định bổ nhiệm'),
    ],
    retention: 'Vĩnh viễn',
    history: revising(units2015, {
      reason:
        'Cập nhật theo Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử.',
      summary:
        'Mục 3: bổ sung Quy định 105-QĐ/TW; bước 3: lấy phiếu tín nhiệm và công khai kết quả; bổ sung bước kê khai tài sản, thu nhập.',
      patch: {
        addReferences: [
          {
            text: 'Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử',
          },
        ],
        insert: [
          {
            after: 'B4',
            step: step(
              'B4a',
              'Nhân sự được đề nghị',
              'Kê khai tài sản, thu nhập theo quy định trước khi bổ nhiệm.',
              5,
              'Bản kê khai tài sản, thu nhập',
            ),
          },
        ],
      },
      requested: '2018-03-05',
      done: '2018-04-03',
      reaches: 'draft',
      returns: [
        {
          at: 'check',
          comment:
            'Đề nghị bổ sung bước kê khai tài sản, thu nhập của nhân sự trước khi bổ nhiệm theo quy định; rà soát thời hạn bước 3.',
          before: earlier({ remove: ['B4a'] }),
        },
      ],
    }),
  },
  {
    code: 'QT-TCCB-04',
    owner: 'TCCB',
    title: 'Quy trình cử công chức đi đào tạo, bồi dưỡng',
    references: [refs.civilServants],
    steps: [
      step('B1', tccb, 'Xây dựng kế hoạch đào tạo, bồi dưỡng năm.', 10, 'Kế hoạch đào tạo'),
      step('B2', 'Các đơn vị', 'Đề xuất công chức đi đào tạo, bồi dưỡng.', 5, 'Văn bản đề xuất', {
        condition: 'Phù hợp kế hoạch và tiêu chuẩn?',
        yes: 'B3',
        no: 'B1',
      }),
      step('B3', 'Lãnh đạo Bộ', 'Ký quyết định cử đi đào tạo, bồi dưỡng.', 3, 'Quyết định cử đi học'),
      step(
        'B4',
        'Công chức được cử',
        'Báo cáo kết quả học tập khi kết thúc khóa học.',
        10,
        'Báo cáo kết quả; văn bằng, chứng chỉ',
      ),
    ],
    history: issued(units2015),
  },
  {
    code: 'QT-TCCB-05',
    owner: 'TCCB',
    title: 'Quy trình đánh giá, phân loại công chức hằng năm',
    appliesTo: 'công chức các đơn vị Khối cơ quan Bộ Thông tin và Truyền thông',
    references: [refs.civilServants, refs.appraisal],
    steps: [
      step(
        'B1',
        tccb,
        'Hướng dẫn các đơn vị đánh giá, phân loại công chức (tháng 11 hằng năm).',
        3,
        'Văn bản hướng dẫn',
      ),
      step('B2', 'Công chức', 'Tự đánh giá, phân loại theo mẫu.', 5, 'Phiếu tự đánh giá'),
      step(
        'B3',
        'Đơn vị',
        'Họp đơn vị nhận xét, góp ý; Thủ trưởng đơn vị đánh giá, phân loại.',
        5,
        'Biên bản họp đơn vị',
        {
          condition: 'Kết quả phù hợp tiêu chí?',
          yes: 'B4',
          no: 'B2',
        },
      ),
      step(
        'B4',
        tccb,
        'Tổng hợp kết quả; trình Lãnh đạo Bộ đối với công chức lãnh đạo.',
        5,
        'Bảng tổng hợp kết quả',
      ),
      step(
        'B5',
        'Lãnh đạo Bộ',
        'Quyết định kết quả đánh giá, phân loại; thông báo công khai.',
        5,
        'Thông báo kết quả',
      ),
      step('B6', tccb, 'Lưu kết quả vào hồ sơ công chức.', 3, 'Hồ sơ công chức đã cập nhật'),
    ],
    retention: 'Vĩnh viễn',
    history: built(personnel2017, {
      reason:
        'Xây dựng mới để thực hiện Nghị định số 56/2015/NĐ-CP về đánh giá và phân loại cán bộ, công chức, viên chức.',
    }),
  },
  {
    code: 'QT-TCCB-06',
    owner: 'TCCB',
    title: 'Quy trình giải quyết chế độ nghỉ hưu đối với công chức',
    references: [
      refs.civilServants,
      { text: 'Luật Bảo hiểm xã hội số 58/2014/QH13 ngày 20/11/2014' },
      {
        text: 'Nghị định số 46/2010/NĐ-CP ngày 27/4/2010 của Chính phủ quy định về thôi việc và thủ tục nghỉ hưu đối với công chức',
      },
    ],
    steps: [
      step(
        'B1',
        tccb,
        'Rà soát công chức đến tuổi nghỉ hưu; thông báo trước 06 tháng.',
        5,
        'Thông báo nghỉ hưu',
      ),
      step(
        'B2',
        tccb,
        'Hướng dẫn hoàn thiện hồ sơ hưởng chế độ; trình ký quyết định nghỉ hưu trước 03 tháng.',
        10,
        'Dự thảo quyết định',
        {
          condition: 'Hồ sơ đầy đủ?',
          yes: 'B3',
          no: 'B2',
        },
      ),
      step('B3', 'Lãnh đạo Bộ', 'Ký quyết định nghỉ hưu.', 3, 'Quyết định nghỉ hưu'),
      step(
        'B4',
        tccb,
        'Chuyển hồ sơ sang cơ quan bảo hiểm xã hội; cập nhật cơ sở dữ liệu cán bộ.',
        5,
        'Hồ sơ đã chuyển',
      ),
    ],
    retention: 'Vĩnh viễn',
    history: built(personnel2017, {
      reason: 'Xây dựng mới: công việc giải quyết chế độ nghỉ hưu chưa có quy trình, thường xuyên phát sinh.',
      returns: [
        {
          at: 'review',
          comment:
            'Đề nghị bổ sung căn cứ Luật Bảo hiểm xã hội năm 2014 và thời điểm thông báo nghỉ hưu trước 06 tháng.',
          before: (c) => ({
            ...c,
            references: c.references?.filter((r) => !r.text.startsWith('Luật Bảo hiểm xã hội')),
          }),
        },
      ],
    }),
  },
];

export const personnelProcedures: DocumentPlan[] = specs.map(businessProcedure);
