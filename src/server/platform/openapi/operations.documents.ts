import { fileUpload, operationsOf } from './operations.ts';
import { TAGS } from './tags.ts';

const version = 'document_version.not_found';
/** The import's form: the master list in "list", the documents' files (or ZIPs) in "files". */
const importUpload = { upload: { file: 'required', fileFields: { list: 'one', files: 'many' } } } as const;
const document = 'document.not_found';

export const documentOperations = operationsOf(TAGS.documents.name, {
  'GET /api/v1/documents': ['documents.list', 'Danh mục tài liệu', 'The master list of documents'],
  'GET /api/v1/documents/:id': ['documents.get', 'Xem tài liệu', 'Get a document', [document]],
  'POST /api/v1/documents/change-requests': [
    'documents.changeRequests.create',
    'Đề nghị ban hành mới hoặc sửa đổi tài liệu',
    'Request a new document or a revision',
    [document, 'document.code_taken', 'document.change_in_progress', 'document.not_in_force'],
  ],
  'GET /api/v1/document-versions/:id': [
    'documents.versions.get',
    'Xem một lần ban hành của tài liệu',
    'Get a document version',
    [version],
  ],
  'PATCH /api/v1/document-versions/:id': [
    'documents.versions.update',
    'Sửa bản dự thảo',
    'Edit a draft',
    [version, 'document.not_draft'],
  ],
  'POST /api/v1/document-versions/:id/transitions': [
    'documents.versions.transition',
    'Chuyển bước: trình, xem xét, kiểm tra, phê duyệt, trả lại, hủy',
    'Move a version on: submit, review, check, approve, return, cancel',
    [
      version,
      'document.transition_forbidden',
      'document.signature_missing',
      'document.self_approval',
      'document.same_signer',
    ],
  ],
  'GET /api/v1/document-versions/:id/signed-decisions': [
    'documents.versions.signedDecisions.list',
    'Quyết định đã ký số của một bản (kết quả kiểm tra chữ ký)',
    'Digitally signed decisions of a version, with their verification',
    [version],
  ],
  'POST /api/v1/document-versions/:id/signed-decisions': [
    'documents.versions.signedDecisions.attach',
    'Đính kèm và kiểm tra quyết định đã ký số (PAdES)',
    'Attach and verify a digitally signed decision (PAdES)',
    [version, 'document.not_approved', 'document.pdf_not_signed'],
  ],
  'GET /api/v1/document-versions/:id/signed-decisions/:fileId': [
    'documents.versions.signedDecisions.download',
    'Tải về quyết định đã ký số',
    'Download a digitally signed decision',
    [version, 'signed_decision.not_found'],
  ],
  'GET /api/v1/documents/decision-number': [
    'documents.decisionNumber.propose',
    'Số quyết định tiếp theo trong sổ đăng ký của cơ quan',
    'The next decision number of the agency’s register',
  ],
  'POST /api/v1/document-versions/:id/decision-number': [
    'documents.versions.numberDecision',
    'Văn thư cấp số cho quyết định đã phê duyệt',
    'The records clerk numbers an approved decision',
    [version, 'document.not_approved', 'document.decision_number_set'],
  ],
  'POST /api/v1/document-versions/:id/acknowledge': [
    'documents.versions.acknowledge',
    'Xác nhận đã đọc',
    'Acknowledge having read a version',
    [version, 'document.nothing_to_acknowledge'],
  ],
  'GET /api/v1/documents/search': ['documents.search', 'Tìm kiếm tài liệu', 'Search documents'],
  'GET /api/v1/documents/export.xlsx': [
    'documents.exportXlsx',
    'Xuất danh mục tài liệu (XLSX)',
    'Export the master list (XLSX)',
  ],
  'GET /api/v1/documents/:id/history': [
    'documents.history',
    'Mục lục sửa đổi',
    'Revision history of a document',
    [document],
  ],
  'GET /api/v1/document-versions/:id/diff': [
    'documents.versions.diff',
    'So sánh hai bản của tài liệu',
    'Compare two versions of a document',
    [version],
  ],
  'GET /api/v1/documents/reviews/due': [
    'documents.reviews.due',
    'Tài liệu đến hạn rà soát định kỳ',
    'Documents due for periodic review',
  ],
  'GET /api/v1/documents/:id/reviews': [
    'documents.reviews.list',
    'Các lần rà soát định kỳ của tài liệu',
    'Periodic reviews of a document',
    [document],
  ],
  'POST /api/v1/documents/:id/reviews': [
    'documents.reviews.create',
    'Ghi nhận rà soát định kỳ',
    'Record a periodic review',
    [document, 'document.not_in_force'],
  ],
  'PATCH /api/v1/documents/:id/review-interval': [
    'documents.reviewInterval.set',
    'Đặt chu kỳ rà soát',
    'Set the review interval of a document',
    [document],
  ],
  'GET /api/v1/document-versions/:id/flowchart.svg': [
    'documents.versions.flowchart',
    'Lưu đồ quy trình (SVG)',
    'Flowchart of a procedure (SVG)',
    [version],
  ],
  'GET /api/v1/document-versions/:id/export.docx': [
    'documents.versions.exportDocx',
    'Xuất tài liệu ra DOCX',
    'Export a version as DOCX',
    [version],
  ],
  'GET /api/v1/document-versions/:id/export.pdf': [
    'documents.versions.exportPdf',
    'Xuất tài liệu ra PDF',
    'Export a version as PDF',
    [version],
  ],
  'GET /api/v1/documents/my-work': [
    'documents.myWork',
    'Việc về tài liệu của tôi',
    'My document work: drafts, reviews, approvals, reading',
  ],
  'GET /api/v1/document-versions/:id/acknowledgements': [
    'documents.versions.acknowledgements',
    'Tình hình xác nhận đã đọc',
    'Who has acknowledged reading a version',
    [version],
  ],
  'GET /api/v1/document-type-settings': [
    'documents.typeSettings.list',
    'Thiết lập theo loại tài liệu',
    'Settings per document type',
  ],
  'PUT /api/v1/document-type-settings/:type': [
    'documents.typeSettings.put',
    'Sửa thiết lập của một loại tài liệu',
    'Set the settings of a document type',
  ],
  'GET /api/v1/document-duty-settings': [
    'documents.dutySettings.get',
    'Thiết lập phân tách nhiệm vụ khi ký',
    'Segregation of duties when signing: whether the unit head who reviews may also check',
  ],
  'PUT /api/v1/document-duty-settings': [
    'documents.dutySettings.put',
    'Sửa thiết lập phân tách nhiệm vụ khi ký',
    'Set whether the unit head who reviews may also sign the secretariat check',
  ],
  'PATCH /api/v1/documents/:id/external': [
    'documents.external.update',
    'Sửa thông tin tài liệu bên ngoài',
    'Update the details of an external document',
    [document, 'document.not_external'],
  ],
  'GET /api/v1/document-versions/:id/attachments': [
    'documents.attachments.list',
    'Tệp đính kèm của bản',
    'Attachments of a version',
    [version],
  ],
  'POST /api/v1/document-versions/:id/attachments': [
    'documents.attachments.add',
    'Đính kèm tệp vào bản dự thảo',
    'Attach a file to a draft',
    [version, 'document.not_draft'],
    fileUpload,
  ],
  'GET /api/v1/document-versions/:id/attachments/:attachmentId': [
    'documents.attachments.download',
    'Tải tệp đính kèm',
    'Download an attachment',
    [version, 'document_attachment.not_found'],
  ],
  'DELETE /api/v1/document-versions/:id/attachments/:attachmentId': [
    'documents.attachments.remove',
    'Gỡ tệp đính kèm khỏi bản dự thảo',
    'Remove an attachment from a draft',
    [version, 'document_attachment.not_found', 'document.not_draft'],
  ],
  'GET /api/v1/documents/import/template.xlsx': [
    'documents.import.template',
    'Tệp mẫu danh mục tài liệu để nhập',
    'The master list template for an import',
  ],
  'POST /api/v1/documents/import/check': [
    'documents.import.check',
    'Kiểm tra danh mục và tệp trước khi nhập (không ghi gì)',
    'Check a master list and its files before importing (writes nothing)',
    ['documents.import_invalid'],
    importUpload,
  ],
  'POST /api/v1/documents/import': [
    'documents.import.commit',
    'Nhập hệ thống tài liệu đang áp dụng (tất cả hoặc không gì)',
    'Import the documents in force (all or nothing)',
    ['documents.import_invalid'],
    importUpload,
  ],
});
