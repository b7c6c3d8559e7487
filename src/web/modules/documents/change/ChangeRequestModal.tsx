import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ChangeKind, DocumentType, DocumentView } from '../../../../contract/documents.ts';
import { createChangeRequestBody } from '../../../../contract/documents.ts';
import { api } from '../../../app/api.ts';
import { useMe } from '../../../app/auth.tsx';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { zodRule } from '../../../app/forms.ts';
import { UnitSelect } from '../../org/units/UnitSelect.tsx';
import { requesters } from '../access.ts';
import { typeOptions } from '../names.ts';
import { docPaths } from '../paths.ts';
import { docKeys } from '../queries.ts';

type Values = {
  reason: string;
  legalBasis?: string;
  type?: DocumentType;
  title?: string;
  code?: string;
  ownerUnitId?: string;
};
type Props = {
  kind: ChangeKind;
  /** The document to revise or withdraw (not for a new one). */
  document?: DocumentView;
  open: boolean;
  onClose: () => void;
};
const shape = createChangeRequestBody.shape;

/** Đề nghị ban hành mới / sửa đổi / thu hồi: opens a draft and goes to it. */
export function ChangeRequestModal({ kind, document, open, onClose }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const grants = me.grants.filter((g) => requesters.includes(g.role));
  // Unit-scoped requesters choose among their units; agency-wide ones among all.
  const unitChoices = grants.some((g) => g.unitId === null)
    ? null
    : [...new Map(grants.map((g) => [g.unitId, g.unitName ?? ''])).entries()].map(([value, label]) => ({
        value: value ?? '',
        label,
      }));

  const submit = async (v: Values) => {
    const created = await api.post<{ documentId: string; versionId: string }>('/documents/change-requests', {
      kind,
      reason: v.reason,
      legalBasis: v.legalBasis?.trim() || undefined,
      ...(kind === 'new'
        ? { type: v.type, title: v.title, code: v.code?.trim() || undefined, ownerUnitId: v.ownerUnitId }
        : { documentId: document?.id }),
    });
    void queryClient.invalidateQueries({ queryKey: docKeys.all });
    message.success(t(`documents.change.created.${kind}`));
    onClose();
    navigate(docPaths.document(created.documentId, created.versionId));
  };

  const subject = document ? `${document.code} ${document.title}` : '';
  return (
    <FormModal<Values>
      name={`change-${kind}`}
      open={open}
      title={t(`documents.change.title.${kind}`)}
      okText={t('documents.change.submit')}
      danger={kind === 'withdraw'}
      onCancel={onClose}
      onSubmit={submit}
      initialValues={{ ownerUnitId: unitChoices?.[0]?.value ?? me.activeUnitId ?? undefined }}
      intro={
        <Typography.Paragraph>
          {kind === 'new' ? t('documents.change.introNew') : t(`documents.change.intro.${kind}`, { subject })}
        </Typography.Paragraph>
      }
    >
      {kind === 'new' && (
        <>
          <Form.Item
            label={t('documents.fields.type')}
            name="type"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select options={typeOptions()} />
          </Form.Item>
          <Form.Item
            label={t('documents.fields.title')}
            name="title"
            rules={[{ required: true, message: t('common.required') }, zodRule(shape.title)]}
          >
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item
            label={t('documents.fields.code')}
            name="code"
            extra={t('documents.change.codeHelp')}
            rules={[zodRule(shape.code)]}
          >
            <Input maxLength={40} spellCheck={false} placeholder="QT-CNTT-10" />
          </Form.Item>
          <Form.Item
            label={t('documents.fields.ownerUnit')}
            name="ownerUnitId"
            rules={[{ required: true, message: t('common.required') }]}
          >
            {unitChoices ? <Select options={unitChoices} /> : <UnitSelect />}
          </Form.Item>
        </>
      )}
      <Form.Item
        label={t('documents.change.reason')}
        name="reason"
        rules={[{ required: true, message: t('common.required') }, zodRule(shape.reason)]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item
        label={t('documents.change.legalBasis')}
        name="legalBasis"
        extra={t('documents.change.legalBasisHelp')}
        rules={[zodRule(shape.legalBasis)]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
