import { homeSummary as homeSummaryBody } from '../../../contract/home.ts';
import type { Db } from '../../db/connection.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import type { Api } from '../../platform/http/typed.ts';
import { homeSummary } from './home.service.ts';

export function homeRoutes(app: Api, { db }: { db: Db }) {
  app.get(
    '/api/v1/home',
    {
      config: { access: 'signed-in', policy: 'home.read' },
      schema: { tags: ['Trang chủ / Home'], response: { 200: homeSummaryBody } },
    },
    (req) => homeSummary(db, actorOf(req)),
  );
}
