// Registers this module's Vietnamese texts when its chunk loads (see app/i18n/moduleTexts.ts).
import { addModuleTexts } from '../../app/i18n/moduleTexts.ts';
import { internalAuditsVi } from './internal-audits.i18n.ts';
import { auditWorkVi } from './work/audit-work.i18n.ts';

addModuleTexts({ internalAudits: internalAuditsVi, auditWork: auditWorkVi });
