import { CopyOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Dropdown, Empty, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  type CatalogueAction,
  type CatalogueEntryView,
  type CatalogueHeadingView,
  type CatalogueView,
  catalogueTransitionBody,
} from '../../../../contract/records-catalogue.ts';
import { api } from '../../../app/api.ts';
import { DutyBlockedButton } from '../../../app/components/DutyBlockedButton.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { PageSpinner } from '../../../app/components/PageSpinner.tsx';
import { formatDateTime } from '../../../app/format.ts';
import { zodRule } from '../../../app/forms.ts';
import { CatalogueStateTag } from './CatalogueStateTag.tsx';
import { CatalogueTable } from './CatalogueTable.tsx';
import { EntryModal } from './EntryModal.tsx';
import { GenerateModal } from './GenerateModal.tsx';
import { HeadingModal } from './HeadingModal.tsx';
import { ImportModal } from './ImportModal.tsx';
import {
  catalogueApi,
  cataloguePath,
  catalogueWorkKey,
  exportUrl,
  storeCatalogue,
  useCatalogue,
} from './queries.ts';

export type Editing =
  | { kind: 'heading'; heading?: CatalogueHeadingView; parentId?: string | null }
  | { kind: 'entry'; entry?: CatalogueEntryView; headingId?: string | null }
  | { kind: 'generate' }
  | { kind: 'import' }
  | null;

/** One catalogue: the five columns, and the actions the server says the person may take now. */
export function CataloguePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const catalogue = useCatalogue(id);
  const [editing, setEditing] = useState<Editing>(null);
  if (catalogue.isPending) return <PageSpinner />;
  if (!catalogue.data) return <ErrorAlert error={catalogue.error} />;
  const view = catalogue.data;
  return (
    <>
      <PageHeader
        title={t('catalogue.pageTitle', { year: view.year, unit: view.unitName })}
        tags={<CatalogueStateTag state={view.state} />}
        subtitle={<Facts view={view} />}
        extra={<Actions view={view} onEdit={setEditing} />}
      />
      <Card>
        <Typography.Paragraph>
          {t('catalogue.counts', {
            total: view.counts.total,
            permanent: view.counts.permanent,
            limited: view.counts.limited,
          })}
        </Typography.Paragraph>
        {view.headings.length + view.entries.length === 0 ? (
          <Empty description={t('catalogue.empty')}>
            {view.abilities.edit && (
              <Button type="primary" onClick={() => setEditing({ kind: 'heading' })}>
                {t('catalogue.actions.addHeading')}
              </Button>
            )}
          </Empty>
        ) : (
          <CatalogueTable view={view} onEdit={setEditing} />
        )}
      </Card>
      <HeadingModal
        view={view}
        editing={editing?.kind === 'heading' ? editing : null}
        onClose={() => setEditing(null)}
      />
      <EntryModal
        view={view}
        editing={editing?.kind === 'entry' ? editing : null}
        onClose={() => setEditing(null)}
      />
      <GenerateModal view={view} open={editing?.kind === 'generate'} onClose={() => setEditing(null)} />
      <ImportModal view={view} open={editing?.kind === 'import'} onClose={() => setEditing(null)} />
    </>
  );
}

function Facts({ view }: { view: CatalogueView }) {
  const { t } = useTranslation();
  const lastReturn = view.state === 'draft' ? view.events.at(-1) : undefined;
  const facts = [
    view.submittedByName &&
      view.state !== 'draft' &&
      t('catalogue.submittedBy', {
        name: view.submittedByName,
        date: formatDateTime(view.submittedAt, false),
      }),
    lastReturn?.action === 'return' &&
      t('catalogue.returned', {
        name: lastReturn.actorName,
        date: formatDateTime(lastReturn.at, false),
        comment: lastReturn.comment,
      }),
    view.approvedByName &&
      t('catalogue.approvedBy', { name: view.approvedByName, date: formatDateTime(view.approvedAt, false) }),
    view.issuedByName &&
      t('catalogue.issuedBy', { name: view.issuedByName, date: formatDateTime(view.issuedAt, false) }),
    view.approvalValid === false && t('catalogue.approvalStale'),
    view.copiedFromId && t('catalogue.copiedFrom'),
  ].filter(Boolean);
  return facts.length ? facts.join(' · ') : null;
}

