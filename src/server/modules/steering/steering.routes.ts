import { z } from 'zod';
import { idParams, version } from '../../../contract/common.ts';
import {
  attendanceBody,
  committeeView,
  conclusionItemBody,
  createMeetingBody,
  directiveDoneBody,
  directiveList,
  directiveListQuery,
  directiveView,
  directiveWork,
  endMemberBody,
  inviteBody,
  meetingDetail,
  meetingPack as meetingPackView,
  memberBody,
  minutesBody,
  overdueByUnit,
  signConclusionsBody,
  steeringSettingsBody,
  steeringSettingsView,
  updateMeetingBody,
} from '../../../contract/steering.ts';
import type { Db } from '../../db/connection.ts';
import { type FileStore, UPLOAD_LIMIT_TEXT } from '../../platform/files/files.ts';
import { contentDisposition, sendStoredFile } from '../../platform/http/content-disposition.ts';
import { DOCX } from '../../platform/http/media-types.ts';
import { readUpload } from '../../platform/http/multipart.ts';
import { actorOf, depsOf } from '../../platform/http/request-context.ts';
import type { Api } from '../../platform/http/typed.ts';
import { lazy } from '../../platform/lazy.ts';
import { agencyName } from '../org/index.ts';
import {
  addDirectiveEvidence,
  completeDirective,
  directiveWorkOf,
  downloadDirectiveEvidence,
  listDirectives,
  overdueDirectivesByUnit,
} from './steering.directives.ts';
import { noticePaper } from './steering.paper.ts';
import { committeeOf, meetingDetailOf } from './steering.queries.ts';
import {
  addConclusion,
  addMember,
  createMeeting,
  endMember,
  inviteToMeeting,
  meetingPack,
  recordAttendance,
  recordMinutes,
  removeConclusion,
  signConclusions,
  updateMeeting,
  wrongState,
} from './steering.service.ts';
import { getSteeringSettings, putSteeringSettings } from './steering.settings.ts';

const paperDocx = lazy(() => import('../../platform/papers/official-paper.ts'), 'paperDocx');
const paperPdf = lazy(() => import('../../platform/papers/official-paper.ts'), 'paperPdf');
const PDF = 'application/pdf';
const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });
const conclusionParams = z.object({ id: z.uuid(), conclusionId: z.uuid() });
const evidenceParams = z.object({ id: z.uuid(), hash: z.string().regex(/^[0-9a-f]{64}$/) });

