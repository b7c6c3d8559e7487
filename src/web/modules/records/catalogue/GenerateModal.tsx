import { useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueView, GenerateResult } from '../../../../contract/records-catalogue.ts';
import { api } from '../../../app/api.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { catalogueApi, catalogueKeys } from './queries.ts';

/** Entries from the "records to keep" of the unit's procedures in force; unreadable ones are listed. */
export function GenerateModal({
  view,
  open,
  onClose,
}: {
  view: CatalogueView;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<GenerateResult | null>(null);
  const close = () => {
    setResult(null);
    onClose();
  };
  return (
    <FormModal<{ headingId: string | null }>
      name="catalogue-generate"
      open={open}
      width={640}
      title={t('catalogue.generate.title')}
      okText={result ? t('common.close') : t('catalogue.generate.ok')}
      onCancel={close}
      initialValues={{ headingId: null }}
      intro={
        result ? (
          <Alert
            type={result.unparsed.length ? 'warning' : 'success'}
            showIcon
            style={{ marginBottom: 16 }}
            title={t('catalogue.generate.created', { count: result.created.length })}
            description={
              result.unparsed.length > 0 && (
                <>
                  <Typography.Paragraph style={{ marginBottom: 4 }}>
                    {t('catalogue.generate.unparsed')}
                  </Typography.Paragraph>
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {result.unparsed.map((u) => (
                      <li key={`${u.documentCode}:${u.recordName}`}>
                        {t('catalogue.generate.unparsedItem', {
                          code: u.documentCode,
                          name: u.recordName,
                          retention: u.retention,
                        })}
                      </li>
                    ))}
                  </ul>
                </>
              )
            }
          />
        ) : (
          <Typography.Paragraph>{t('catalogue.generate.intro')}</Typography.Paragraph>
        )
      }
      onSubmit={async (values) => {
        if (result) return close();
        setResult(await api.post<GenerateResult>(`${catalogueApi(view.id)}/generate`, values));
        await queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
      }}
    >
      {!result && (
        <Form.Item name="headingId" label={t('catalogue.generate.heading')}>
          <Select
            options={[
              { value: null, label: t('catalogue.generate.headingAuto') },
              ...view.headings.map((h) => ({ value: h.id, label: `${h.number}. ${h.title}` })),
            ]}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
