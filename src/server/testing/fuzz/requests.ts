import fc from 'fast-check';
import { multipartFile } from '../xlsx-upload.ts';

/** The part of JSON Schema the OpenAPI description uses for parameters and bodies. */
export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  required?: string[];
};

/** One registered operation, as the OpenAPI description tells how to call it. */
export type Operation = {
  method: string;
  /** The route as Fastify has it: /api/v1/units/:id */
  url: string;
  params: string[];
  query: Record<string, JsonSchema>;
  body?: JsonSchema;
  multipart: boolean;
};

export type FuzzRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
};

type Spec = {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<{ in: string; name: string; schema: JsonSchema }>;
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
};

/** The operations of the routes, read from the app's own OpenAPI description. */
export function operationsOf(spec: Spec, routes: Array<{ method: string; url: string }>): Operation[] {
  return routes.map(({ method, url }) => {
    const path = url.replace(/:([A-Za-z]+)/g, '{$1}');
    const described = spec.paths[path]?.[method.toLowerCase()] ?? {};
    const parameters = described.parameters ?? [];
    const content = described.requestBody?.content ?? {};
    return {
      method,
      url,
      params: [...url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]),
      query: Object.fromEntries(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema])),
      body: content['application/json']?.schema,
      multipart: 'multipart/form-data' in content,
    };
  });
}

/** Strings that have broken servers before: prototype keys, numbers out of range, injections, size. */
const hostile = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  '-',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '9007199254740993',
  '0x10',
  'true',
  '%',
  '\u0000',
  '\uFFFF',
  '\uD800',
  '../../etc/passwd',
  "' or 1=1 --",
  '"); drop table units; --',
  '{{7*7}}',
  '<script>alert(1)</script>',
  'Đ̛̣̃ờn vị',
  '2017-02-30',
  '2017-13-01',
  '0000-00-00',
  '99999-01-01',
  'x'.repeat(300),
  'ả'.repeat(5000),
);

/** Names a plain object already has: a lookup by any of them finds a function, not undefined. */
const propertyNames = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '-__proto__',
  '-constructor',
);

const text = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  { arbitrary: hostile, weight: 3 },
);

const dates = fc.oneof(
  fc.constantFrom('2017-01-01', '2017-06-30', '2018-02-29', '1900-01-01', '2199-12-31'),
  fc
    .date({ min: new Date('1800-01-01'), max: new Date('2300-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

const numbers = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.integer(),
  fc.constantFrom(2 ** 31, 2 ** 53 + 1, 1e300, -0, 0.5),
  fc.double(),
);

/** Values shaped by the schema (often valid, to reach the services), or anything at all. */
function valueFor(schema: JsonSchema, ids: fc.Arbitrary<string>, depth = 0): fc.Arbitrary<unknown> {
  const anything = fc.oneof(fc.jsonValue({ maxDepth: 2 }), text, fc.constant(null));
  const shaped = (): fc.Arbitrary<unknown> => {
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (alternatives) return fc.oneof(...alternatives.map((s) => valueFor(s, ids, depth + 1)));
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    if (type === 'integer' || type === 'number') return numbers;
    if (type === 'boolean') return fc.boolean();
    if (type === 'null') return fc.constant(null);
    if (type === 'array' && depth < 3)
      return fc.array(valueFor(schema.items ?? {}, ids, depth + 1), { maxLength: 4 });
    if (type === 'object' && depth < 3) return objectFor(schema, ids, depth + 1);
    if (schema.format === 'uuid') return ids;
    if (schema.format === 'date') return dates;
    if (schema.format === 'date-time') return dates.map((d) => `${d}T08:00:00Z`);
    return text;
  };
  return fc.oneof(
    { arbitrary: shaped(), weight: 8 },
    { arbitrary: anything, weight: 1 },
    { arbitrary: propertyNames, weight: 1 },
  );
}

/** An object with any of the schema's properties, and now and then keys it does not declare. */
function objectFor(schema: JsonSchema, ids: fc.Arbitrary<string>, depth = 0): fc.Arbitrary<unknown> {
  const model = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([key, s]) => [key, valueFor(s, ids, depth)]),
  );
  const extra = fc.oneof(
    { arbitrary: fc.constant({}), weight: 4 },
    { arbitrary: fc.dictionary(text, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }), weight: 1 },
  );
  // Mostly with every required field, so that requests get past validation to the services.
  const declared = fc.oneof(
    { arbitrary: fc.record(model, { requiredKeys: schema.required ?? [] }), weight: 3 },
    { arbitrary: fc.record(model, { requiredKeys: [] }), weight: 1 },
  );
  return fc.tuple(declared, extra).map(([fields, undeclared]) => ({ ...undeclared, ...fields }));
}

