// The rows a demo document leaves behind, built in memory before the loader writes them.
import { type DocumentContent, documentContent, type VersionState } from '../../../contract/documents.ts';
import type { WorkingCalendar } from '../../modules/calendar/working-days.ts';
import type {
  documentEvents,
  documentReviews,
  documentSignatures,
  documents,
  documentVersions,
} from '../../modules/documents/documents.table.ts';
import type { DemoPerson, Signers } from './demo-signers.ts';
import { demoPerformer } from './performers.ts';
import type { ContentSpec } from './plan.ts';

export type EventRow = typeof documentEvents.$inferInsert;
export type SignatureRow = typeof documentSignatures.$inferInsert;

export type BuiltVersion = {
  row: Omit<typeof documentVersions.$inferInsert, 'searchText'> & {
    id: string;
    state: VersionState;
    content: DocumentContent;
    updatedAt: Date;
  };
  events: EventRow[];
  signatures: SignatureRow[];
  /** Units it was distributed to on approval. */
  distributedTo: string[];
  /** When it came into force (null: never, or not yet). */
  inForceAt: Date | null;
  readers: { person: DemoPerson; notifiedAt: Date; acknowledgedAt: Date | null }[];
};

export type BuiltDocument = {
  code: string;
  row: typeof documents.$inferInsert & { id: string };
  versions: BuiltVersion[];
  review: { signature: SignatureRow; row: typeof documentReviews.$inferInsert & { id: string } } | null;
};

export type BuildContext = {
  agencyId: string;
  /** Document ids by code, assigned before building so references can link. */
  ids: Map<string, string>;
  signers: Signers;
  calendar: WorkingCalendar;
  today: string;
  /** Documents reviewed periodically "no change needed", by code: days before today. */
  reviews: Map<string, number>;
};

/**
 * Content as stored: references and forms linked to the documents they name; steps whose
 * performer the demo knows as a unit (demoPerformers) given it structured, by the unit's id.
 */
export function resolveContent(
  spec: ContentSpec,
  ids: Map<string, string>,
  unitId: (code: string) => string,
): DocumentContent {
  return documentContent.parse({
    ...spec,
    steps: (spec.steps ?? []).map((s) => {
      const known = s.performer ? undefined : demoPerformer(s.who ?? '');
      if (!known) return s;
      return {
        ...s,
        performer: {
          ...(known.unit ? { unitId: unitId(known.unit) } : {}),
          ...(known.role ? { role: known.role } : {}),
        },
      };
    }),
    references: (spec.references ?? []).map((r) => {
      if (r.code && !ids.has(r.code)) throw new Error(`demo: reference to unknown document ${r.code}`);
      return { text: r.text, ...(r.code ? { documentId: ids.get(r.code) } : {}) };
    }),
    forms: (spec.forms ?? []).map((f) => ({
      ...f,
      ...(ids.has(f.code) ? { documentId: ids.get(f.code) } : {}),
    })),
  });
}
