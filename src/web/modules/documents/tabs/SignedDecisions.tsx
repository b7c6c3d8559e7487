import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionView } from '../../../../contract/documents.ts';
import type { SignedDecisionList, SignedDecisionView } from '../../../../contract/signed-decisions.ts';
import { api } from '../../../app/api.ts';
import { EmptyText } from '../../../app/components/EmptyText.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { UploadButton } from '../../../app/components/UploadButton.tsx';
import { formatDate, formatDateTime } from '../../../app/format.ts';
import { tagColours } from '../DocumentStateTag.tsx';
import { apiPath, docKeys } from '../queries.ts';

/** Ký số: decisions signed with a token (PAdES), each with what eiso found verifying it. */
export function SignedDecisions({ version }: { version: VersionView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const base = `${apiPath.version(version.id)}/signed-decisions`;
  const key = [...docKeys.all, 'signed', version.id];
  const list = useQuery({ queryKey: key, queryFn: () => api.get<SignedDecisionList>(base) });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append('file', file);
      const added = await api.upload<SignedDecisionView>(base, form);
      message[added.intact ? 'success' : 'warning'](t('approvals.signed.added', { name: added.fileName }));
      await queryClient.invalidateQueries({ queryKey: key });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const items = list.data?.items ?? [];
  return (
    <section aria-labelledby="signed-decisions" style={{ marginTop: 24 }}>
      <Typography.Title level={3} id="signed-decisions" style={{ fontSize: 16 }}>
        {t('approvals.signed.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('approvals.signed.intro')}</Typography.Paragraph>
      <ErrorAlert error={list.error ?? error} />
      {version.abilities.attachSignedDecision && (
        <UploadButton
          accept=".pdf,application/pdf"
          busy={busy}
          label={t('approvals.signed.upload')}
          onFile={(file) => void upload(file)}
        />
      )}
      {!items.length && !list.isLoading && <EmptyText>{t('approvals.signed.empty')}</EmptyText>}
      <Flex vertical gap={12}>
        {items.map((f) => (
          <Card key={f.id} size="small" data-testid="signed-decision">
            <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
              <Verdict file={f} />
              <a href={`/api/v1${base}/${f.id}`} download={f.fileName}>
                <DownloadOutlined aria-hidden /> {f.fileName}
              </a>
            </Flex>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 's', label: t('approvals.signed.subject'), children: f.signer.subject },
                { key: 'i', label: t('approvals.signed.issuer'), children: f.signer.issuer },
                {
                  key: 'v',
                  label: t('approvals.signed.validity'),
                  children: `${t('approvals.signed.validityRange', {
                    from: formatDate(f.signer.notBefore),
                    to: formatDate(f.signer.notAfter),
                  })}${f.certificateValidAtSigning === false ? ` (${t('approvals.signed.notValidAtSigning')})` : ''}`,
                },
                {
                  key: 't',
                  label: t('approvals.signed.signingTime'),
                  children: f.signingTime ? formatDateTime(f.signingTime, false) : '—',
                },
                {
                  key: 'u',
                  label: t('approvals.signed.uploaded'),
                  children: `${f.uploadedByName ?? '—'}, ${formatDateTime(f.uploadedAt, false)}`,
                },
              ]}
            />
          </Card>
        ))}
      </Flex>
    </section>
  );
}

function Verdict({ file: f }: { file: SignedDecisionView }) {
  const { t } = useTranslation();
  if (f.intact)
    return (
      <Tag variant="outlined" style={tagColours.green}>
        {t('approvals.signed.intact')}
      </Tag>
    );
  const reasons = [
    !f.digestMatches && t('approvals.signed.modified'),
    !f.signatureVerifies && t('approvals.signed.badSignature'),
    !f.coversWholeFile && t('approvals.signed.appended'),
  ].filter(Boolean);
  return (
    <Tag variant="outlined" style={tagColours.red} data-testid="signed-decision-flag">
      {reasons.join('; ')}
    </Tag>
  );
}
