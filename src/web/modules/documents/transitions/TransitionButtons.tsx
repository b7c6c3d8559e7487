import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type TransitionAction, transitionBody, type VersionView } from '../../../../contract/documents.ts';
import { ApiError, api } from '../../../app/api.ts';
import { DutyBlockedButton } from '../../../app/components/DutyBlockedButton.tsx';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { formatDateTime, toIsoDate } from '../../../app/format.ts';
import { zodRule } from '../../../app/forms.ts';
import { actionLabel, stateName } from '../names.ts';
import { apiPath, docKeys, storeVersion, useDecisionProposal } from '../queries.ts';
import { NumberDecisionButton } from './NumberDecisionButton.tsx';
import { SigningModal, type SigningValues } from './SigningModal.tsx';
import { returnActions, signingActions, signingStatement, versionLabel } from './statement.ts';

type Body = Omit<z.infer<typeof transitionBody>, 'version' | 'action'>;

/** One button per action the person may take now on this version (from its abilities). */
export function TransitionButtons({ version: v }: { version: VersionView }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const [signing, setSigning] = useState<TransitionAction | null>(null);
  const [returning, setReturning] = useState<TransitionAction | null>(null);
  const proposal = useDecisionProposal(signing === 'approve');

  const send = async (action: TransitionAction, body: Body = {}) => {
    const updated = await api.post<VersionView>(`${apiPath.version(v.id)}/transitions`, {
      action,
      version: v.version,
      ...body,
    });
    storeVersion(queryClient, updated);
    return updated;
  };
  const fail = (e: unknown) => {
    message.error(e instanceof Error ? e.message : String(e));
    if (e instanceof ApiError && (e.stale || e.status === 409))
      void queryClient.invalidateQueries({ queryKey: docKeys.version(v.id) });
  };

  const confirm = (action: 'submit_review' | 'cancel') =>
    modal.confirm({
      title: `${actionLabel(action)}: ${versionLabel(v)}`,
      content: t(`documents.transition.confirm.${action}`),
      okText: actionLabel(action),
      okButtonProps: { danger: action === 'cancel' },
      cancelText: action === 'cancel' ? t('documents.transition.keep') : t('common.cancel'),
      onOk: async () => {
        try {
          const updated = await send(action);
          message.success(t('documents.transition.done', { state: stateName(updated.state) }));
        } catch (e) {
          fail(e);
        }
      },
    });

  const sign = async (action: TransitionAction, values: SigningValues) => {
    const typed = values.decisionNo?.trim() || undefined;
    // The proposal kept as it is: the server takes the register's next number under its lock.
    const fromRegister = Boolean(typed && proposal.data && typed === proposal.data.decisionNo);
    const updated = await send(action, {
      password: values.password,
      comment: values.comment?.trim() || undefined,
      decisionNo: fromRegister ? undefined : typed,
      decisionNoFromRegister: fromRegister || undefined,
      issueDate: toIsoDate(values.issueDate),
      effectiveDate: toIsoDate(values.effectiveDate),
      distributeUnitIds: values.distributeUnitIds?.length ? values.distributeUnitIds : undefined,
    });
    setSigning(null);
    const mine = updated.signatures.filter((s) => s.valid).at(-1);
    modal.success({
      title: t('documents.sign.doneTitle'),
      content: (
        <div data-testid="signing-done">
          <Typography.Paragraph>{signingStatement(action, v)}</Typography.Paragraph>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('documents.sign.doneText', {
              time: formatDateTime(mine?.signedAt ?? new Date().toISOString(), false),
              state: stateName(updated.state),
            })}
          </Typography.Paragraph>
        </div>
      ),
      okText: t('common.close'),
    });
  };

  /** After a 409: the latest version (its content hash and version number) replaces the old one. */
  const reload = async () => storeVersion(queryClient, await api.get<VersionView>(apiPath.version(v.id)));

  const click = (action: TransitionAction) => {
    if (signingActions.includes(action)) setSigning(action);
    else if (returnActions.includes(action)) setReturning(action);
    else confirm(action as 'submit_review' | 'cancel');
  };

  return (
    <>
      {v.abilities.actions.map((action) => (
        <Button
          key={action}
          type={signingActions.includes(action) || action === 'submit_review' ? 'primary' : 'default'}
          danger={returnActions.includes(action) || action === 'cancel'}
          onClick={() => click(action)}
        >
          {actionLabel(action)}
        </Button>
      ))}
      {v.abilities.numberDecision && <NumberDecisionButton version={v} />}
      {v.abilities.blocked.map(({ action, reason }) => (
        <DutyBlockedButton key={action} label={actionLabel(action)} reason={reason} />
      ))}
      <SigningModal
        open={signing !== null}
        statement={signing ? signingStatement(signing, v) : ''}
        subject={`${v.code} ${v.title}`}
        contentHash={v.contentHash}
        withDecision={signing === 'approve'}
        key={proposal.data?.decisionNo ?? 'none'}
        proposedDecisionNo={proposal.data?.decisionNo}
        withComment={signing !== 'approve'}
        onCancel={() => setSigning(null)}
        onReload={reload}
        onSign={(values) => sign(signing as TransitionAction, values)}
      />
      <FormModal<{ comment: string }>
        name="return"
        open={returning !== null}
        title={returning ? `${actionLabel(returning)}: ${versionLabel(v)}` : ''}
        okText={t('documents.transition.returnSubmit')}
        danger
        onCancel={() => setReturning(null)}
        onReload={reload}
        onSubmit={async ({ comment }) => {
          await send(returning as TransitionAction, { comment });
          setReturning(null);
          message.success(t('documents.transition.returned'));
        }}
        intro={<Typography.Paragraph>{t('documents.transition.returnIntro')}</Typography.Paragraph>}
      >
        <Form.Item
          label={t('documents.transition.comment')}
          name="comment"
          rules={[{ required: true, message: t('common.required') }, zodRule(transitionBody.shape.comment)]}
        >
          <Input.TextArea rows={5} maxLength={2000} showCount />
        </Form.Item>
      </FormModal>
    </>
  );
}
