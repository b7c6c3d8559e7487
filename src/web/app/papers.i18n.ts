/** The buttons that download a report as an official paper; vi.ts and en.ts include them under "papers". */
export const papersVi = {
  docx: 'Báo cáo Word (DOCX)',
  pdf: 'Báo cáo PDF',
  hint: 'Báo cáo theo thể thức Nghị định 30/2020: số, ký hiệu, nơi nhận và chỗ ký; số văn bản để trống cho văn thư điền khi đăng ký.',
};
