import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ReviewView } from '../../../../contract/document-reports.ts';
import type { DocumentView } from '../../../../contract/documents.ts';
import { api } from '../../../app/api.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { formatDate, formatDateTime } from '../../../app/format.ts';
import { issueNoText } from '../names.ts';
import { docPaths } from '../paths.ts';
import { docKeys } from '../queries.ts';
import { versionLabel } from '../transitions/statement.ts';

type Values = {
  outcome: 'no_change' | 'change_requested';
  password?: string;
  comment?: string;
  reason?: string;
};

/** Rà soát định kỳ: "no change needed" is signed with the password; else a change request opens. */
export function PeriodicReviewModal({
  document: d,
  open,
  onClose,
}: {
  document: DocumentView;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form) ?? 'no_change';
  const current = d.versions.find((v) => v.id === d.currentVersionId);
  const subject = versionLabel({ code: d.code, issueNo: current?.issueNo ?? 0 });
  const statement = t('documents.review.statement', { subject });

  const submit = async (v: Values) => {
    const body =
      v.outcome === 'no_change'
        ? {
            outcome: v.outcome,
            version: d.version,
            password: v.password,
            comment: v.comment?.trim() || undefined,
          }
        : { outcome: v.outcome, version: d.version, reason: v.reason };
    const review = await api.post<ReviewView>(`/documents/${d.id}/reviews`, body);
    void queryClient.invalidateQueries({ queryKey: docKeys.all });
    onClose();
    if (review.changeVersionId) {
      navigate(docPaths.document(d.id, review.changeVersionId));
      return;
    }
    modal.success({
      title: t('documents.sign.doneTitle'),
      content: (
        <div data-testid="signing-done">
          <Typography.Paragraph>{statement}</Typography.Paragraph>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('documents.review.doneText', { time: formatDateTime(review.reviewedAt, false) })}
          </Typography.Paragraph>
        </div>
      ),
      okText: t('common.close'),
    });
  };

  return (
    <FormModal<Values>
      name="review"
      form={form}
      open={open}
      title={t('documents.review.title', { subject })}
      okText={outcome === 'no_change' ? t('documents.sign.submit') : t('documents.change.submit')}
      onCancel={onClose}
      onSubmit={submit}
      initialValues={{ outcome: 'no_change' }}
      intro={
        d.nextReviewDate ? (
          <Typography.Paragraph>
            {t('documents.review.due', {
              date: formatDate(d.nextReviewDate),
              months: d.reviewIntervalMonths,
            })}
          </Typography.Paragraph>
        ) : undefined
      }
    >
      <Form.Item label={t('documents.review.outcome')} name="outcome">
        <Radio.Group
          options={[
            { value: 'no_change', label: t('documents.review.noChange') },
            { value: 'change_requested', label: t('documents.review.changeRequested') },
          ]}
        />
      </Form.Item>
      {outcome === 'no_change' ? (
        <>
          <Alert
            type="info"
            showIcon
            title={<span data-testid="signing-statement">{statement}</span>}
            description={t('documents.review.signExplain', { issueNo: issueNoText(current?.issueNo ?? 0) })}
            style={{ marginBottom: 16 }}
          />
          <Form.Item label={t('documents.sign.comment')} name="comment">
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item
            label={t('documents.sign.password')}
            name="password"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          label={t('documents.change.reason')}
          name="reason"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      )}
    </FormModal>
  );
}
