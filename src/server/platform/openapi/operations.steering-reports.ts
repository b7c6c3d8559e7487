import { operationsOf } from './operations.ts';
import { TAGS } from './tags.ts';

const report = 'steering_report.not_found';
const declaration = 'steering_declaration.not_found';
const base = '/api/v1/steering/reports';

export const steeringReportOperations = operationsOf(TAGS.steeringReports.name, {
  [`GET ${base}/packs`]: [
    'steeringReports.packs.list',
    'Các báo cáo đầu vào cho xem xét của lãnh đạo, theo kỳ',
    'Review input packs by period',
    [report],
  ],
  [`POST ${base}/packs`]: [
    'steeringReports.packs.create',
    'Lập báo cáo đầu vào cho một kỳ (số liệu tổng hợp từ các phân hệ)',
    'Compile a review input pack for a period',
    [report, 'steering_report.period_taken'],
  ],
  [`GET ${base}/packs/:id`]: [
    'steeringReports.packs.get',
    'Xem báo cáo đầu vào: số liệu tính lại từ nguồn, kèm nhận xét của Thư ký ISO',
    'Get a pack: figures recomputed from their sources, with the narrative',
    [report],
  ],
  [`PUT ${base}/packs/:id/narratives`]: [
    'steeringReports.packs.narratives',
    'Sửa nhận xét từng mục của báo cáo',
    "Edit the narrative of a pack's sections",
    [report],
  ],
  [`GET ${base}/packs/:id.docx`]: [
    'steeringReports.packs.docx',
    'Báo cáo tình hình áp dụng, duy trì, cải tiến HTQLCL (DOCX)',
    'The QMS status report (DOCX)',
    [report],
  ],
  [`GET ${base}/packs/:id.pdf`]: [
    'steeringReports.packs.pdf',
    'Báo cáo tình hình áp dụng, duy trì, cải tiến HTQLCL (PDF)',
    'The QMS status report (PDF)',
    [report],
  ],
  [`GET ${base}/annual/:year.docx`]: [
    'steeringReports.annual.docx',
    'Báo cáo năm theo Phụ lục II Quyết định 19/2014/QĐ-TTg (DOCX)',
    'The annual report, QĐ 19/2014 annex II (DOCX)',
    [report],
  ],
  [`GET ${base}/declarations`]: [
    'steeringReports.declarations.list',
    'Các bản công bố HTQLCL phù hợp TCVN ISO 9001 và mức độ phù hợp với phạm vi hiện tại',
    'Declarations of conformity and whether the current one matches the scope',
    [report],
  ],
  [`POST ${base}/declarations`]: [
    'steeringReports.declarations.draft',
    'Dự thảo bản công bố với phạm vi là các quy trình đang áp dụng',
    'Draft a declaration whose scope is the procedures in force',
    [report],
  ],
  [`POST ${base}/declarations/:id/sign`]: [
    'steeringReports.declarations.sign',
    'Lãnh đạo phê duyệt bản công bố (nhập lại mật khẩu)',
    'Leadership signs the declaration (password again)',
    [report, declaration, 'steering_declaration.signed'],
  ],
  [`GET ${base}/declarations/:id.docx`]: [
    'steeringReports.declarations.docx',
    'Bản công bố theo Phụ lục I Quyết định 19/2014/QĐ-TTg (DOCX)',
    'The declaration, QĐ 19/2014 annex I (DOCX)',
    [report, declaration],
  ],
  [`GET ${base}/evidence/:year.zip`]: [
    'steeringReports.evidence.zip',
    'Hồ sơ phục vụ kiểm tra theo Điều 36 Thông tư 26/2014/TT-BKHCN (ZIP có mục lục)',
    'The inspection evidence pack, TT 26/2014 art. 36 (ZIP with an index)',
    [report],
  ],
  [`GET ${base}/clock`]: [
    'steeringReports.clock',
    'Các mốc theo quy định: đánh giá nội bộ, xem xét của lãnh đạo, báo cáo năm, công bố, chỉ đạo quá hạn',
    'The statutory clock: internal audit, review, annual report, declaration, overdue directives',
    [report],
  ],
});
