/** Texts of this module; vi.ts and en.ts include them under "caseMeasures". */
export const caseMeasuresVi = {
  title: 'Đo lường xử lý công việc',
  subtitle: 'Từ {{from}} đến {{to}}; số liệu đang quá hạn tính đến {{today}}',
  from: 'Từ ngày',
  to: 'Đến ngày',
  unit: 'Đơn vị',
  procedure: 'Quy trình',
  allUnits: 'Tất cả đơn vị được xem',
  allProcedures: 'Tất cả quy trình',
  xlsx: 'Tải Excel',
  total: 'Tổng cộng',
  byUnit: 'Theo đơn vị',
  byProcedure: 'Theo quy trình',
  monthly: 'Diễn biến theo tháng',
  monthlyChart:
    'Biểu đồ cột: số công việc bắt đầu và hoàn thành mỗi tháng; đường: tỷ lệ công việc hoàn thành đúng hạn.',
  unitChart: 'Biểu đồ cột: số công việc bắt đầu và hoàn thành của mỗi đơn vị trong kỳ.',
  started: 'Bắt đầu',
  finished: 'Hoàn thành',
  onTime: 'Tỷ lệ đúng hạn',
  month: 'Tháng',
  code: 'Mã hiệu',
  noData: 'Không có số liệu trong kỳ',
  chartEmpty: 'Không có dữ liệu trong kỳ này — chọn kỳ khác, đơn vị khác hoặc quy trình khác',
  of: '{{part}}/{{whole}}',
  helpTitle: 'Cách tính',
  help: {
    period:
      'Kỳ báo cáo tính cả ngày đầu và ngày cuối; mặc định từ 01/01 năm nay đến hôm nay, hoặc cả năm gần nhất có số liệu khi năm nay chưa có; kỳ đang xem ghi ở đầu trang. Công việc đã hủy không được tính.',
    counts: 'Công việc bắt đầu: ngày bắt đầu trong kỳ. Công việc hoàn thành: ngày kết thúc trong kỳ.',
    onTime:
      'Tỷ lệ công việc đúng hạn = số công việc hoàn thành trong kỳ mà không bước nào bị trễ hạn / số công việc hoàn thành trong kỳ.',
    caseDays:
      'Số ngày làm việc bình quân mỗi công việc (thời gian giải quyết trung bình một công việc): trung bình số ngày làm việc từ ngày bắt đầu đến ngày kết thúc của các công việc hoàn thành trong kỳ, theo lịch làm việc của cơ quan.',
    steps:
      'Tỷ lệ bước đúng hạn và số ngày làm việc bình quân mỗi bước: tính trên các bước xử lý xong trong kỳ, theo lịch làm việc của cơ quan (trừ ngày nghỉ, ngày lễ).',
    overdue:
      'Đang quá hạn: các bước chưa xử lý xong đã quá hạn tính đến hôm nay, không phụ thuộc kỳ báo cáo.',
    file: 'Tỷ lệ lập hồ sơ ngay khi bắt đầu: trong số công việc bắt đầu trong kỳ, số công việc có hồ sơ được lập (mở) ngay ngày bắt đầu.',
    leftOpen: 'Hồ sơ chưa đóng sau khi xong việc: công việc hoàn thành trong kỳ nhưng hồ sơ vẫn đang mở.',
  },
};
