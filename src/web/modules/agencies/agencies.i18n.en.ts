import type { agenciesVi } from './agencies.i18n.ts';

export const agenciesEn: typeof agenciesVi = {
  title: 'Agencies',
  subtitle: 'The agencies sharing this installation; each has its own data and people.',
  code: 'Agency code',
  name: 'Agency name',
  shortName: 'Short name',
  status: 'Status',
  add: 'Add agency',
  createTitle: 'Add agency',
  editTitle: 'Edit agency {{name}}',
  admin: 'The agency’s first administrator',
  adminFullName: 'Administrator’s full name',
  adminUsername: 'Administrator’s username',
  adminEmail: 'Administrator’s e-mail',
  createdTitle: 'Agency {{name}} created',
  createdText:
    'The one-time password of the administrator account {{username}} is shown only now. Pass it on; it must be changed at the first sign-in.',
  adminPassword: 'One-time password',
  saved: 'Agency {{name}} saved.',
  current: 'Your agency',
  empty: 'No agencies yet.',
};
