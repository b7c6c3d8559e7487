// One version of a demo document: its lifecycle actions turned into the version row, its
// events and its signatures (voided when the content changed after them).
import { systemDocumentTypes, type VersionState } from '../../../contract/documents.ts';
import { newId } from '../../db/ids.ts';
import { contentHash } from '../../modules/documents/documents.repository.ts';
import {
  type BuildContext,
  type BuiltVersion,
  type EventRow,
  resolveContent,
  type SignatureRow,
} from './built-rows.ts';
import { vietnamDay, vietnamTime } from './days.ts';
import type { ContentSpec, DocumentPlan, VersionPlan } from './plan.ts';
import { contentsOf, type Role, type TimelineAction, timelineOf } from './timeline.ts';

/** The last issued version before this one: what a revision starts from. */
export type Issued = { issueNo: number; title: string; spec: ContentSpec };

const reached: Record<Exclude<VersionPlan['reaches'], 'issued'>, VersionState> = {
  draft: 'draft',
  unit_review: 'unit_review',
  secretariat_check: 'secretariat_check',
  submitted: 'submitted',
  cancelled: 'cancelled',
};

export function buildVersion(
  plan: DocumentPlan,
  index: number,
  previous: Issued | null,
  ctx: BuildContext,
): BuiltVersion & { issued: Issued | null } {
  const vp = plan.versions[index];
  const key = `${plan.code}#${index}`;
  const id = newId();
  const title = vp.title ?? previous?.title ?? plan.title;
  const finalSpec = vp.kind === 'withdraw' ? previous!.spec : vp.content!;
  const contents = contentsOf(vp, finalSpec).map((c) =>
    resolveContent(c, ctx.ids, (code) => ctx.signers.unit(code).id),
  );
  const hashes = contents.map((c) => contentHash(title, c));
  const actions = timelineOf(vp, contents, key, ctx.calendar);
  const system = systemDocumentTypes.includes(plan.type);
  const person = (role: Role) => ctx.signers.actor(role, plan.owner, key, system);
  const { events, signatures } = actionRows(actions, {
    ...ctx,
    versionId: id,
    kind: vp.kind,
    hashes,
    person,
  });

  const at = (action: string) => actions.findLast((a) => a.action === action)?.at ?? null;
  const approve = actions.find((a) => a.action === 'approve');
  const withdraw = vp.kind === 'withdraw';
  let state: VersionState = vp.reaches === 'issued' ? 'approved' : reached[vp.reaches];
  let issueDate: string | null = null;
  let effectiveDate: string | null = null;
  let inForceAt: Date | null = null;
  if (approve) {
    issueDate = vietnamDay(approve.at);
    effectiveDate = vp.effective ?? issueDate;
    const atOnce = effectiveDate <= issueDate;
    // The approval event says where the version went then; it came into force later if dated so.
    events[events.length - 1].toState = atOnce ? (withdraw ? 'withdrawn' : 'in_force') : 'approved';
    if (effectiveDate <= ctx.today) {
      state = withdraw ? 'withdrawn' : 'in_force';
      inForceAt = atOnce ? approve.at : vietnamTime(effectiveDate, 7 * 60 + 30);
    }
  }
  const officer = person('officer');
  const issueNo = vp.kind === 'new' ? 1 : previous!.issueNo + (vp.kind === 'revise' ? 1 : 0);
  return {
    row: {
      id,
      agencyId: ctx.agencyId,
      documentId: ctx.ids.get(plan.code)!,
      changeKind: vp.kind,
      changeReason: vp.reason,
      legalBasis: vp.legalBasis ?? null,
      requestingUnitId: ctx.signers.unit(plan.owner).id,
      requestedBy: officer.id,
      state,
      issueNo,
      title,
      content: contents[contents.length - 1],
      contentHash: hashes[hashes.length - 1],
      changeSummary: vp.changeSummary ?? null,
      decisionNo: approve ? vp.decisionNo! : null,
      issueDate,
      effectiveDate,
      endDate: withdraw && inForceAt ? effectiveDate : null,
      draftedBy: officer.id,
      submittedAt: at('check_approve'),
      reviewStartedAt: at('submit_review'),
      approvedAt: approve?.at ?? null,
      version: actions.length,
      createdAt: actions[0].at,
      updatedAt: inForceAt ?? actions[actions.length - 1].at,
    },
    events,
    signatures,
    distributedTo: [],
    inForceAt,
    readers: [],
    issued: approve ? { issueNo, title, spec: finalSpec } : null,
  };
}

/** document_events for every transition; signatures for the signing ones, voided by later edits. */
function actionRows(
  actions: TimelineAction[],
  v: BuildContext & {
    versionId: string;
    kind: VersionPlan['kind'];
    hashes: string[];
    person: (role: Role) => { id: string; fullName: string; position: string };
  },
) {
  const events: EventRow[] = [];
  const signatures: SignatureRow[] = [];
  for (const a of actions) {
    const who = v.person(a.role);
    if (a.action === 'edit') {
      for (const s of signatures.filter((s) => !s.voidedAt)) {
        Object.assign(s, { voidedAt: a.at, voidReason: 'content_changed' });
      }
      continue;
    }
    if (a.signs) {
      signatures.push({
        id: newId(),
        agencyId: v.agencyId,
        versionId: v.versionId,
        meaning: a.signs,
        signerId: who.id,
        signerName: who.fullName,
        signerPosition: who.position,
        signedAt: a.at,
        contentHash: v.hashes[a.content],
      });
    }
    events.push({
      id: newId(),
      agencyId: v.agencyId,
      versionId: v.versionId,
      action: a.action === 'request' ? `request_${v.kind}` : a.action,
      fromState: a.from,
      toState: a.to,
      actorId: who.id,
      actorName: who.fullName,
      comment: a.comment,
      at: a.at,
    });
  }
  return { events, signatures };
}
