import { z } from 'zod';
import { idParams, page } from '../../../contract/common.ts';
import {
  agencyView,
  createAgencyBody,
  createdPerson,
  createGrantBody,
  createPersonBody,
  createPositionBody,
  createUnitBody,
  peopleQuery,
  personView,
  positionView,
  resetPasswordBody,
  resetPasswordResult,
  restructureBody,
  unitEventView,
  unitsQuery,
  unitView,
  updateAgencyBody,
  updatePersonBody,
  updatePositionBody,
  updateUnitBody,
} from '../../../contract/org.ts';
import type { Db } from '../../db/connection.ts';
import { readUpload } from '../../platform/http/multipart.ts';
import { depsOf } from '../../platform/http/request-context.ts';
import type { Api } from '../../platform/http/typed.ts';
import { lazy } from '../../platform/lazy.ts';
import type { Mailer } from '../../platform/mail/mail.ts';
import { createAgency, listAgencies, updateAgency } from './agencies.service.ts';
import { findPeople } from './people.repository.ts';
import {
  addGrant,
  createPerson,
  getPerson,
  removeGrant,
  resetPassword,
  updatePerson,
} from './people.service.ts';
import { createPosition, listPositions, updatePosition } from './positions.service.ts';
import { restructure } from './units.restructure.ts';
import { createUnit, getUnit, listUnitEvents, listUnits, updateUnit } from './units.service.ts';

const importPeople = lazy(() => import('./people.import.ts'), 'importPeople');

const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });

