// Hướng dẫn: how to write a procedure (Vụ KHCN) and how to keep files (Văn phòng Bộ).
import { daysBefore } from './days.ts';
import { decisions } from './decisions.ts';
import type { DocumentPlan } from './plan.ts';
import { refs } from './references.ts';

const writing2015 = `HƯỚNG DẪN XÂY DỰNG VÀ TRÌNH BÀY QUY TRÌNH

1. Cấu trúc. Mỗi quy trình gồm 07 mục: 1. Mục đích; 2. Phạm vi áp dụng; 3. Tài liệu viện dẫn; 4. Định nghĩa, từ viết tắt; 5. Nội dung quy trình (lưu đồ và diễn giải các bước); 6. Biểu mẫu; 7. Hồ sơ cần lưu.

2. Mã hiệu. Quy trình hệ thống: QT-HT-xx; quy trình nghiệp vụ: QT-<ký hiệu đơn vị>-xx (ví dụ QT-CNTT-03); biểu mẫu: BM-<mã quy trình>-xx (ví dụ BM-HT-01-02); hướng dẫn: HD-<ký hiệu đơn vị>-xx.

3. Trang bìa. Ghi tên cơ quan, tên và mã hiệu quy trình, lần ban hành, ngày ban hành; khung ký Soạn thảo – Xem xét – Phê duyệt; bảng theo dõi sửa đổi (lần ban hành, ngày, nội dung sửa đổi, vị trí sửa đổi).

4. Lưu đồ. Hình elip: bắt đầu, kết thúc; hình chữ nhật: bước công việc (ghi người thực hiện); hình thoi: điểm quyết định với hai nhánh Có/Không; mũi tên: trình tự thực hiện.

5. Diễn giải các bước. Mỗi bước ghi rõ: nội dung công việc; người hoặc bộ phận thực hiện; thời hạn tính bằng ngày làm việc; kết quả, biểu mẫu. Tổng thời hạn các bước không vượt quá thời hạn pháp luật quy định.

6. Hồ sơ cần lưu. Ghi tên hồ sơ, người lưu, nơi lưu, thời hạn bảo quản, thống nhất với Danh mục hồ sơ của đơn vị.`;

const writing2018 = `${writing2015}

7. Rủi ro đối với quy trình giải quyết thủ tục hành chính. Khi xây dựng, sửa đổi quy trình giải quyết thủ tục hành chính, đơn vị đánh giá tối thiểu các rủi ro: hồ sơ giải quyết trễ hạn; yêu cầu bổ sung hồ sơ nhiều lần; sai sót kết quả giải quyết; thay đổi văn bản quy phạm pháp luật. Rủi ro có mức độ từ 10 trở lên được ghi vào Sổ đăng ký rủi ro và cơ hội (BM-HT-07-01) và có biện pháp xử lý.`;

const filing2016 = `HƯỚNG DẪN LẬP DANH MỤC HỒ SƠ VÀ LẬP HỒ SƠ CÔNG VIỆC

1. Danh mục hồ sơ. Mỗi đơn vị dự thảo Danh mục hồ sơ năm sau, gửi Văn phòng Bộ trước ngày 15/12. Danh mục có các cột: Số và ký hiệu hồ sơ; Tên đề mục và tiêu đề hồ sơ; Thời hạn bảo quản; Đơn vị/người lập hồ sơ; Ghi chú. Đề mục lớn đánh số La Mã, đề mục nhỏ đánh số Ả Rập; số hồ sơ đánh liên tục trong năm, kèm ký hiệu đơn vị (ví dụ 01.TCCB).

2. Thời hạn bảo quản. Ghi "Vĩnh viễn" hoặc số năm cụ thể theo Bảng thời hạn bảo quản tài liệu của Bộ.

3. Lập hồ sơ. Công chức được giao giải quyết công việc mở hồ sơ theo Danh mục; thu thập đầy đủ văn bản, tài liệu trong quá trình giải quyết; kết thúc hồ sơ khi công việc giải quyết xong.

4. Nộp lưu. Hồ sơ kết thúc được nộp vào Lưu trữ cơ quan trong thời hạn 01 năm kể từ ngày công việc kết thúc.`;

