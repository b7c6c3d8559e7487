/**
 * Rủi ro và cơ hội (TCVN ISO 9001:2015, 6.1): the words of the register, a risk's page and its
 * forms. States, kinds and levels are named by the contract (riskStateNames…), as the audit trail does.
 */
export const risksVi = {
  title: 'Rủi ro và cơ hội',
  subtitle:
    'Sổ rủi ro và cơ hội của các đơn vị theo quá trình, quy trình (TCVN ISO 9001:2015, mục 6.1): đánh giá, hành động xử lý và hiệu quả',
  create: 'Ghi nhận rủi ro, cơ hội',
  empty:
    'Sổ ghi những rủi ro có thể cản trở và những cơ hội có thể giúp các quy trình đạt kết quả. Chưa có rủi ro, cơ hội nào phù hợp.',
  back: 'Sổ rủi ro và cơ hội',
  notFound: 'Không tìm thấy rủi ro, cơ hội này hoặc bạn không có quyền xem.',
  openRecord: 'Xem',
  filters: {
    search: 'Tìm theo mã, nội dung, quy trình',
    period: 'Nhận diện từ {{from}} đến {{to}}',
  },
  fields: {
    kind: 'Loại',
    unit: 'Đơn vị',
    process: 'Quá trình, quy trình',
    document: 'Tài liệu quy trình',
    noDocument: 'Không gắn tài liệu',
    description: 'Mô tả',
    cause: 'Nguyên nhân',
    consequence: 'Hậu quả, tác động',
    likelihood: 'Khả năng xảy ra (1–5)',
    impact: 'Mức độ ảnh hưởng (1–5)',
    level: 'Mức độ',
    state: 'Trạng thái',
    identifiedOn: 'Ngày nhận diện',
    reviewOn: 'Ngày xem xét lại',
    createdBy: 'Người ghi nhận',
    treatment: 'Hành động xử lý',
  },
  scoreOf: '{{level}} ({{score}} điểm)',
  levelRule:
    'Điểm = khả năng xảy ra × mức độ ảnh hưởng. Thấp: 1–4 điểm; Trung bình: 5–9 điểm; Cao: từ 10 điểm.',
  scale: {
    r1: '1 — Rất thấp',
    r2: '2 — Thấp',
    r3: '3 — Trung bình',
    r4: '4 — Cao',
    r5: '5 — Rất cao',
  },
  edit: {
    action: 'Sửa đánh giá',
    title: 'Sửa đánh giá rủi ro, cơ hội',
  },
  treatment: {
    plan: 'Lập hành động xử lý',
    replan: 'Sửa hành động xử lý',
    action: 'Hành động xử lý',
    owner: 'Người phụ trách',
    dueIn: 'Thời hạn (số ngày làm việc kể từ hôm nay)',
    due: 'Thời hạn',
    daysLeft: 'còn {{count}} ngày làm việc',
    daysLate: 'quá hạn {{count}} ngày làm việc',
    dueToday: 'đến hạn hôm nay',
    doneOn: 'Ngày hoàn thành',
    onTime: 'đúng hạn',
    late: 'trễ hạn',
    result: 'Kết quả thực hiện',
    none: 'Chưa có hành động xử lý.',
    complete: 'Báo hoàn thành',
    completeTitle: 'Báo hoàn thành hành động xử lý',
    overdue: 'Quá hạn',
  },
  close: {
    action: 'Đóng, đánh giá hiệu quả',
    title: 'Đóng rủi ro, cơ hội và đánh giá hiệu quả của hành động xử lý',
    intro:
      'Sau khi đóng, rủi ro, cơ hội này không sửa được nữa; nếu hành động chưa hiệu quả, hãy ghi nhận lại.',
    review: 'Đánh giá hiệu quả',
    effective: 'Có hiệu quả',
    notEffective: 'Không hiệu quả',
    note: 'Nhận xét',
    reviewedBy: 'Người đánh giá',
    by: '{{name}}, ngày {{date}}',
  },
  work: {
    title: 'Xử lý rủi ro, cơ hội',
    due: '{{code}} · {{unit}} · hạn {{date}}',
    overdue: 'Quá hạn',
    open: 'Mở',
    openLabel: 'Mở {{code}}',
  },
};
