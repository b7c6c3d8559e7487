// Texts of the demo's cases: who applied (one-stop procedures), why a step was returned.

/** Applicants of the one-stop procedures (invented names), by the unit that handles them. */
const postal = [
  'Công ty Cổ phần Chuyển phát nhanh Sao Việt',
  'Công ty TNHH Bưu chính Đông Dương',
  'Công ty Cổ phần Dịch vụ Bưu chính Miền Nam',
  'Công ty TNHH Thương mại và Chuyển phát Hải Phòng',
  'Công ty TNHH Logistics Cửu Long',
  'Công ty Cổ phần Giao nhận Tây Nguyên',
];
const conformity = [
  'Trung tâm Đo lường và Kiểm định Phương Nam',
  'Viện Nghiên cứu Kỹ thuật Điện tử Việt Hàn',
  'Công ty Cổ phần Chứng nhận Chất lượng Toàn Cầu',
  'Trung tâm Thử nghiệm Thiết bị Viễn thông Miền Trung',
];
const it = [
  'Công ty TNHH Giải pháp Phần mềm An Khang',
  'Công ty Cổ phần Công nghệ Viễn thông Thăng Long',
  'Công ty TNHH Thiết bị Số Bình Minh',
  'Công ty Cổ phần Máy tính Hồng Hà',
];
export const applicants: Record<string, string[]> = {
  BC: postal,
  KHCN: conformity,
  CNTT: it,
  VP: [...postal.slice(0, 2), ...conformity.slice(0, 2), ...it.slice(0, 2)],
};

/** Why a step went back to the one before it. */
export const returnReasons = [
  'Hồ sơ chưa đủ thành phần theo quy định, đề nghị bổ sung trước khi trình.',
  'Số liệu trong dự thảo chưa khớp với báo cáo của các đơn vị, đề nghị rà soát lại.',
  'Dự thảo chưa tiếp thu đầy đủ ý kiến góp ý của các đơn vị, đề nghị hoàn thiện.',
  'Chưa có ý kiến bằng văn bản của Vụ Pháp chế, đề nghị lấy ý kiến trước khi trình.',
  'Thể thức văn bản chưa đúng Thông tư số 01/2011/TT-BNV, đề nghị chỉnh sửa.',
];

/** "đợt 2/2017": the n-th case of a procedure in the year, when it has no applicant. */
export const round = (n: number, year: number) => `đợt ${n}/${year}`;
