// Vụ Bưu chính: postal licences (revised in 2017 for files sent by public postal service,
// QĐ 45/2016/QĐ-TTg) and two procedures built new in 2017.
import { type BusinessSpec, built, businessProcedure, revised, revising } from '../business.ts';
import { decisions } from '../decisions.ts';
import { type DocumentPlan, step } from '../plan.ts';
import { refs } from '../references.ts';

const { units2016, postal2017 } = decisions;
const officer = 'Chuyên viên Vụ Bưu chính';
const head = 'Lãnh đạo Vụ Bưu chính';
const viaPost = {
  B1: {
    action:
      'Tiếp nhận hồ sơ nộp trực tiếp, qua dịch vụ bưu chính công ích hoặc trực tuyến; kiểm tra thành phần hồ sơ; cấp giấy tiếp nhận và hẹn trả kết quả.',
  },
};
const postalRevision = (summary: string) => ({
  reason:
    'Tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích theo Quyết định số 45/2016/QĐ-TTg; rút ngắn thời gian thẩm định theo mục tiêu cải cách thủ tục hành chính năm 2017.',
  summary,
});

const licence = (
  id: string,
  action: string,
  days: number,
  output: string,
  back = 'B1',
  condition = 'Hồ sơ đáp ứng điều kiện?',
) => step(id, officer, action, days, output, { condition, yes: `B${Number(id.slice(1)) + 1}`, no: back });

