/*
 * The values of the audit trail's before/after view as a person reads them: a state by its
 * name (the same names every other page uses, from the contract), a person, unit or record
 * by its name (the server sends a names map with the events), days dd/mm/yyyy, instants in
 * Vietnam's time, yes/no, numbers in the reader's form, long content summarised. One
 * function, `auditValueText`, serves the web page and the XLSX export, so both say the same.
 */

import {
  auditActionName,
  auditActionNames,
  auditEntityName,
  auditFieldName,
  type Label,
  type LabelLang,
} from './audit-labels.ts';
import { calendarDayKindNames } from './calendar.ts';
import { caseStateNames, decisionNames, stepStateNames } from './cases.ts';
import { reviewOutcomeNames } from './document-reports.ts';
import { legalStatusNames } from './document-settings.ts';
import {
  changeKindNames,
  documentStatusNames,
  documentTypeNames,
  signatureMeaningNames,
  versionStateNames,
} from './documents.ts';
import {
  findingKindNames,
  programmeStateNames,
  roundStateNames,
  sampleChoiceNames,
  sampleKindNames,
  teamRoleNames,
} from './internal-audits.ts';
import {
  reportStateNames as auditReportStateNames,
  checklistAnswerNames,
  findingResponseNames,
  findingStateNames,
} from './internal-audits-work.ts';
import {
  ncActionKindNames,
  ncActionStateNames,
  ncCauseNames,
  ncDecisionNames,
  ncGradeNames,
  ncSourceNames,
  ncStateNames,
} from './nonconformities.ts';
import {
  indicatorDirectionNames,
  indicatorFrequencyNames,
  indicatorSourceNames,
  objectiveMeasureNames,
  objectiveStateNames,
  valueStateNames,
} from './objectives.ts';
import { unitKindNames, unitStatusNames } from './org.ts';
import { accessRegimeNames, fileStateNames } from './record-files.ts';
import { catalogueStateNames } from './records-catalogue.ts';
import { riskKindNames, riskStateNames } from './risks.ts';
import { roleNames } from './roles.ts';
import { committeeRoleNames, directiveStatusNames, meetingKindNames, meetingStateNames } from './steering.ts';
import { declarationStateNames } from './steering-reports.ts';

type Names = Record<string, Label>;

/** Ids to names, sent by the server with the events it shows (people, units, documents, records). */
export type AuditNames = Record<string, string>;

const tokenScopeNames: Names = {
  read: { vi: 'Chỉ đọc', en: 'Read only' },
  write: { vi: 'Đọc và ghi', en: 'Read and write' },
};
const agencyStatusNames: Names = { active: { vi: 'Đang hoạt động', en: 'Active' } };
const voidReasonNames: Names = { content_changed: { vi: 'Nội dung đã sửa', en: 'Content changed' } };
const itemKindNames: Names = {
  upload: { vi: 'Tệp tải lên', en: 'Uploaded file' },
  link: { vi: 'Liên kết', en: 'Link' },
};
const originTypeNames: Names = {
  audit_finding: { vi: 'Phát hiện đánh giá', en: 'Audit finding' },
  work_case: { vi: 'Công việc', en: 'Work case' },
  document: { vi: 'Tài liệu', en: 'Document' },
  directive: { vi: 'Chỉ đạo', en: 'Directive' },
  other: { vi: 'Khác', en: 'Other' },
};
// Internal audit: the names its contracts lack.
const roundAuditStateNames: Names = {
  planned: { vi: 'Đã lên lịch', en: 'Scheduled' },
  in_progress: { vi: 'Đang đánh giá', en: 'Audit in progress' },
  done: { vi: 'Đã đánh giá', en: 'Audited' },
};
const checklistSourceNames: Names = {
  step: { vi: 'Bước của quy trình', en: 'Procedure step' },
  record: { vi: 'Hồ sơ cần lưu', en: 'Record to keep' },
  clause: { vi: 'Điều khoản ISO', en: 'ISO clause' },
  question: { vi: 'Ngân hàng câu hỏi', en: 'Question bank' },
  manual: { vi: 'Thêm trực tiếp', en: 'Added by hand' },
};

const restructureNames: Names = Object.fromEntries(
  (['create', 'rename', 'merge', 'split', 'dissolve', 'move'] as const).map((k) => [k, auditActionNames[k]]),
);

