// Vụ Hợp tác quốc tế: delegations, international conferences, a new procedure being drafted.
import { type BusinessSpec, businessProcedure, drafting, issued, revised } from '../business.ts';
import { decisions } from '../decisions.ts';
import { type DocumentPlan, earlier, step } from '../plan.ts';

const { units2016, audit2017 } = decisions;

const specs: BusinessSpec[] = [
  {
    code: 'QT-HTQT-01',
    owner: 'HTQT',
    title: 'Quy trình tổ chức đoàn ra',
    references: [
      { text: 'Quy chế quản lý đoàn ra, đoàn vào của Bộ Thông tin và Truyền thông' },
      {
        text: 'Thông tư số 102/2012/TT-BTC ngày 21/6/2012 của Bộ Tài chính quy định chế độ công tác phí cho cán bộ, công chức nhà nước đi công tác ngắn hạn ở nước ngoài',
      },
    ],
    steps: [
      step(
        'B1',
        'Đơn vị đề xuất',
        'Đề xuất đoàn ra: mục đích, thành phần, thời gian, kinh phí.',
        5,
        'Tờ trình đề xuất đoàn ra',
      ),
      step(
        'B2',
        'Chuyên viên Vụ Hợp tác quốc tế',
        'Thẩm định; lấy ý kiến Vụ Tổ chức cán bộ (nhân sự), Vụ Kế hoạch - Tài chính (kinh phí).',
        5,
        'Phiếu thẩm định',
        {
          condition: 'Phù hợp kế hoạch đoàn ra năm?',
          yes: 'B3',
          no: 'B1',
        },
      ),
      step('B3', 'Lãnh đạo Bộ', 'Ký quyết định cử đoàn.', 3, 'Quyết định cử đoàn'),
      step(
        'B4',
        'Trưởng đoàn',
        'Báo cáo kết quả chuyến công tác trong 10 ngày làm việc sau khi về nước.',
        10,
        'Báo cáo kết quả',
      ),
      step(
        'B5',
        'Vụ Hợp tác quốc tế',
        'Tổng hợp, theo dõi việc thực hiện các thỏa thuận, cam kết.',
        5,
        'Báo cáo tổng hợp',
      ),
    ],
    history: revised(units2016, audit2017, {
      reason: 'Rút ngắn thời gian thẩm định; báo cáo kết quả đoàn ra trên phần mềm để theo dõi cam kết.',
      summary: 'Bước 2: 03 ngày; bước 4: báo cáo kết quả trên phần mềm trong 05 ngày làm việc.',
      patch: {
        steps: {
          B2: { durationDays: 3 },
          B4: {
            action: 'Báo cáo kết quả chuyến công tác trên phần mềm trong 05 ngày làm việc sau khi về nước.',
            durationDays: 5,
          },
        },
      },
    }),
  },
  {
    code: 'QT-HTQT-02',
    owner: 'HTQT',
    title: 'Quy trình đón tiếp đoàn vào',
    references: [{ text: 'Quy chế quản lý đoàn ra, đoàn vào của Bộ Thông tin và Truyền thông' }],
    steps: [
      step(
        'B1',
        'Đơn vị đề xuất',
        'Đề xuất đón đoàn: mục đích, chương trình làm việc, kinh phí.',
        5,
        'Tờ trình',
      ),
      step(
        'B2',
        'Chuyên viên Vụ Hợp tác quốc tế',
        'Thẩm định; phối hợp cơ quan an ninh khi cần.',
        3,
        'Phiếu thẩm định',
        {
          condition: 'Đồng ý đón đoàn?',
          yes: 'B3',
          no: 'B1',
        },
      ),
      step('B3', 'Lãnh đạo Bộ', 'Phê duyệt chương trình đón đoàn.', 2, 'Văn bản phê duyệt'),
      step(
        'B4',
        'Vụ Hợp tác quốc tế; đơn vị đề xuất',
        'Tổ chức đón tiếp, làm việc; báo cáo kết quả.',
        5,
        'Báo cáo kết quả',
      ),
    ],
    history: issued(units2016),
  },
  {
    code: 'QT-HTQT-03',
    owner: 'HTQT',
    title: 'Quy trình tổ chức hội nghị, hội thảo quốc tế',
    references: [
      {
        text: 'Quyết định số 76/2010/QĐ-TTg ngày 30/11/2010 của Thủ tướng Chính phủ về việc tổ chức, quản lý hội nghị, hội thảo quốc tế tại Việt Nam',
      },
    ],
    steps: [
      step('B1', 'Đơn vị tổ chức', 'Lập đề án tổ chức hội nghị, hội thảo quốc tế.', 10, 'Đề án tổ chức'),
      step(
        'B2',
        'Chuyên viên Vụ Hợp tác quốc tế',
        'Thẩm định, lấy ý kiến các cơ quan liên quan.',
        10,
        'Phiếu thẩm định',
        {
          condition: 'Đề án đáp ứng quy định?',
          yes: 'B3',
          no: 'B1',
        },
      ),
      step('B3', 'Lãnh đạo Bộ', 'Cho phép tổ chức hội nghị, hội thảo.', 5, 'Văn bản cho phép'),
      step('B4', 'Đơn vị tổ chức', 'Tổ chức hội nghị; báo cáo kết quả trong 15 ngày.', 15, 'Báo cáo kết quả'),
    ],
    history: issued(units2016),
  },
  {
    code: 'QT-HTQT-04',
    owner: 'HTQT',
    title: 'Quy trình ký kết và thực hiện thỏa thuận quốc tế nhân danh Bộ Thông tin và Truyền thông',
    references: [
      { text: 'Pháp lệnh Ký kết và thực hiện thỏa thuận quốc tế số 33/2007/PL-UBTVQH11 ngày 20/4/2007' },
    ],
    steps: [
      step(
        'B1',
        'Đơn vị đề xuất',
        'Đề xuất ký kết thỏa thuận quốc tế kèm dự thảo văn bản.',
        5,
        'Tờ trình, dự thảo thỏa thuận',
      ),
      step(
        'B2',
        'Chuyên viên Vụ Hợp tác quốc tế',
        'Lấy ý kiến Bộ Ngoại giao và các cơ quan liên quan.',
        15,
        'Ý kiến các cơ quan',
      ),
      step('B3', 'Vụ Pháp chế', 'Kiểm tra tính hợp pháp của dự thảo.', 7, 'Văn bản kiểm tra', {
        condition: 'Dự thảo phù hợp pháp luật?',
        yes: 'B4',
        no: 'B1',
      }),
      step('B4', 'Bộ trưởng', 'Quyết định ký kết; ký thỏa thuận.', 5, 'Thỏa thuận đã ký'),
      step(
        'B5',
        'Vụ Hợp tác quốc tế',
        'Thông báo Bộ Ngoại giao; theo dõi việc thực hiện.',
        10,
        'Văn bản thông báo',
      ),
    ],
    history: drafting({
      reason: 'Xây dựng mới: việc ký kết thỏa thuận quốc tế nhân danh Bộ chưa có quy trình.',
      requested: '2018-03-05',
      done: '2018-03-30',
      returns: [
        {
          at: 'review',
          comment:
            'Bổ sung bước lấy ý kiến Vụ Pháp chế về tính hợp pháp của dự thảo thỏa thuận trước khi trình ký.',
          before: earlier({ remove: ['B3'] }),
        },
      ],
    }),
  },
];

export const internationalProcedures: DocumentPlan[] = specs.map(businessProcedure);
