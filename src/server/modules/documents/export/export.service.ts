import { eq } from 'drizzle-orm';
import type {
  DocumentContent,
  DocumentType,
  VersionState,
  VersionView,
} from '../../../../contract/documents.ts';
import { caseUnitWords, performerLabel, roleWords } from '../../../../contract/performers.ts';
import type { Db } from '../../../db/connection.ts';
import { formatDate } from '../../../platform/format.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { agencyRows, personRows, positionRows, unitRows } from '../../org/index.ts';
import { getVersionView } from '../documents.queries.ts';
import { documentVersions } from '../documents.table.ts';
import { documentHistory } from '../history/history.service.ts';

const agencies = agencyRows();
const people = personRows();
const positions = positionRows();
const units = unitRows();

/** What every export of a version shows, gathered once for DOCX, PDF and the flowchart. */
export type ExportModel = {
  agencyName: string;
  unitName: string;
  code: string;
  title: string;
  type: DocumentType;
  isProcedure: boolean;
  issueNo: number;
  /** dd/mm/yyyy, or '' before issue. */
  issueDate: string;
  decisionNo: string | null;
  content: DocumentContent;
  signers: Array<{
    meaning: 'Soạn thảo' | 'Xem xét' | 'Phê duyệt';
    name: string;
    position: string;
    date: string;
  }>;
  history: Array<{ issueNo: number; date: string; change: string; where: string }>;
  /** Across every page: superseded and withdrawn versions, and drafts. */
  watermark: string | null;
  /** The same, said in words under the page header (e.g. "HẾT HIỆU LỰC từ ngày 15/01/2099"). */
  statusNote: string | null;
  /** File name without extension, e.g. QT-X1-01_lan-1. */
  fileBase: string;
};

/** 2017-12-20 → 20/12/2017 (Nghị định 30/2020 writes dates this way). */
const viDate = formatDate;
const viDay = (instant: string | Date) => viDate(todayInVietnam(new Date(instant)));

const draftStates: VersionState[] = ['draft', 'unit_review', 'secretariat_check', 'submitted', 'cancelled'];
const procedureTypes: DocumentType[] = ['system_procedure', 'business_procedure'];

function watermarkOf(state: VersionState): string | null {
  if (state === 'superseded' || state === 'withdrawn') return 'HẾT HIỆU LỰC';
  return draftStates.includes(state) ? 'DỰ THẢO' : null;
}

function statusNoteOf(view: VersionView): string | null {
  const since = view.endDate ? ` từ ngày ${viDate(view.endDate)}` : '';
  if (view.state === 'superseded') return `HẾT HIỆU LỰC${since} – đã được thay thế bằng lần ban hành sau`;
  if (view.state === 'withdrawn') return `HẾT HIỆU LỰC${since} – tài liệu đã bị thu hồi`;
  if (view.state === 'cancelled') return 'DỰ THẢO – đề nghị đã bị hủy, không ban hành';
  return draftStates.includes(view.state)
    ? 'DỰ THẢO – chưa được phê duyệt ban hành, không dùng để áp dụng'
    : null;
}

/** The content with each step's performer as the words the paper prints (unit names, roles, positions). */
async function withPerformerWords(
  db: Db,
  agencyId: string,
  content: DocumentContent,
): Promise<DocumentContent> {
  if (!content.steps.some((s) => s.performer)) return content;
  const [unitList, positionList] = await Promise.all([
    db.select({ id: units.id, name: units.name }).from(units).where(eq(units.agencyId, agencyId)),
    db
      .select({ id: positions.id, name: positions.name })
      .from(positions)
      .where(eq(positions.agencyId, agencyId)),
  ]);
  const unitNames = new Map(unitList.map((u) => [u.id, u.name]));
  const positionNames = new Map(positionList.map((p) => [p.id, p.name]));
  const names = {
    unitName: (id: string) => unitNames.get(id),
    positionName: (id: string) => positionNames.get(id),
    caseUnit: caseUnitWords.vi,
    role: roleWords('vi'),
  };
  return { ...content, steps: content.steps.map((s) => ({ ...s, who: performerLabel(s, names) })) };
}

/** Loads a version the actor may read (else 404, as everywhere) with all its export shows. */
export async function loadExportModel(db: Db, actor: Actor, versionId: string): Promise<ExportModel> {
  const view = await getVersionView(db, actor, versionId);
  const [[agency], [drafter]] = await Promise.all([
    db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, actor.agencyId)),
    db
      .select({ name: people.fullName, position: positions.name, unitName: units.name })
      .from(documentVersions)
      .innerJoin(people, eq(people.id, documentVersions.draftedBy))
      .innerJoin(units, eq(units.id, people.unitId))
      .leftJoin(positions, eq(positions.id, people.positionId))
      .where(eq(documentVersions.id, versionId)),
  ]);
  const submitted = view.events.filter((e) => e.action === 'submit_review').at(-1);
  const signed = (meaning: 'review' | 'approve') =>
    view.signatures.filter((s) => s.meaning === meaning && s.valid).at(-1);
  const signer = (meaning: 'Xem xét' | 'Phê duyệt', s: VersionView['signatures'][number] | undefined) => ({
    meaning,
    name: s?.signerName ?? '',
    position: s?.signerPosition ?? '',
    date: s ? viDay(s.signedAt) : '',
  });
  return {
    agencyName: agency.name,
    unitName: view.ownerUnitName,
    code: view.code,
    title: view.title,
    type: view.type,
    isProcedure: procedureTypes.includes(view.type),
    issueNo: view.issueNo,
    issueDate: viDate(view.issueDate),
    decisionNo: view.decisionNo,
    content: await withPerformerWords(db, actor.agencyId, view.content),
    signers: [
      {
        meaning: 'Soạn thảo',
        name: drafter?.name ?? '',
        position: drafter ? [drafter.position, drafter.unitName].filter(Boolean).join(', ') : '',
        date: submitted ? viDay(submitted.at) : '',
      },
      signer('Xem xét', signed('review')),
      signer('Phê duyệt', signed('approve')),
    ],
    history: await revisionHistory(db, actor, view),
    watermark: watermarkOf(view.state),
    statusNote: statusNoteOf(view),
    fileBase: `${view.code}_lan-${view.issueNo}`,
  };
}

/** Mục lục sửa đổi: the issues of the document up to this version (all of them for a draft). */
async function revisionHistory(db: Db, actor: Actor, view: VersionView): Promise<ExportModel['history']> {
  const { rows } = await documentHistory(db, actor, view.documentId);
  const upTo = rows.findIndex((r) => r.versionId === view.id);
  return (upTo >= 0 ? rows.slice(0, upTo + 1) : rows).map((r) => ({
    issueNo: r.issueNo,
    date: viDate(r.issueDate),
    change: r.changeSummary,
    where: r.where,
  }));
}
