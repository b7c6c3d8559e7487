// Vụ Khoa học và Công nghệ: technical regulations, S&T tasks, conformity assessment bodies.
import { type BusinessSpec, businessProcedure, issued, revised } from '../business.ts';
import { decisions } from '../decisions.ts';
import { type DocumentPlan, step } from '../plan.ts';

const { units2016, november2017 } = decisions;

const specs: BusinessSpec[] = [
  {
    code: 'QT-KHCN-01',
    owner: 'KHCN',
    title: 'Quy trình xây dựng, thẩm định và ban hành quy chuẩn kỹ thuật quốc gia',
    references: [
      { text: 'Luật Tiêu chuẩn và Quy chuẩn kỹ thuật số 68/2006/QH11 ngày 29/6/2006' },
      {
        text: 'Nghị định số 127/2007/NĐ-CP ngày 01/8/2007 của Chính phủ quy định chi tiết thi hành một số điều của Luật Tiêu chuẩn và Quy chuẩn kỹ thuật',
      },
    ],
    definitions: [{ term: 'QCVN', meaning: 'Quy chuẩn kỹ thuật quốc gia.' }],
    steps: [
      step(
        'B1',
        'Chuyên viên Vụ Khoa học và Công nghệ',
        'Lập kế hoạch xây dựng QCVN; giao tổ chức chủ trì biên soạn.',
        10,
        'Kế hoạch xây dựng QCVN',
      ),
      step('B2', 'Tổ chức biên soạn', 'Biên soạn dự thảo QCVN và thuyết minh.', 60, 'Dự thảo QCVN'),
      step(
        'B3',
        'Vụ Khoa học và Công nghệ',
        'Gửi lấy ý kiến các cơ quan, tổ chức, doanh nghiệp.',
        30,
        'Tổng hợp ý kiến góp ý',
      ),
      step('B4', 'Hội đồng kỹ thuật', 'Xem xét dự thảo, hoàn thiện hồ sơ.', 10, 'Biên bản họp Hội đồng', {
        condition: 'Dự thảo được Hội đồng thông qua?',
        yes: 'B5',
        no: 'B2',
      }),
      step('B5', 'Bộ Khoa học và Công nghệ', 'Thẩm định dự thảo QCVN.', 30, 'Văn bản thẩm định'),
      step('B6', 'Bộ trưởng', 'Ký thông tư ban hành QCVN.', 5, 'Thông tư ban hành QCVN'),
    ],
    history: revised(units2016, november2017, {
      reason:
        'Lấy ý kiến dự thảo QCVN trên Cổng thông tin điện tử của Bộ trong 60 ngày; bổ sung đánh giá tác động của quy chuẩn.',
      summary:
        'Bước 3: đăng tải dự thảo trên Cổng thông tin điện tử 60 ngày; bổ sung bước đánh giá tác động trước khi gửi thẩm định.',
      patch: {
        steps: {
          B3: {
            action:
              'Đăng tải dự thảo trên Cổng thông tin điện tử của Bộ và gửi lấy ý kiến các cơ quan, tổ chức, doanh nghiệp trong 60 ngày.',
            durationDays: 45,
          },
        },
        insert: [
          {
            after: 'B4',
            step: step(
              'B4a',
              'Tổ chức biên soạn',
              'Đánh giá tác động của QCVN đối với doanh nghiệp và quản lý nhà nước.',
              10,
              'Báo cáo đánh giá tác động',
            ),
          },
        ],
      },
    }),
  },
  {
    code: 'QT-KHCN-02',
    owner: 'KHCN',
    title: 'Quy trình xác định và tuyển chọn nhiệm vụ khoa học và công nghệ cấp Bộ',
    references: [{ text: 'Luật Khoa học và Công nghệ số 29/2013/QH13 ngày 18/6/2013' }],
    steps: [
      step(
        'B1',
        'Vụ Khoa học và Công nghệ',
        'Thông báo đề xuất đặt hàng nhiệm vụ khoa học và công nghệ năm sau.',
        5,
        'Thông báo',
      ),
      step(
        'B2',
        'Hội đồng tư vấn xác định nhiệm vụ',
        'Xem xét, đề xuất danh mục nhiệm vụ.',
        15,
        'Biên bản Hội đồng',
      ),
      step(
        'B3',
        'Bộ trưởng',
        'Phê duyệt danh mục nhiệm vụ; công bố để tuyển chọn.',
        5,
        'Quyết định phê duyệt danh mục',
      ),
      step('B4', 'Hội đồng tuyển chọn', 'Đánh giá hồ sơ tham gia tuyển chọn.', 20, 'Biên bản đánh giá', {
        condition: 'Có hồ sơ đạt yêu cầu?',
        yes: 'B5',
        no: 'B3',
      }),
      step(
        'B5',
        'Bộ trưởng',
        'Phê duyệt tổ chức, cá nhân chủ trì; ký hợp đồng thực hiện.',
        10,
        'Quyết định phê duyệt; hợp đồng',
      ),
    ],
    history: issued(units2016),
  },
  {
    code: 'QT-KHCN-03',
    owner: 'KHCN',
    title: 'Quy trình chỉ định tổ chức đánh giá sự phù hợp',
    tthc: true,
    references: [{ text: 'Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12 ngày 21/11/2007' }],
    steps: [
      step('B1', 'Bộ phận Một cửa', 'Tiếp nhận hồ sơ đăng ký chỉ định.', 1, 'Giấy tiếp nhận hồ sơ'),
      step(
        'B2',
        'Chuyên viên Vụ Khoa học và Công nghệ',
        'Thẩm định hồ sơ; đánh giá năng lực tại cơ sở khi cần.',
        10,
        'Biên bản đánh giá',
        {
          condition: 'Tổ chức đáp ứng yêu cầu?',
          yes: 'B3',
          no: 'B1',
        },
      ),
      step(
        'B3',
        'Lãnh đạo Bộ',
        'Ký quyết định chỉ định tổ chức đánh giá sự phù hợp.',
        3,
        'Quyết định chỉ định',
      ),
      step(
        'B4',
        'Bộ phận Một cửa',
        'Trả kết quả; công bố danh sách tổ chức được chỉ định.',
        1,
        'Danh sách đã công bố',
      ),
    ],
    history: issued(units2016),
  },
];

export const scienceProcedures: DocumentPlan[] = specs.map(businessProcedure);
