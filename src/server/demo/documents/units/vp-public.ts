// Văn phòng Bộ: the one-stop shop, citizens' feedback on regulations, the press.
import { type BusinessSpec, businessProcedure, revising } from '../business.ts';
import { decisions } from '../decisions.ts';
import { type DocumentPlan, earlier, step } from '../plan.ts';
import { refs } from '../references.ts';
import { auditFinding, openFile, recordControl, submitted } from './vp-common.ts';

const { units2015 } = decisions;

const specs: BusinessSpec[] = [
  {
    code: 'QT-VP-07',
    owner: 'VP',
    title: 'Quy trình tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa',
    appliesTo: 'các thủ tục hành chính thuộc thẩm quyền giải quyết của Bộ được tiếp nhận tại Bộ phận Một cửa',
    tthc: true,
    references: [
      refs.adminProcedures,
      { text: 'Quy chế tổ chức và hoạt động của Bộ phận Một cửa Bộ Thông tin và Truyền thông' },
    ],
    steps: [
      step(
        'B1',
        'Bộ phận Một cửa',
        'Tiếp nhận hồ sơ; kiểm tra thành phần hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần bằng văn bản.',
        0.5,
        'Phiếu hướng dẫn bổ sung (nếu có)',
        { condition: 'Hồ sơ đầy đủ, hợp lệ?', yes: 'B2', no: 'B1' },
      ),
      step(
        'B2',
        'Bộ phận Một cửa',
        'Cấp giấy tiếp nhận hồ sơ và hẹn trả kết quả; cập nhật sổ theo dõi; chuyển hồ sơ đến đơn vị giải quyết.',
        0.5,
        'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
      ),
      step(
        'B3',
        'Đơn vị giải quyết',
        'Giải quyết hồ sơ theo quy trình nghiệp vụ của đơn vị.',
        null,
        'Kết quả giải quyết',
      ),
      step(
        'B4',
        'Bộ phận Một cửa',
        'Nhận kết quả; hồ sơ quá hạn thì thông báo, xin lỗi tổ chức, cá nhân và hẹn lại thời gian trả kết quả.',
        0.5,
        'Phiếu xin lỗi và hẹn lại (nếu có)',
      ),
      step(
        'B5',
        'Bộ phận Một cửa',
        'Trả kết quả; thu phí, lệ phí (nếu có); cập nhật sổ theo dõi.',
        0.5,
        'Sổ theo dõi hồ sơ',
      ),
    ],
    records: [
      {
        name: 'Sổ theo dõi tiếp nhận và trả kết quả',
        keeper: 'Bộ phận Một cửa',
        location: 'Văn phòng Bộ',
        retention: '10 năm',
      },
    ],
    history: revising(units2015, {
      reason:
        'Tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích theo Quyết định số 45/2016/QĐ-TTg và trực tuyến; thực hiện kết luận đánh giá nội bộ ngày 07/11/2017.',
      summary:
        'Bước 1: tiếp nhận trực tiếp, qua bưu chính công ích, trực tuyến; bước 5: trả kết quả qua bưu chính công ích theo yêu cầu; Mục 3: bổ sung Quyết định 45/2016/QĐ-TTg.',
      patch: {
        steps: {
          B1: {
            action:
              'Tiếp nhận hồ sơ nộp trực tiếp, qua dịch vụ bưu chính công ích hoặc trực tuyến; kiểm tra thành phần hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần bằng văn bản.',
          },
          B5: {
            action:
              'Trả kết quả trực tiếp hoặc qua dịch vụ bưu chính công ích theo yêu cầu của tổ chức, cá nhân; thu phí, lệ phí (nếu có); cập nhật sổ theo dõi.',
          },
        },
        addReferences: [refs.postalService],
      },
      returns: [
        {
          at: 'check',
          comment:
            'Bước 5: đề nghị nêu rõ việc trả kết quả qua dịch vụ bưu chính công ích theo yêu cầu của tổ chức, cá nhân, cho thống nhất với Quyết định số 45/2016/QĐ-TTg.',
          before: earlier({
            steps: { B5: { action: 'Trả kết quả; thu phí, lệ phí (nếu có); cập nhật sổ theo dõi.' } },
          }),
        },
      ],
      ...submitted('2017-12-20'),
    }),
  },
  {
    code: 'QT-VP-08',
    owner: 'VP',
    title: 'Quy trình tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính',
    references: [
      refs.adminProcedures,
      {
        text: 'Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính',
      },
    ],
    steps: [
      step(
        'B1',
        'Văn phòng Bộ (Phòng Kiểm soát thủ tục hành chính)',
        'Tiếp nhận phản ánh, kiến nghị; vào sổ theo dõi.',
        1,
        'Sổ theo dõi phản ánh, kiến nghị',
      ),
      step(
        'B2',
        'Văn phòng Bộ (Phòng Kiểm soát thủ tục hành chính)',
        'Phân loại; đề xuất đơn vị chủ trì xử lý.',
        2,
        'Phiếu đề xuất xử lý',
        {
          condition: 'Thuộc phạm vi xử lý của Bộ?',
          yes: 'B3',
          no: 'B6',
        },
      ),
      step(
        'B3',
        'Đơn vị chủ trì',
        'Nghiên cứu, đề xuất phương án xử lý; dự thảo văn bản trả lời.',
        10,
        'Dự thảo văn bản trả lời',
      ),
      step('B4', 'Văn phòng Bộ', 'Kiểm tra dự thảo; trình Lãnh đạo Bộ.', 2, 'Tờ trình', {
        condition: 'Dự thảo đạt yêu cầu?',
        yes: 'B5',
        no: 'B3',
      }),
      step('B5', 'Lãnh đạo Bộ', 'Ký văn bản trả lời.', 3, 'Văn bản trả lời'),
      step(
        'B6',
        'Văn phòng Bộ (Phòng Kiểm soát thủ tục hành chính)',
        'Gửi kết quả (hoặc hướng dẫn gửi cơ quan có thẩm quyền); công khai kết quả trên Cổng thông tin điện tử của Bộ.',
        2,
        'Kết quả xử lý đã công khai',
      ),
    ],
    history: revising(units2015, {
      reason: `${auditFinding}; tiếp nhận phản ánh, kiến nghị qua Cổng thông tin điện tử của Bộ.`,
      summary:
        'Bước 1: tiếp nhận cả qua Cổng thông tin điện tử; bước 3: thời hạn 08 ngày; bổ sung bước mở hồ sơ.',
      patch: {
        steps: {
          B1: {
            action:
              'Tiếp nhận phản ánh, kiến nghị (trực tiếp, bằng văn bản, qua Cổng thông tin điện tử của Bộ); vào sổ theo dõi.',
          },
          B3: { durationDays: 8 },
        },
        insert: [openFile('B2', 'Chuyên viên Phòng Kiểm soát thủ tục hành chính')],
        addReferences: [recordControl],
      },
      ...submitted('2017-12-21'),
    }),
  },
  {
    code: 'QT-VP-11',
    owner: 'VP',
    title: 'Quy trình phát ngôn và cung cấp thông tin cho báo chí',
    references: [
      {
        text: 'Quyết định số 25/2013/QĐ-TTg ngày 04/5/2013 của Thủ tướng Chính phủ ban hành Quy chế phát ngôn và cung cấp thông tin cho báo chí',
      },
    ],
    steps: [
      step(
        'B1',
        'Văn phòng Bộ',
        'Tiếp nhận yêu cầu cung cấp thông tin của cơ quan báo chí; theo dõi thông tin báo chí phản ánh.',
        1,
        'Phiếu tiếp nhận yêu cầu',
      ),
      step(
        'B2',
        'Đơn vị chủ trì nội dung',
        'Chuẩn bị nội dung thông tin, tài liệu.',
        2,
        'Dự thảo nội dung cung cấp',
      ),
      step(
        'B3',
        'Người phát ngôn (Chánh Văn phòng)',
        'Xem xét nội dung; xin ý kiến Lãnh đạo Bộ khi cần.',
        1,
        'Nội dung đã duyệt',
        {
          condition: 'Nội dung đủ căn cứ để cung cấp?',
          yes: 'B4',
          no: 'B2',
        },
      ),
      step(
        'B4',
        'Người phát ngôn',
        'Phát ngôn, cung cấp thông tin (họp báo, thông cáo báo chí, trả lời bằng văn bản).',
        1,
        'Thông cáo báo chí / văn bản trả lời',
      ),
      step(
        'B5',
        'Văn phòng Bộ',
        'Đăng tải trên Cổng thông tin điện tử của Bộ; lưu hồ sơ.',
        1,
        'Tin bài đã đăng tải',
      ),
    ],
    history: revising(units2015, {
      reason:
        'Cập nhật theo Nghị định số 09/2017/NĐ-CP quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí (thay thế Quyết định số 25/2013/QĐ-TTg).',
      summary:
        'Mục 3: căn cứ Nghị định 09/2017/NĐ-CP; bước 1: phát ngôn trong trường hợp đột xuất, bất thường; bước 4: thời hạn trả lời báo chí.',
      patch: {
        references: [
          {
            text: 'Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước',
          },
        ],
        steps: {
          B1: {
            action:
              'Tiếp nhận yêu cầu cung cấp thông tin của cơ quan báo chí; theo dõi thông tin báo chí phản ánh; đề xuất phát ngôn trong trường hợp đột xuất, bất thường.',
          },
        },
      },
      ...submitted('2017-12-22'),
    }),
  },
];

export const officePublicProcedures: DocumentPlan[] = specs.map(businessProcedure);
