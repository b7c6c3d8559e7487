// Biểu mẫu: each form of a procedure is its own controlled document (type 'form').
import { daysBefore } from './days.ts';
import type { ContentSpec, Decision, DocumentPlan, VersionPlan } from './plan.ts';

export type FormSpec = {
  code: string;
  title: string;
  /** The blank form as text: its heading and the fields to fill in. */
  body: string;
  /** Revised together with its procedure. */
  revised?: { decision: Decision; reason: string; summary: string; body: string };
};

/** The form documents of a procedure, issued with it. */
export function formDocuments(
  parent: string,
  owner: string,
  issued: Decision,
  forms: FormSpec[],
): DocumentPlan[] {
  return forms.map((form) => {
    const versions: VersionPlan[] = [
      {
        kind: 'new',
        reason: `Ban hành kèm theo quy trình ${parent}.`,
        content: { body: form.body },
        requested: daysBefore(issued.date, 40),
        done: issued.date,
        reaches: 'issued',
        decisionNo: issued.no,
      },
    ];
    if (form.revised) {
      versions.push({
        kind: 'revise',
        reason: form.revised.reason,
        changeSummary: form.revised.summary,
        content: { body: form.revised.body },
        requested: daysBefore(form.revised.decision.date, 40),
        done: form.revised.decision.date,
        reaches: 'issued',
        decisionNo: form.revised.decision.no,
      });
    }
    return { code: form.code, type: 'form', title: form.title, owner, parent, versions };
  });
}

/** The forms section of a procedure, from its form specs. */
export const formsSection = (forms: FormSpec[]): ContentSpec['forms'] =>
  forms.map((f) => ({ code: f.code, title: f.title }));