function Actions({ view, onEdit }: { view: CatalogueView; onEdit: (e: Editing) => void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const a = view.abilities;
  const [dialog, setDialog] = useState<'approve' | 'return' | null>(null);
  const send = async (action: CatalogueAction, extra: { password?: string; comment?: string } = {}) => {
    const updated = await api.post<CatalogueView>(`${catalogueApi(view.id)}/transitions`, {
      action,
      version: view.version,
      ...extra,
    });
    storeCatalogue(queryClient, updated);
    void queryClient.invalidateQueries({ queryKey: catalogueWorkKey });
    message.success(t(`catalogue.done.${action}`));
  };

  const transition = (action: 'submit' | 'issue') =>
    modal.confirm({
      title: t(`catalogue.actions.${action}`),
      content: t(`catalogue.confirm.${action}`, { year: view.year }),
      okText: t(`catalogue.actions.${action}`),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await send(action);
        } catch (e) {
          message.error(e instanceof Error ? e.message : String(e));
          void queryClient.invalidateQueries({ queryKey: ['records-catalogues', 'one', view.id] });
        }
      },
    });
  const copyForward = () =>
    modal.confirm({
      title: t('catalogue.actions.copyForward', { year: view.year + 1 }),
      content: t('catalogue.confirm.copyForward', { year: view.year + 1 }),
      okText: t('catalogue.actions.copyForward', { year: view.year + 1 }),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const created = await api.post<CatalogueView>(`${catalogueApi(view.id)}/copy-forward`);
          storeCatalogue(queryClient, created);
          navigate(cataloguePath(created.id));
        } catch (e) {
          message.error(e instanceof Error ? e.message : String(e));
        }
      },
    });

  return (
    <>
      {a.edit && (
        <>
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => onEdit({ kind: 'entry' })}>
            {t('catalogue.actions.addEntry')}
          </Button>
          <Button onClick={() => onEdit({ kind: 'heading' })}>{t('catalogue.actions.addHeading')}</Button>
          <Button onClick={() => onEdit({ kind: 'generate' })}>{t('catalogue.actions.generate')}</Button>
          <Button onClick={() => onEdit({ kind: 'import' })}>{t('catalogue.actions.import')}</Button>
        </>
      )}
      {a.submit && (
        <Button type="primary" onClick={() => transition('submit')}>
          {t('catalogue.actions.submit')}
        </Button>
      )}
      {a.approve && (
        <Button type="primary" onClick={() => setDialog('approve')}>
          {t('catalogue.actions.approve')}
        </Button>
      )}
      {a.approveBlocked && (
        <DutyBlockedButton label={t('catalogue.actions.approve')} reason={a.approveBlocked} />
      )}
      {a.issue && (
        <Button type="primary" onClick={() => transition('issue')}>
          {t('catalogue.actions.issue')}
        </Button>
      )}
      {a.returnToDraft && (
        <Button danger onClick={() => setDialog('return')}>
          {t('catalogue.actions.return')}
        </Button>
      )}
      {a.copyForward && (
        <Button icon={<CopyOutlined aria-hidden />} onClick={copyForward}>
          {t('catalogue.actions.copyForward', { year: view.year + 1 })}
        </Button>
      )}
      <FormModal<{ password: string }>
        name="catalogue-approve"
        open={dialog === 'approve'}
        title={t('catalogue.sign.title')}
        okText={t('catalogue.sign.submit')}
        onCancel={() => setDialog(null)}
        onSubmit={async ({ password }) => {
          await send('approve', { password });
          setDialog(null);
        }}
        intro={
          <>
            <Typography.Paragraph strong data-testid="signing-statement">
              {t('catalogue.sign.statement', { year: view.year, unit: view.unitName })}
            </Typography.Paragraph>
            <Alert type="info" showIcon title={t('catalogue.sign.explain')} style={{ marginBottom: 16 }} />
          </>
        }
      >
        <Form.Item
          label={t('catalogue.sign.password')}
          name="password"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
      </FormModal>
      <FormModal<{ comment: string }>
        name="catalogue-return"
        open={dialog === 'return'}
        title={t('catalogue.returnDialog.title')}
        okText={t('catalogue.returnDialog.submit')}
        danger
        onCancel={() => setDialog(null)}
        onSubmit={async ({ comment }) => {
          await send('return', { comment: comment.trim() });
          setDialog(null);
        }}
      >
        <Form.Item
          label={t('catalogue.returnDialog.comment')}
          name="comment"
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            zodRule(catalogueTransitionBody.shape.comment),
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </FormModal>
      <Dropdown
        menu={{
          items: (['docx', 'pdf', 'xlsx'] as const).map((ext) => ({
            key: ext,
            label: (
              <a href={exportUrl(view.id, ext)} download>
                {ext.toUpperCase()}
              </a>
            ),
          })),
        }}
      >
        <Button icon={<DownloadOutlined aria-hidden />}>
          <Flex gap={4}>{t('catalogue.actions.export')}</Flex>
        </Button>
      </Dropdown>
    </>
  );
}
