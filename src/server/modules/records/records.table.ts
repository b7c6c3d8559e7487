import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { citext, recordColumns } from '../../db/columns.ts';

/**
 * A unit's records catalogue (danh mục hồ sơ, Nghị định 30/2020) for one year:
 * draft → submitted to the unit head → approved by them (password re-entered, over the
 * hash of its headings and entries) → issued at the start of the year.
 */
export const recordsCatalogues = pgTable(
  'records_catalogues',
  {
    ...recordColumns(),
    unitId: uuid('unit_id').notNull(),
    year: integer('year').notNull(),
    /** draft | submitted | approved | issued */
    state: text('state').notNull().default('draft'),
    /** The catalogue this one was copied forward from. */
    copiedFromId: uuid('copied_from_id'),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedBy: uuid('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /** The approver's position and unit, printed under the approval. */
    approverPosition: text('approver_position'),
    /** SHA-256 of the canonical headings and entries the approval was given over. */
    approvalHash: text('approval_hash'),
    issuedBy: uuid('issued_by'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
  },
  (t) => [uniqueIndex('records_catalogues_unit_year').on(t.agencyId, t.unitId, t.year)],
);

/** Every step of a catalogue (submit, approve, return, issue), with a return's comment kept. */
export const catalogueEvents = pgTable(
  'catalogue_events',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    catalogueId: uuid('catalogue_id').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    actorId: uuid('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('catalogue_events_catalogue').on(t.agencyId, t.catalogueId)],
);

/** A heading (Roman numerals, parent null) or sub-heading (Arabic, under a heading). */
export const catalogueHeadings = pgTable(
  'catalogue_headings',
  {
    ...recordColumns(),
    catalogueId: uuid('catalogue_id').notNull(),
    parentId: uuid('parent_id'),
    position: integer('position').notNull(),
    title: text('title').notNull(),
  },
  (t) => [index('catalogue_headings_catalogue').on(t.agencyId, t.catalogueId)],
);

/** One expected file of the year: "Số và ký hiệu | Tiêu đề | Thời hạn | Người lập | Ghi chú". */
export const catalogueEntries = pgTable(
  'catalogue_entries',
  {
    ...recordColumns(),
    catalogueId: uuid('catalogue_id').notNull(),
    headingId: uuid('heading_id'),
    position: integer('position').notNull(),
    /** "01.TCCB": the file number and the unit's code. */
    code: citext('code').notNull(),
    title: text('title').notNull(),
    /** Years to keep; null = permanent (vĩnh viễn). */
    retentionYears: integer('retention_years'),
    ownerUnitId: uuid('owner_unit_id').notNull(),
    ownerPersonId: uuid('owner_person_id'),
    notes: text('notes'),
    /** The procedure whose "records to keep" this entry was generated from (or linked to). */
    sourceDocumentId: uuid('source_document_id'),
    sourceRecordName: text('source_record_name'),
  },
  (t) => [
    uniqueIndex('catalogue_entries_code').on(t.agencyId, t.catalogueId, t.code),
    index('catalogue_entries_source').on(t.agencyId, t.sourceDocumentId),
  ],
);

/**
 * A file (hồ sơ) with the metadata of Nghị định 30/2020 appendix VI. Opened against a
 * catalogue entry, or ad hoc (catalogueEntryId null: "not in the catalogue").
 * open → closed → transferred (to the agency archive).
 */
export const recordFiles = pgTable(
  'record_files',
  {
    ...recordColumns(),
    unitId: uuid('unit_id').notNull(),
    year: integer('year').notNull(),
    catalogueEntryId: uuid('catalogue_entry_id'),
    /** Mã hồ sơ: agency code + year + file number and code, e.g. "BTTTT.2017.01.TCCB". */
    fileCode: citext('file_code').notNull(),
    title: text('title').notNull(),
    retentionYears: integer('retention_years'),
    /** public | internal | restricted (chế độ sử dụng) */
    accessRegime: text('access_regime').notNull().default('internal'),
    ownerUnitId: uuid('owner_unit_id').notNull(),
    ownerPersonId: uuid('owner_person_id'),
    language: text('language').notNull().default('Tiếng Việt'),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    pageCount: integer('page_count').notNull().default(0),
    notes: text('notes'),
    /** open | closed | transferred */
    state: text('state').notNull().default('open'),
    closedBy: uuid('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    transferId: uuid('transfer_id'),
    openedBy: uuid('opened_by'),
  },
  (t) => [
    uniqueIndex('record_files_code').on(t.agencyId, t.fileCode),
    index('record_files_unit_state').on(t.agencyId, t.unitId, t.state),
    index('record_files_entry').on(t.agencyId, t.catalogueEntryId),
  ],
);

/** A document in a file: an upload (content-addressed, platform/files.ts) or a link to a record in eiso. */
export const recordFileItems = pgTable(
  'record_file_items',
  {
    ...recordColumns(),
    fileId: uuid('file_id').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    /** upload | link */
    kind: text('kind').notNull(),
    fileHash: text('file_hash'),
    fileName: text('file_name'),
    mimeType: text('mime_type'),
    size: integer('size'),
    /** document_version | case_step | … with the linked record's id. */
    linkType: text('link_type'),
    linkId: uuid('link_id'),
    documentDate: date('document_date'),
    pageCount: integer('page_count').notNull().default(0),
    addedBy: uuid('added_by'),
    removed: boolean('removed').notNull().default(false),
  },
  (t) => [index('record_file_items_file').on(t.agencyId, t.fileId)],
);

/** A transfer (nộp lưu) of closed files to the agency archive: transfer list and handover minutes. */
export const archiveTransfers = pgTable(
  'archive_transfers',
  {
    ...recordColumns(),
    unitId: uuid('unit_id').notNull(),
    transferDate: date('transfer_date').notNull(),
    handedOverBy: uuid('handed_over_by').notNull(),
    receivedByName: text('received_by_name').notNull(),
    notes: text('notes'),
  },
  (t) => [index('archive_transfers_unit').on(t.agencyId, t.unitId, t.transferDate)],
);
