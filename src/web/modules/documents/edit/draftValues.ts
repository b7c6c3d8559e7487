import type { DocumentContent, StepPerformer, VersionView } from '../../../../contract/documents.ts';

/** The form's shape: the content as typed (empty optional fields as '' or undefined). */
export type StepValues = {
  id: string;
  action: string;
  who: string;
  /** Always saved structured: an empty unit is the case's own unit. */
  performer?: { unitId?: string | null; role?: StepPerformer['role'] | null; positionId?: string | null };
  durationDays?: number | null;
  output?: string;
  condition?: string;
  yesNext?: string;
  noNext?: string;
};
export type DraftValues = {
  title: string;
  changeSummary?: string;
  content: Omit<DocumentContent, 'steps'> & { steps: StepValues[] };
};

export const valuesOf = (v: VersionView): DraftValues => ({
  title: v.title,
  changeSummary: v.changeSummary ?? '',
  content: v.content,
});

const trimmed = (s: string | undefined) => s?.trim() || undefined;

/** What PATCH takes: blanks become "not given", a branch needs its question. */
export function draftBody(values: DraftValues, withContent: boolean) {
  const c = values.content;
  return {
    title: values.title.trim(),
    changeSummary: values.changeSummary?.trim() ?? '',
    content: withContent
      ? {
          purpose: c.purpose ?? '',
          scope: c.scope ?? '',
          body: c.body ?? '',
          references: (c.references ?? []).map((r) => ({
            text: r.text,
            documentId: r.documentId || undefined,
          })),
          definitions: c.definitions ?? [],
          forms: (c.forms ?? []).map((f) => ({
            code: f.code,
            title: f.title,
            documentId: f.documentId || undefined,
          })),
          records: (c.records ?? []).map((r) => ({ ...r, location: r.location ?? '' })),
          steps: (c.steps ?? []).map((s) => {
            const condition = trimmed(s.condition);
            return {
              id: s.id.trim(),
              action: s.action,
              who: s.who ?? '',
              performer: {
                unitId: s.performer?.unitId || undefined,
                role: s.performer?.role || undefined,
                positionId: s.performer?.positionId || undefined,
              },
              durationDays: s.durationDays ?? null,
              output: s.output ?? '',
              condition,
              yesNext: condition ? s.yesNext || undefined : undefined,
              noNext: condition ? s.noNext || undefined : undefined,
            };
          }),
        }
      : undefined,
  };
}

/** The next free step id: B1, B2… after the highest one used. */
export function nextStepId(steps: Pick<StepValues, 'id'>[]): string {
  const used = steps.map((s) => Number(/^B(\d+)$/i.exec(s?.id ?? '')?.[1] ?? 0));
  return `B${Math.max(0, ...used) + 1}`;
}
