import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  makeTestSigner,
  signPdf,
  type TestSigner,
  tamper,
  unsignedPdf,
} from '../../../platform/signatures/pades.testing.ts';
import { seedDocument } from '../../../testing/fixture-documents.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { multipartFile } from '../../../testing/xlsx-upload.ts';
import { documentSignedFiles } from '../documents.table.ts';

const ctx = setupTestApp();
let signer: TestSigner;
beforeAll(async () => {
  signer = await makeTestSigner('Trần Văn Bình');
});

const inForce = () =>
  seedDocument(ctx.database.db, {
    agencyId: ctx.fixture.agencyX,
    unitId: ctx.fixture.units.x1.id,
    personId: ctx.fixture.roleHolders.iso_officer,
    state: 'in_force',
  });

const stored = async (versionId: string) =>
  ctx.database.db.select().from(documentSignedFiles).where(eq(documentSignedFiles.versionId, versionId));

describe('ký số: a decision signed with a token, attached to the approved version', () => {
  it('verifies the signature, shows the signer certificate, and flags a file changed after signing', async () => {
    const { versionId } = await inForce();
    const url = `/api/v1/document-versions/${versionId}/signed-decisions`;
    const leader = await ctx.as('x.leadership_all');
    const shown = (await leader.get(`/api/v1/document-versions/${versionId}`)).body;
    expect(shown.abilities.attachSignedDecision).toBe(true);

    const pdf = await signPdf(signer);
    const { payload, headers } = multipartFile('quyet-dinh-ky-so.pdf', pdf);
    const attached = await leader.post(url, payload, headers);
    expect(attached.status, JSON.stringify(attached.body)).toBe(201);
    expect(attached.body).toMatchObject({
      fileName: 'quyet-dinh-ky-so.pdf',
      intact: true,
      digestMatches: true,
      signatureVerifies: true,
      coversWholeFile: true,
      signingTime: '2026-03-02T02:00:00.000Z',
      certificateValidAtSigning: true,
      signer: {
        subject: 'C=VN, O=Bộ Thử nghiệm X, CN=Trần Văn Bình',
        issuer: 'C=VN, O=Tổ chức chứng thực thử nghiệm, CN=CA thử nghiệm eiso',
        notAfter: '2030-12-31T00:00:00.000Z',
      },
    });

    // One byte changed after signing: kept on record, flagged.
    const changed = multipartFile('quyet-dinh-da-sua.pdf', tamper(pdf));
    const flagged = await leader.post(url, changed.payload, changed.headers);
    expect(flagged.status).toBe(201);
    expect(flagged.body).toMatchObject({ intact: false, digestMatches: false });

    // Everyone who reads the version sees both, newest first; the file comes back as uploaded.
    const staff = await ctx.as('x.unit_staff');
    const list = (await staff.get(url)).body.items;
    expect(list.map((f: { intact: boolean }) => f.intact)).toEqual([false, true]);
    const download = await staff.get(`${url}/${attached.body.id}`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toContain('application/pdf');

    const trail = await (await ctx.as('x.admin')).get(`/api/v1/audit-events?entityId=${versionId}`);
    expect(
      trail.body.items.filter((e: { action: string }) => e.action === 'attach_signed_decision'),
    ).toHaveLength(2);
  });

  it('refuses an unsigned PDF, another file, a draft and people who may not attach — storing nothing', async () => {
    const { versionId } = await inForce();
    const url = `/api/v1/document-versions/${versionId}/signed-decisions`;
    const leader = await ctx.as('x.leadership_all');
    const unsigned = multipartFile('chua-ky.pdf', unsignedPdf(false));
    const refused = await leader.post(url, unsigned.payload, unsigned.headers);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'document.pdf_not_signed' });
    expect(refused.body.error.details[0].path).toBe('file');
    const placeholder = multipartFile('cho-ky.pdf', unsignedPdf(true));
    expect((await leader.post(url, placeholder.payload, placeholder.headers)).status).toBe(400);
    const notPdf = multipartFile('van-ban.pdf', Buffer.from('PK\u0003\u0004 không phải PDF'));
    const wrongType = await leader.post(url, notPdf.payload, notPdf.headers);
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toContain('không phải PDF');
    const empty = await leader.post(url, {});
    expect(empty.status).toBeGreaterThanOrEqual(400);
    expect(empty.status).toBeLessThan(500);

    const signed = multipartFile('quyet-dinh.pdf', await signPdf(signer));
    const staff = await ctx.as('x.unit_staff');
    expect((await staff.post(url, signed.payload, signed.headers)).status).toBe(403);
    expect(await stored(versionId)).toEqual([]);

    const draft = await seedDocument(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      personId: ctx.fixture.roleHolders.iso_officer,
      state: 'draft',
    });
    const onDraft = await leader.post(
      `/api/v1/document-versions/${draft.versionId}/signed-decisions`,
      signed.payload,
      signed.headers,
    );
    expect(onDraft.status).toBe(409);
    expect(onDraft.body.error.code).toBe('document.not_approved');
    expect(await stored(draft.versionId)).toEqual([]);
  });
});
