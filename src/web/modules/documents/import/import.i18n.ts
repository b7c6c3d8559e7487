/** Texts of the import page; vi.ts and en.ts include them under "documentImport". */
export const documentImportVi = {
  open: 'Nhập tài liệu đang áp dụng',
  title: 'Nhập hệ thống tài liệu đang áp dụng',
  subtitle:
    'Đưa các tài liệu, quy trình cơ quan đã ban hành trên giấy vào eiso: mỗi tài liệu thành bản đang hiệu lực (kèm các lần ban hành trước), chữ ký ghi nhận là ký trên giấy. Tài liệu nhập không được tính là xây dựng mới hay cải tiến trong báo cáo.',
  listStep: '1. Danh mục tài liệu (XLSX)',
  listHelp:
    'Mỗi dòng là một lần ban hành: mã hiệu, tên, loại, đơn vị chủ trì, lần ban hành, ngày ban hành, ngày hiệu lực, số quyết định; có thể ghi người ký và chức vụ. Cùng mã hiệu có nhiều dòng thì lần lớn nhất là bản đang hiệu lực.',
  template: 'Tải tệp mẫu',
  chooseList: 'Chọn tệp danh mục',
  filesStep: '2. Tệp tài liệu (DOCX, PDF hoặc ZIP)',
  filesHelp:
    'Tên mỗi tệp bắt đầu bằng mã hiệu của tài liệu, ví dụ "QT-VP-01 Quy trình tiếp nhận.pdf"; có thể gửi một tệp ZIP chứa tất cả.',
  chooseFiles: 'Chọn tệp',
  filesChosen: 'Đã chọn {{n}} tệp',
  check: 'Kiểm tra',
  commit: 'Nhập',
  confirmTitle: 'Nhập {{documents}} tài liệu?',
  confirmBody:
    'Các tài liệu sẽ có hiệu lực ngay trong eiso với lần ban hành, ngày và số quyết định như danh mục. Muốn sửa sau khi nhập thì phải đề nghị sửa đổi.',
  errorsTitle: 'Danh mục và tệp có {{n}} lỗi; chưa nhập gì',
  errorsHelp: 'Sửa các lỗi dưới đây trong tệp rồi kiểm tra lại. Chỉ khi không còn lỗi nào mới nhập được.',
  checkedTitle:
    'Không có lỗi: sẵn sàng nhập {{documents}} tài liệu, {{versions}} lần ban hành, {{files}} tệp',
  done: 'Đã nhập {{documents}} tài liệu đang hiệu lực.',
  toList: 'Xem danh mục tài liệu',
  again: 'Nhập thêm',
  columns: {
    row: 'Dòng',
    column: 'Cột',
    message: 'Lỗi',
    earlier: 'Các lần trước',
    files: 'Tệp',
  },
  wholeList: 'Cả tệp danh mục',
  file: 'Tệp "{{name}}"',
  errorsRegion: 'Bảng lỗi',
  previewRegion: 'Tài liệu sẽ nhập',
  onPaper: 'Ký trên giấy',
  onPaperHint: 'Ký trên bản giấy trước khi dùng eiso; ghi nhận khi nhập hệ thống tài liệu.',
  imported: 'Ban hành trên giấy, đã nhập',
  eventAction: 'Nhập từ hệ thống tài liệu đang áp dụng',
};
