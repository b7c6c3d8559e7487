// Văn phòng Bộ: incoming and outgoing documents, seals, transfer to the archive.
import { type BusinessSpec, businessProcedure, lowerFirst, revising } from '../business.ts';
import { decisions } from '../decisions.ts';
import { type DocumentPlan, step } from '../plan.ts';
import { refs } from '../references.ts';
import { auditFinding, openFile, recordControl, submitted } from './vp-common.ts';

const { units2015 } = decisions;

const specs: BusinessSpec[] = [
  {
    code: 'QT-VP-01',
    owner: 'VP',
    title: 'Quy trình tiếp nhận và xử lý văn bản đến',
    appliesTo: 'văn bản đến gửi Bộ Thông tin và Truyền thông, Lãnh đạo Bộ và các đơn vị Khối cơ quan Bộ',
    references: [
      refs.clerical,
      refs.filing,
      { text: 'Quy chế công tác văn thư, lưu trữ của Bộ Thông tin và Truyền thông' },
    ],
    steps: [
      step(
        'B1',
        'Văn thư Bộ',
        'Tiếp nhận văn bản đến (giấy và điện tử); kiểm tra, phân loại; đóng dấu "ĐẾN", ghi số và ngày đến; đăng ký vào hệ thống quản lý văn bản.',
        0.5,
        'Văn bản đến đã đăng ký',
      ),
      step(
        'B2',
        'Chánh Văn phòng',
        'Xem xét, đề xuất phân phối văn bản cho Lãnh đạo Bộ và đơn vị chủ trì xử lý.',
        0.5,
        'Ý kiến đề xuất phân phối',
      ),
      step(
        'B3',
        'Lãnh đạo Bộ',
        'Cho ý kiến chỉ đạo, giao đơn vị chủ trì, đơn vị phối hợp và thời hạn giải quyết.',
        1,
        'Ý kiến chỉ đạo',
      ),
      step(
        'B4',
        'Văn thư Bộ',
        'Chuyển văn bản đến đơn vị chủ trì trong ngày; cập nhật thông tin chuyển giao.',
        0.5,
        'Dữ liệu chuyển giao văn bản',
      ),
      step(
        'B5',
        'Lãnh đạo đơn vị chủ trì',
        'Giao chuyên viên xử lý; theo dõi, đôn đốc thời hạn.',
        1,
        'Phiếu giao việc',
      ),
      step(
        'B6',
        'Chuyên viên được giao',
        'Nghiên cứu, giải quyết văn bản đến; trình Lãnh đạo đơn vị kết quả xử lý.',
        null,
        'Dự thảo kết quả xử lý',
        { condition: 'Kết quả xử lý đạt yêu cầu?', yes: 'B7', no: 'B5' },
      ),
      step(
        'B7',
        'Chuyên viên được giao',
        'Phát hành văn bản trả lời (nếu có) theo Quy trình QT-VP-02; cập nhật kết quả xử lý, lập hồ sơ.',
        1,
        'Văn bản trả lời; hồ sơ công việc',
      ),
    ],
    history: revising(units2015, {
      reason: `${auditFinding}; xử lý văn bản đến trên hệ thống quản lý văn bản và điều hành.`,
      summary:
        'Bước 1, 4: tiếp nhận, chuyển văn bản điện tử trên hệ thống; bổ sung bước mở hồ sơ công việc khi giao việc; Mục 3: bổ sung Quy trình kiểm soát hồ sơ.',
      patch: {
        steps: {
          B1: {
            action:
              'Tiếp nhận văn bản đến; số hóa văn bản giấy; đăng ký trên hệ thống quản lý văn bản và điều hành; văn bản điện tử được chuyển ngay khi đăng ký.',
          },
          B4: {
            action: 'Chuyển văn bản trên hệ thống đến đơn vị chủ trì; bản giấy (nếu có) chuyển trong ngày.',
            durationDays: 0.25,
          },
        },
        insert: [openFile('B5', 'Chuyên viên được giao')],
        addReferences: [recordControl],
      },
      ...submitted('2017-12-18'),
    }),
  },
  {
    code: 'QT-VP-02',
    owner: 'VP',
    title: 'Quy trình soạn thảo, ban hành và phát hành văn bản đi',
    references: [
      refs.clerical,
      {
        text: 'Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính',
      },
    ],
    steps: [
      step(
        'B1',
        'Chuyên viên đơn vị soạn thảo',
        'Soạn thảo văn bản đúng thể thức, kỹ thuật trình bày; đề xuất nơi nhận.',
        3,
        'Dự thảo văn bản',
      ),
      step(
        'B2',
        'Lãnh đạo đơn vị soạn thảo',
        'Xem xét nội dung; ký tắt vào dự thảo.',
        1,
        'Dự thảo đã ký tắt',
        {
          condition: 'Dự thảo đạt yêu cầu?',
          yes: 'B3',
          no: 'B1',
        },
      ),
      step(
        'B3',
        'Văn phòng Bộ (Phòng Tổng hợp)',
        'Kiểm tra thể thức, kỹ thuật trình bày và thủ tục ban hành trước khi trình ký.',
        1,
        'Dự thảo đã kiểm tra',
        { condition: 'Đúng thể thức, thủ tục?', yes: 'B4', no: 'B1' },
      ),
      step('B4', 'Lãnh đạo Bộ', 'Ký ban hành văn bản.', 2, 'Văn bản đã ký'),
      step(
        'B5',
        'Văn thư Bộ',
        'Ghi số, ngày tháng; đóng dấu; đăng ký văn bản đi.',
        0.5,
        'Dữ liệu đăng ký văn bản đi',
      ),
      step(
        'B6',
        'Văn thư Bộ',
        'Phát hành văn bản trong ngày; lưu bản gốc tại Văn thư và 01 bản tại đơn vị soạn thảo.',
        0.5,
        'Văn bản đã phát hành; bản lưu',
      ),
    ],
    history: revising(units2015, {
      reason: `${auditFinding}; phát hành văn bản điện tử có chữ ký số.`,
      summary:
        'Bước 4: ký số văn bản; bước 6: phát hành văn bản điện tử; bổ sung bước mở hồ sơ khi bắt đầu soạn thảo.',
      patch: {
        steps: {
          B4: { output: 'Văn bản đã ký (chữ ký số)' },
          B6: {
            action:
              'Phát hành văn bản điện tử trên hệ thống trong ngày; bản giấy chỉ gửi nơi chưa nhận văn bản điện tử; lưu bản gốc tại Văn thư.',
          },
        },
        insert: [openFile('B1', 'Chuyên viên đơn vị soạn thảo')],
        addReferences: [
          { text: 'Quy chế quản lý, sử dụng chữ ký số trong Bộ Thông tin và Truyền thông' },
          recordControl,
        ],
      },
      ...submitted('2017-12-18'),
    }),
  },
  {
    code: 'QT-VP-03',
    owner: 'VP',
    title: 'Quy trình quản lý và sử dụng con dấu',
    references: [
      refs.clerical,
      { text: 'Nghị định số 58/2001/NĐ-CP ngày 24/8/2001 của Chính phủ về quản lý và sử dụng con dấu' },
    ],
    steps: [
      step(
        'B1',
        'Người đề nghị đóng dấu',
        'Xuất trình văn bản đã được người có thẩm quyền ký.',
        null,
        'Văn bản cần đóng dấu',
      ),
      step('B2', 'Văn thư Bộ', 'Kiểm tra thẩm quyền ký và thể thức văn bản.', 0.5, 'Văn bản đã kiểm tra', {
        condition: 'Đúng thẩm quyền, thể thức?',
        yes: 'B3',
        no: 'B1',
      }),
      step(
        'B3',
        'Văn thư Bộ',
        'Đóng dấu rõ ràng, ngay ngắn, trùm lên khoảng 1/3 chữ ký về phía bên trái; đóng dấu treo, dấu giáp lai theo quy định.',
        0.5,
        'Văn bản đã đóng dấu',
      ),
      step(
        'B4',
        'Văn thư Bộ',
        'Ghi sổ theo dõi đối với trường hợp đóng dấu treo, dấu giáp lai, giấy giới thiệu.',
        0.5,
        'Sổ theo dõi sử dụng con dấu',
      ),
      step(
        'B5',
        'Chánh Văn phòng',
        'Kiểm tra định kỳ việc quản lý, sử dụng con dấu.',
        null,
        'Biên bản kiểm tra',
      ),
    ],
    records: [
      {
        name: 'Sổ theo dõi sử dụng con dấu',
        keeper: 'Văn thư Bộ',
        location: 'Văn phòng Bộ',
        retention: '20 năm',
      },
    ],
    history: revising(units2015, {
      reason: `Cập nhật theo Nghị định số 99/2016/NĐ-CP về quản lý và sử dụng con dấu; ${lowerFirst(auditFinding)}.`,
      summary:
        'Mục 3: thay Nghị định 58/2001/NĐ-CP bằng Nghị định 99/2016/NĐ-CP; bước 5: kiểm tra 6 tháng một lần.',
      patch: {
        references: [
          refs.clerical,
          { text: 'Nghị định số 99/2016/NĐ-CP ngày 01/7/2016 của Chính phủ về quản lý và sử dụng con dấu' },
        ],
        steps: {
          B5: {
            action: 'Kiểm tra việc quản lý, sử dụng con dấu 6 tháng một lần và đột xuất khi cần.',
            durationDays: 2,
          },
        },
      },
      ...submitted('2017-12-18'),
    }),
  },
  {
    code: 'QT-VP-04',
    owner: 'VP',
    title: 'Quy trình nộp lưu hồ sơ, tài liệu vào Lưu trữ cơ quan',
    references: [refs.archives, refs.filing],
    steps: [
      step(
        'B1',
        'Chuyên viên các đơn vị',
        'Rà soát hồ sơ đã kết thúc đến hạn nộp lưu; hoàn thiện, biên mục hồ sơ.',
        10,
        'Hồ sơ đã hoàn thiện',
      ),
      step(
        'B2',
        'Lãnh đạo đơn vị',
        'Duyệt danh sách hồ sơ nộp lưu của đơn vị.',
        2,
        'Danh sách hồ sơ nộp lưu',
      ),
      step(
        'B3',
        'Lưu trữ cơ quan',
        'Hướng dẫn, kiểm tra hồ sơ trước khi giao nhận.',
        3,
        'Hồ sơ đã kiểm tra',
        {
          condition: 'Hồ sơ đạt yêu cầu nộp lưu?',
          yes: 'B4',
          no: 'B1',
        },
      ),
      step(
        'B4',
        'Đơn vị; Lưu trữ cơ quan',
        'Giao nhận hồ sơ; ký Mục lục hồ sơ, tài liệu nộp lưu và Biên bản giao nhận.',
        1,
        'Mục lục hồ sơ nộp lưu (BM-HT-02-03); Biên bản giao nhận (BM-HT-02-04)',
      ),
      step(
        'B5',
        'Lưu trữ cơ quan',
        'Sắp xếp hồ sơ lên giá; cập nhật cơ sở dữ liệu lưu trữ.',
        5,
        'Cơ sở dữ liệu lưu trữ',
      ),
    ],
    forms: [
      { code: 'BM-HT-02-03', title: 'Mục lục hồ sơ, tài liệu nộp lưu' },
      { code: 'BM-HT-02-04', title: 'Biên bản giao nhận hồ sơ, tài liệu' },
    ],
    retention: 'Vĩnh viễn',
    history: revising(units2015, {
      reason: `${auditFinding}; nộp lưu hồ sơ điện tử.`,
      summary:
        'Bước 1: hồ sơ điện tử kết thúc trên phần mềm; bước 4: giao nhận hồ sơ điện tử kèm dữ liệu đặc tả; Mục 3: bổ sung QT-HT-02.',
      patch: {
        steps: {
          B1: {
            action:
              'Rà soát hồ sơ (giấy và điện tử) đã kết thúc đến hạn nộp lưu; hoàn thiện, biên mục hồ sơ trên phần mềm.',
          },
          B4: {
            action:
              'Giao nhận hồ sơ giấy và hồ sơ điện tử (kèm dữ liệu đặc tả); ký Mục lục hồ sơ, tài liệu nộp lưu và Biên bản giao nhận.',
          },
        },
        addReferences: [recordControl],
      },
      ...submitted('2017-12-19'),
    }),
  },
];

export const officeRecordProcedures: DocumentPlan[] = specs.map(businessProcedure);
