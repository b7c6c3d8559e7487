import { type App, buildApp } from '../app.ts';
import type { Database } from '../db/connection.ts';

const none = () => {
  throw new Error('This app was built without a database: it describes the API and serves nothing.');
};

/** The app without a database: registering the routes reads none, so it can describe the API. */
export async function buildAppWithoutDatabase(): Promise<App> {
  const database = {
    kind: 'postgres',
    db: {},
    query: none,
    exec: none,
    withClient: none,
    close: async () => {},
  };
  const app = await buildApp({
    database: database as unknown as Database,
    config: {
      publicUrl: 'http://localhost:3000',
      sessionHours: 8,
      loginAttemptsPerMinute: 20,
      webDir: '/nonexistent',
      mailFrom: 'eiso <no-reply@localhost>',
      smtpUrl: undefined,
      dataDir: '/nonexistent',
    },
  });
  await app.ready();
  return app;
}

/** The OpenAPI description the app serves at /api/v1/openapi.json. */
export async function openapiDocument(): Promise<Record<string, any>> {
  const app = await buildAppWithoutDatabase();
  try {
    return structuredClone(app.swagger()) as Record<string, any>;
  } finally {
    await app.close();
  }
}
