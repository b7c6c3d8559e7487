import type { Db } from '../../../db/connection.ts';
import type { Api } from '../../../platform/http/typed.ts';
import type { Mailer } from '../../../platform/mail.ts';

export function caseMeasuresRoutes(_app: Api, _deps: { db: Db; dataDir: string; mailer: Mailer }) {}
