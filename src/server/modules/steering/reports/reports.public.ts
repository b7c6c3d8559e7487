import { lazy } from '../../../platform/lazy.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import type { DeclarationProvider } from '../../objectives/index.ts';
import { agencyName } from '../../org/index.ts';
import { declarationPaper } from './reports.paper.ts';
import { currentDeclaration } from './reports.service.ts';

const paperPdf = lazy(() => import('../../../platform/papers/official-paper.ts'), 'paperPdf');

/**
 * The declaration of conformity as the public page shows it (QĐ 19/2014 makes it public):
 * the latest signed one, with its paper as PDF; nothing while none is signed.
 */
export const publicDeclaration: DeclarationProvider = async (db, agencyId) => {
  const { declaration } = await currentDeclaration(db, agencyId);
  if (!declaration) return null;
  return {
    title: 'Công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015',
    issuedOn: declaration.declaredOn,
    pdf: async () => ({
      fileName: 'cong-bo-htqlcl.pdf',
      body: await paperPdf(
        declarationPaper(declaration, {
          agencyName: await agencyName(db, agencyId),
          today: todayInVietnam(),
        }),
      ),
    }),
  };
};
