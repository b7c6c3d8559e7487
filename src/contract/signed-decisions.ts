import { z } from 'zod';

/**
 * Ký số: the signed decision as a PDF signed with a token or certificate (PAdES), attached
 * to an approved version. eiso verifies its integrity and shows the signer's certificate;
 * the password approval is phê duyệt điện tử, not this.
 */
export const signedDecisionView = z.object({
  id: z.uuid(),
  fileName: z.string(),
  size: z.number().int(),
  fileHash: z.string(),
  /** The file is exactly as signed: digest, signature and whole-file coverage all hold. */
  intact: z.boolean(),
  digestMatches: z.boolean(),
  signatureVerifies: z.boolean(),
  /** Nothing was appended after the signed ranges. */
  coversWholeFile: z.boolean(),
  signer: z.object({
    subject: z.string(),
    issuer: z.string(),
    serialNumber: z.string(),
    notBefore: z.string(),
    notAfter: z.string(),
  }),
  signingTime: z.string().nullable(),
  certificateValidAtSigning: z.boolean().nullable(),
  uploadedByName: z.string().nullable(),
  uploadedAt: z.string(),
});
export type SignedDecisionView = z.infer<typeof signedDecisionView>;
export const signedDecisionList = z.object({ items: z.array(signedDecisionView) });
export type SignedDecisionList = z.infer<typeof signedDecisionList>;
export const signedDecisionParams = z.object({ id: z.uuid(), fileId: z.uuid() });
