import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Skeleton } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { updateDraftBody, type VersionView } from '../../../../contract/documents.ts';
import { api } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { formatDateTime } from '../../../app/format.ts';
import { useFormError, zodRule } from '../../../app/forms.ts';
import { VersionStateTag } from '../DocumentStateTag.tsx';
import { isProcedure, sectionTitle } from '../names.ts';
import { docPaths } from '../paths.ts';
import { apiPath, storeVersion, useVersion } from '../queries.ts';
import { versionLabel } from '../transitions/statement.ts';
import { clearDraft, loadDraft, type StoredDraft, storeDraft } from './draftStorage.ts';
import { type DraftValues, draftBody, valuesOf } from './draftValues.ts';
import { ListSections } from './ListSections.tsx';
import { SectionCard } from './SectionCard.tsx';
import { StepsEditor } from './StepsEditor.tsx';

/** Sửa dự thảo: the owner unit's ISO officer edits title and content while the version is a draft. */
export function DraftEditPage() {
  const { t } = useTranslation();
  const { id = '', versionId = '' } = useParams();
  const version = useVersion(versionId);
  const v = version.data;
  return (
    <>
      <Link to={docPaths.document(id, versionId)} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined aria-hidden /> {t('documents.edit.back')}
      </Link>
      <ErrorAlert error={version.error} />
      {!v ? (
        version.isLoading && <Skeleton active />
      ) : !v.abilities.edit ? (
        <Alert type="warning" showIcon title={t('documents.edit.notEditable')} />
      ) : (
        <DraftEditor key={v.id} version={v} />
      )}
    </>
  );
}

function DraftEditor({ version: v }: { version: VersionView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DraftValues>();
  const failure = useFormError(form);
  // Read once: what was typed here before (a reload, a timeout) comes back.
  const stored = useRef<StoredDraft | null>(loadDraft(v.id)).current;
  const [restoredAt, setRestoredAt] = useState(stored?.savedAt ?? null);
  const [baseVersion, setBaseVersion] = useState(stored?.baseVersion ?? v.version);
  const [busy, setBusy] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const withContent = v.changeKind !== 'withdraw';
  const procedure = isProcedure(v.type);

  const keep = (base = baseVersion) =>
    storeDraft(v.id, {
      baseVersion: base,
      savedAt: new Date().toISOString(),
      values: form.getFieldsValue(true),
    });

  const save = async (values: DraftValues) => {
    setBusy(true);
    failure.clear();
    setReloaded(false);
    try {
      const saved = await api.patch<VersionView>(apiPath.version(v.id), {
        version: baseVersion,
        ...draftBody(values, withContent),
      });
      clearDraft(v.id);
      setRestoredAt(null);
      setBaseVersion(saved.version);
      storeVersion(queryClient, saved);
      const voided = v.signatures.some((s) => s.valid) && !saved.signatures.some((s) => s.valid);
      message.success(voided ? t('documents.edit.savedVoided') : t('documents.edit.saved'));
    } catch (e) {
      failure.capture(e);
    } finally {
      setBusy(false);
    }
  };

  // 409: take the latest version number, keep every value typed here (they stay in the form).
  const reload = async () => {
    const fresh = await api.get<VersionView>(apiPath.version(v.id));
    storeVersion(queryClient, fresh);
    setBaseVersion(fresh.version);
    keep(fresh.version);
    failure.clear();
    setReloaded(true);
  };

  const discard = () => {
    clearDraft(v.id);
    setRestoredAt(null);
    setBaseVersion(v.version);
    form.setFieldsValue(valuesOf(v));
  };

  return (
    <Form<DraftValues>
      form={form}
      name="draft"
      layout="vertical"
      requiredMark="optional"
      initialValues={stored?.values ?? valuesOf(v)}
      onValuesChange={() => keep()}
      onFinish={save}
      onFinishFailed={() => message.error(t('documents.edit.fixErrors'))}
      scrollToFirstError
    >
      <PageHeader
        title={t('documents.edit.title', { subject: versionLabel(v) })}
        tags={<VersionStateTag state={v.state} />}
        subtitle={`${t('documents.edit.subtitle')} ${t('documents.edit.keptLocally')}`}
      />
      {restoredAt && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('documents.edit.restored', { time: formatDateTime(restoredAt, false) })}
          action={
            <Button size="small" onClick={discard}>
              {t('documents.edit.discard')}
            </Button>
          }
        />
      )}
      {v.signatures.some((s) => s.valid) && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('documents.edit.voidWarning')} />
      )}
      <ErrorAlert error={failure.error} details={failure.unplaced} onReload={reload} />
      {reloaded && (
        <Alert type="info" showIcon title={t('errors.staleReloaded')} style={{ marginBottom: 16 }} />
      )}

      <SectionCard title={t('documents.edit.general')}>
        <Form.Item
          label={t('documents.fields.title')}
          name="title"
          rules={[{ required: true, message: t('common.required') }, zodRule(updateDraftBody.shape.title)]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          label={t('documents.edit.changeSummary')}
          name="changeSummary"
          extra={t('documents.edit.changeSummaryHelp')}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </SectionCard>

      {!withContent ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('documents.edit.withdrawNoContent')}
        />
      ) : (
        <>
          <SectionCard title={sectionTitle('purpose')}>
            <Form.Item name={['content', 'purpose']} style={{ marginBottom: 0 }}>
              <Input.TextArea
                autoSize={{ minRows: 3, maxRows: 12 }}
                maxLength={5000}
                aria-label={sectionTitle('purpose')}
              />
            </Form.Item>
          </SectionCard>
          <SectionCard title={sectionTitle('scope')}>
            <Form.Item name={['content', 'scope']} style={{ marginBottom: 0 }}>
              <Input.TextArea
                autoSize={{ minRows: 3, maxRows: 12 }}
                maxLength={5000}
                aria-label={sectionTitle('scope')}
              />
            </Form.Item>
          </SectionCard>
          <ListSections part="before" />
          {procedure && (
            <SectionCard title={sectionTitle('steps')}>
              <StepsEditor form={form} />
            </SectionCard>
          )}
          <ListSections part="after" />
          {!procedure && (
            <SectionCard title={t('documents.edit.body')}>
              <Form.Item name={['content', 'body']} style={{ marginBottom: 0 }}>
                <Input.TextArea
                  autoSize={{ minRows: 8, maxRows: 30 }}
                  maxLength={50000}
                  aria-label={t('documents.edit.body')}
                />
              </Form.Item>
            </SectionCard>
          )}
        </>
      )}

      <Flex
        gap={12}
        wrap
        align="center"
        style={{
          position: 'sticky',
          bottom: 0,
          zIndex: 5,
          background: '#fff',
          borderTop: '1px solid #e5e5e5',
          padding: '12px 16px',
          margin: '0 -4px',
          borderRadius: 8,
        }}
      >
        <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={busy}>
          {t('documents.edit.save')}
        </Button>
      </Flex>
    </Form>
  );
}
