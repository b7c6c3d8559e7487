import { z } from 'zod';
import { idParams } from '../../../../contract/common.ts';
import {
  dutySettingsView,
  externalDetailsBody,
  putDutySettingsBody,
  putTypeSettingBody,
  typeParams,
  typeSetting,
} from '../../../../contract/document-settings.ts';
import { documentView } from '../../../../contract/documents.ts';
import type { Db } from '../../../db/connection.ts';
import { actorOf, depsOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { getDocumentView } from '../documents.queries.ts';
import {
  getDutySettings,
  listTypeSettings,
  putDutySettings,
  putTypeSetting,
  updateExternalDetails,
} from './settings.service.ts';

export function settingsRoutes(app: Api, { db }: { db: Db }) {
  const tags = ['Tài liệu / Documents'];
  app.get(
    '/api/v1/document-type-settings',
    {
      config: { access: 'signed-in', policy: 'documents.read' },
      schema: { tags, response: { 200: z.array(typeSetting) } },
    },
    (req) => listTypeSettings(db, actorOf(req)),
  );
  app.put(
    '/api/v1/document-type-settings/:type',
    {
      config: { access: 'signed-in', policy: 'documents.configureTypes' },
      schema: { tags, params: typeParams, body: putTypeSettingBody, response: { 200: typeSetting } },
    },
    (req) => putTypeSetting(depsOf(db, req), req.params.type, req.body),
  );
  app.get(
    '/api/v1/document-duty-settings',
    {
      config: { access: 'signed-in', policy: 'documents.read' },
      schema: { tags, response: { 200: dutySettingsView } },
    },
    (req) => getDutySettings(db, actorOf(req)),
  );
  app.put(
    '/api/v1/document-duty-settings',
    {
      config: { access: 'signed-in', policy: 'documents.configureTypes' },
      schema: { tags, body: putDutySettingsBody, response: { 200: dutySettingsView } },
    },
    (req) => putDutySettings(depsOf(db, req), req.body),
  );
  app.patch(
    '/api/v1/documents/:id/external',
    {
      config: { access: 'signed-in', policy: 'documents.editExternal' },
      schema: { tags, params: idParams, body: externalDetailsBody, response: { 200: documentView } },
    },
    async (req) => {
      await updateExternalDetails(depsOf(db, req), req.params.id, req.body);
      return getDocumentView(db, actorOf(req), req.params.id);
    },
  );
}
