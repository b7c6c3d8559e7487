import { linkItemBody } from '../../../contract/record-files.ts';
import { fileUpload, operationsOf } from './operations.ts';
import { TAGS } from './tags.ts';

const catalogue = 'records_catalogue.not_found';
const heading = 'catalogue_heading.not_found';
const entry = 'catalogue_entry.not_found';
const file = 'record_file.not_found';
const item = 'record_file_item.not_found';
const catalogueBase = '/api/v1/records-catalogues/:id';

const catalogueExports = Object.fromEntries(
  (['docx', 'pdf', 'xlsx'] as const).map((ext) => [
    `GET ${catalogueBase}/export.${ext}`,
    [
      `catalogues.export${ext[0].toUpperCase()}${ext.slice(1)}`,
      `Xuất danh mục hồ sơ (${ext.toUpperCase()})`,
      `Export a records catalogue (${ext.toUpperCase()})`,
      [catalogue],
    ],
  ]),
) as Parameters<typeof operationsOf>[1];

export const catalogueOperations = operationsOf(TAGS.catalogue.name, {
  'GET /api/v1/records-catalogues': [
    'catalogues.list',
    'Danh sách danh mục hồ sơ',
    'List records catalogues',
  ],
  'POST /api/v1/records-catalogues': [
    'catalogues.create',
    'Lập dự thảo danh mục hồ sơ của đơn vị cho một năm',
    'Draft a unit’s records catalogue for a year',
    ['unit.not_found', 'catalogue.exists'],
  ],
  [`GET ${catalogueBase}`]: ['catalogues.get', 'Xem danh mục hồ sơ', 'Get a records catalogue', [catalogue]],
  [`POST ${catalogueBase}/transitions`]: [
    'catalogues.transition',
    'Chuyển bước danh mục: trình, duyệt, ban hành, trả lại',
    'Move a catalogue on: submit, approve, issue, return',
    [catalogue, 'catalogue.transition_forbidden', 'catalogue.self_approval'],
  ],
  'GET /api/v1/my-work/records-catalogues': [
    'catalogues.myWork',
    'Danh mục hồ sơ chờ tôi phê duyệt',
    'Records catalogues waiting for my approval',
  ],
  [`POST ${catalogueBase}/copy-forward`]: [
    'catalogues.copyForward',
    'Lập danh mục năm sau từ danh mục này',
    'Draft next year’s catalogue from this one',
    [catalogue, 'catalogue.exists'],
  ],
  [`POST ${catalogueBase}/generate`]: [
    'catalogues.generate',
    'Thêm hồ sơ từ các quy trình đang hiệu lực',
    'Add files from the procedures in force',
    [catalogue, 'catalogue.not_draft'],
  ],
  [`POST ${catalogueBase}/import`]: [
    'catalogues.import',
    'Nhập danh mục hồ sơ từ tệp XLSX',
    'Import a catalogue from an XLSX file',
    [catalogue, 'catalogue.not_draft', 'import.invalid_rows', 'catalogue.entry_has_files'],
    fileUpload,
  ],
  ...catalogueExports,
  [`POST ${catalogueBase}/headings`]: [
    'catalogues.headings.add',
    'Thêm đề mục',
    'Add a heading',
    [catalogue, 'catalogue.not_draft'],
  ],
  [`PATCH ${catalogueBase}/headings/:itemId`]: [
    'catalogues.headings.update',
    'Sửa đề mục',
    'Update a heading',
    [catalogue, heading, 'catalogue.not_draft'],
  ],
  [`DELETE ${catalogueBase}/headings/:itemId`]: [
    'catalogues.headings.remove',
    'Xóa đề mục',
    'Remove a heading',
    [catalogue, heading, 'catalogue.not_draft', 'catalogue.heading_not_empty'],
  ],
  [`POST ${catalogueBase}/headings/:itemId/move`]: [
    'catalogues.headings.move',
    'Chuyển vị trí đề mục',
    'Move a heading',
    [catalogue, heading, 'catalogue.not_draft'],
  ],
  [`POST ${catalogueBase}/entries`]: [
    'catalogues.entries.add',
    'Thêm hồ sơ vào danh mục',
    'Add a file to the catalogue',
    [catalogue, 'catalogue.not_draft', 'catalogue.duplicate_code'],
  ],
  [`PATCH ${catalogueBase}/entries/:itemId`]: [
    'catalogues.entries.update',
    'Sửa hồ sơ trong danh mục',
    'Update a catalogue entry',
    [catalogue, entry, 'catalogue.not_draft', 'catalogue.duplicate_code'],
  ],
  [`DELETE ${catalogueBase}/entries/:itemId`]: [
    'catalogues.entries.remove',
    'Xóa hồ sơ khỏi danh mục',
    'Remove a catalogue entry',
    [catalogue, entry, 'catalogue.not_draft', 'catalogue.entry_has_files'],
  ],
  [`POST ${catalogueBase}/entries/:itemId/move`]: [
    'catalogues.entries.move',
    'Chuyển vị trí hồ sơ trong danh mục',
    'Move a catalogue entry',
    [catalogue, entry, 'catalogue.not_draft'],
  ],
});

