// Vụ Quản lý doanh nghiệp: one procedure withdrawn in March 2018 as the state-owned enterprises
// were to move to the Commission for the Management of State Capital at Enterprises.
import { type BusinessSpec, businessProcedure, issued, revised, withdrawn } from '../business.ts';
import { decisions } from '../decisions.ts';
import { type DocumentPlan, step } from '../plan.ts';

const { units2016, november2017, withdraw2018 } = decisions;

const specs: BusinessSpec[] = [
  {
    code: 'QT-QLDN-01',
    owner: 'QLDN',
    title:
      'Quy trình thẩm định kế hoạch sản xuất kinh doanh và đầu tư phát triển 05 năm của doanh nghiệp do Bộ làm đại diện chủ sở hữu',
    references: [
      {
        text: 'Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp số 69/2014/QH13 ngày 26/11/2014',
      },
    ],
    steps: [
      step('B1', 'Vụ Quản lý doanh nghiệp', 'Tiếp nhận hồ sơ kế hoạch của doanh nghiệp.', 1, 'Sổ theo dõi'),
      step(
        'B2',
        'Chuyên viên Vụ Quản lý doanh nghiệp',
        'Lấy ý kiến các đơn vị; thẩm định các chỉ tiêu kế hoạch.',
        15,
        'Dự thảo báo cáo thẩm định',
        {
          condition: 'Kế hoạch phù hợp chiến lược, định hướng?',
          yes: 'B3',
          no: 'B1',
        },
      ),
      step('B3', 'Lãnh đạo Vụ Quản lý doanh nghiệp', 'Xem xét, trình Lãnh đạo Bộ.', 3, 'Tờ trình'),
      step('B4', 'Lãnh đạo Bộ', 'Ký quyết định phê duyệt kế hoạch.', 5, 'Quyết định phê duyệt kế hoạch'),
    ],
    history: withdrawn(
      units2016,
      withdraw2018,
      'Quyền, trách nhiệm đại diện chủ sở hữu nhà nước đối với các doanh nghiệp được chuyển giao về Ủy ban Quản lý vốn nhà nước tại doanh nghiệp; Bộ không còn thực hiện nhiệm vụ này.',
    ),
  },
  {
    code: 'QT-QLDN-02',
    owner: 'QLDN',
    title: 'Quy trình giám sát, đánh giá hiệu quả hoạt động và xếp loại doanh nghiệp',
    references: [
      {
        text: 'Nghị định số 87/2015/NĐ-CP ngày 06/10/2015 của Chính phủ về giám sát đầu tư vốn nhà nước vào doanh nghiệp; giám sát tài chính, đánh giá hiệu quả hoạt động và công khai thông tin tài chính của doanh nghiệp nhà nước và doanh nghiệp có vốn nhà nước',
      },
    ],
    steps: [
      step(
        'B1',
        'Doanh nghiệp',
        'Gửi báo cáo tài chính, báo cáo đánh giá hiệu quả hoạt động.',
        20,
        'Báo cáo của doanh nghiệp',
      ),
      step(
        'B2',
        'Chuyên viên Vụ Quản lý doanh nghiệp',
        'Phân tích, đánh giá các chỉ tiêu; đề xuất xếp loại.',
        10,
        'Dự thảo báo cáo đánh giá',
        {
          condition: 'Số liệu đầy đủ, tin cậy?',
          yes: 'B3',
          no: 'B1',
        },
      ),
      step('B3', 'Lãnh đạo Bộ', 'Ký quyết định xếp loại doanh nghiệp.', 5, 'Quyết định xếp loại'),
      step(
        'B4',
        'Vụ Quản lý doanh nghiệp',
        'Gửi Bộ Tài chính; công khai thông tin theo quy định.',
        3,
        'Văn bản báo cáo',
      ),
    ],
    history: revised(units2016, november2017, {
      reason:
        'Thực hiện công khai thông tin tài chính của doanh nghiệp theo Nghị định số 81/2015/NĐ-CP; giám sát hằng quý các chỉ tiêu tài chính.',
      legalBasis:
        'Nghị định số 81/2015/NĐ-CP ngày 18/9/2015 của Chính phủ về công bố thông tin của doanh nghiệp nhà nước',
      summary:
        'Bổ sung bước giám sát hằng quý; bước 4: công khai trên Cổng thông tin điện tử của Bộ; Mục 3: bổ sung Nghị định 81/2015/NĐ-CP.',
      patch: {
        addReferences: [
          {
            text: 'Nghị định số 81/2015/NĐ-CP ngày 18/9/2015 của Chính phủ về công bố thông tin của doanh nghiệp nhà nước',
          },
        ],
        insert: [
          {
            after: 'B1',
            step: step(
              'B1a',
              'Chuyên viên Vụ Quản lý doanh nghiệp',
              'Giám sát hằng quý các chỉ tiêu tài chính; cảnh báo dấu hiệu mất an toàn tài chính.',
              5,
              'Phiếu giám sát quý',
            ),
          },
        ],
        steps: {
          B4: { action: 'Gửi Bộ Tài chính; công khai kết quả xếp loại trên Cổng thông tin điện tử của Bộ.' },
        },
      },
    }),
  },
  {
    code: 'QT-QLDN-03',
    owner: 'QLDN',
    title: 'Quy trình thẩm định phương án sắp xếp, cổ phần hóa doanh nghiệp',
    references: [
      {
        text: 'Nghị định số 59/2011/NĐ-CP ngày 18/7/2011 của Chính phủ về chuyển doanh nghiệp 100% vốn nhà nước thành công ty cổ phần',
      },
    ],
    steps: [
      step('B1', 'Ban chỉ đạo cổ phần hóa', 'Trình phương án cổ phần hóa.', 1, 'Tờ trình phương án'),
      step(
        'B2',
        'Chuyên viên Vụ Quản lý doanh nghiệp',
        'Thẩm định phương án; lấy ý kiến các bộ, ngành.',
        20,
        'Báo cáo thẩm định',
        {
          condition: 'Phương án đáp ứng quy định?',
          yes: 'B3',
          no: 'B1',
        },
      ),
      step('B3', 'Lãnh đạo Bộ', 'Ký quyết định phê duyệt phương án.', 5, 'Quyết định phê duyệt'),
    ],
    history: issued(units2016),
  },
];

export const enterpriseProcedures: DocumentPlan[] = specs.map(businessProcedure);