/** Percent-encoded; a lone surrogate (no UTF-8 form) goes as U+FFFD, as a browser would send it. */
const encode = (value: unknown) => {
  const string = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  return encodeURIComponent(Buffer.from(string).toString());
};

function pathParam(name: string, ids: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const own =
    name === 'date'
      ? dates
      : name === 'format'
        ? fc.constantFrom('pdf', 'docx', 'xlsx')
        : name === 'document'
          ? fc.constantFrom('transfer-list', 'minutes', 'list')
          : name === 'type'
            ? fc.constantFrom('business_procedure', 'guideline', 'form')
            : ids;
  return fc.oneof(
    { arbitrary: own.map(encode), weight: 12 },
    { arbitrary: text.map(encode), weight: 2 },
    // Over Fastify's parameter length (414), and broken percent-encoding (400).
    { arbitrary: fc.constantFrom('a'.repeat(150), '%E0%A4%A', '%', '%ZZ', '%00'), weight: 1 },
  );
}

function queryOf(operation: Operation, ids: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const declared = Object.entries(operation.query).map(([name, schema]) =>
    fc.option(
      valueFor(schema, ids).map((v) => `${encode(name)}=${encode(v)}`),
      { nil: undefined, freq: 2 },
    ),
  );
  const undeclared = fc.array(
    fc
      .tuple(fc.oneof(hostile, fc.constantFrom('sort', 'page', 'q', 'a[b]', 'a[__proto__][x]')), text)
      .map(([k, v]) => `${encode(k)}=${encode(v)}`),
    { maxLength: 2 },
  );
  const raw = fc.oneof(
    { arbitrary: fc.constant(''), weight: 12 },
    { arbitrary: fc.constantFrom('&&=&', '%', '=', 'page=1&page=2', 'sort=a&sort=b', 'q'), weight: 1 },
  );
  return fc
    .tuple(fc.tuple(...declared), fc.oneof({ arbitrary: fc.constant([]), weight: 3 }, undeclared), raw)
    .map(([params, extra, tail]) => [...params.filter(Boolean), ...extra, tail].filter(Boolean).join('&'));
}

const json = { 'content-type': 'application/json' };
/** Just over the 2 MB body limit. */
const oversized = JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024 + 10) });

