import { z } from 'zod';
import { idParams, page } from '../../../../contract/common.ts';
import {
  periodicReviewBody,
  reviewDueItem,
  reviewIntervalBody,
  reviewsDueQuery,
  reviewView,
} from '../../../../contract/document-reports.ts';
import { documentView } from '../../../../contract/documents.ts';
import type { Db } from '../../../db/connection.ts';
import { actorOf, depsOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { getDocumentView } from '../documents.queries.ts';
import { listReviews, listReviewsDue } from './review.queries.ts';
import { recordPeriodicReview, setReviewInterval } from './review.service.ts';

const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });

export function reviewRoutes(app: Api, { db }: { db: Db }) {
  const tags = ['Tài liệu / Documents'];
  app.get(
    '/api/v1/documents/reviews/due',
    {
      config: signedIn('documents.reviewsDue'),
      schema: {
        tags,
        description: 'Tài liệu đến hạn hoặc quá hạn rà soát định kỳ (trong `within` ngày tới).',
        querystring: reviewsDueQuery,
        response: { 200: page(reviewDueItem) },
      },
    },
    (req) => listReviewsDue(db, actorOf(req), req.query),
  );
  app.get(
    '/api/v1/documents/:id/reviews',
    {
      config: signedIn('documents.readVersion'),
      schema: { tags, params: idParams, response: { 200: z.array(reviewView) } },
    },
    (req) => listReviews(db, actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/documents/:id/reviews',
    {
      config: signedIn('documents.periodicReview'),
      schema: {
        tags,
        description:
          'Ghi kết quả rà soát định kỳ: "không cần thay đổi" (ký, nhập lại mật khẩu) hoặc "đề nghị sửa đổi" (mở đề nghị sửa đổi).',
        params: idParams,
        body: periodicReviewBody,
        response: { 201: reviewView },
      },
    },
    async (req, reply) => {
      const review = await recordPeriodicReview(depsOf(db, req), req.params.id, req.body);
      const log = await listReviews(db, actorOf(req), req.params.id);
      return reply.code(201).send(log.find((r) => r.id === review.id)!);
    },
  );
  app.patch(
    '/api/v1/documents/:id/review-interval',
    {
      config: signedIn('documents.setReviewInterval'),
      schema: { tags, params: idParams, body: reviewIntervalBody, response: { 200: documentView } },
    },
    async (req) => {
      await setReviewInterval(depsOf(db, req), req.params.id, req.body);
      return getDocumentView(db, actorOf(req), req.params.id);
    },
  );
}
