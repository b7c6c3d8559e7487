import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionNumberBody, type VersionView } from '../../../../contract/documents.ts';
import { api } from '../../../app/api.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { zodRule } from '../../../app/forms.ts';
import { apiPath, storeVersion, useDecisionProposal } from '../queries.ts';
import { versionLabel } from './statement.ts';

type Values = { how: 'register' | 'typed'; decisionNo?: string };

/** The văn thư gives an approved decision its number after signing (its own permission). */
export function NumberDecisionButton({ version: v }: { version: VersionView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const proposal = useDecisionProposal(open);
  const [form] = Form.useForm<Values>();
  const how = Form.useWatch('how', form);
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('approvals.decision.number')}
      </Button>
      <FormModal<Values>
        name="number-decision"
        form={form}
        open={open}
        title={t('approvals.decision.numberTitle', { label: versionLabel(v) })}
        okText={t('approvals.decision.ok')}
        initialValues={{ how: 'register' }}
        onCancel={() => setOpen(false)}
        intro={<Typography.Paragraph>{t('approvals.decision.numberIntro')}</Typography.Paragraph>}
        onSubmit={async (values) => {
          const updated = await api.post<VersionView>(`${apiPath.version(v.id)}/decision-number`, {
            version: v.version,
            ...(values.how === 'register'
              ? { fromRegister: true }
              : { decisionNo: values.decisionNo?.trim() }),
          });
          storeVersion(queryClient, updated);
          setOpen(false);
          message.success(t('approvals.decision.done', { no: updated.decisionNo }));
        }}
      >
        <Form.Item name="how">
          <Radio.Group
            options={[
              {
                value: 'register',
                label: t('approvals.decision.fromRegister', { no: proposal.data?.decisionNo ?? '…' }),
              },
              { value: 'typed', label: t('approvals.decision.typed') },
            ]}
          />
        </Form.Item>
        {how === 'typed' && (
          <Form.Item
            label={t('approvals.decision.label')}
            name="decisionNo"
            rules={[
              { required: true, message: t('common.required') },
              zodRule(decisionNumberBody.shape.decisionNo),
            ]}
          >
            <Input maxLength={60} />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
