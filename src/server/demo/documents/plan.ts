// The demo's documents as plans: what each document is and how each of its versions went.
// The loader (load-demo-documents.ts) turns the plans into rows with backdated timestamps.
import type { z } from 'zod';
import type { ChangeKind, DocumentType, procedureStep } from '../../../contract/documents.ts';

export type StepSpec = z.input<typeof procedureStep>;

/** Content as written in the data files: references and forms name eiso documents by code. */
export type ContentSpec = {
  purpose?: string;
  scope?: string;
  /** `code`: the eiso document (legal text, manual…) the reference links to. */
  references?: { code?: string; text: string }[];
  definitions?: { term: string; meaning: string }[];
  steps?: StepSpec[];
  /** A form whose code is a document of the demo links to it. */
  forms?: { code: string; title: string }[];
  records?: { name: string; keeper: string; location?: string; retention: string }[];
  body?: string;
};

/** How far a version went: 'issued' = approved (in force on its effective date). */
export type Reach = 'draft' | 'unit_review' | 'secretariat_check' | 'submitted' | 'issued' | 'cancelled';

/** A return to the drafter; `before` gives the content as it was then (the drafter fixed it afterwards). */
export type ReturnSpec = {
  at: 'review' | 'check' | 'approve';
  comment: string;
  before?: (final: ContentSpec) => ContentSpec;
};

export type VersionPlan = {
  kind: ChangeKind;
  reason: string;
  title?: string;
  /** A withdrawal carries the content in force unchanged. */
  content?: ContentSpec;
  changeSummary?: string;
  /** The legal text that made the change necessary (căn cứ pháp lý), when one did. */
  legalBasis?: string;
  /** The day the change request was made and the day of the last action (YYYY-MM-DD). */
  requested: string;
  done: string;
  reaches: Reach;
  /** Issued versions: the decision; the issue date is `done`, the effective date defaults to it. */
  decisionNo?: string;
  effective?: string;
  returns?: ReturnSpec[];
  /** The comment of the last action (a cancellation says why). */
  note?: string;
};

export type LegalStatus = 'in_force' | 'amended' | 'replaced' | 'expired';

export type DocumentPlan = {
  code: string;
  type: DocumentType;
  title: string;
  /** Unit code of the owner unit. */
  owner: string;
  /** Code of the procedure a form belongs to. */
  parent?: string;
  reviewIntervalMonths?: number;
  external?: {
    number: string;
    issuer: string;
    issuedDate: string | null;
    effectiveDate: string | null;
    legalStatus: LegalStatus;
  };
  /** Units it is distributed to on issue: every unit, or unit codes (default: by type). */
  distributeTo?: 'all' | string[];
  versions: VersionPlan[];
};

/** A decision of the minister issuing documents (số quyết định, ngày ký). */
export type Decision = { no: string; date: string };

/** A step: [id, who, what, working days, output], optionally a yes/no branch. */
export function step(
  id: string,
  who: string,
  action: string,
  durationDays: number | null,
  output = '',
  branch?: { condition: string; yes?: string; no?: string },
): StepSpec {
  return {
    id,
    who,
    action,
    durationDays,
    output,
    ...(branch
      ? {
          condition: branch.condition,
          ...(branch.yes ? { yesNext: branch.yes } : {}),
          ...(branch.no ? { noNext: branch.no } : {}),
        }
      : {}),
  };
}

/** What a revision changes, so the data files state only the difference. */
export type ContentPatch = {
  purpose?: string;
  scope?: string;
  body?: string;
  references?: ContentSpec['references'];
  definitions?: ContentSpec['definitions'];
  forms?: ContentSpec['forms'];
  records?: ContentSpec['records'];
  /** Fields of existing steps, by step id. */
  steps?: Record<string, Partial<StepSpec>>;
  /** New steps, each placed after the step with the given id. */
  insert?: { after: string; step: StepSpec }[];
  remove?: string[];
  addReferences?: NonNullable<ContentSpec['references']>;
  addRecords?: NonNullable<ContentSpec['records']>;
  addDefinitions?: NonNullable<ContentSpec['definitions']>;
  addForms?: NonNullable<ContentSpec['forms']>;
};

export function patchContent(content: ContentSpec, patch: ContentPatch): ContentSpec {
  let steps = (content.steps ?? [])
    .filter((s) => !patch.remove?.includes(s.id))
    .map((s) => ({ ...s, ...patch.steps?.[s.id] }));
  for (const { after, step: added } of patch.insert ?? []) {
    const at = steps.findIndex((s) => s.id === after);
    if (at < 0) throw new Error(`demo: no step ${after} to insert after`);
    steps = [...steps.slice(0, at + 1), added, ...steps.slice(at + 1)];
  }
  return {
    ...content,
    ...(patch.purpose !== undefined ? { purpose: patch.purpose } : {}),
    ...(patch.scope !== undefined ? { scope: patch.scope } : {}),
    ...(patch.body !== undefined ? { body: patch.body } : {}),
    references: [...(patch.references ?? content.references ?? []), ...(patch.addReferences ?? [])],
    definitions: [...(patch.definitions ?? content.definitions ?? []), ...(patch.addDefinitions ?? [])],
    forms: [...(patch.forms ?? content.forms ?? []), ...(patch.addForms ?? [])],
    records: [...(patch.records ?? content.records ?? []), ...(patch.addRecords ?? [])],
    steps,
  };
}

/** The content before a return's fix: the patch undone is expressed as the earlier state. */
export const earlier =
  (patch: ContentPatch) =>
  (final: ContentSpec): ContentSpec =>
    patchContent(final, patch);