const filingNow = `HƯỚNG DẪN LẬP DANH MỤC HỒ SƠ VÀ LẬP HỒ SƠ CÔNG VIỆC

1. Danh mục hồ sơ. Danh mục hồ sơ do người đứng đầu cơ quan phê duyệt, ban hành vào đầu năm. Mỗi đơn vị dự thảo phần Danh mục của đơn vị, gửi Văn phòng Bộ trước ngày 15/12. Danh mục có các cột: Số và ký hiệu hồ sơ; Tên đề mục và tiêu đề hồ sơ; Thời hạn bảo quản; Đơn vị/người lập hồ sơ; Ghi chú. Đề mục lớn đánh số La Mã, đề mục nhỏ đánh số Ả Rập; số hồ sơ đánh liên tục trong năm, kèm ký hiệu đơn vị (ví dụ 01.TCCB).

2. Thời hạn bảo quản. Ghi "Vĩnh viễn" hoặc số năm cụ thể theo Bảng thời hạn bảo quản tài liệu của Bộ.

3. Lập hồ sơ. Công chức được giao giải quyết công việc mở hồ sơ trên phần mềm từ Danh mục ngay khi bắt đầu công việc; văn bản điện tử được đưa vào hồ sơ khi ban hành hoặc tiếp nhận; kết thúc hồ sơ khi công việc giải quyết xong.

4. Nộp lưu. Hồ sơ kết thúc được nộp vào Lưu trữ cơ quan trong thời hạn 01 năm kể từ ngày công việc kết thúc; hồ sơ điện tử được nộp lưu cùng dữ liệu đặc tả.`;

const filingRefs = [
  refs.archives,
  refs.filing,
  { code: 'QT-HT-02', text: 'Quy trình kiểm soát hồ sơ (QT-HT-02)' },
];

/** `today` (YYYY-MM-DD): one revision was approved days ago and takes effect in a few weeks. */
export function guidelines(today: string): DocumentPlan[] {
  return [
    {
      code: 'HD-KHCN-01',
      type: 'guideline',
      title: 'Hướng dẫn xây dựng và trình bày quy trình',
      owner: 'KHCN',
      distributeTo: 'all',
      versions: [
        {
          kind: 'new',
          reason: 'Thống nhất cách xây dựng, trình bày quy trình khi xây dựng Hệ thống quản lý chất lượng.',
          content: { references: [refs.qd19, refs.tt26], body: writing2015 },
          requested: '2015-07-13',
          done: decisions.system2015.date,
          reaches: 'issued',
          decisionNo: decisions.system2015.no,
        },
        {
          kind: 'revise',
          reason:
            'Bổ sung tiêu chí đánh giá rủi ro đối với quy trình giải quyết thủ tục hành chính (thay cho đề nghị sửa đổi QT-HT-07).',
          changeSummary: 'Bổ sung Mục 7: rủi ro đối với quy trình giải quyết thủ tục hành chính.',
          content: {
            references: [
              refs.qd19,
              refs.tt26,
              { code: 'QT-HT-07', text: 'Quy trình quản lý rủi ro và cơ hội (QT-HT-07)' },
            ],
            body: writing2018,
          },
          requested: '2018-03-12',
          done: '2018-03-23',
          reaches: 'issued',
          decisionNo: '402/QĐ-BTTTT',
        },
      ],
    },
    {
      code: 'HD-VP-01',
      type: 'guideline',
      title: 'Hướng dẫn lập Danh mục hồ sơ và lập hồ sơ công việc',
      owner: 'VP',
      distributeTo: 'all',
      versions: [
        {
          kind: 'new',
          reason: 'Hướng dẫn các đơn vị lập Danh mục hồ sơ và lập hồ sơ công việc thống nhất.',
          content: { references: filingRefs, body: filing2016 },
          requested: '2016-01-12',
          done: decisions.units2016.date,
          reaches: 'issued',
          decisionNo: decisions.units2016.no,
        },
        {
          kind: 'revise',
          reason:
            'Cập nhật theo Nghị định số 30/2020/NĐ-CP về công tác văn thư; lập và nộp lưu hồ sơ điện tử trên phần mềm.',
          changeSummary:
            'Mục 1: Danh mục do người đứng đầu phê duyệt đầu năm; Mục 3: mở hồ sơ trên phần mềm ngay khi bắt đầu công việc; Mục 4: nộp lưu hồ sơ điện tử cùng dữ liệu đặc tả.',
          content: {
            references: [
              ...filingRefs,
              { text: 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư' },
            ],
            body: filingNow,
          },
          requested: daysBefore(today, 60),
          done: daysBefore(today, 6),
          reaches: 'issued',
          decisionNo: '1275/QĐ-BTTTT',
          effective: daysBefore(today, -45),
        },
      ],
    },
  ];
}
