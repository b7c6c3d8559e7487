import './texts.ts';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type DirectiveView, directiveStatuses, directiveStatusNames } from '../../../contract/steering.ts';
import { api } from '../../app/api.ts';
import { DataList } from '../../app/components/DataList.tsx';
import { EmptyText } from '../../app/components/EmptyText.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../app/components/FormModal.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { UploadButton } from '../../app/components/UploadButton.tsx';
import { formatDate } from '../../app/format.ts';
import { useUnits } from '../org/queries.ts';
import { steeringKeys, steeringPaths, useDirectives } from './queries.ts';
import { DirectiveStatusTag } from './SteeringTags.tsx';

const lang = (l: string) => (l.startsWith('en') ? 'en' : 'vi');

/** The directives a person may see (their units', or all for the committee), by unit and status; done with evidence. */
export function DirectivesPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') ?? undefined;
  const status = params.get('status') ?? undefined;
  const list = useDirectives(unitId, status);
  const units = useUnits();
  const queryClient = useQueryClient();
  const [completing, setCompleting] = useState<DirectiveView | null>(null);
  const [busy, setBusy] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const upload = async (file: File) => {
    if (!completing) return;
    setBusy(true);
    setUploadError(null);
    try {
      const form = new FormData();
      form.append('file', file);
      setCompleting(await api.upload<DirectiveView>(`/steering/directives/${completing.id}/evidence`, form));
      void queryClient.invalidateQueries({ queryKey: steeringKeys.all });
    } catch (e) {
      setUploadError(e);
    } finally {
      setBusy(false);
    }
  };
  const l = lang(i18n.language);
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <>
      <Link to={steeringPaths.committee}>{t('steering.back')}</Link>
      <PageHeader title={t('steering.directives.title')} subtitle={t('steering.directives.subtitle')} />
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('steering.directives.unit')}
          style={{ minWidth: 220 }}
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('steering.directives.allUnits')}
          value={unitId}
          onChange={(v) => set('unitId', v)}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
        <Select
          aria-label={t('steering.directives.status')}
          style={{ minWidth: 180 }}
          allowClear
          placeholder={t('steering.directives.allStatuses')}
          value={status}
          onChange={(v) => set('status', v)}
          options={directiveStatuses.map((s) => ({ value: s, label: directiveStatusNames[s][l] }))}
        />
      </Flex>
      <ErrorAlert error={list.error} />
      <DataList<DirectiveView>
        label={t('steering.directives.title')}
        rowKey="id"
        loading={list.isLoading}
        data={list.data?.items}
        empty={<EmptyText>{t('steering.directives.none')}</EmptyText>}
        columns={[
          {
            key: 'text',
            card: 'title',
            title: t('steering.directives.text'),
            render: (_, d) => (
              <>
                {d.conclusionText}
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {t('steering.meeting.expected')}: {d.expectedResult}
                </Typography.Paragraph>
              </>
            ),
          },
          { key: 'unit', card: 'field', title: t('steering.directives.unit'), dataIndex: 'unitName' },
          {
            key: 'meeting',
            card: 'field',
            title: t('steering.directives.meeting'),
            render: (_, d) => formatDate(d.meetingDate),
          },
          {
            key: 'due',
            card: 'field',
            title: t('steering.directives.due'),
            render: (_, d) => formatDate(d.dueDate),
          },
          {
            key: 'status',
            card: 'field',
            title: t('steering.directives.status'),
            render: (_, d) => (
              <Flex vertical gap={4}>
                <DirectiveStatusTag status={d.status} />
                {d.doneOn && <span>{t('steering.directives.doneOn', { date: formatDate(d.doneOn) })}</span>}
                {d.evidenceNote && <span>{d.evidenceNote}</span>}
                <EvidenceLinks directive={d} />
              </Flex>
            ),
          },
          {
            key: 'action',
            card: 'action',
            title: '',
            render: (_, d) =>
              d.canComplete ? (
                <Button size="small" onClick={() => setCompleting(d)}>
                  {t('steering.directives.complete')}
                </Button>
              ) : null,
          },
        ]}
      />
      <FormModal<{ evidenceNote: string }>
        name="steering-directive-done"
        open={completing !== null}
        title={t('steering.directives.completeTitle')}
        okText={t('steering.directives.complete')}
        intro={completing ? `${completing.unitName}: ${completing.conclusionText}` : null}
        onCancel={() => {
          setUploadError(null);
          setCompleting(null);
        }}
        onSubmit={async (v) => {
          if (!completing) return;
          await api.post<DirectiveView>(`/steering/directives/${completing.id}/complete`, {
            version: completing.version,
            evidenceNote: v.evidenceNote,
          });
          void queryClient.invalidateQueries({ queryKey: steeringKeys.all });
          setCompleting(null);
        }}
      >
        <Form.Item
          name="evidenceNote"
          label={t('steering.directives.evidence')}
          extra={t('steering.directives.completeIntro')}
          rules={[{ required: true }]}
        >
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <ErrorAlert error={uploadError} />
        <UploadButton
          accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
          busy={busy}
          label={t('steering.directives.uploadFile')}
          onFile={(file) => void upload(file)}
        />
        {completing && <EvidenceLinks directive={completing} />}
      </FormModal>
    </>
  );
}

/** The evidence files of a directive, each a download. */
function EvidenceLinks({ directive }: { directive: DirectiveView }) {
  if (!directive.evidenceFiles.length) return null;
  return (
    <Flex vertical gap={2}>
      {directive.evidenceFiles.map((f) => (
        <a key={f.hash} href={`/api/v1/steering/directives/${directive.id}/evidence/${f.hash}`}>
          {f.name}
        </a>
      ))}
    </Flex>
  );
}
