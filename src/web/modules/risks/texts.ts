// Registers this module's Vietnamese texts when its chunk loads (see app/i18n/moduleTexts.ts).
import { addModuleTexts } from '../../app/i18n/moduleTexts.ts';
import { risksVi } from './risks.i18n.ts';

addModuleTexts({ risks: risksVi });
