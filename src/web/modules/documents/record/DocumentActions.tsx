import {
  CheckOutlined,
  EditOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  PlayCircleOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { ChangeKind, DocumentView, VersionView } from '../../../../contract/documents.ts';
import { api } from '../../../app/api.ts';
import { useMe } from '../../../app/auth.tsx';
import { StartCaseModal } from '../../cases/StartCaseModal.tsx';
import { ChangeRequestModal } from '../change/ChangeRequestModal.tsx';
import { PeriodicReviewModal } from '../change/PeriodicReviewModal.tsx';
import { isProcedure } from '../names.ts';
import { docPaths } from '../paths.ts';
import { apiPath, storeVersion } from '../queries.ts';
import { versionLabel } from '../transitions/statement.ts';
import { TransitionButtons } from '../transitions/TransitionButtons.tsx';

const openStates = new Set(['draft', 'unit_review', 'secretariat_check', 'submitted', 'approved']);

/** The header's actions: only those the server's abilities allow now. */
export function DocumentActions({
  document: d,
  version: v,
}: {
  document: DocumentView;
  version?: VersionView;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [requesting, setRequesting] = useState<ChangeKind | null>(null);
  const [params] = useSearchParams();
  // The list of reviews due links here with ?review=1 to open the dialog at once.
  const [reviewing, setReviewing] = useState(() => params.get('review') === '1');
  const [acking, setAcking] = useState(false);
  const [starting, setStarting] = useState(false);
  const me = useMe();
  // A procedure in force, its version in force shown, with steps; for whoever works cases
  // somewhere (the start form picks the unit and the server checks it).
  const mayStart =
    isProcedure(d.type) &&
    d.status === 'in_force' &&
    v?.state === 'in_force' &&
    v.content.steps.length > 0 &&
    me.grants.some((g) => g.role === 'staff' || g.role === 'iso_officer' || g.role === 'unit_head');
  // One change at a time: none while a version is being worked on.
  const changeOpen = d.versions.some((x) => openStates.has(x.state));
  const mayReview = d.abilities.periodicReview && d.status === 'in_force';
  const mayRequest = d.abilities.requestChange && d.status === 'in_force' && !changeOpen;

  const acknowledge = async () => {
    if (!v) return;
    setAcking(true);
    try {
      storeVersion(queryClient, await api.post<VersionView>(`${apiPath.version(v.id)}/acknowledge`));
      message.success(t('documents.ack.done', { subject: versionLabel(v) }));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setAcking(false);
    }
  };

  return (
    <>
      {mayStart && (
        <Button type="primary" icon={<PlayCircleOutlined aria-hidden />} onClick={() => setStarting(true)}>
          {t('cases.startFromProcedure')}
        </Button>
      )}
      {v?.abilities.edit && (
        <Button
          type="primary"
          icon={<EditOutlined aria-hidden />}
          onClick={() => navigate(docPaths.edit(d.id, v.id))}
        >
          {t('documents.edit.open')}
        </Button>
      )}
      {v && <TransitionButtons version={v} />}
      {v?.abilities.acknowledge && (
        <Button type="primary" icon={<CheckOutlined aria-hidden />} loading={acking} onClick={acknowledge}>
          {t('documents.ack.button')}
        </Button>
      )}
      {v && (
        <>
          <Button href={apiPath.file(v.id, 'export.docx')} download icon={<FileWordOutlined aria-hidden />}>
            {t('documents.export.docx')}
          </Button>
          <Button href={apiPath.file(v.id, 'export.pdf')} download icon={<FilePdfOutlined aria-hidden />}>
            {t('documents.export.pdf')}
          </Button>
        </>
      )}
      {mayReview && <Button onClick={() => setReviewing(true)}>{t('documents.review.button')}</Button>}
      {mayRequest && (
        <>
          <Button onClick={() => setRequesting('revise')}>{t('documents.change.revise')}</Button>
          <Button danger onClick={() => setRequesting('withdraw')}>
            {t('documents.change.withdraw')}
          </Button>
        </>
      )}
      {requesting && (
        <ChangeRequestModal kind={requesting} document={d} open onClose={() => setRequesting(null)} />
      )}
      <PeriodicReviewModal document={d} open={reviewing && mayReview} onClose={() => setReviewing(false)} />
      {mayStart && (
        <StartCaseModal
          open={starting}
          onClose={() => setStarting(false)}
          procedure={{ id: d.id, code: d.code, title: v.title }}
        />
      )}
    </>
  );
}
