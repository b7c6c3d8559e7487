import { operationsOf } from './operations.ts';
import { TAGS } from './tags.ts';

export const reportOperations = operationsOf(TAGS.reports.name, {
  'GET /api/v1/reports/documents-status': [
    'reports.documentsStatus.get',
    'Báo cáo tình hình xây dựng, cải tiến tài liệu',
    'Status report on documents',
  ],
  'GET /api/v1/reports/documents-status.xlsx': [
    'reports.documentsStatus.exportXlsx',
    'Báo cáo tình hình tài liệu (XLSX)',
    'Status report on documents (XLSX)',
  ],
  'GET /api/v1/reports/documents-status.docx': [
    'reports.documentsStatus.exportDocx',
    'Báo cáo tình hình tài liệu (DOCX)',
    'Status report on documents (DOCX)',
  ],
  'GET /api/v1/reports/documents-status.pdf': [
    'reports.documentsStatus.exportPdf',
    'Báo cáo tình hình tài liệu (PDF)',
    'Status report on documents (PDF)',
  ],
  'GET /api/v1/reports/case-measures': [
    'reports.caseMeasures.get',
    'Đo lường xử lý công việc',
    'Case handling measures',
    ['unit.not_found', 'document.not_found'],
  ],
  'GET /api/v1/reports/case-measures.xlsx': [
    'reports.caseMeasures.exportXlsx',
    'Đo lường xử lý công việc (XLSX)',
    'Case handling measures (XLSX)',
    ['unit.not_found', 'document.not_found'],
  ],
  'GET /api/v1/reports/case-measures.docx': [
    'reports.caseMeasures.exportDocx',
    'Báo cáo đo lường xử lý công việc (DOCX)',
    'Case handling measures report (DOCX)',
    ['unit.not_found', 'document.not_found'],
  ],
  'GET /api/v1/reports/case-measures.pdf': [
    'reports.caseMeasures.exportPdf',
    'Báo cáo đo lường xử lý công việc (PDF)',
    'Case handling measures report (PDF)',
    ['unit.not_found', 'document.not_found'],
  ],
});
