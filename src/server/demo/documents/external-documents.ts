// Tài liệu bên ngoài: the legal texts and standards the procedures cite, as they stood
// in the demo's time (2017). Legal status is the status then.
import { daysBefore } from './days.ts';
import { decisions } from './decisions.ts';
import type { Decision, DocumentPlan, LegalStatus } from './plan.ts';

function external(
  code: string,
  owner: string,
  title: string,
  ext: {
    number: string;
    issuer: string;
    issued: string | null;
    effective: string | null;
    status: LegalStatus;
  },
  body: string,
  registered: Decision,
): DocumentPlan {
  return {
    code,
    type: 'external',
    title,
    owner,
    reviewIntervalMonths: 12,
    external: {
      number: ext.number,
      issuer: ext.issuer,
      issuedDate: ext.issued,
      effectiveDate: ext.effective,
      legalStatus: ext.status,
    },
    versions: [
      {
        kind: 'new',
        reason: `Cập nhật ${ext.number} vào Danh mục tài liệu có nguồn gốc bên ngoài.`,
        content: { body },
        requested: daysBefore(registered.date, 21),
        done: registered.date,
        reaches: 'issued',
        decisionNo: registered.no,
      },
    ],
  };
}

const { system2015, units2015, units2016, postal2017 } = decisions;

