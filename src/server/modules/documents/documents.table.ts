import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { citext, recordColumns, tsvector } from '../../db/columns.ts';

/** A controlled document: its identity across revisions (code, type, owner unit). */
export const documents = pgTable(
  'documents',
  {
    ...recordColumns(),
    type: text('type').notNull(),
    code: citext('code').notNull(),
    title: text('title').notNull(),
    ownerUnitId: uuid('owner_unit_id').notNull(),
    /** A form belongs to the procedure that uses it. */
    parentId: uuid('parent_id'),
    /** none | in_force | withdrawn — whether a version is in force now. */
    status: text('status').notNull().default('none'),
    currentVersionId: uuid('current_version_id'),
    reviewIntervalMonths: integer('review_interval_months').notNull().default(12),
    nextReviewDate: date('next_review_date'),
    /** External documents (legal texts, standards): number, issuer, dates, legal status. */
    externalNumber: text('external_number'),
    issuer: text('issuer'),
    externalIssuedDate: date('external_issued_date'),
    externalEffectiveDate: date('external_effective_date'),
    legalStatus: text('legal_status'),
  },
  (t) => [
    uniqueIndex('documents_agency_code').on(t.agencyId, t.code),
    index('documents_agency_type_status').on(t.agencyId, t.type, t.status),
    index('documents_owner').on(t.agencyId, t.ownerUnitId),
  ],
);

/**
 * One revision (lần ban hành) of a document, from change request to superseded. Content is
 * structured (purpose, scope, references, definitions, steps, records) and hashed: a
 * signature holds the hash of exactly what was signed.
 */
