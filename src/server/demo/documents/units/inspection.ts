// Thanh tra Bộ: complaints, denunciations, specialised inspection.
import { type BusinessSpec, businessProcedure, issued, revised } from '../business.ts';
import { decisions } from '../decisions.ts';
import { type DocumentPlan, step } from '../plan.ts';
import { refs } from '../references.ts';

const { units2015, audit2017 } = decisions;

const specs: BusinessSpec[] = [
  {
    code: 'QT-TTRA-01',
    owner: 'TTra',
    title: 'Quy trình giải quyết khiếu nại',
    appliesTo:
      'khiếu nại quyết định hành chính, hành vi hành chính thuộc thẩm quyền giải quyết của Bộ trưởng',
    references: [
      refs.complaints,
      {
        text: 'Nghị định số 75/2012/NĐ-CP ngày 03/10/2012 của Chính phủ quy định chi tiết một số điều của Luật Khiếu nại',
      },
      {
        text: 'Thông tư số 07/2013/TT-TTCP ngày 31/10/2013 của Thanh tra Chính phủ quy định quy trình giải quyết khiếu nại hành chính',
      },
    ],
    steps: [
      step(
        'B1',
        'Thanh tra Bộ',
        'Tiếp nhận đơn khiếu nại; vào sổ, phân loại, xử lý đơn.',
        2,
        'Phiếu xử lý đơn',
      ),
      step(
        'B2',
        'Chánh Thanh tra',
        'Xem xét điều kiện thụ lý; trình Bộ trưởng thụ lý, giao nhiệm vụ xác minh.',
        8,
        'Thông báo thụ lý; quyết định giao xác minh',
      ),
      step(
        'B3',
        'Đoàn (tổ) xác minh',
        'Làm việc với người khiếu nại, người bị khiếu nại; thu thập, xác minh chứng cứ; trưng cầu giám định khi cần.',
        15,
        'Báo cáo kết quả xác minh',
      ),
      step(
        'B4',
        'Thanh tra Bộ',
        'Tổ chức đối thoại với người khiếu nại, người bị khiếu nại.',
        3,
        'Biên bản đối thoại',
      ),
      step(
        'B5',
        'Chánh Thanh tra',
        'Xem xét kết quả xác minh, dự thảo quyết định giải quyết khiếu nại.',
        3,
        'Dự thảo quyết định',
        {
          condition: 'Kết quả xác minh đủ căn cứ kết luận?',
          yes: 'B6',
          no: 'B3',
        },
      ),
      step('B6', 'Bộ trưởng', 'Ký quyết định giải quyết khiếu nại.', 3, 'Quyết định giải quyết khiếu nại'),
      step(
        'B7',
        'Thanh tra Bộ',
        'Gửi, công khai quyết định giải quyết khiếu nại; lập hồ sơ.',
        2,
        'Quyết định đã gửi',
      ),
    ],
    retention: '15 năm',
    history: revised(units2015, audit2017, {
      reason:
        'Cập nhật theo Thông tư số 02/2016/TT-TTCP sửa đổi, bổ sung Thông tư số 07/2013/TT-TTCP về quy trình giải quyết khiếu nại hành chính.',
      legalBasis:
        'Thông tư số 02/2016/TT-TTCP của Thanh tra Chính phủ sửa đổi, bổ sung một số điều của Thông tư số 07/2013/TT-TTCP',
      summary:
        'Mục 3: bổ sung Thông tư 02/2016/TT-TTCP; bước 4: đối thoại trong mọi trường hợp giải quyết lần hai; bước 7: công khai quyết định.',
      patch: {
        addReferences: [
          {
            text: 'Thông tư số 02/2016/TT-TTCP ngày 20/10/2016 của Thanh tra Chính phủ sửa đổi, bổ sung một số điều của Thông tư số 07/2013/TT-TTCP',
          },
        ],
        steps: {
          B4: {
            action:
              'Tổ chức đối thoại với người khiếu nại, người bị khiếu nại (bắt buộc khi giải quyết khiếu nại lần hai hoặc khi kết quả xác minh khác nội dung khiếu nại).',
          },
        },
      },
    }),
  },
  {
    code: 'QT-TTRA-02',
    owner: 'TTra',
    title: 'Quy trình giải quyết tố cáo',
    references: [{ text: 'Luật Tố cáo số 03/2011/QH13 ngày 11/11/2011' }],
    steps: [
      step(
        'B1',
        'Thanh tra Bộ',
        'Tiếp nhận, xử lý ban đầu thông tin tố cáo; vào sổ theo dõi.',
        5,
        'Phiếu xử lý đơn',
      ),
      step(
        'B2',
        'Bộ trưởng',
        'Quyết định thụ lý; giao Thanh tra Bộ xác minh nội dung tố cáo.',
        5,
        'Quyết định thụ lý',
      ),
      step(
        'B3',
        'Đoàn (tổ) xác minh',
        'Xác minh nội dung tố cáo; làm việc với người bị tố cáo.',
        30,
        'Báo cáo kết quả xác minh',
        {
          condition: 'Đủ căn cứ kết luận nội dung tố cáo?',
          yes: 'B4',
          no: 'B3',
        },
      ),
      step(
        'B4',
        'Bộ trưởng',
        'Ký kết luận nội dung tố cáo; xử lý người vi phạm.',
        5,
        'Kết luận nội dung tố cáo',
      ),
      step(
        'B5',
        'Thanh tra Bộ',
        'Thông báo kết quả cho người tố cáo; công khai kết luận; lập hồ sơ.',
        3,
        'Thông báo kết quả',
      ),
    ],
    retention: '15 năm',
    history: issued(units2015),
  },
  {
    code: 'QT-TTRA-03',
    owner: 'TTra',
    title: 'Quy trình thanh tra chuyên ngành thông tin và truyền thông',
    references: [
      { text: 'Luật Thanh tra số 56/2010/QH12 ngày 15/11/2010' },
      {
        text: 'Nghị định số 07/2012/NĐ-CP ngày 09/02/2012 của Chính phủ quy định về cơ quan được giao thực hiện chức năng thanh tra chuyên ngành và hoạt động thanh tra chuyên ngành',
      },
    ],
    steps: [
      step(
        'B1',
        'Chánh Thanh tra',
        'Ban hành quyết định thanh tra theo kế hoạch được phê duyệt.',
        3,
        'Quyết định thanh tra',
      ),
      step(
        'B2',
        'Đoàn thanh tra',
        'Xây dựng kế hoạch tiến hành thanh tra; thông báo cho đối tượng thanh tra.',
        5,
        'Kế hoạch tiến hành thanh tra',
      ),
      step(
        'B3',
        'Đoàn thanh tra',
        'Tiến hành thanh tra trực tiếp; lập biên bản; xử phạt vi phạm hành chính theo thẩm quyền.',
        15,
        'Biên bản thanh tra',
      ),
      step(
        'B4',
        'Trưởng đoàn thanh tra',
        'Báo cáo kết quả thanh tra; dự thảo kết luận thanh tra.',
        10,
        'Dự thảo kết luận',
        {
          condition: 'Dự thảo kết luận được chấp thuận?',
          yes: 'B5',
          no: 'B3',
        },
      ),
      step(
        'B5',
        'Chánh Thanh tra',
        'Ký kết luận thanh tra; công khai kết luận; theo dõi việc thực hiện.',
        5,
        'Kết luận thanh tra',
      ),
    ],
    retention: '15 năm',
    history: issued(units2015),
  },
];

export const inspectionProcedures: DocumentPlan[] = specs.map(businessProcedure);
