import type { Actor } from './actor.ts';

/**
 * Nobody in particular of the agency, with the sight of its agency-wide QMS secretariat: what
 * a module reads when it hands a paper of the whole agency to another module that has already
 * checked who asks (the inspection evidence pack; the objectives' computed measures). Never
 * used to write, and never for a person's own request.
 */
export const agencyReader = (agencyId: string): Actor => ({
  personId: '00000000-0000-0000-0000-000000000000',
  agencyId,
  fullName: 'Thư ký ISO',
  username: 'agency-reader',
  unitId: '00000000-0000-0000-0000-000000000000',
  unitPath: '',
  isOperator: false,
  grants: [{ role: 'secretariat', unitId: null, unitPath: null }],
  via: 'session',
});