export const documentVersions = pgTable(
  'document_versions',
  {
    ...recordColumns(),
    documentId: uuid('document_id').notNull(),
    /** new | revise | withdraw */
    changeKind: text('change_kind').notNull(),
    changeReason: text('change_reason').notNull(),
    /**
     * Căn cứ pháp lý: the legal text that made this change necessary (a decree amending the
     * procedure), as the requester wrote it. Evidence that procedures follow legal changes
     * (QĐ 19/2014 art. 4; the inspection pack, TT 26/2014 art. 36).
     */
    legalBasis: text('legal_basis'),
    requestingUnitId: uuid('requesting_unit_id').notNull(),
    requestedBy: uuid('requested_by').notNull(),
    state: text('state').notNull(),
    issueNo: integer('issue_no').notNull(),
    title: text('title').notNull(),
    content: jsonb('content').notNull(),
    contentHash: text('content_hash').notNull(),
    /** What changed and where, for the revision history table (mục lục sửa đổi). */
    changeSummary: text('change_summary'),
    decisionNo: text('decision_no'),
    issueDate: date('issue_date'),
    effectiveDate: date('effective_date'),
    /** When it left force (superseded or withdrawn). */
    endDate: date('end_date'),
    draftedBy: uuid('drafted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewStartedAt: timestamp('review_started_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /**
     * Brought in from an agency's earlier, paper QMS (documents/import): issued before eiso,
     * so never counted as new or improved work in the status report.
     */
    imported: boolean('imported').notNull().default(false),
    /** Diacritic-free text of code, title and content for full-text search. */
    searchText: text('search_text').notNull().default(''),
    /**
     * Its words, the title's weighted A (ranked above the content's), stored: ranking by
     * re-parsing the text was 100 times slower at 50,000 versions (bench "documents").
     */
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('simple', f_unaccent(lower(title))), 'A') || to_tsvector('simple', search_text)`,
      ),
  },
  (t) => [
    index('document_versions_document').on(t.agencyId, t.documentId),
    index('document_versions_state').on(t.agencyId, t.state),
    index('document_versions_search').using('gin', t.searchVector),
    index('document_versions_title_trgm').using('gin', sql`f_unaccent(lower(${t.title})) gin_trgm_ops`),
  ],
);

/** Xem xét / Kiểm tra / Phê duyệt: who signed what (by hash), when, and whether it still holds. */
export const documentSignatures = pgTable(
  'document_signatures',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    versionId: uuid('version_id').notNull(),
    meaning: text('meaning').notNull(),
    signerId: uuid('signer_id').notNull(),
    signerName: text('signer_name').notNull(),
    signerPosition: text('signer_position'),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    contentHash: text('content_hash').notNull(),
    /**
     * Signed on paper (ký trên giấy) before eiso and recorded at import: signerName is who
     * signed, signerId the person who recorded it, signedAt the issue date.
     */
    onPaper: boolean('on_paper').notNull().default(false),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidReason: text('void_reason'),
  },
  (t) => [index('document_signatures_version').on(t.agencyId, t.versionId)],
);

/** Every transition of a version, with the comments of a return kept. */
export const documentEvents = pgTable(
  'document_events',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    versionId: uuid('version_id').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('document_events_version').on(t.agencyId, t.versionId)],
);

export const documentAttachments = pgTable(
  'document_attachments',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    versionId: uuid('version_id').notNull(),
    fileHash: text('file_hash').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('document_attachments_version').on(t.agencyId, t.versionId)],
);

/** Units a version is distributed to on issue; their people acknowledge reading it. */
export const documentDistributions = pgTable(
  'document_distributions',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    versionId: uuid('version_id').notNull(),
    unitId: uuid('unit_id').notNull(),
  },
  (t) => [uniqueIndex('document_distributions_unique').on(t.versionId, t.unitId)],
);

export const documentAcknowledgements = pgTable(
  'document_acknowledgements',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    versionId: uuid('version_id').notNull(),
    personId: uuid('person_id').notNull(),
    notifiedAt: timestamp('notified_at', { withTimezone: true }).notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('document_acknowledgements_unique').on(t.versionId, t.personId),
    index('document_acknowledgements_person').on(t.agencyId, t.personId, t.acknowledgedAt),
  ],
);

/** Periodic reviews of a document in force: "no change needed" (signed) or a change request. */
export const documentReviews = pgTable(
  'document_reviews',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    documentId: uuid('document_id').notNull(),
    versionId: uuid('version_id').notNull(),
    outcome: text('outcome').notNull(),
    comment: text('comment'),
    reviewerId: uuid('reviewer_id').notNull(),
    signatureId: uuid('signature_id'),
    changeVersionId: uuid('change_version_id'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('document_reviews_document').on(t.agencyId, t.documentId)],
);

/** Per agency and document type: which role approves, and the code pattern. */
export const documentTypeSettings = pgTable(
  'document_type_settings',
  {
    agencyId: uuid('agency_id').notNull(),
    type: text('type').notNull(),
    approverRole: text('approver_role').notNull().default('leadership'),
    codePrefix: text('code_prefix').notNull(),
    needsSecretariatCheck: boolean('needs_secretariat_check').notNull().default(true),
  },
  (t) => [uniqueIndex('document_type_settings_pk').on(t.agencyId, t.type)],
);

/**
 * Per agency: whether the unit head's review and the secretariat's check may be signed by
 * one person (a commune office has few people). The drafter never signs either way.
 */
export const documentDutySettings = pgTable('document_duty_settings', {
  agencyId: uuid('agency_id').primaryKey(),
  reviewerMayCheck: boolean('reviewer_may_check').notNull().default(false),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The agency's register of decisions (sổ đăng ký quyết định): the last number handed out
 * in a year. Allocating locks this row (`FOR UPDATE` via the upsert), so two approvals at
 * once never get one number; numbers typed by hand above it move it on.
 */
export const decisionRegisters = pgTable(
  'decision_registers',
  {
    agencyId: uuid('agency_id').notNull(),
    year: integer('year').notNull(),
    lastNo: integer('last_no').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('decision_registers_pk').on(t.agencyId, t.year)],
);

/**
 * Ký số: a signed decision (PDF, PAdES) attached to an approved version, with what eiso
 * found verifying it at upload (the file never changes: it is stored by its hash).
 */
export const documentSignedFiles = pgTable(
  'document_signed_files',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    versionId: uuid('version_id').notNull(),
    fileHash: text('file_hash').notNull(),
    fileName: text('file_name').notNull(),
    size: integer('size').notNull(),
    intact: boolean('intact').notNull(),
    /** The verification: checks, signer certificate, signing time (PadesVerification). */
    verification: jsonb('verification').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('document_signed_files_version').on(t.agencyId, t.versionId)],
);
