/**
 * Writes the OpenAPI description of the in-process app (built without a database) and,
 * with --types, the TypeScript types a client generates from it (openapi-typescript).
 *   node scripts/openapi.ts [out.json]            (`npm run lint:api` lints it)
 *   node scripts/openapi.ts --types               (`npm run api:types`)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { API_TYPES_FILE, apiTypes } from '../src/server/testing/api-client.ts';
import { openapiDocument } from '../src/server/testing/openapi-app.ts';

const document = await openapiDocument();
if (process.argv.includes('--types')) {
  writeFileSync(API_TYPES_FILE, await apiTypes(document));
  console.log(`Client types written to ${API_TYPES_FILE}`);
} else {
  const out = process.argv[2] ?? 'dist/openapi.json';
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`OpenAPI description written to ${out}`);
}
