import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { publicPageSettingsView, putPublicPageSettingsBody } from '../../../../contract/objectives.ts';
import type { Db } from '../../../db/connection.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { actorOf, depsOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { publicDocumentPdf } from '../../documents/index.ts';
import { NOT_FOUND_HTML, publicPageHtml } from './public.html.ts';
import { type DeclarationProvider, publicPageModel, publishingAgency } from './public.page.ts';
import { getPublicPageSettings, putPublicPageSettings } from './public.settings.ts';

const open = { access: 'public' as const, policy: 'public' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Short: a change published in eiso shows within minutes, and a page off is off soon. */
const PUBLIC_CACHE = 'public, max-age=300';
const RENDER_EVERY_MS = 60_000;

const notFoundPage = (reply: FastifyReply) =>
  reply.code(404).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_FOUND_HTML);

/**
 * The agency's public page at /public/<agency code> (no sign-in) and what it links to: the
 * PDF of each document it lists and the declaration of conformity. Anything else under
 * /public, of any agency, and everything of an agency that turned its page off, is 404.
 *
 * `declaration`: the declaration of conformity in force, when the module that keeps it
 * (steering) provides one — wired in app.ts.
 */
export function publicPageRoutes(
  app: Api,
  { db, declaration }: { db: Db; declaration?: DeclarationProvider },
) {
  const tags = ['Trang công khai / Public page'];
  const params = z.object({ code: z.string().max(100) });
  /**
   * The page computes every indicator of the year (a second or two for a ministry): it is
   * rendered at most once a minute per agency. Whether it is published is asked every time.
   */
  const pages = new Map<string, { at: number; html: Promise<string> }>();
  const rendered = (agency: { id: string; code: string; name: string }) => {
    const kept = pages.get(agency.id);
    if (kept && Date.now() - kept.at < RENDER_EVERY_MS) return kept.html;
    const html = publicPageModel(db, agency, declaration).then(publicPageHtml);
    html.catch(() => pages.delete(agency.id));
    pages.set(agency.id, { at: Date.now(), html });
    return html;
  };
  app.get('/public/:code', { config: open, schema: { hide: true, params } }, async (req, reply) => {
    const agency = await publishingAgency(db, req.params.code);
    if (!agency) return notFoundPage(reply);
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', PUBLIC_CACHE)
      .send(await rendered(agency));
  });
  app.get(
    '/public/:code/documents/:documentId',
    { config: open, schema: { hide: true, params: params.extend({ documentId: z.string().max(100) }) } },
    async (req, reply) => {
      const agency = await publishingAgency(db, req.params.code);
      if (!agency || !UUID.test(req.params.documentId)) return notFoundPage(reply);
      const pdf = await publicDocumentPdf(db, agency.id, req.params.documentId);
      if (!pdf) return notFoundPage(reply);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(pdf.fileName))
        .header('cache-control', PUBLIC_CACHE)
        .send(pdf.body);
    },
  );
  app.get(
    '/public/:code/declaration',
    { config: open, schema: { hide: true, params } },
    async (req, reply) => {
      const agency = await publishingAgency(db, req.params.code);
      const found = agency && declaration ? await declaration(db, agency.id) : null;
      if (!found?.pdf) return notFoundPage(reply);
      const pdf = await found.pdf();
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(pdf.fileName))
        .header('cache-control', PUBLIC_CACHE)
        .send(pdf.body);
    },
  );
  // Any other address under /public is nothing (not the web app's index.html).
  app.get('/public', { config: open, schema: { hide: true } }, (_req, reply) => notFoundPage(reply));
  app.get('/public/*', { config: open, schema: { hide: true } }, (_req, reply) => notFoundPage(reply));

  app.get(
    '/api/v1/public-page-settings',
    {
      config: { access: 'signed-in', policy: 'objectives.read' },
      schema: { tags, response: { 200: publicPageSettingsView } },
    },
    (req) => getPublicPageSettings(db, actorOf(req)),
  );
  app.put(
    '/api/v1/public-page-settings',
    {
      config: { access: 'signed-in', policy: 'objectives.publish' },
      schema: { tags, body: putPublicPageSettingsBody, response: { 200: publicPageSettingsView } },
    },
    (req) => putPublicPageSettings(depsOf(db, req), req.body),
  );
}
