// Vụ Thi đua - Khen thưởng: commendations and awards.
import { type BusinessSpec, businessProcedure, issued, revised } from '../business.ts';
import { decisions } from '../decisions.ts';
import { type DocumentPlan, step } from '../plan.ts';
import { refs } from '../references.ts';

const { units2015, november2017 } = decisions;

const specs: BusinessSpec[] = [
  {
    code: 'QT-TDKT-01',
    owner: 'TDKT',
    title: 'Quy trình xét khen thưởng thường xuyên',
    references: [
      refs.emulation,
      {
        text: 'Nghị định số 42/2010/NĐ-CP ngày 15/4/2010 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      },
    ],
    steps: [
      step(
        'B1',
        'Vụ Thi đua - Khen thưởng',
        'Hướng dẫn bình xét thi đua, khen thưởng cuối năm.',
        3,
        'Văn bản hướng dẫn',
      ),
      step('B2', 'Các đơn vị', 'Bình xét, đề nghị khen thưởng; gửi hồ sơ.', 15, 'Hồ sơ đề nghị khen thưởng'),
      step(
        'B3',
        'Chuyên viên Vụ Thi đua - Khen thưởng',
        'Thẩm định hồ sơ, tổng hợp trình Hội đồng thi đua - khen thưởng.',
        10,
        'Báo cáo thẩm định',
        {
          condition: 'Hồ sơ đủ tiêu chuẩn, thủ tục?',
          yes: 'B4',
          no: 'B2',
        },
      ),
      step('B4', 'Hội đồng thi đua - khen thưởng Bộ', 'Họp xét, bỏ phiếu.', 3, 'Biên bản họp Hội đồng'),
      step(
        'B5',
        'Bộ trưởng',
        'Ký quyết định khen thưởng hoặc tờ trình cấp trên khen thưởng.',
        5,
        'Quyết định khen thưởng',
      ),
    ],
    retention: 'Vĩnh viễn',
    history: revised(units2015, november2017, {
      reason:
        'Cập nhật theo Nghị định số 91/2017/NĐ-CP quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng (thay thế Nghị định số 42/2010/NĐ-CP).',
      legalBasis:
        'Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      summary:
        'Mục 3: thay Nghị định 42/2010/NĐ-CP bằng Nghị định 91/2017/NĐ-CP; bước 3: công khai danh sách đề nghị khen thưởng trên Cổng thông tin điện tử trước khi trình.',
      patch: {
        references: [
          refs.emulation,
          {
            text: 'Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
          },
        ],
        steps: {
          B3: {
            action:
              'Thẩm định hồ sơ; công khai danh sách đề nghị khen thưởng trên Cổng thông tin điện tử của Bộ; tổng hợp trình Hội đồng.',
          },
        },
      },
    }),
  },
  {
    code: 'QT-TDKT-02',
    owner: 'TDKT',
    title: 'Quy trình xét tặng Kỷ niệm chương "Vì sự nghiệp Thông tin và Truyền thông"',
    references: [
      refs.emulation,
      { text: 'Quy chế xét tặng Kỷ niệm chương "Vì sự nghiệp Thông tin và Truyền thông"' },
    ],
    steps: [
      step('B1', 'Các đơn vị, địa phương', 'Gửi hồ sơ đề nghị xét tặng Kỷ niệm chương.', 20, 'Hồ sơ đề nghị'),
      step(
        'B2',
        'Chuyên viên Vụ Thi đua - Khen thưởng',
        'Thẩm định tiêu chuẩn, thời gian công tác.',
        10,
        'Danh sách đủ tiêu chuẩn',
        {
          condition: 'Đủ tiêu chuẩn?',
          yes: 'B3',
          no: 'B1',
        },
      ),
      step('B3', 'Bộ trưởng', 'Ký quyết định tặng Kỷ niệm chương.', 5, 'Quyết định tặng Kỷ niệm chương'),
    ],
    history: issued(units2015),
  },
  {
    code: 'QT-TDKT-03',
    owner: 'TDKT',
    title: 'Quy trình khen thưởng đột xuất',
    references: [refs.emulation],
    steps: [
      step(
        'B1',
        'Đơn vị',
        'Đề nghị khen thưởng thành tích đột xuất kèm báo cáo tóm tắt thành tích.',
        2,
        'Văn bản đề nghị',
      ),
      step('B2', 'Chuyên viên Vụ Thi đua - Khen thưởng', 'Thẩm định thành tích.', 3, 'Phiếu thẩm định', {
        condition: 'Thành tích đủ điều kiện?',
        yes: 'B3',
        no: 'B1',
      }),
      step('B3', 'Bộ trưởng', 'Ký quyết định khen thưởng.', 2, 'Quyết định khen thưởng'),
    ],
    history: issued(units2015),
  },
];

export const emulationProcedures: DocumentPlan[] = specs.map(businessProcedure);
