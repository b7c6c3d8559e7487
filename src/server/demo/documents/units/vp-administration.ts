// Văn phòng Bộ: the work programme, meetings, assets and vehicles.
import { type BusinessSpec, businessProcedure, lowerFirst, revising } from '../business.ts';
import { decisions } from '../decisions.ts';
import { type DocumentPlan, step } from '../plan.ts';
import { refs } from '../references.ts';
import { auditFinding, openFile, recordControl, submitted } from './vp-common.ts';

const { units2015 } = decisions;

const specs: BusinessSpec[] = [
  {
    code: 'QT-VP-05',
    owner: 'VP',
    title: 'Quy trình xây dựng Chương trình công tác năm của Bộ',
    references: [{ text: 'Quy chế làm việc của Bộ Thông tin và Truyền thông' }, refs.ministryFunctions2013],
    steps: [
      step(
        'B1',
        'Văn phòng Bộ (Phòng Tổng hợp)',
        'Hướng dẫn các đơn vị đăng ký nội dung Chương trình công tác năm sau (tháng 10 hằng năm).',
        2,
        'Văn bản hướng dẫn',
      ),
      step('B2', 'Các đơn vị', 'Đăng ký đề án, nhiệm vụ, tiến độ trình.', 10, 'Phiếu đăng ký của đơn vị'),
      step(
        'B3',
        'Văn phòng Bộ (Phòng Tổng hợp)',
        'Tổng hợp, dự thảo Chương trình công tác; lấy ý kiến các đơn vị.',
        10,
        'Dự thảo Chương trình công tác',
      ),
      step('B4', 'Chánh Văn phòng', 'Xem xét dự thảo, trình Bộ trưởng.', 3, 'Tờ trình', {
        condition: 'Dự thảo đạt yêu cầu?',
        yes: 'B5',
        no: 'B3',
      }),
      step(
        'B5',
        'Bộ trưởng',
        'Ký quyết định ban hành Chương trình công tác năm.',
        5,
        'Quyết định ban hành Chương trình công tác',
      ),
      step(
        'B6',
        'Văn phòng Bộ',
        'Theo dõi, đôn đốc; báo cáo tình hình thực hiện hằng tháng, quý.',
        null,
        'Báo cáo tình hình thực hiện',
      ),
    ],
    history: revising(units2015, {
      reason: `Cập nhật chức năng, nhiệm vụ theo Nghị định số 17/2017/NĐ-CP; ${lowerFirst(auditFinding)}.`,
      summary:
        'Mục 3: căn cứ Nghị định 17/2017/NĐ-CP; bước 6: theo dõi tiến độ từng nhiệm vụ trên phần mềm, cảnh báo nhiệm vụ sắp đến hạn.',
      patch: {
        references: [
          { text: 'Quy chế làm việc của Bộ Thông tin và Truyền thông' },
          refs.ministryFunctions2017,
        ],
        steps: {
          B6: {
            action:
              'Theo dõi tiến độ từng nhiệm vụ trên phần mềm; cảnh báo nhiệm vụ sắp đến hạn; báo cáo tình hình thực hiện hằng tháng, quý.',
          },
        },
      },
      ...submitted('2017-12-19'),
    }),
  },
  {
    code: 'QT-VP-06',
    owner: 'VP',
    title: 'Quy trình tổ chức cuộc họp, hội nghị do Lãnh đạo Bộ chủ trì',
    references: [{ text: 'Quy chế làm việc của Bộ Thông tin và Truyền thông' }],
    steps: [
      step(
        'B1',
        'Đơn vị chủ trì nội dung',
        'Đề xuất nội dung, thành phần, thời gian cuộc họp; chuẩn bị tài liệu.',
        3,
        'Phiếu đề xuất cuộc họp',
      ),
      step(
        'B2',
        'Văn phòng Bộ',
        'Bố trí lịch họp, phòng họp; trình Lãnh đạo Bộ duyệt.',
        1,
        'Lịch họp đã duyệt',
        {
          condition: 'Lãnh đạo Bộ đồng ý tổ chức?',
          yes: 'B3',
          no: 'B1',
        },
      ),
      step(
        'B3',
        'Văn phòng Bộ',
        'Gửi giấy mời và tài liệu họp trước ít nhất 02 ngày làm việc.',
        1,
        'Giấy mời họp',
      ),
      step('B4', 'Văn phòng Bộ; đơn vị chủ trì', 'Phục vụ cuộc họp; ghi biên bản.', 1, 'Biên bản cuộc họp'),
      step(
        'B5',
        'Văn phòng Bộ (Phòng Tổng hợp)',
        'Dự thảo, trình ký Thông báo kết luận của Lãnh đạo Bộ.',
        3,
        'Thông báo kết luận',
      ),
    ],
    history: revising(units2015, {
      reason: `${auditFinding}; gửi giấy mời, tài liệu họp điện tử.`,
      summary:
        'Bước 3: gửi giấy mời, tài liệu họp trên hệ thống; bổ sung bước lập hồ sơ cuộc họp; bước 5: thời hạn 02 ngày.',
      patch: {
        steps: {
          B3: {
            action:
              'Gửi giấy mời và tài liệu họp trên hệ thống quản lý văn bản trước ít nhất 02 ngày làm việc.',
          },
          B5: { durationDays: 2 },
        },
        insert: [openFile('B2', 'Chuyên viên Văn phòng Bộ')],
        addReferences: [recordControl],
      },
      ...submitted('2017-12-20'),
    }),
  },
  {
    code: 'QT-VP-09',
    owner: 'VP',
    title: 'Quy trình quản lý tài sản, trang thiết bị làm việc của cơ quan Bộ',
    references: [{ text: 'Luật Quản lý, sử dụng tài sản nhà nước số 09/2008/QH12 ngày 03/6/2008' }],
    steps: [
      step(
        'B1',
        'Các đơn vị',
        'Đề xuất nhu cầu trang bị, sửa chữa tài sản, trang thiết bị.',
        2,
        'Phiếu đề xuất',
      ),
      step(
        'B2',
        'Văn phòng Bộ (Phòng Quản trị)',
        'Kiểm tra hiện trạng, đối chiếu tiêu chuẩn, định mức; đề xuất phương án.',
        3,
        'Phiếu đề xuất phương án',
      ),
      step('B3', 'Chánh Văn phòng', 'Xem xét, phê duyệt phương án.', 2, 'Phương án đã duyệt', {
        condition: 'Phương án phù hợp tiêu chuẩn, định mức?',
        yes: 'B4',
        no: 'B2',
      }),
      step(
        'B4',
        'Văn phòng Bộ (Phòng Quản trị)',
        'Mua sắm, sửa chữa hoặc điều chuyển tài sản theo quy định.',
        null,
        'Hồ sơ mua sắm, sửa chữa',
      ),
      step(
        'B5',
        'Văn phòng Bộ (Phòng Quản trị)',
        'Bàn giao tài sản cho đơn vị sử dụng; cập nhật sổ theo dõi tài sản.',
        2,
        'Biên bản bàn giao; sổ tài sản',
      ),
      step('B6', 'Văn phòng Bộ; các đơn vị', 'Kiểm kê tài sản cuối năm.', 10, 'Biên bản kiểm kê'),
    ],
    history: revising(units2015, {
      reason:
        'Cập nhật theo Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 (có hiệu lực từ ngày 01/01/2018); thực hiện kết luận đánh giá nội bộ ngày 07/11/2017.',
      summary:
        'Mục 3: thay Luật Quản lý, sử dụng tài sản nhà nước năm 2008 bằng Luật Quản lý, sử dụng tài sản công năm 2017; bước 4: các hình thức xử lý tài sản công.',
      patch: {
        references: [{ text: 'Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 ngày 21/6/2017' }],
        steps: {
          B4: {
            action:
              'Mua sắm, sửa chữa, điều chuyển hoặc xử lý tài sản công theo quy định của Luật Quản lý, sử dụng tài sản công.',
          },
        },
      },
      ...submitted('2017-12-21'),
    }),
  },
  {
    code: 'QT-VP-10',
    owner: 'VP',
    title: 'Quy trình quản lý, sử dụng xe ô tô phục vụ công tác',
    references: [
      {
        text: 'Quyết định số 32/2015/QĐ-TTg ngày 04/8/2015 của Thủ tướng Chính phủ quy định tiêu chuẩn, định mức và chế độ quản lý, sử dụng xe ô tô trong cơ quan nhà nước',
      },
    ],
    steps: [
      step(
        'B1',
        'Đơn vị có nhu cầu',
        'Đăng ký sử dụng xe trước ít nhất 01 ngày làm việc.',
        1,
        'Phiếu đăng ký sử dụng xe',
      ),
      step(
        'B2',
        'Văn phòng Bộ (Phòng Quản trị)',
        'Xem xét, bố trí xe theo tiêu chuẩn.',
        0.5,
        'Lệnh điều xe',
        {
          condition: 'Bố trí được xe của cơ quan?',
          yes: 'B3',
          no: 'B4',
        },
      ),
      step('B3', 'Lái xe', 'Thực hiện lệnh điều xe; ghi nhật trình xe.', null, 'Nhật trình xe'),
      step(
        'B4',
        'Chánh Văn phòng',
        'Duyệt thuê dịch vụ xe hoặc khoán kinh phí theo quy định.',
        1,
        'Phiếu duyệt thuê xe',
      ),
      step(
        'B5',
        'Văn phòng Bộ (Phòng Quản trị)',
        'Quyết toán nhiên liệu, chi phí sử dụng xe hằng tháng.',
        5,
        'Bảng quyết toán',
      ),
    ],
    history: revising(units2015, {
      reason: `${auditFinding}; đăng ký và điều xe trên phần mềm.`,
      summary: 'Bước 1, 2: đăng ký và điều xe trên phần mềm; bước 5: công khai chi phí sử dụng xe hằng quý.',
      patch: {
        steps: {
          B1: { action: 'Đăng ký sử dụng xe trên phần mềm trước ít nhất 01 ngày làm việc.' },
          B2: { action: 'Xem xét, bố trí xe theo tiêu chuẩn; thông báo lệnh điều xe trên phần mềm.' },
          B5: { action: 'Quyết toán nhiên liệu, chi phí sử dụng xe hằng tháng; công khai chi phí hằng quý.' },
        },
      },
      ...submitted('2017-12-22'),
    }),
  },
];

export const officeAdministrationProcedures: DocumentPlan[] = specs.map(businessProcedure);