export const externalDocuments: DocumentPlan[] = [
  external(
    'TL-KHCN-01',
    'KHCN',
    'Quyết định về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước',
    {
      number: '19/2014/QĐ-TTg',
      issuer: 'Thủ tướng Chính phủ',
      issued: '2014-03-05',
      effective: '2014-04-20',
      status: 'in_force',
    },
    'Quy định việc xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001 trong hoạt động của các cơ quan hành chính nhà nước: các bộ, cơ quan ngang bộ và các đơn vị thuộc bộ phải áp dụng đối với hoạt động liên quan đến thực hiện thủ tục hành chính; người đứng đầu cơ quan công bố Hệ thống quản lý chất lượng phù hợp tiêu chuẩn và chịu trách nhiệm về hiệu lực của hệ thống.',
    system2015,
  ),
  external(
    'TL-KHCN-02',
    'KHCN',
    'Thông tư quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ',
    {
      number: '26/2014/TT-BKHCN',
      issuer: 'Bộ Khoa học và Công nghệ',
      issued: '2014-10-10',
      effective: '2014-12-01',
      status: 'in_force',
    },
    'Hướng dẫn các bước xây dựng, áp dụng, công bố, duy trì và cải tiến Hệ thống quản lý chất lượng; yêu cầu đánh giá nội bộ, xem xét của lãnh đạo ít nhất một lần trong năm; cập nhật tài liệu trong vòng 03 tháng khi văn bản quy phạm pháp luật liên quan thay đổi; chế độ báo cáo tình hình áp dụng về Bộ Khoa học và Công nghệ.',
    system2015,
  ),
  external(
    'TL-KHCN-03',
    'KHCN',
    'TCVN ISO 9001:2015 (ISO 9001:2015) Hệ thống quản lý chất lượng – Các yêu cầu',
    {
      number: 'TCVN ISO 9001:2015',
      issuer: 'Bộ Khoa học và Công nghệ',
      issued: '2015-12-31',
      effective: '2015-12-31',
      status: 'in_force',
    },
    'Tiêu chuẩn quốc gia hoàn toàn tương đương ISO 9001:2015, thay thế TCVN ISO 9001:2008. Cấu trúc 10 điều khoản theo cấu trúc cấp cao; bổ sung yêu cầu về bối cảnh của tổ chức, nhu cầu và mong đợi của các bên quan tâm, tư duy dựa trên rủi ro; "thông tin dạng văn bản" thay cho tài liệu và hồ sơ.',
    units2016,
  ),
  external(
    'TL-CNTT-02',
    'CNTT',
    'Quyết định phê duyệt Chương trình quốc gia về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước giai đoạn 2011 – 2015',
    {
      number: '1605/QĐ-TTg',
      issuer: 'Thủ tướng Chính phủ',
      issued: '2010-08-27',
      effective: '2010-08-27',
      status: 'expired',
    },
    'Chương trình quốc gia về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước giai đoạn 2011 – 2015. Hết thời hạn thực hiện từ ngày 31/12/2015; chỉ còn dùng để tra cứu các dự án đã phê duyệt trong giai đoạn này.',
    system2015,
  ),
  external(
    'TL-VP-01',
    'VP',
    'Luật Lưu trữ',
    {
      number: '01/2011/QH13',
      issuer: 'Quốc hội',
      issued: '2011-11-11',
      effective: '2012-07-01',
      status: 'in_force',
    },
    'Quy định về hoạt động lưu trữ: lập hồ sơ, giao nộp hồ sơ, tài liệu vào Lưu trữ cơ quan trong thời hạn 01 năm kể từ ngày công việc kết thúc; thời hạn bảo quản tài liệu; trách nhiệm của người đứng đầu cơ quan đối với công tác lưu trữ.',
    system2015,
  ),
  external(
    'TL-VP-02',
    'VP',
    'Nghị định về công tác văn thư',
    {
      number: '110/2004/NĐ-CP',
      issuer: 'Chính phủ',
      issued: '2004-04-08',
      effective: null,
      status: 'amended',
    },
    'Quy định về công tác văn thư: soạn thảo, ban hành văn bản; quản lý văn bản đến, văn bản đi; lập hồ sơ và giao nộp hồ sơ, tài liệu vào Lưu trữ cơ quan; quản lý và sử dụng con dấu. Được sửa đổi, bổ sung bởi Nghị định số 09/2010/NĐ-CP.',
    system2015,
  ),
  external(
    'TL-VP-03',
    'VP',
    'Thông tư hướng dẫn quản lý văn bản, lập hồ sơ và nộp lưu hồ sơ, tài liệu vào Lưu trữ cơ quan',
    {
      number: '07/2012/TT-BNV',
      issuer: 'Bộ Nội vụ',
      issued: '2012-11-22',
      effective: null,
      status: 'in_force',
    },
    'Hướng dẫn quản lý văn bản đi, văn bản đến; lập Danh mục hồ sơ hằng năm; lập hồ sơ công việc và nộp lưu hồ sơ, tài liệu vào Lưu trữ cơ quan; mẫu Danh mục hồ sơ, Mục lục hồ sơ, tài liệu nộp lưu và Biên bản giao nhận.',
    system2015,
  ),
  external(
    'TL-VP-04',
    'VP',
    'Nghị định về kiểm soát thủ tục hành chính',
    {
      number: '63/2010/NĐ-CP',
      issuer: 'Chính phủ',
      issued: '2010-06-08',
      effective: '2010-10-14',
      status: 'amended',
    },
    'Quy định về kiểm soát thủ tục hành chính: đánh giá tác động, công bố, công khai thủ tục hành chính; tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính. Được sửa đổi, bổ sung bởi Nghị định số 48/2013/NĐ-CP.',
    units2015,
  ),
  external(
    'TL-BC-01',
    'BC',
    'Luật Bưu chính',
    {
      number: '49/2010/QH12',
      issuer: 'Quốc hội',
      issued: '2010-06-17',
      effective: '2011-01-01',
      status: 'in_force',
    },
    'Quy định về hoạt động bưu chính; quyền và nghĩa vụ của tổ chức, cá nhân kinh doanh dịch vụ bưu chính; giấy phép bưu chính và văn bản xác nhận thông báo hoạt động bưu chính; tem bưu chính; quản lý nhà nước về bưu chính.',
    units2016,
  ),
  external(
    'TL-BC-02',
    'BC',
    'Quyết định về việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích',
    {
      number: '45/2016/QĐ-TTg',
      issuer: 'Thủ tướng Chính phủ',
      issued: '2016-10-19',
      effective: '2016-12-01',
      status: 'in_force',
    },
    'Tổ chức, cá nhân được nộp hồ sơ và nhận kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích; cơ quan có thẩm quyền công bố danh mục thủ tục hành chính thực hiện qua dịch vụ bưu chính công ích và bảo đảm thời hạn giải quyết như khi nộp trực tiếp.',
    postal2017,
  ),
  external(
    'TL-CNTT-01',
    'CNTT',
    'Nghị định về quản lý đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước',
    {
      number: '102/2009/NĐ-CP',
      issuer: 'Chính phủ',
      issued: '2009-11-06',
      effective: '2010-01-01',
      status: 'in_force',
    },
    'Quy định về lập, thẩm định, phê duyệt dự án ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước; thiết kế thi công và dự toán; giám sát thi công; nghiệm thu, bàn giao sản phẩm của dự án.',
    units2016,
  ),
  external(
    'TL-PC-01',
    'PC',
    'Luật Ban hành văn bản quy phạm pháp luật',
    {
      number: '80/2015/QH13',
      issuer: 'Quốc hội',
      issued: '2015-06-22',
      effective: '2016-07-01',
      status: 'in_force',
    },
    'Quy định nguyên tắc, thẩm quyền, hình thức, trình tự, thủ tục xây dựng, ban hành văn bản quy phạm pháp luật; thay thế Luật Ban hành văn bản quy phạm pháp luật năm 2008 và Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân năm 2004.',
    units2016,
  ),
  external(
    'TL-PC-02',
    'PC',
    'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật',
    {
      number: '34/2016/NĐ-CP',
      issuer: 'Chính phủ',
      issued: '2016-05-14',
      effective: '2016-07-01',
      status: 'in_force',
    },
    'Quy định chi tiết về lấy ý kiến, thẩm định dự thảo thông tư; kiểm tra, xử lý văn bản quy phạm pháp luật; rà soát, hệ thống hóa văn bản quy phạm pháp luật; hồ sơ dự án, dự thảo văn bản.',
    units2016,
  ),
  external(
    'TL-PC-03',
    'PC',
    'Luật Ban hành văn bản quy phạm pháp luật (năm 2008)',
    {
      number: '17/2008/QH12',
      issuer: 'Quốc hội',
      issued: '2008-06-03',
      effective: '2009-01-01',
      status: 'replaced',
    },
    'Được thay thế bởi Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 từ ngày 01/7/2016. Giữ lại để tra cứu các quy trình ban hành trước thời điểm này.',
    units2015,
  ),
  external(
    'TL-TCCB-01',
    'TCCB',
    'Luật Cán bộ, công chức',
    {
      number: '22/2008/QH12',
      issuer: 'Quốc hội',
      issued: '2008-11-13',
      effective: '2010-01-01',
      status: 'in_force',
    },
    'Quy định về cán bộ, công chức: nghĩa vụ, quyền; tuyển dụng, sử dụng, quản lý; đào tạo, bồi dưỡng; điều động, luân chuyển, biệt phái; đánh giá; khen thưởng, kỷ luật.',
    units2015,
  ),
  external(
    'TL-TCCB-02',
    'TCCB',
    'Nghị định quy định về tuyển dụng, sử dụng và quản lý công chức',
    {
      number: '24/2010/NĐ-CP',
      issuer: 'Chính phủ',
      issued: '2010-03-15',
      effective: '2010-05-01',
      status: 'amended',
    },
    'Quy định về tuyển dụng công chức (thi tuyển, xét tuyển), tập sự, bổ nhiệm vào ngạch, nâng ngạch, điều động, luân chuyển, biệt phái công chức. Được sửa đổi, bổ sung bởi Nghị định số 93/2010/NĐ-CP.',
    units2015,
  ),
  external(
    'TL-TCCB-03',
    'TCCB',
    'Nghị định về đánh giá và phân loại cán bộ, công chức, viên chức',
    {
      number: '56/2015/NĐ-CP',
      issuer: 'Chính phủ',
      issued: '2015-06-09',
      effective: '2015-08-01',
      status: 'in_force',
    },
    'Quy định nguyên tắc, căn cứ, nội dung, trình tự, thủ tục đánh giá và phân loại cán bộ, công chức, viên chức hằng năm theo bốn mức: hoàn thành xuất sắc, hoàn thành tốt, hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực, không hoàn thành nhiệm vụ.',
    units2015,
  ),
  external(
    'TL-TTRA-01',
    'TTra',
    'Luật Khiếu nại',
    {
      number: '02/2011/QH13',
      issuer: 'Quốc hội',
      issued: '2011-11-11',
      effective: '2012-07-01',
      status: 'in_force',
    },
    'Quy định về khiếu nại và giải quyết khiếu nại đối với quyết định hành chính, hành vi hành chính; thời hạn thụ lý (10 ngày), thời hạn giải quyết lần đầu (không quá 30 ngày, vụ việc phức tạp không quá 45 ngày).',
    units2015,
  ),
  external(
    'TL-TDKT-01',
    'TDKT',
    'Luật Thi đua, khen thưởng',
    {
      number: '15/2003/QH11',
      issuer: 'Quốc hội',
      issued: '2003-11-26',
      effective: '2004-07-01',
      status: 'amended',
    },
    'Quy định về đối tượng, nguyên tắc, nội dung thi đua; hình thức, tiêu chuẩn khen thưởng; thẩm quyền quyết định, trao tặng; thủ tục, hồ sơ đề nghị khen thưởng. Được sửa đổi, bổ sung năm 2005 và năm 2013.',
    units2015,
  ),
];
