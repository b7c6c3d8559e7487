import { type DocumentContent, documentContent } from '../../../../contract/documents.ts';
import { formatNumber } from '../../../platform/format.ts';

export type GeneratedItem = {
  procedureDocumentId: string | null;
  source: 'step' | 'record' | 'clause' | 'question';
  sourceRef: string | null;
  clause: string | null;
  question: string;
};

/** Words from the procedure, without the full stop the sentence around them adds. */
const bare = (text: string) => text.trim().replace(/[.;:,\s]+$/u, '');

const timeLimit = (days: number | null) =>
  days == null ? 'không quy định' : days === 0 ? 'trong ngày' : `${formatNumber(days)} ngày làm việc`;

/**
 * One item per step of the procedure's version in force (who performs it, its time limit,
 * its output: what the auditor checks against the cases), one per record to keep (who
 * keeps it, where, how long).
 */
export function itemsFromProcedure(
  procedure: { id: string; code: string },
  rawContent: unknown,
  unitName: (id: string) => string,
): GeneratedItem[] {
  const parsed = documentContent.safeParse(rawContent);
  const content: DocumentContent = parsed.success ? parsed.data : documentContent.parse({});
  const steps = content.steps.map((s) => {
    const who =
      s.who || (s.performer?.unitId ? unitName(s.performer.unitId) : '') || 'Đơn vị giải quyết công việc';
    const output = bare(s.output) || 'không quy định';
    return {
      procedureDocumentId: procedure.id,
      source: 'step' as const,
      sourceRef: s.id,
      clause: '8.5.1',
      question: `${procedure.code}, bước ${s.id} — ${bare(s.action)}. Người thực hiện: ${bare(who)}; thời hạn: ${timeLimit(s.durationDays)}; kết quả đầu ra: ${output}. Bước này có được thực hiện đúng như quy trình không?`,
    };
  });
  const records = content.records.map((r) => ({
    procedureDocumentId: procedure.id,
    source: 'record' as const,
    sourceRef: r.name,
    clause: '7.5.3',
    question: `${procedure.code}, hồ sơ "${r.name}": có được lập và lưu giữ đúng quy định không (người lưu: ${r.keeper}${r.location ? `; nơi lưu: ${r.location}` : ''}; thời gian lưu: ${r.retention})?`,
  }));
  return [...steps, ...records];
}

/** Does a bank question on `questionClause` fall in the scope (a clause or one above or below it)? */
export const inScope = (questionClause: string, scope: string[]) =>
  scope.length === 0 ||
  scope.some(
    (c) => questionClause === c || questionClause.startsWith(`${c}.`) || c.startsWith(`${questionClause}.`),
  );

/**
 * The clauses in scope: the bank's questions on them; a clause the bank has no question for
 * gets one general item so that nothing in scope is left unasked.
 */
export function itemsFromClauses(
  scope: string[],
  questions: Array<{ id: string; clause: string; question: string }>,
): GeneratedItem[] {
  const asked = questions.filter((q) => inScope(q.clause, scope));
  const uncovered = scope.filter((c) => !asked.some((q) => inScope(q.clause, [c])));
  return [
    ...uncovered.map((c) => ({
      procedureDocumentId: null,
      source: 'clause' as const,
      sourceRef: c,
      clause: c,
      question: `Đơn vị đáp ứng yêu cầu của điều ${c} TCVN ISO 9001:2015 như thế nào? Có bằng chứng nào?`,
    })),
    ...asked.map((q) => ({
      procedureDocumentId: null,
      source: 'question' as const,
      sourceRef: q.id,
      clause: q.clause,
      question: q.question,
    })),
  ];
}