export function steeringRoutes(app: Api, { db, files }: { db: Db; files: FileStore }) {
  const tags = ['Ban chỉ đạo ISO / Steering committee'];
  const base = '/api/v1/steering';
  const detail = (req: Parameters<typeof actorOf>[0], id: string) => meetingDetailOf(db, actorOf(req), id);

  app.get(
    base,
    { config: signedIn('steering.read'), schema: { tags, response: { 200: committeeView } } },
    (req) => committeeOf(db, actorOf(req)),
  );
  app.post(
    `${base}/members`,
    {
      config: signedIn('steering.prepare'),
      schema: { tags, body: memberBody, response: { 201: committeeView } },
    },
    async (req, reply) => {
      await addMember(depsOf(db, req), req.body);
      return reply.code(201).send(await committeeOf(db, actorOf(req)));
    },
  );
  app.post(
    `${base}/members/:id/end`,
    {
      config: signedIn('steering.prepare'),
      schema: { tags, params: idParams, body: endMemberBody, response: { 200: committeeView } },
    },
    async (req) => {
      await endMember(depsOf(db, req), req.params.id, req.body);
      return committeeOf(db, actorOf(req));
    },
  );
  app.post(
    `${base}/meetings`,
    {
      config: signedIn('steering.prepare'),
      schema: { tags, body: createMeetingBody, response: { 201: meetingDetail } },
    },
    async (req, reply) => {
      const row = await createMeeting(depsOf(db, req), req.body);
      return reply.code(201).send(await detail(req, row.id));
    },
  );
  app.get(
    `${base}/meetings/:id`,
    {
      config: signedIn('steering.read'),
      schema: { tags, params: idParams, response: { 200: meetingDetail } },
    },
    (req) => detail(req, req.params.id),
  );
  app.patch(
    `${base}/meetings/:id`,
    {
      config: signedIn('steering.prepare'),
      schema: { tags, params: idParams, body: updateMeetingBody, response: { 200: meetingDetail } },
    },
    async (req) => {
      await updateMeeting(depsOf(db, req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/meetings/:id/invitations`,
    {
      config: signedIn('steering.prepare'),
      schema: { tags, params: idParams, body: inviteBody, response: { 200: meetingDetail } },
    },
    async (req) => {
      await inviteToMeeting(depsOf(db, req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/meetings/:id/attendance`,
    {
      config: signedIn('steering.prepare'),
      schema: { tags, params: idParams, body: attendanceBody, response: { 200: meetingDetail } },
    },
    async (req) => {
      await recordAttendance(depsOf(db, req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/meetings/:id/minutes`,
    {
      config: signedIn('steering.prepare'),
      schema: { tags, params: idParams, body: minutesBody, response: { 200: meetingDetail } },
    },
    async (req) => {
      await recordMinutes(depsOf(db, req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/meetings/:id/conclusions`,
    {
      config: signedIn('steering.prepare'),
      schema: { tags, params: idParams, body: conclusionItemBody, response: { 201: meetingDetail } },
    },
    async (req, reply) => {
      await addConclusion(depsOf(db, req), req.params.id, req.body);
      return reply.code(201).send(await detail(req, req.params.id));
    },
  );
  app.post(
    `${base}/meetings/:id/conclusions/:conclusionId/remove`,
    {
      config: signedIn('steering.prepare'),
      schema: {
        tags,
        params: conclusionParams,
        body: z.strictObject({ version }),
        response: { 200: meetingDetail },
      },
    },
    async (req) => {
      await removeConclusion(depsOf(db, req), req.params.id, req.params.conclusionId, req.body.version);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/meetings/:id/sign`,
    {
      config: signedIn('steering.sign'),
      schema: { tags, params: idParams, body: signConclusionsBody, response: { 200: meetingDetail } },
    },
    async (req) => {
      await signConclusions(depsOf(db, req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/meetings/:id/pack`,
    {
      config: signedIn('steering.prepare'),
      schema: {
        tags,
        description:
          'Mở báo cáo đầu vào của kỳ xem xét của cuộc họp; lập báo cáo khi kỳ này chưa có (mỗi cơ quan một báo cáo cho một kỳ).',
        params: idParams,
        response: { 200: meetingPackView },
      },
    },
    async (req) => {
      return { packId: await meetingPack(depsOf(db, req), req.params.id) };
    },
  );
  for (const [extension, type] of [
    ['docx', DOCX],
    ['pdf', PDF],
  ] as const) {
    app.get(
      `${base}/meetings/:id/notice.${extension}`,
      {
        config: signedIn('steering.read'),
        schema: {
          tags,
          description: `Thông báo kết luận của cuộc họp đã được Trưởng ban xác nhận (${extension.toUpperCase()}), theo thể thức Nghị định 30/2020.`,
          params: idParams,
          produces: [type],
          response: {
            200: z.unknown().meta({ type: 'string', format: 'binary', description: extension.toUpperCase() }),
          },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const meeting = await detail(req, req.params.id);
        // Before the chair confirms, there is no notice to issue.
        if (meeting.state !== 'concluded') throw wrongState(meeting.state);
        const paper = noticePaper(meeting, { agencyName: await agencyName(db, actor.agencyId) });
        const body = await (extension === 'docx' ? paperDocx(paper) : paperPdf(paper));
        return reply
          .type(type)
          .header(
            'content-disposition',
            contentDisposition(`thong-bao-ket-luan-${meeting.meetingDate}.${extension}`),
          )
          .header('cache-control', 'private, no-store')
          .send(body);
      },
    );
  }
  app.get(
    `${base}/settings`,
    { config: signedIn('steering.read'), schema: { tags, response: { 200: steeringSettingsView } } },
    (req) => getSteeringSettings(db, actorOf(req)),
  );
  app.put(
    `${base}/settings`,
    {
      config: signedIn('steering.prepare'),
      schema: { tags, body: steeringSettingsBody, response: { 200: steeringSettingsView } },
    },
    (req) => putSteeringSettings(depsOf(db, req), req.body),
  );
  app.get(
    `${base}/directives`,
    {
      config: signedIn('steering.directives.read'),
      schema: { tags, querystring: directiveListQuery, response: { 200: directiveList } },
    },
    (req) => listDirectives(db, actorOf(req), req.query),
  );
  app.post(
    `${base}/directives/:id/complete`,
    {
      config: signedIn('steering.directives.complete'),
      schema: { tags, params: idParams, body: directiveDoneBody, response: { 200: directiveView } },
    },
    async (req) => {
      await completeDirective(depsOf(db, req), req.params.id, req.body);
      const { items } = await listDirectives(db, actorOf(req), {});
      // The unit's keeper read it a moment ago; it is in their list.
      return items.find((d) => d.id === req.params.id) as z.infer<typeof directiveView>;
    },
  );
  app.post(
    `${base}/directives/:id/evidence`,
    {
      config: signedIn('steering.directives.complete'),
      schema: {
        tags,
        description: `Gửi tệp bằng chứng thực hiện chỉ đạo (multipart, trường "file": PDF, DOCX, XLSX, JPEG hoặc PNG, tối đa ${UPLOAD_LIMIT_TEXT}). Tệp được lưu vào hồ sơ của đơn vị (theo Danh mục hồ sơ của năm; nếu danh mục chưa có, vào một hồ sơ mở ngoài danh mục).`,
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: directiveView },
      },
    },
    async (req, reply) => {
      await addDirectiveEvidence(depsOf(db, req), files, req.params.id, await readUpload(req));
      const { items } = await listDirectives(db, actorOf(req), {});
      return reply.code(201).send(items.find((d) => d.id === req.params.id) as z.infer<typeof directiveView>);
    },
  );
  app.get(
    `${base}/directives/:id/evidence/:hash`,
    {
      config: signedIn('steering.directives.read'),
      schema: {
        tags,
        description: 'Tải tệp bằng chứng thực hiện chỉ đạo.',
        params: evidenceParams,
        response: { 200: z.unknown().meta({ type: 'string', format: 'binary' }) },
      },
    },
    async (req, reply) => {
      const file = await downloadDirectiveEvidence(db, files, actorOf(req), req.params.id, req.params.hash);
      return sendStoredFile(reply, { ...file, fileName: file.name });
    },
  );
  app.get(
    '/api/v1/my-work/steering',
    { config: signedIn('steering.myWork'), schema: { tags, response: { 200: directiveWork } } },
    (req) => directiveWorkOf(db, actorOf(req)),
  );
  app.get(
    '/api/v1/home/steering-directives',
    { config: signedIn('steering.overdueByUnit'), schema: { tags, response: { 200: overdueByUnit } } },
    (req) => overdueDirectivesByUnit(db, actorOf(req)),
  );
}