export function orgRoutes(app: Api, { db, mailer }: { db: Db; mailer: Mailer }) {
  const tags = ['Tổ chức / Organisation'];

  app.get(
    '/api/v1/agencies',
    { config: signedIn('org.read'), schema: { tags, response: { 200: z.array(agencyView) } } },
    (req) => listAgencies(depsOf(db, req)),
  );
  app.post(
    '/api/v1/agencies',
    {
      config: signedIn('org.manageAgencies'),
      schema: {
        tags,
        body: createAgencyBody,
        response: { 201: z.object({ agency: agencyView, adminPassword: z.string().nullable() }) },
      },
    },
    async (req, reply) => {
      const created = await createAgency(depsOf(db, req), req.body);
      return reply.code(201).send({ agency: created.agency, adminPassword: created.password });
    },
  );
  app.patch(
    '/api/v1/agencies/:id',
    {
      config: signedIn('org.manageAgencies'),
      schema: { tags, params: idParams, body: updateAgencyBody, response: { 200: agencyView } },
    },
    (req) => updateAgency(depsOf(db, req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/units',
    {
      config: signedIn('org.read'),
      schema: { tags, querystring: unitsQuery, response: { 200: z.array(unitView) } },
    },
    (req) => listUnits(depsOf(db, req), req.query),
  );
  app.get(
    '/api/v1/units/:id',
    { config: signedIn('org.read'), schema: { tags, params: idParams, response: { 200: unitView } } },
    (req) => getUnit(depsOf(db, req), req.params.id),
  );
  app.post(
    '/api/v1/units',
    {
      config: signedIn('org.createUnit'),
      schema: { tags, body: createUnitBody, response: { 201: unitView } },
    },
    async (req, reply) => reply.code(201).send(await createUnit(depsOf(db, req), req.body)),
  );
  app.patch(
    '/api/v1/units/:id',
    {
      config: signedIn('org.updateUnit'),
      schema: { tags, params: idParams, body: updateUnitBody, response: { 200: unitView } },
    },
    (req) => updateUnit(depsOf(db, req), req.params.id, req.body),
  );
  app.get(
    '/api/v1/unit-events',
    {
      config: signedIn('org.read'),
      schema: {
        tags,
        querystring: z.object({ unitId: z.uuid().optional() }),
        response: { 200: z.array(unitEventView) },
      },
    },
    (req) => listUnitEvents(depsOf(db, req), req.query.unitId),
  );
  app.post(
    '/api/v1/unit-events',
    {
      config: signedIn('org.restructure'),
      schema: {
        tags,
        body: restructureBody,
        response: {
          201: z.object({ eventId: z.uuid(), fromUnitIds: z.array(z.uuid()), toUnitIds: z.array(z.uuid()) }),
        },
      },
    },
    async (req, reply) => reply.code(201).send(await restructure(depsOf(db, req), req.body)),
  );

  app.get(
    '/api/v1/positions',
    { config: signedIn('org.read'), schema: { tags, response: { 200: z.array(positionView) } } },
    (req) => listPositions(depsOf(db, req)),
  );
  app.post(
    '/api/v1/positions',
    {
      config: signedIn('org.managePositions'),
      schema: { tags, body: createPositionBody, response: { 201: positionView } },
    },
    async (req, reply) => reply.code(201).send(await createPosition(depsOf(db, req), req.body)),
  );
  app.patch(
    '/api/v1/positions/:id',
    {
      config: signedIn('org.managePositions'),
      schema: { tags, params: idParams, body: updatePositionBody, response: { 200: positionView } },
    },
    (req) => updatePosition(depsOf(db, req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/people',
    {
      config: signedIn('org.read'),
      schema: { tags, querystring: peopleQuery, response: { 200: page(personView) } },
    },
    (req) => {
      const { page: pageNo, pageSize, sort, ...filter } = req.query;
      const deps = depsOf(db, req);
      return findPeople(
        db,
        deps.actor,
        { ...filter, agencyId: deps.actor.agencyId },
        { page: pageNo, pageSize, sort },
      );
    },
  );
  app.get(
    '/api/v1/people/:id',
    { config: signedIn('org.read'), schema: { tags, params: idParams, response: { 200: personView } } },
    (req) => getPerson(depsOf(db, req), req.params.id),
  );
  app.post(
    '/api/v1/people',
    {
      config: signedIn('org.managePerson'),
      schema: { tags, body: createPersonBody, response: { 201: createdPerson } },
    },
    async (req, reply) => reply.code(201).send(await createPerson(depsOf(db, req), req.body)),
  );
  app.patch(
    '/api/v1/people/:id',
    {
      config: signedIn('org.managePerson'),
      schema: { tags, params: idParams, body: updatePersonBody, response: { 200: personView } },
    },
    (req) => updatePerson(depsOf(db, req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/people/:id/reset-password',
    {
      config: signedIn('org.managePerson'),
      schema: { tags, params: idParams, body: resetPasswordBody, response: { 200: resetPasswordResult } },
    },
    async (req) => {
      const result = await resetPassword(depsOf(db, req), req.params.id, req.body.version);
      const emailed = result.email
        ? await mailer.send({
            to: result.email,
            subject: 'eiso: mật khẩu mới / new password',
            text: `Kính gửi ${result.fullName},\n\nQuản trị hệ thống đã đặt lại mật khẩu của bạn. Mật khẩu dùng một lần: ${result.oneTimePassword}\nBạn sẽ được yêu cầu đổi mật khẩu khi đăng nhập.\n`,
          })
        : false;
      return { oneTimePassword: result.oneTimePassword, emailed };
    },
  );
  app.post(
    '/api/v1/people/:id/grants',
    {
      config: signedIn('org.grant'),
      schema: { tags, params: idParams, body: createGrantBody, response: { 201: personView } },
    },
    async (req, reply) => reply.code(201).send(await addGrant(depsOf(db, req), req.params.id, req.body)),
  );
  app.delete(
    '/api/v1/people/:id/grants/:grantId',
    {
      config: signedIn('org.grant'),
      schema: { tags, params: z.object({ id: z.uuid(), grantId: z.uuid() }), response: { 200: personView } },
    },
    (req) => removeGrant(depsOf(db, req), req.params.id, req.params.grantId),
  );
  app.post(
    '/api/v1/people/import',
    {
      config: signedIn('org.managePerson'),
      schema: {
        tags,
        description: 'Nhập danh sách người dùng từ tệp XLSX (multipart, trường "file"). Cột: xem README.',
        consumes: ['multipart/form-data'],
        response: {
          201: z.object({
            created: z.number().int(),
            people: z.array(z.object({ username: z.string(), oneTimePassword: z.string() })),
          }),
        },
      },
    },
    async (req, reply) => {
      const upload = await readUpload(req);
      return reply.code(201).send(await importPeople(depsOf(db, req), upload?.content ?? null));
    },
  );
}
