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
    'Biểu đồ cột: số hồ sơ bắt đầu và hoàn thành mỗi tháng; đường: tỷ lệ hồ sơ hoàn thành đúng hạn.',
  unitChart: 'Biểu đồ cột: số hồ sơ bắt đầu và hoàn thành của mỗi đơn vị trong kỳ.',
  started: 'Bắt đầu',
  finished: 'Hoàn thành',
  onTime: 'Tỷ lệ đúng hạn',
  month: 'Tháng',
  code: 'Mã hiệu',
  noData: 'Không có số liệu trong kỳ',
  of: '{{part}}/{{whole}}',
  helpTitle: 'Cách tính',
  help: {
    period:
      'Kỳ báo cáo tính cả ngày đầu và ngày cuối; mặc định là cả năm nay (01/01 đến 31/12). Hồ sơ công việc đã hủy không được tính.',
    counts: 'Hồ sơ bắt đầu: ngày bắt đầu trong kỳ. Hồ sơ hoàn thành: ngày kết thúc trong kỳ.',
    onTime:
      'Tỷ lệ hồ sơ đúng hạn = số hồ sơ hoàn thành trong kỳ mà không bước nào bị trễ hạn / số hồ sơ hoàn thành trong kỳ.',
    steps:
      'Tỷ lệ bước đúng hạn và số ngày làm việc bình quân mỗi bước: tính trên các bước xử lý xong trong kỳ, theo lịch làm việc của cơ quan (trừ ngày nghỉ, ngày lễ).',
    overdue:
      'Đang quá hạn: các bước chưa xử lý xong đã quá hạn tính đến hôm nay, không phụ thuộc kỳ báo cáo.',
    file: 'Tỷ lệ lập hồ sơ ngay khi bắt đầu: trong số hồ sơ công việc bắt đầu trong kỳ, số hồ sơ được lập (mở) ngay ngày bắt đầu công việc.',
    leftOpen: 'Hồ sơ chưa đóng sau khi xong việc: công việc hoàn thành trong kỳ nhưng hồ sơ vẫn đang mở.',
  },
};

export const caseMeasuresEn: typeof caseMeasuresVi = {
  title: 'Case measures',
  subtitle: 'From {{from}} to {{to}}; overdue figures as of {{today}}',
  from: 'From',
  to: 'To',
  unit: 'Unit',
  procedure: 'Procedure',
  allUnits: 'All units you may see',
  allProcedures: 'All procedures',
  xlsx: 'Download Excel',
  total: 'Total',
  byUnit: 'By unit',
  byProcedure: 'By procedure',
  monthly: 'Month by month',
  monthlyChart: 'Bars: cases started and finished each month; line: share of cases finished on time.',
  unitChart: 'Bars: cases started and finished by each unit in the period.',
  started: 'Started',
  finished: 'Finished',
  onTime: 'On-time rate',
  month: 'Month',
  code: 'Code',
  noData: 'No figures in the period',
  of: '{{part}}/{{whole}}',
  helpTitle: 'How the figures are counted',
  help: {
    period:
      'The period includes its first and last days; by default the whole of this year (1 January to 31 December). Cancelled cases are not counted.',
    counts: 'Cases started: start date in the period. Cases finished: closing date in the period.',
    onTime:
      'On-time rate = cases finished in the period none of whose steps was late / cases finished in the period.',
    steps:
      "Step on-time rate and average working days per step: over the steps done in the period, in the agency calendar's working days (weekends and holidays excluded).",
    overdue: 'Overdue now: steps not yet done whose due date has passed as of today, whatever the period.',
    file: 'File opened at start: of the cases started in the period, the share whose file was opened the day the work started.',
    leftOpen: 'Files left open after the work: cases finished in the period whose file is still open.',
  },
};
