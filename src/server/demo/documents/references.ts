// References the procedures cite often; `code` links the eiso document of the legal text.

export const refs = {
  iso2008: (clause: string) => ({
    text: `TCVN ISO 9001:2008 Hệ thống quản lý chất lượng – Các yêu cầu, ${clause}`,
  }),
  iso2015: (clause: string) => ({
    code: 'TL-KHCN-03',
    text: `TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu, ${clause}`,
  }),
  qd19: {
    code: 'TL-KHCN-01',
    text: 'Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước',
  },
  tt26: {
    code: 'TL-KHCN-02',
    text: 'Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ Khoa học và Công nghệ quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg',
  },
  manual: { code: 'ST-01', text: 'Sổ tay chất lượng Khối cơ quan Bộ (ST-01)' },
  writingGuide: { code: 'HD-KHCN-01', text: 'Hướng dẫn xây dựng và trình bày quy trình (HD-KHCN-01)' },
  archives: { code: 'TL-VP-01', text: 'Luật Lưu trữ số 01/2011/QH13 ngày 11/11/2011' },
  clerical: {
    code: 'TL-VP-02',
    text: 'Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư, được sửa đổi, bổ sung bởi Nghị định số 09/2010/NĐ-CP',
  },
  filing: {
    code: 'TL-VP-03',
    text: 'Thông tư số 07/2012/TT-BNV ngày 22/11/2012 của Bộ Nội vụ hướng dẫn quản lý văn bản, lập hồ sơ và nộp lưu hồ sơ, tài liệu vào Lưu trữ cơ quan',
  },
  adminProcedures: {
    code: 'TL-VP-04',
    text: 'Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 48/2013/NĐ-CP',
  },
  postalLaw: { code: 'TL-BC-01', text: 'Luật Bưu chính số 49/2010/QH12 ngày 17/6/2010' },
  postalService: {
    code: 'TL-BC-02',
    text: 'Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ về việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích',
  },
  itInvestment: {
    code: 'TL-CNTT-01',
    text: 'Nghị định số 102/2009/NĐ-CP ngày 06/11/2009 của Chính phủ về quản lý đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước',
  },
  itProgramme2015: {
    code: 'TL-CNTT-02',
    text: 'Quyết định số 1605/QĐ-TTg ngày 27/8/2010 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước giai đoạn 2011 – 2015',
  },
  lawMaking2015: {
    code: 'TL-PC-01',
    text: 'Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015',
  },
  lawMakingDecree: {
    code: 'TL-PC-02',
    text: 'Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật',
  },
  lawMaking2008: {
    code: 'TL-PC-03',
    text: 'Luật Ban hành văn bản quy phạm pháp luật số 17/2008/QH12 ngày 03/6/2008',
  },
  civilServants: { code: 'TL-TCCB-01', text: 'Luật Cán bộ, công chức số 22/2008/QH12 ngày 13/11/2008' },
  recruitment: {
    code: 'TL-TCCB-02',
    text: 'Nghị định số 24/2010/NĐ-CP ngày 15/3/2010 của Chính phủ quy định về tuyển dụng, sử dụng và quản lý công chức, được sửa đổi, bổ sung bởi Nghị định số 93/2010/NĐ-CP',
  },
  appraisal: {
    code: 'TL-TCCB-03',
    text: 'Nghị định số 56/2015/NĐ-CP ngày 09/6/2015 của Chính phủ về đánh giá và phân loại cán bộ, công chức, viên chức',
  },
  complaints: { code: 'TL-TTRA-01', text: 'Luật Khiếu nại số 02/2011/QH13 ngày 11/11/2011' },
  emulation: {
    code: 'TL-TDKT-01',
    text: 'Luật Thi đua, khen thưởng số 15/2003/QH11 ngày 26/11/2003, được sửa đổi, bổ sung năm 2005 và năm 2013',
  },
  ministryFunctions2013: {
    text: 'Nghị định số 132/2013/NĐ-CP ngày 16/10/2013 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Thông tin và Truyền thông',
  },
  ministryFunctions2017: {
    text: 'Nghị định số 17/2017/NĐ-CP ngày 17/02/2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Thông tin và Truyền thông',
  },
};