/**
 * The names of coded values, by field, or by "record type.field" where the same field means
 * something else on another record (a case's state is not a document's state).
 */
export const auditValueNames: Record<string, Names> = {
  'document.status': documentStatusNames,
  'unit.status': unitStatusNames,
  'agency.status': agencyStatusNames,
  'document_version.state': versionStateNames,
  'records_catalogue.state': catalogueStateNames,
  'record_file.state': fileStateNames,
  'work_case.state': caseStateNames,
  'case_step.state': stepStateNames,
  'nonconformity.state': { ...ncActionStateNames, ...ncStateNames },
  'risk.state': riskStateNames,
  'risk.kind': riskKindNames,
  'objective.state': { ...valueStateNames, ...objectiveStateNames },
  'objective.source': indicatorSourceNames,
  'objective.frequency': indicatorFrequencyNames,
  'objective.direction': indicatorDirectionNames,
  'objective.measure': objectiveMeasureNames,
  'document.type': documentTypeNames,
  'unit.kind': unitKindNames,
  'calendar_day.kind': calendarDayKindNames,
  'nonconformity.kind': ncActionKindNames,
  'record_file_item.kind': itemKindNames,
  'unit_event.kind': restructureNames,
  'case_step.decision': decisionNames,
  'nonconformity.decision': ncDecisionNames,
  'document_event.action': auditActionNames,
  'api_token.scope': tokenScopeNames,
  fromState: versionStateNames,
  toState: versionStateNames,
  role: roleNames,
  approverRole: roleNames,
  candidateRole: roleNames,
  meaning: signatureMeaningNames,
  outcome: reviewOutcomeNames,
  legalStatus: legalStatusNames,
  changeKind: changeKindNames,
  source: ncSourceNames,
  grade: ncGradeNames,
  causeCategories: ncCauseNames,
  accessRegime: accessRegimeNames,
  voidReason: voidReasonNames,
  'nonconformity.type': originTypeNames,
  'internal_audit_programme.state': programmeStateNames,
  'internal_audit_round.state': roundStateNames,
  'internal_audit_round_audit.state': roundAuditStateNames,
  'internal_audit_round.role': teamRoleNames,
  'internal_audit_finding.kind': findingKindNames,
  'internal_audit_finding.state': findingStateNames,
  'internal_audit_finding.response': findingResponseNames,
  'internal_audit_report.state': auditReportStateNames,
  'internal_audit_checklist.source': checklistSourceNames,
  'internal_audit_checklist.answer': checklistAnswerNames,
  'internal_audit_sample.kind': sampleKindNames,
  'internal_audit_sample.chosenBy': sampleChoiceNames,
  'steering_member.committeeRole': committeeRoleNames,
  'steering_meeting.kind': meetingKindNames,
  'steering_meeting.state': meetingStateNames,
  'steering_directive.state': directiveStatusNames,
  'steering_declaration.state': declarationStateNames,
};

/** Fields the view leaves out: the agency (always the reader's own), the record's own id, search indexes. */
export const auditHiddenFields = new Set(['agencyId', 'id', 'searchText', 'searchVector', 'path']);

/** Fields shown as typed, never read as a code: user names, codes, step numbers. */
export const auditVerbatimFields = new Set([
  'username',
  'code',
  'codePrefix',
  'stepId',
  'fileCode',
  'clause',
  'decisionNo',
  'decisionRef',
  'externalNumber',
  'email',
  'phone',
  'contentHash',
  'approvalHash',
  'fileHash',
  'mimeType',
  'fileName',
  'administrator',
  'language',
  'sourceRef',
]);

/** Numbers that are not quantities: a year is 2025, not 2.025. */
const plainNumbers = new Set([
  'year',
  'month',
  'issueNo',
  'seq',
  'sequence',
  'position',
  'sortOrder',
  'rank',
]);

/** JSON longer than this (as text) is summarised, with its full text to expand. */
const LONG = 160;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const words = {
  vi: {
    yes: 'Có',
    no: 'Không',
    changed: 'nội dung đã thay đổi',
    recorded: 'nội dung đã ghi',
    secret: 'đã thay đổi',
  },
  en: { yes: 'Yes', no: 'No', changed: 'content changed', recorded: 'content recorded', secret: 'changed' },
};

const instantParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
/** An instant as dd/mm/yyyy HH:mm:ss in Vietnam's time. */
export function vietnamTime(iso: string): string {
  const p = Object.fromEntries(instantParts.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

const numberFormats = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 }),
};

/** The names of a field's coded values on a record type, if it has any. */
export function valueNamesOf(entityType: string, field: string): Names | undefined {
  return auditValueNames[`${entityType}.${field}`] ?? auditValueNames[field];
}

export type ShownValue = {
  /** What the cell says. */
  text: string;
  /** For long content summarised in `text`: the whole of it, to expand. */
  detail?: string;
};

type Context = { entityType: string; field: string; lang: LabelLang; names: AuditNames; content?: boolean };

/** The parts of a document's content (documentContent, procedureStep), as the document page names them. */
const contentFieldNames: Record<string, Label> = {
  purpose: { vi: 'Mục đích', en: 'Purpose' },
  scope: { vi: 'Phạm vi áp dụng', en: 'Scope' },
  references: { vi: 'Tài liệu viện dẫn', en: 'References' },
  definitions: { vi: 'Định nghĩa, từ viết tắt', en: 'Definitions' },
  steps: { vi: 'Các bước thực hiện', en: 'Steps' },
  forms: { vi: 'Biểu mẫu', en: 'Forms' },
  records: { vi: 'Hồ sơ cần lưu', en: 'Records to keep' },
  body: { vi: 'Nội dung', en: 'Body' },
  id: { vi: 'Bước', en: 'Step' },
  action: { vi: 'Công việc', en: 'Action' },
  who: { vi: 'Người thực hiện (ghi chú)', en: 'Performer (note)' },
  performer: { vi: 'Người thực hiện', en: 'Performer' },
  durationDays: { vi: 'Thời gian (ngày làm việc)', en: 'Duration (working days)' },
  output: { vi: 'Kết quả', en: 'Output' },
  condition: { vi: 'Điều kiện', en: 'Condition' },
  yesNext: { vi: 'Nếu có, sang bước', en: 'If yes, go to step' },
  noNext: { vi: 'Nếu không, sang bước', en: 'If no, go to step' },
  term: { vi: 'Thuật ngữ', en: 'Term' },
  meaning: { vi: 'Giải thích', en: 'Meaning' },
  text: { vi: 'Văn bản', en: 'Text' },
  name: { vi: 'Tên hồ sơ', en: 'Record' },
  keeper: { vi: 'Trách nhiệm lưu', en: 'Kept by' },
  location: { vi: 'Nơi lưu', en: 'Location' },
  retention: { vi: 'Thời gian lưu', en: 'Retention' },
  title: { vi: 'Tên', en: 'Title' },
};

const fieldLabel = (key: string, c: Context) =>
  c.content && Object.hasOwn(contentFieldNames, key)
    ? contentFieldNames[key][c.lang]
    : UUID.test(key)
      ? (c.names[key] ?? key)
      : auditFieldName(key, c.lang);

function scalar(value: unknown, c: Context): string {
  if (value === undefined || value === null || value === '') return '—';
  const w = words[c.lang];
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (typeof value === 'number')
    return plainNumbers.has(c.field) ? String(value) : numberFormats[c.lang].format(value);
  if (typeof value === 'string') {
    const coded = valueNamesOf(c.entityType, c.field);
    if (coded && Object.hasOwn(coded, value)) return coded[value][c.lang];
    if (c.field === 'linkType') return auditEntityName(value, c.lang);
    if (UUID.test(value) && Object.hasOwn(c.names, value)) return c.names[value];
    if (ISO_DATE.test(value)) return value.split('-').reverse().join('/');
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return vietnamTime(value);
    if (value === '[đã thay đổi / changed]') return w.secret;
    return value;
  }
  return JSON.stringify(value);
}

