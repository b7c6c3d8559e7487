// Vụ Pháp chế: appraisal and checking of legal normative documents (revised for the 2015 law).
import { type BusinessSpec, businessProcedure, issued, revised } from '../business.ts';
import { decisions } from '../decisions.ts';
import { type DocumentPlan, earlier, step } from '../plan.ts';
import { refs } from '../references.ts';

const { units2015, postal2017 } = decisions;

const specs: BusinessSpec[] = [
  {
    code: 'QT-PC-01',
    owner: 'PC',
    title: 'Quy trình thẩm định dự thảo thông tư',
    appliesTo:
      'dự thảo thông tư, thông tư liên tịch do Bộ trưởng Bộ Thông tin và Truyền thông ban hành hoặc chủ trì soạn thảo',
    references: [refs.lawMaking2008],
    steps: [
      step(
        'B1',
        'Vụ Pháp chế',
        'Tiếp nhận hồ sơ đề nghị thẩm định do đơn vị chủ trì soạn thảo gửi.',
        1,
        'Sổ theo dõi hồ sơ thẩm định',
      ),
      step(
        'B2',
        'Chuyên viên Vụ Pháp chế',
        'Kiểm tra hồ sơ; đề nghị bổ sung nếu chưa đầy đủ.',
        2,
        'Phiếu kiểm tra hồ sơ',
        {
          condition: 'Hồ sơ đầy đủ theo quy định?',
          yes: 'B3',
          no: 'B1',
        },
      ),
      step(
        'B3',
        'Lãnh đạo Vụ Pháp chế',
        'Phân công chuyên viên thẩm định; quyết định thành lập hội đồng tư vấn thẩm định khi cần.',
        2,
        'Phiếu giao việc',
      ),
      step(
        'B4',
        'Chuyên viên Vụ Pháp chế',
        'Thẩm định: sự cần thiết; đối tượng, phạm vi điều chỉnh; tính hợp hiến, hợp pháp, thống nhất; thể thức, kỹ thuật trình bày.',
        7,
        'Dự thảo báo cáo thẩm định',
      ),
      step(
        'B5',
        'Vụ trưởng Vụ Pháp chế',
        'Ký báo cáo thẩm định, gửi đơn vị chủ trì soạn thảo.',
        3,
        'Báo cáo thẩm định',
      ),
    ],
    history: revised(units2015, postal2017, {
      reason:
        'Cập nhật theo Luật Ban hành văn bản quy phạm pháp luật năm 2015 và Nghị định số 34/2016/NĐ-CP (có hiệu lực từ ngày 01/7/2016).',
      legalBasis:
        'Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015; Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ',
      summary:
        'Mục 3: thay Luật năm 2008 bằng Luật số 80/2015/QH13 và Nghị định 34/2016/NĐ-CP; bước 4: thẩm định sự phù hợp với điều ước quốc tế, thủ tục hành chính; tổng thời hạn thẩm định 10 ngày.',
      patch: {
        references: [refs.lawMaking2015, refs.lawMakingDecree],
        steps: {
          B3: { durationDays: 1 },
          B4: {
            action:
              'Thẩm định: sự cần thiết; đối tượng, phạm vi điều chỉnh; tính hợp hiến, hợp pháp, thống nhất; tính tương thích với điều ước quốc tế; thủ tục hành chính, lồng ghép bình đẳng giới; thể thức, kỹ thuật trình bày.',
            durationDays: 5,
          },
          B5: { durationDays: 1 },
        },
      },
      returns: [
        {
          at: 'review',
          comment:
            'Tổng thời hạn các bước chưa bảo đảm 10 ngày làm việc theo Luật năm 2015; đề nghị rà soát lại bước 3 và bước 5.',
          before: earlier({ steps: { B3: { durationDays: 2 }, B5: { durationDays: 3 } } }),
        },
      ],
    }),
  },
  {
    code: 'QT-PC-02',
    owner: 'PC',
    title: 'Quy trình kiểm tra, xử lý văn bản quy phạm pháp luật',
    references: [refs.lawMaking2008],
    steps: [
      step(
        'B1',
        'Vụ Pháp chế',
        'Tiếp nhận văn bản thuộc đối tượng kiểm tra (tự kiểm tra và kiểm tra theo thẩm quyền).',
        2,
        'Sổ theo dõi văn bản kiểm tra',
      ),
      step(
        'B2',
        'Chuyên viên Vụ Pháp chế',
        'Kiểm tra nội dung, thẩm quyền, thể thức của văn bản.',
        10,
        'Phiếu kiểm tra văn bản',
      ),
      step('B3', 'Lãnh đạo Vụ Pháp chế', 'Xem xét kết quả kiểm tra.', 2, 'Kết luận kiểm tra', {
        condition: 'Văn bản có nội dung trái pháp luật?',
        yes: 'B4',
        no: 'B5',
      }),
      step(
        'B4',
        'Vụ Pháp chế',
        'Thông báo cơ quan ban hành tự kiểm tra, xử lý; đề xuất Bộ trưởng xử lý theo thẩm quyền.',
        5,
        'Thông báo kết quả kiểm tra',
      ),
      step(
        'B5',
        'Vụ Pháp chế',
        'Cập nhật kết quả vào cơ sở dữ liệu; báo cáo định kỳ.',
        2,
        'Báo cáo kết quả kiểm tra',
      ),
    ],
    history: revised(units2015, postal2017, {
      reason:
        'Cập nhật theo Luật Ban hành văn bản quy phạm pháp luật năm 2015 và Nghị định số 34/2016/NĐ-CP.',
      summary:
        'Mục 3: căn cứ Luật số 80/2015/QH13, Nghị định 34/2016/NĐ-CP; bước 2: 07 ngày; bước 5: đăng tải kết quả trên Cơ sở dữ liệu quốc gia về pháp luật.',
      patch: {
        references: [refs.lawMaking2015, refs.lawMakingDecree],
        steps: {
          B2: { durationDays: 7 },
          B5: { action: 'Cập nhật kết quả xử lý vào Cơ sở dữ liệu quốc gia về pháp luật; báo cáo định kỳ.' },
        },
      },
    }),
  },
  {
    code: 'QT-PC-03',
    owner: 'PC',
    title: 'Quy trình rà soát, hệ thống hóa văn bản quy phạm pháp luật',
    references: [refs.lawMaking2008],
    steps: [
      step(
        'B1',
        'Vụ Pháp chế',
        'Lập kế hoạch rà soát, hệ thống hóa; trình Lãnh đạo Bộ phê duyệt.',
        5,
        'Kế hoạch rà soát',
      ),
      step(
        'B2',
        'Các đơn vị',
        'Rà soát văn bản thuộc lĩnh vực quản lý; đề xuất sửa đổi, thay thế, bãi bỏ.',
        20,
        'Báo cáo rà soát của đơn vị',
      ),
      step('B3', 'Vụ Pháp chế', 'Tổng hợp, kiểm tra kết quả rà soát.', 10, 'Bảng tổng hợp', {
        condition: 'Kết quả rà soát đầy đủ?',
        yes: 'B4',
        no: 'B2',
      }),
      step(
        'B4',
        'Lãnh đạo Bộ',
        'Ký quyết định công bố danh mục văn bản hết hiệu lực; phê duyệt kết quả hệ thống hóa.',
        5,
        'Quyết định công bố',
      ),
    ],
    history: issued(units2015),
  },
  {
    code: 'QT-PC-04',
    owner: 'PC',
    title: 'Quy trình lập Chương trình xây dựng văn bản quy phạm pháp luật hằng năm của Bộ',
    references: [refs.lawMaking2008],
    steps: [
      step(
        'B1',
        'Vụ Pháp chế',
        'Hướng dẫn các đơn vị đề xuất văn bản cần ban hành năm sau.',
        2,
        'Văn bản hướng dẫn',
      ),
      step('B2', 'Các đơn vị', 'Đề xuất danh mục văn bản kèm thuyết minh.', 15, 'Phiếu đề xuất'),
      step(
        'B3',
        'Vụ Pháp chế',
        'Tổng hợp, dự thảo Chương trình; lấy ý kiến các đơn vị.',
        10,
        'Dự thảo Chương trình',
        {
          condition: 'Các đơn vị thống nhất?',
          yes: 'B4',
          no: 'B2',
        },
      ),
      step(
        'B4',
        'Bộ trưởng',
        'Ký quyết định ban hành Chương trình xây dựng văn bản quy phạm pháp luật.',
        5,
        'Quyết định ban hành Chương trình',
      ),
    ],
    history: issued(units2015),
  },
];

export const legalProcedures: DocumentPlan[] = specs.map(businessProcedure);
