/**
 * Words of the shared list and chart components; vi.ts includes them under "list" (the English,
 * in list.i18n.en.ts, only en.ts imports, so it loads when English is chosen).
 */
export const listVi = {
  scrollCue: 'Bảng rộng hơn khung nhìn — cuộn ngang để xem các cột còn lại',
  scrollRegion: '{{label}} (cuộn ngang)',
  cards: '{{label}} (dạng thẻ)',
  chartEmpty: 'Không có dữ liệu trong kỳ này — chọn kỳ khác',
  chartAlt: '{{label}}. Số liệu: {{values}}',
  chartLoading: 'Đang tải biểu đồ…',
};
