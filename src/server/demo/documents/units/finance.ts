// Vụ Kế hoạch - Tài chính: budget estimates, final accounts, contractor selection plans.
import { type BusinessSpec, businessProcedure, issued, revised, revising } from '../business.ts';
import { decisions } from '../decisions.ts';
import { type DocumentPlan, step } from '../plan.ts';

const { units2016, november2017 } = decisions;

const specs: BusinessSpec[] = [
  {
    code: 'QT-KHTC-01',
    owner: 'KHTC',
    title: 'Quy trình lập và giao dự toán ngân sách nhà nước hằng năm',
    references: [{ text: 'Luật Ngân sách nhà nước số 01/2002/QH11 ngày 16/12/2002' }],
    steps: [
      step(
        'B1',
        'Vụ Kế hoạch - Tài chính',
        'Hướng dẫn các đơn vị lập dự toán năm sau.',
        5,
        'Văn bản hướng dẫn',
      ),
      step('B2', 'Các đơn vị dự toán', 'Lập dự toán thu, chi kèm thuyết minh.', 20, 'Dự toán của đơn vị'),
      step('B3', 'Vụ Kế hoạch - Tài chính', 'Thảo luận, tổng hợp dự toán của Bộ.', 15, 'Dự toán tổng hợp', {
        condition: 'Dự toán phù hợp định mức, chế độ?',
        yes: 'B4',
        no: 'B2',
      }),
      step(
        'B4',
        'Lãnh đạo Bộ',
        'Ký văn bản gửi Bộ Tài chính, Bộ Kế hoạch và Đầu tư.',
        3,
        'Văn bản báo cáo dự toán',
      ),
      step(
        'B5',
        'Vụ Kế hoạch - Tài chính',
        'Phân bổ, trình Bộ trưởng giao dự toán cho các đơn vị sau khi được Thủ tướng giao.',
        10,
        'Quyết định giao dự toán',
      ),
    ],
    history: revised(units2016, november2017, {
      reason: 'Luật Ngân sách nhà nước năm 2015 áp dụng từ năm ngân sách 2017; Nghị định số 163/2016/NĐ-CP.',
      legalBasis:
        'Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25/6/2015; Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước',
      summary:
        'Mục 3: thay Luật Ngân sách nhà nước năm 2002 bằng Luật số 83/2015/QH13 và Nghị định 163/2016/NĐ-CP; bước 2: lập kế hoạch tài chính 03 năm.',
      patch: {
        references: [
          { text: 'Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25/6/2015' },
          {
            text: 'Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước',
          },
        ],
        steps: {
          B2: {
            action:
              'Lập dự toán thu, chi năm sau và kế hoạch tài chính – ngân sách nhà nước 03 năm kèm thuyết minh.',
          },
        },
      },
    }),
  },
  {
    code: 'QT-KHTC-02',
    owner: 'KHTC',
    title: 'Quy trình xét duyệt, thẩm định và thông báo quyết toán năm',
    references: [{ text: 'Luật Ngân sách nhà nước số 01/2002/QH11 ngày 16/12/2002' }],
    steps: [
      step('B1', 'Các đơn vị dự toán', 'Lập, gửi báo cáo quyết toán năm.', 20, 'Báo cáo quyết toán'),
      step(
        'B2',
        'Vụ Kế hoạch - Tài chính',
        'Xét duyệt, thẩm định báo cáo quyết toán.',
        15,
        'Biên bản xét duyệt',
        {
          condition: 'Báo cáo quyết toán đúng chế độ?',
          yes: 'B3',
          no: 'B1',
        },
      ),
      step('B3', 'Lãnh đạo Bộ', 'Ký thông báo xét duyệt quyết toán.', 3, 'Thông báo quyết toán'),
      step(
        'B4',
        'Vụ Kế hoạch - Tài chính',
        'Tổng hợp quyết toán của Bộ gửi Bộ Tài chính.',
        10,
        'Báo cáo quyết toán của Bộ',
      ),
    ],
    retention: '20 năm',
    history: issued(units2016),
  },
  {
    code: 'QT-KHTC-03',
    owner: 'KHTC',
    title: 'Quy trình thẩm định kế hoạch lựa chọn nhà thầu',
    references: [
      { text: 'Luật Đấu thầu số 43/2013/QH13 ngày 26/11/2013' },
      {
        text: 'Nghị định số 63/2014/NĐ-CP ngày 26/6/2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đấu thầu về lựa chọn nhà thầu',
      },
    ],
    steps: [
      step(
        'B1',
        'Vụ Kế hoạch - Tài chính',
        'Tiếp nhận tờ trình phê duyệt kế hoạch lựa chọn nhà thầu.',
        1,
        'Sổ theo dõi',
      ),
      step(
        'B2',
        'Chuyên viên Vụ Kế hoạch - Tài chính',
        'Thẩm định: căn cứ, phân chia gói thầu, hình thức, phương thức lựa chọn nhà thầu.',
        10,
        'Dự thảo báo cáo thẩm định',
        {
          condition: 'Hồ sơ đủ căn cứ thẩm định?',
          yes: 'B3',
          no: 'B1',
        },
      ),
      step(
        'B3',
        'Lãnh đạo Vụ Kế hoạch - Tài chính',
        'Ký báo cáo thẩm định; trình Lãnh đạo Bộ.',
        3,
        'Báo cáo thẩm định',
      ),
      step(
        'B4',
        'Lãnh đạo Bộ',
        'Ký quyết định phê duyệt kế hoạch lựa chọn nhà thầu.',
        3,
        'Quyết định phê duyệt',
      ),
    ],
    history: revising(units2016, {
      reason:
        'Đăng tải kế hoạch lựa chọn nhà thầu trên Hệ thống mạng đấu thầu quốc gia; rút ngắn thời gian thẩm định.',
      summary:
        'Bước 2: 07 ngày; bổ sung bước đăng tải kế hoạch lựa chọn nhà thầu trên Hệ thống mạng đấu thầu quốc gia.',
      patch: {
        steps: { B2: { durationDays: 7 } },
        insert: [
          {
            after: 'B4',
            step: step(
              'B5',
              'Vụ Kế hoạch - Tài chính',
              'Đăng tải kế hoạch lựa chọn nhà thầu trên Hệ thống mạng đấu thầu quốc gia.',
              2,
              'Thông tin đã đăng tải',
            ),
          },
        ],
      },
      requested: '2018-03-12',
      done: '2018-04-02',
      reaches: 'unit_review',
    }),
  },
];

export const financeProcedures: DocumentPlan[] = specs.map(businessProcedure);