/** Bodies every operation may be sent: broken, mistyped, in the wrong charset, too large. */
const badBodies: fc.Arbitrary<Pick<FuzzRequest, 'headers' | 'payload'>> = fc.oneof(
  fc
    .constantFrom(
      '{',
      '[',
      '"',
      '{"a":}',
      'nul',
      '\u0000',
      '{"__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{}}}',
    )
    .map((payload) => ({ headers: json, payload })),
  fc.constantFrom(
    { headers: { 'content-type': 'text/plain' }, payload: 'xin chào' },
    { headers: { 'content-type': 'application/xml' }, payload: '<a/>' },
    { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1&b=2' },
    { headers: { 'content-type': 'application/json; charset=utf-7' }, payload: '{"code":"+AGQ-"}' },
    { headers: { 'content-type': 'application/json; charset=utf-16' }, payload: '{}' },
    { headers: { 'content-type': 'application/json' }, payload: oversized },
    { headers: {} as Record<string, string>, payload: 'không có kiểu' },
  ),
);

/** Two parts named "file" where an upload takes one. */
function twoFiles(content: Buffer) {
  const part = (name: string) =>
    Buffer.concat([
      Buffer.from(
        `--eisoTestBoundary\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      content,
      Buffer.from('\r\n'),
    ]);
  return Buffer.concat([part('a.pdf'), part('b.pdf'), Buffer.from('--eisoTestBoundary--\r\n')]);
}

/** Multipart bodies: well-formed with any bytes, or broken the ways the outside test found. */
const multipartBodies: fc.Arbitrary<Pick<FuzzRequest, 'headers' | 'payload'>> = fc
  .tuple(
    fc.oneof(
      fc.constant(Buffer.from('%PDF-1.4\n%%EOF\n')),
      fc
        .uint8Array({ maxLength: 200 })
        .map((b) => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from(b)])),
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
    ),
    fc.dictionary(fc.constantFrom('title', 'documentDate', 'pageCount', 'version', 'output'), text, {
      maxKeys: 3,
    }),
    fc.constantFrom('whole', 'other-boundary', 'no-boundary', 'cut', 'two-files'),
  )
  .map(([content, fields, damage]) => {
    const { payload, headers } = multipartFile('tep.pdf', content, fields);
    if (damage === 'other-boundary')
      return { payload, headers: { 'content-type': 'multipart/form-data; boundary=khac' } };
    if (damage === 'no-boundary') return { payload, headers: { 'content-type': 'multipart/form-data' } };
    if (damage === 'cut') return { payload: payload.subarray(0, Math.floor(payload.length / 2)), headers };
    if (damage === 'two-files') return { payload: twoFiles(content), headers };
    return { payload, headers };
  });

/**
 * Bodies for an operation: shaped by its JSON schema when it has one. Multipart goes to
 * every operation now and then, and often to a POST without a JSON body (uploads declare
 * none in the description).
 */
function bodyOf(operation: Operation, ids: fc.Arbitrary<string>) {
  const none = fc.constant({ headers: {}, payload: undefined });
  const maybeUpload = operation.multipart || (operation.method === 'POST' && !operation.body);
  const choices: Array<{
    arbitrary: fc.Arbitrary<Pick<FuzzRequest, 'headers' | 'payload'>>;
    weight: number;
  }> = [
    { arbitrary: none, weight: operation.body ? 1 : 6 },
    { arbitrary: badBodies, weight: 1 },
    { arbitrary: multipartBodies, weight: maybeUpload ? 6 : 1 },
  ];
  if (operation.body) {
    const shaped = objectFor(operation.body, ids).map((v) => ({ headers: json, payload: JSON.stringify(v) }));
    choices.push({ arbitrary: shaped, weight: 8 });
  } else {
    const stray = fc.jsonValue({ maxDepth: 1 }).map((v) => ({ headers: json, payload: JSON.stringify(v) }));
    choices.push({ arbitrary: stray, weight: 1 });
  }
  return fc.oneof(...choices);
}

/** Requests for one operation: its path, query and body filled with good and bad values. */
export function requestsFor(operation: Operation, ids: fc.Arbitrary<string>): fc.Arbitrary<FuzzRequest> {
  const params = fc.tuple(...operation.params.map((name) => pathParam(name, ids)));
  return fc
    .tuple(params, queryOf(operation, ids), bodyOf(operation, ids), fc.constantFrom('vi', 'en'))
    .map(([values, query, body, lang]) => {
      let i = 0;
      const path = operation.url.replace(/:([A-Za-z]+)/g, () => values[i++]);
      return {
        method: operation.method,
        url: query ? `${path}?${query}` : path,
        headers: { 'accept-language': lang, ...body.headers },
        payload: body.payload,
      };
    });
}
