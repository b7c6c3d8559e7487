/** Texts of decision numbers and ký số; vi.ts and en.ts include them under "approvals". */
export const approvalsVi = {
  decision: {
    label: 'Số quyết định',
    proposedHelp:
      'Số tiếp theo trong sổ đăng ký của cơ quan ({{no}}); có thể sửa. Để trống nếu văn thư cấp số sau khi ký.',
    laterHelp: 'Để trống: văn thư cấp số sau khi ký.',
    pending: 'Chờ văn thư cấp số',
    number: 'Cấp số quyết định',
    numberTitle: 'Cấp số quyết định: {{label}}',
    numberIntro:
      'Số quyết định không thuộc nội dung đã phê duyệt, nên cấp số không làm mất hiệu lực chữ ký phê duyệt. Thao tác được ghi nhật ký.',
    fromRegister: 'Lấy số tiếp theo trong sổ đăng ký: {{no}}',
    typed: 'Nhập số khác',
    ok: 'Cấp số',
    done: 'Đã cấp số {{no}}.',
  },
  signed: {
    title: 'Quyết định đã ký số',
    intro:
      'Ký số: quyết định được ký bằng USB token hoặc chứng thư số (PDF, PAdES). eiso kiểm tra tính toàn vẹn của chữ ký số và cho biết tệp có bị sửa sau khi ký không; chưa kiểm tra tổ chức chứng thực có thuộc danh sách tin cậy hay không. Xác nhận bằng mật khẩu ở trên là xác nhận điện tử, không phải ký số.',
    upload: 'Đính kèm quyết định đã ký số (PDF)',
    added: 'Đã đính kèm và kiểm tra {{name}}.',
    empty: 'Chưa có quyết định đã ký số.',
    intact: 'Chữ ký số hợp lệ, tệp nguyên vẹn',
    modified: 'Tệp đã bị sửa sau khi ký',
    badSignature: 'Chữ ký không khớp với chứng thư của người ký',
    appended: 'Có nội dung thêm vào sau khi ký',
    subject: 'Người ký (chứng thư)',
    issuer: 'Tổ chức cấp chứng thư',
    validity: 'Hiệu lực chứng thư',
    validityRange: '{{from}} – {{to}}',
    notValidAtSigning: 'chứng thư không còn hiệu lực lúc ký',
    signingTime: 'Thời điểm ký (theo phần mềm ký)',
    uploaded: 'Đính kèm bởi',
    file: 'Tệp',
  },
};