export const fileOperations = operationsOf(TAGS.files.name, {
  'GET /api/v1/record-files': ['files.list', 'Danh sách hồ sơ', 'List record files'],
  'POST /api/v1/record-files': [
    'files.open',
    'Mở hồ sơ',
    'Open a record file, from the catalogue or outside it',
    ['unit.not_found'],
  ],
  'GET /api/v1/record-files/catalogue-entries': [
    'files.catalogueEntries',
    'Các mục danh mục để mở hồ sơ',
    'Catalogue entries a file can be opened from',
    ['unit.not_found'],
  ],
  'GET /api/v1/record-files/:id': ['files.get', 'Xem hồ sơ', 'Get a record file', [file]],
  'PATCH /api/v1/record-files/:id': [
    'files.update',
    'Sửa hồ sơ',
    'Update a record file',
    [file, 'record_file.not_open'],
  ],
  'POST /api/v1/record-files/:id/close': [
    'files.close',
    'Kết thúc hồ sơ',
    'Close a record file',
    [file, 'record_file.not_open'],
  ],
  'POST /api/v1/record-files/:id/reopen': [
    'files.reopen',
    'Mở lại hồ sơ đã kết thúc',
    'Reopen a closed file',
    [file, 'record_file.not_closed'],
  ],
  'POST /api/v1/record-files/:id/items': [
    'files.items.upload',
    'Đưa văn bản vào hồ sơ',
    'Add an uploaded paper to a file',
    [file, 'record_file.not_open'],
    // The form's fields come before the file.
    { upload: { file: 'required', fields: linkItemBody.omit({ documentVersionId: true }) } },
  ],
  'POST /api/v1/record-files/:id/links': [
    'files.items.link',
    'Liên kết tài liệu vào hồ sơ',
    'Link a document to a file',
    [file, 'record_file.not_open', 'document_version.not_found'],
  ],
  'GET /api/v1/record-files/:id/items/:itemId': [
    'files.items.download',
    'Tải văn bản của hồ sơ',
    'Download a paper of a file',
    [file, item],
  ],
  'DELETE /api/v1/record-files/:id/items/:itemId': [
    'files.items.remove',
    'Gỡ văn bản khỏi hồ sơ',
    'Remove a paper from a file',
    [file, item, 'record_file.not_open'],
  ],
  'GET /api/v1/archive-transfers': [
    'archive.transfers.list',
    'Các lần nộp lưu',
    'Transfers to the agency archive',
  ],
  'POST /api/v1/archive-transfers': [
    'archive.transfers.create',
    'Nộp lưu hồ sơ đã kết thúc',
    'Transfer closed files to the agency archive',
    ['unit.not_found'],
  ],
  'GET /api/v1/archive-transfers/:id': [
    'archive.transfers.get',
    'Xem lần nộp lưu',
    'Get a transfer',
    ['archive_transfer.not_found'],
  ],
  'GET /api/v1/archive-transfers/:id/:document.:format': [
    'archive.transfers.export',
    'Tải mục lục hồ sơ nộp lưu hoặc biên bản giao nhận',
    'Download the transfer list or the handover minutes',
    ['archive_transfer.not_found', 'archive_transfer_export.not_found'],
  ],
});