/** A nested value as lines a person reads: "Field: value", lists as "– item", indented. */
function outline(value: unknown, c: Context, depth = 0): string[] {
  const pad = '  '.repeat(depth);
  if (Array.isArray(value)) {
    return value.flatMap((item) =>
      item && typeof item === 'object'
        ? [`${pad}–`, ...outline(item, c, depth + 1)]
        : [`${pad}– ${scalar(item, c)}`],
    );
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => {
      const label = fieldLabel(key, c);
      const inner = { ...c, field: key };
      if (Array.isArray(v) && v.length === 0) return [`${pad}${label}: —`];
      if (v && typeof v === 'object') return [`${pad}${label}:`, ...outline(v, inner, depth + 1)];
      return [`${pad}${label}: ${scalar(v, inner)}`];
    });
  }
  return [`${pad}${scalar(value, c)}`];
}

/**
 * A short object or list on one line: an origin by its label, a unit "as it was" by its name,
 * a correction as "Ngày: …; Nội dung: …"; entries keyed by an id show their value alone.
 */
function inline(value: unknown, c: Context): string {
  if (Array.isArray(value)) return value.map((item) => inline(item, c)).join('; ');
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.label === 'string')
      return o.type ? `${scalar(o.type, { ...c, field: 'type' })}: ${o.label}` : o.label;
    if (typeof o.name === 'string') return typeof o.code === 'string' ? `${o.name} (${o.code})` : o.name;
    const parts = Object.entries(o)
      .map(([key, v]) => {
        const text = inline(v, { ...c, field: key });
        if (!text || text === '—') return '';
        return UUID.test(key) ? text : `${fieldLabel(key, c)}: ${text}`;
      })
      .filter(Boolean);
    return parts.length ? parts.join('; ') : '—';
  }
  return scalar(value, c);
}

/**
 * One side (before or after) of one field of one event, as a person reads it. `both` says the
 * field has a value on both sides (then long content reads "nội dung đã thay đổi").
 */
export function auditValueText(
  entityType: string,
  field: string,
  value: unknown,
  lang: LabelLang,
  names: AuditNames = {},
  both = true,
): ShownValue {
  const c: Context = { entityType, field, lang, names, content: field === 'content' };
  if (value === null || value === undefined || typeof value !== 'object') return { text: scalar(value, c) };
  if (Array.isArray(value) && value.length === 0) return { text: '—' };
  const line = inline(value, c);
  if (line.length <= LONG) return { text: line };
  return { text: both ? words[lang].changed : words[lang].recorded, detail: outline(value, c).join('\n') };
}

/** The rows of an event's before/after view: labelled fields, hidden ones left out. */
export function auditChangeRows(
  entityType: string,
  changes: Record<string, { from?: unknown; to?: unknown }>,
  lang: LabelLang,
  names: AuditNames = {},
) {
  return Object.entries(changes)
    .filter(([field]) => !auditHiddenFields.has(field))
    .map(([field, change]) => {
      const both = change.from != null && change.to != null;
      return {
        field,
        label: auditFieldName(field, lang),
        from: auditValueText(entityType, field, change.from, lang, names, both),
        to: auditValueText(entityType, field, change.to, lang, names, both),
      };
    });
}

/** Record labels the server wrote with a code at the end ("QT-01 lần 2: approve", "Hương: secretariat (KHCN)"). */
const labelCodes: Record<string, (code: string, lang: LabelLang) => string | undefined> = {
  role_grant: (code, lang) => (Object.hasOwn(roleNames, code) ? roleNames[code as never][lang] : undefined),
  document_signature: (code, lang) =>
    Object.hasOwn(signatureMeaningNames, code) ? signatureMeaningNames[code as never][lang] : undefined,
  document_event: (code, lang) =>
    Object.hasOwn(auditActionNames, code) ? auditActionName(code, 'document_version', lang) : undefined,
};
const TRAILING_CODE = /^(.*?)(^|:\s*|\s)([a-z]+(?:_[a-z]+)*)(\s*\([^)]*\))?$/;

/** A record's label as written in the trail, with a trailing code in words. */
export function auditRecordLabel(entityType: string, written: string | null, lang: LabelLang): string | null {
  // A day in a label ("2018-02-16 Tết Nguyên đán") reads dd/mm/yyyy.
  const label = written?.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3/$2/$1') ?? null;
  const named = labelCodes[entityType];
  if (!label || !named) return label;
  const m = TRAILING_CODE.exec(label);
  if (!m) return label;
  const name = named(m[3], lang);
  return name ? `${m[1]}${m[2]}${name}${m[4] ?? ''}` : label;
}
