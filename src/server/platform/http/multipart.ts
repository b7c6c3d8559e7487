import type { FastifyError, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { describeIssue } from '../../../contract/messages.ts';
import { checkZipLimits } from '../zip-limits.ts';
import { AppError } from './errors.ts';
import { malformedUpload } from './fastify-errors.ts';

export type UploadedFile = { fileName: string; content: Buffer };
/** An upload request: its text fields and its one file (null when none was sent). */
export type UploadForm = { fields: Record<string, string>; file: UploadedFile | null };

/**
 * Reads a multipart body. The parser's own failures on the client's bytes (a boundary
 * that does not match the header, a body cut short) carry no status: they are a 400,
 * not a server fault. Limits the plugin enforces (413) keep their own answer.
 */
async function reading<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError || (error as FastifyError).statusCode) throw error;
    throw malformedUpload();
  }
}

/** The file as stored: a ZIP package (DOCX, XLSX) is refused when it unpacks to too much. */
async function accepted(fileName: string, content: Buffer): Promise<UploadedFile> {
  await checkZipLimits(content);
  return { fileName, content };
}

/**
 * The fields and the file of an upload request, every part read whole. Every upload
 * route reads its body through here (or `readUpload`).
 */
export function readUploadForm(request: FastifyRequest): Promise<UploadForm> {
  return reading(async () => {
    const fields: Record<string, string> = {};
    let file: UploadedFile | null = null;
    for await (const part of request.parts()) {
      if (part.type === 'file') file = await accepted(part.filename, await part.toBuffer());
      else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
    return { fields, file };
  });
}

/** The file of an upload request that carries only a file; null when none was sent. */
export async function readUpload(request: FastifyRequest): Promise<UploadedFile | null> {
  return (await readUploadForm(request)).file;
}

/** A file of a many-file upload: `tooBig` when it passed the per-file limit (its bytes are cut). */
export type UploadedPart = UploadedFile & { field: string; tooBig: boolean };

/**
 * The files of an upload that carries many (an import: a list and the documents' files),
 * up to `maxFiles`. A file over the per-file limit is not refused here but marked `tooBig`
 * (read no further than the limit), so the caller can name it among its other errors.
 */
export function readUploadFiles(request: FastifyRequest, maxFiles: number): Promise<UploadedPart[]> {
  return reading(async () => {
    const files: UploadedPart[] = [];
    for await (const part of request.parts({
      limits: { files: maxFiles },
      throwFileSizeLimit: false,
    } as Parameters<FastifyRequest['parts']>[0])) {
      if (part.type !== 'file') continue;
      const content = await part.toBuffer();
      const tooBig = part.file.truncated;
      if (!tooBig) await checkZipLimits(content);
      files.push({ field: part.fieldname, fileName: part.filename, content, tooBig });
    }
    return files;
  });
}

/**
 * A body that comes as JSON, or as multipart with the same fields and one file in "file"
 * (a step's output, an indicator value's evidence). Multipart fields are text, empty ones
 * left out, so the schema coerces numbers; either way the fields are checked by `schema`
 * and a bad one answers 400 naming it, as a JSON body's validation does.
 */
export async function readFieldsAndFile<S extends z.ZodType>(
  request: FastifyRequest,
  schema: S,
): Promise<{ body: z.infer<S>; file: UploadedFile | null }> {
  let fields: unknown = request.body ?? {};
  let file: UploadedFile | null = null;
  if (request.isMultipart()) {
    const form = await readUploadForm(request);
    fields = Object.fromEntries(Object.entries(form.fields).filter(([, value]) => value !== ''));
    file = form.file;
  }
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({
      path: i.path.join('.') || 'body',
      text: describeIssue(i),
    }));
    const names = details.map((d) => d.path).join(', ');
    throw new AppError(
      400,
      'validation.failed',
      { vi: `Dữ liệu không hợp lệ: ${names}.`, en: `Invalid input: ${names}.` },
      details,
    );
  }
  return { body: parsed.data, file };
}
