import { Alert, DatePicker, Descriptions, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { transitionBody } from '../../../../contract/documents.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { DATE_FORMAT, todayDate } from '../../../app/format.ts';
import { zodRule } from '../../../app/forms.ts';
import { UnitsSelect } from '../../org/units/UnitSelect.tsx';

export type SigningValues = {
  password: string;
  comment?: string;
  decisionNo?: string;
  issueDate?: Dayjs;
  effectiveDate?: Dayjs;
  /** Where the issue is distributed; empty: the server's default (system documents to all units). */
  distributeUnitIds?: string[];
};

type Props = {
  open: boolean;
  /** The meaning in words: "Phê duyệt ban hành QT-CNTT-03, lần ban hành 04". */
  statement: string;
  /** What is signed: the document's title and a short content hash. */
  subject: string;
  contentHash: string;
  /** The approval also asks for the decision and its dates. */
  withDecision?: boolean;
  /** The register's next decision number, proposed (editable, or emptied for the văn thư). */
  proposedDecisionNo?: string;
  /** Ask for an optional comment (reviews and checks may add one). */
  withComment?: boolean;
  onCancel: () => void;
  onSign: (values: SigningValues) => Promise<void>;
  /** On 409: fetch the latest version; the password and dates typed stay. */
  onReload?: () => Promise<void>;
  extra?: ReactNode;
};

/** UX.md "Signing": what is signed and its meaning, the password re-entered, nothing else to guess. */
export function SigningModal(props: Props) {
  const {
    open,
    statement,
    subject,
    contentHash,
    withDecision,
    proposedDecisionNo,
    withComment,
    onCancel,
    onSign,
    onReload,
    extra,
  } = props;
  const { t } = useTranslation();
  const today = todayDate();
  return (
    <FormModal<SigningValues>
      name="sign"
      open={open}
      title={t('documents.sign.title')}
      okText={t('documents.sign.submit')}
      onCancel={onCancel}
      onSubmit={(values) => onSign(values)}
      onReload={onReload && (() => onReload())}
      initialValues={
        withDecision ? { issueDate: today, effectiveDate: today, decisionNo: proposedDecisionNo } : {}
      }
      width={600}
      intro={
        <>
          <Typography.Paragraph strong style={{ fontSize: 16 }} data-testid="signing-statement">
            {statement}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            bordered
            style={{ marginBottom: 16 }}
            items={[
              { key: 's', label: t('documents.sign.subject'), children: subject },
              {
                key: 'h',
                label: t('documents.sign.hash'),
                children: (
                  <Typography.Text code title={contentHash}>
                    {contentHash.slice(0, 16)}…
                  </Typography.Text>
                ),
              },
            ]}
          />
          {extra}
          <Alert type="info" showIcon title={t('documents.sign.explain')} style={{ marginBottom: 16 }} />
        </>
      }
    >
      {withDecision && (
        <>
          <Form.Item
            label={t('approvals.decision.label')}
            name="decisionNo"
            extra={
              proposedDecisionNo
                ? t('approvals.decision.proposedHelp', { no: proposedDecisionNo })
                : t('approvals.decision.laterHelp')
            }
            rules={[zodRule(transitionBody.shape.decisionNo.unwrap().max(60))]}
          >
            <Input maxLength={60} placeholder={t('documents.sign.decisionPlaceholder')} />
          </Form.Item>
          <Form.Item
            label={t('documents.fields.issueDate')}
            name="issueDate"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label={t('documents.fields.effectiveDate')}
            name="effectiveDate"
            dependencies={['issueDate']}
            rules={[
              { required: true, message: t('common.required') },
              ({ getFieldValue }) => ({
                validator: async (_rule, value: Dayjs | undefined) => {
                  const issued: Dayjs | undefined = getFieldValue('issueDate');
                  if (value && issued && value.isBefore(issued, 'day'))
                    throw new Error(t('documents.sign.effectiveBeforeIssue'));
                },
              }),
            ]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label={t('documents.sign.distributeTo')}
            name="distributeUnitIds"
            extra={t('documents.sign.distributeHelp')}
          >
            <UnitsSelect allowClear placeholder={t('documents.sign.distributeDefault')} />
          </Form.Item>
        </>
      )}
      {withComment && (
        <Form.Item label={t('documents.sign.comment')} name="comment">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      )}
      <Form.Item
        label={t('documents.sign.password')}
        name="password"
        extra={t('documents.sign.passwordHelp')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
    </FormModal>
  );
}
