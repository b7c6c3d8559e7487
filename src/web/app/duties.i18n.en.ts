import type { dutiesVi } from './duties.i18n.ts';

export const dutiesEn: typeof dutiesVi = {
  self_approval:
    'You drafted (prepared) this, so you may not review, check or approve it yourself; someone else must.',
  same_signer:
    'You already confirmed another step of this; each person confirms one step, so someone else must do this one.',
  title: 'Segregation of duties',
};
