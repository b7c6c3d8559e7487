/** Texts of this module; vi.ts and en.ts include them under "agencies". */
export const agenciesVi = {
  title: 'Cơ quan',
  subtitle: 'Các cơ quan dùng chung hệ thống này; mỗi cơ quan có dữ liệu và người dùng riêng.',
  code: 'Mã cơ quan',
  name: 'Tên cơ quan',
  shortName: 'Tên viết tắt',
  status: 'Trạng thái',
  add: 'Thêm cơ quan',
  createTitle: 'Thêm cơ quan',
  editTitle: 'Sửa cơ quan {{name}}',
  admin: 'Quản trị hệ thống đầu tiên của cơ quan',
  adminFullName: 'Họ và tên quản trị',
  adminUsername: 'Tên đăng nhập quản trị',
  adminEmail: 'Thư điện tử quản trị',
  createdTitle: 'Đã tạo cơ quan {{name}}',
  createdText:
    'Mật khẩu dùng một lần của tài khoản quản trị {{username}} chỉ hiển thị lần này. Hãy chuyển cho người quản trị; họ sẽ phải đổi mật khẩu khi đăng nhập lần đầu.',
  adminPassword: 'Mật khẩu dùng một lần',
  saved: 'Đã lưu cơ quan {{name}}.',
  current: 'Cơ quan bạn đang làm việc',
  empty: 'Chưa có cơ quan nào.',
};