const specs: BusinessSpec[] = [
  {
    code: 'QT-BC-01',
    owner: 'BC',
    title: 'Quy trình cấp giấy phép bưu chính',
    appliesTo: 'hồ sơ đề nghị cấp giấy phép bưu chính thuộc thẩm quyền của Bộ Thông tin và Truyền thông',
    tthc: true,
    references: [
      refs.postalLaw,
      {
        text: 'Nghị định số 47/2011/NĐ-CP ngày 17/6/2011 của Chính phủ quy định chi tiết thi hành một số nội dung của Luật Bưu chính',
      },
    ],
    steps: [
      step(
        'B1',
        'Bộ phận Một cửa',
        'Tiếp nhận hồ sơ đề nghị cấp giấy phép bưu chính; kiểm tra thành phần hồ sơ; cấp giấy tiếp nhận.',
        1,
        'Giấy tiếp nhận hồ sơ',
      ),
      licence(
        'B2',
        'Thẩm định hồ sơ: điều kiện tài chính, nhân sự, phương án kinh doanh, mẫu hợp đồng, bảng giá cước, mức giới hạn trách nhiệm bồi thường; yêu cầu bổ sung nếu chưa đạt.',
        10,
        'Phiếu thẩm định hồ sơ; văn bản yêu cầu bổ sung (nếu có)',
      ),
      step(
        'B3',
        head,
        'Xem xét kết quả thẩm định và dự thảo giấy phép; trình Lãnh đạo Bộ.',
        3,
        'Tờ trình; dự thảo giấy phép',
      ),
      step('B4', 'Lãnh đạo Bộ', 'Ký giấy phép bưu chính.', 3, 'Giấy phép bưu chính'),
      step(
        'B5',
        'Văn thư Bộ; Bộ phận Một cửa',
        'Vào sổ, đóng dấu; trả giấy phép cho doanh nghiệp; công bố thông tin trên Cổng thông tin điện tử của Bộ.',
        2,
        'Giấy phép đã trả; thông tin đã công bố',
      ),
    ],
    records: [
      {
        name: 'Sổ theo dõi cấp giấy phép bưu chính',
        keeper: officer,
        location: 'Vụ Bưu chính',
        retention: 'Vĩnh viễn',
      },
    ],
    history: revised(units2016, postal2017, {
      ...postalRevision(
        'Mục 3: bổ sung Quyết định 45/2016/QĐ-TTg; bước 1: tiếp nhận qua bưu chính công ích, trực tuyến; bước 2: thẩm định trong 08 ngày; bước 5: trả kết quả qua bưu chính công ích theo yêu cầu.',
      ),
      patch: {
        steps: {
          ...viaPost,
          B2: { durationDays: 8 },
          B5: {
            action:
              'Vào sổ, đóng dấu; trả giấy phép trực tiếp hoặc qua dịch vụ bưu chính công ích; công bố thông tin trên Cổng thông tin điện tử của Bộ.',
          },
        },
        addReferences: [refs.postalService],
      },
    }),
  },
  {
    code: 'QT-BC-02',
    owner: 'BC',
    title: 'Quy trình cấp văn bản xác nhận thông báo hoạt động bưu chính',
    tthc: true,
    appliesTo:
      'hồ sơ thông báo hoạt động bưu chính của doanh nghiệp, tổ chức thuộc thẩm quyền xác nhận của Bộ',
    references: [
      refs.postalLaw,
      {
        text: 'Nghị định số 47/2011/NĐ-CP ngày 17/6/2011 của Chính phủ quy định chi tiết thi hành một số nội dung của Luật Bưu chính',
      },
    ],
    steps: [
      step(
        'B1',
        'Bộ phận Một cửa',
        'Tiếp nhận hồ sơ thông báo hoạt động bưu chính; kiểm tra thành phần hồ sơ.',
        1,
        'Giấy tiếp nhận hồ sơ',
      ),
      licence('B2', 'Kiểm tra nội dung hồ sơ; yêu cầu bổ sung nếu chưa đạt.', 4, 'Phiếu kiểm tra hồ sơ'),
      step(
        'B3',
        head,
        'Ký văn bản xác nhận thông báo hoạt động bưu chính (theo ủy quyền).',
        1,
        'Văn bản xác nhận',
      ),
      step(
        'B4',
        'Văn thư Bộ; Bộ phận Một cửa',
        'Vào sổ, đóng dấu; trả kết quả cho doanh nghiệp.',
        1,
        'Văn bản xác nhận đã trả',
      ),
    ],
    history: revised(units2016, postal2017, {
      ...postalRevision(
        'Mục 3: bổ sung Quyết định 45/2016/QĐ-TTg; bước 1: tiếp nhận qua bưu chính công ích, trực tuyến; bước 2: 03 ngày.',
      ),
      patch: { steps: { ...viaPost, B2: { durationDays: 3 } }, addReferences: [refs.postalService] },
    }),
  },
  {
    code: 'QT-BC-03',
    owner: 'BC',
    title: 'Quy trình sửa đổi, bổ sung giấy phép bưu chính',
    tthc: true,
    references: [refs.postalLaw],
    steps: [
      step(
        'B1',
        'Bộ phận Một cửa',
        'Tiếp nhận hồ sơ đề nghị sửa đổi, bổ sung giấy phép bưu chính.',
        1,
        'Giấy tiếp nhận hồ sơ',
      ),
      licence(
        'B2',
        'Thẩm định nội dung đề nghị sửa đổi, bổ sung; yêu cầu bổ sung nếu chưa đạt.',
        7,
        'Phiếu thẩm định',
      ),
      step('B3', head, 'Xem xét, trình Lãnh đạo Bộ ký giấy phép sửa đổi, bổ sung.', 2, 'Tờ trình'),
      step('B4', 'Lãnh đạo Bộ', 'Ký giấy phép sửa đổi, bổ sung.', 3, 'Giấy phép sửa đổi, bổ sung'),
      step('B5', 'Văn thư Bộ; Bộ phận Một cửa', 'Vào sổ, đóng dấu; trả kết quả.', 1, 'Giấy phép đã trả'),
    ],
    history: revising(units2016, {
      reason:
        'Tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích theo Quyết định số 45/2016/QĐ-TTg.',
      summary: 'Bước 1: tiếp nhận qua bưu chính công ích, trực tuyến; bước 2: 05 ngày.',
      patch: { steps: { ...viaPost, B2: { durationDays: 5 } }, addReferences: [refs.postalService] },
      requested: '2018-03-05',
      done: '2018-03-29',
      reaches: 'draft',
      returns: [
        {
          at: 'review',
          comment:
            'Bước 2 rút còn 05 ngày cần có ý kiến của phòng nghiệp vụ về khối lượng hồ sơ; đề nghị bổ sung bước trả kết quả qua bưu chính công ích như QT-BC-01.',
        },
      ],
    }),
  },
  {
    code: 'QT-BC-04',
    owner: 'BC',
    title: 'Quy trình cấp lại giấy phép bưu chính khi bị mất hoặc hư hỏng không sử dụng được',
    tthc: true,
    references: [refs.postalLaw, refs.postalService],
    steps: [
      step(
        'B1',
        'Bộ phận Một cửa',
        'Tiếp nhận hồ sơ đề nghị cấp lại giấy phép (trực tiếp, qua dịch vụ bưu chính công ích hoặc trực tuyến).',
        0.5,
        'Giấy tiếp nhận hồ sơ',
      ),
      licence(
        'B2',
        'Đối chiếu hồ sơ với dữ liệu giấy phép đã cấp; yêu cầu bổ sung nếu chưa đạt.',
        3,
        'Phiếu kiểm tra hồ sơ',
      ),
      step('B3', head, 'Xem xét, trình Lãnh đạo Bộ ký giấy phép cấp lại.', 1, 'Tờ trình'),
      step('B4', 'Lãnh đạo Bộ', 'Ký giấy phép cấp lại.', 2, 'Giấy phép cấp lại'),
      step(
        'B5',
        'Văn thư Bộ; Bộ phận Một cửa',
        'Vào sổ, đóng dấu; trả kết quả trực tiếp hoặc qua dịch vụ bưu chính công ích.',
        0.5,
        'Giấy phép đã trả',
      ),
    ],
    history: built(postal2017, {
      reason:
        'Xây dựng mới: thủ tục cấp lại giấy phép bưu chính chưa có quy trình; áp dụng Quyết định số 45/2016/QĐ-TTg.',
    }),
  },
  {
    code: 'QT-BC-05',
    owner: 'BC',
    title: 'Quy trình xây dựng và phê duyệt kế hoạch phát hành tem bưu chính hằng năm',
    references: [
      refs.postalLaw,
      { text: 'Quy định về quản lý tem bưu chính của Bộ Thông tin và Truyền thông' },
    ],
    steps: [
      step(
        'B1',
        officer,
        'Đề nghị các cơ quan, tổ chức và Tổng công ty Bưu điện Việt Nam đề xuất đề tài tem (quý II năm trước).',
        5,
        'Văn bản đề nghị',
      ),
      step(
        'B2',
        officer,
        'Tổng hợp đề xuất; lấy ý kiến Hội đồng tư vấn tem bưu chính.',
        15,
        'Biên bản họp Hội đồng tư vấn',
      ),
      step('B3', head, 'Xem xét dự thảo kế hoạch phát hành tem.', 3, 'Dự thảo kế hoạch', {
        condition: 'Dự thảo đạt yêu cầu?',
        yes: 'B4',
        no: 'B2',
      }),
      step(
        'B4',
        'Lãnh đạo Bộ',
        'Phê duyệt kế hoạch phát hành tem bưu chính năm sau.',
        5,
        'Quyết định phê duyệt kế hoạch',
      ),
      step(
        'B5',
        officer,
        'Thông báo kế hoạch đến Tổng công ty Bưu điện Việt Nam; đăng tải trên Cổng thông tin điện tử của Bộ.',
        2,
        'Văn bản thông báo',
      ),
    ],
    history: built(postal2017, {
      reason: 'Xây dựng mới theo yêu cầu quản lý tem bưu chính; chưa có quy trình.',
    }),
  },
];

export const postalProcedures: DocumentPlan[] = specs.map(businessProcedure);
