import { z } from 'zod';

export const attachmentKinds = ['pdf', 'docx', 'xlsx'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

export const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });

export const attachmentView = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  /** SHA-256 of the content; part of what signatures cover. */
  fileHash: z.string(),
  uploadedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type AttachmentView = z.infer<typeof attachmentView>;

export const attachmentList = z.object({ items: z.array(attachmentView) });
export type AttachmentList = z.infer<typeof attachmentList>;
