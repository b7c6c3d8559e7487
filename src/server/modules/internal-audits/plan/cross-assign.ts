/*
 * Đánh giá chéo: a proposal of who audits which unit, made without the database so it can
 * be tested on its own. The secretariat edits the result like any schedule.
 */

export type Proposal = {
  assignments: Map<string, string[]>;
  uncovered: string[];
};

/**
 * Assigns each audit (one audited unit) auditors from the team for whom `allowed(auditor,
 * audit)` holds (independence), the most constrained audits first and each time the
 * least-loaded eligible auditors (ties: the one fewer of the remaining audits could use, then
 * team order), `perAudit` of them where the team allows
 * — two when the team has at least twice as many people as there are units, else one. An
 * audit no team member may take is listed as uncovered.
 */
export function proposeCrossAssignment(
  audits: string[],
  auditors: string[],
  allowed: (auditorId: string, auditId: string) => boolean,
  perAudit = auditors.length >= 2 * audits.length ? 2 : 1,
): Proposal {
  const load = new Map(auditors.map((a) => [a, 0]));
  const eligible = new Map(audits.map((id) => [id, auditors.filter((a) => allowed(a, id))]));
  const order = [...audits].sort(
    (a, b) =>
      (eligible.get(a)?.length ?? 0) - (eligible.get(b)?.length ?? 0) ||
      audits.indexOf(a) - audits.indexOf(b),
  );
  const assignments = new Map<string, string[]>();
  const uncovered: string[] = [];
  const remaining = new Set(audits);
  /** How many audits still to assign this auditor could take: the less, the sooner they are used. */
  const options = (auditor: string) =>
    [...remaining].filter((id) => eligible.get(id)?.includes(auditor)).length;
  for (const audit of order) {
    remaining.delete(audit);
    const candidates = [...(eligible.get(audit) ?? [])].sort(
      (a, b) =>
        (load.get(a) ?? 0) - (load.get(b) ?? 0) ||
        options(a) - options(b) ||
        auditors.indexOf(a) - auditors.indexOf(b),
    );
    const chosen = candidates.slice(0, perAudit);
    if (!chosen.length) uncovered.push(audit);
    for (const a of chosen) load.set(a, (load.get(a) ?? 0) + 1);
    assignments.set(audit, chosen);
  }
  return { assignments, uncovered };
}
