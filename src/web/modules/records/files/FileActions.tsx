import { useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, type FormInstance, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessRegime, FileView } from '../../../../contract/record-files.ts';
import { api } from '../../../app/api.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { DATE_FORMAT, toIsoDate } from '../../../app/format.ts';
import { keepTyped } from '../../../app/forms.ts';
import { PersonField, RegimeField, RetentionField } from './fields.tsx';
import { storeFile } from './queries.ts';

type EditValues = {
  version: number;
  title: string;
  retentionYears: number | null;
  accessRegime: AccessRegime;
  ownerPersonId?: string;
  language: string;
  startDate: Dayjs;
  pageCount: number;
  notes?: string;
};
const editable = [
  'title',
  'retentionYears',
  'accessRegime',
  'ownerPersonId',
  'language',
  'startDate',
  'pageCount',
  'notes',
] as const;

const valuesOf = (f: FileView): EditValues => ({
  version: f.version,
  title: f.title,
  retentionYears: f.retentionYears,
  accessRegime: f.accessRegime,
  ownerPersonId: f.ownerPersonId ?? undefined,
  language: f.language,
  startDate: dayjs(f.startDate),
  pageCount: f.pageCount,
  notes: f.notes ?? undefined,
});

/** Edit, close and reopen: the buttons the person may use now, each with its dialog. */
export function FileActions({ file }: { file: FileView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'edit' | 'close' | 'reopen' | null>(null);
  const done = (fresh: FileView, text: string) => {
    storeFile(queryClient, fresh);
    message.success(text);
    setDialog(null);
  };
  const reload = async (form: FormInstance<EditValues>) => {
    const fresh = await api.get<FileView>(`/record-files/${file.id}`);
    storeFile(queryClient, fresh);
    keepTyped(form, valuesOf(fresh), [...editable]);
    form.setFieldValue('version', fresh.version);
  };

  return (
    <>
      {file.abilities.edit && <Button onClick={() => setDialog('edit')}>{t('recordFiles.page.edit')}</Button>}
      {file.abilities.close && (
        <Button type="primary" onClick={() => setDialog('close')}>
          {t('recordFiles.page.close')}
        </Button>
      )}
      {file.abilities.reopen && (
        <Button onClick={() => setDialog('reopen')}>{t('recordFiles.page.reopen')}</Button>
      )}

      <FormModal<EditValues>
        name="edit-file"
        open={dialog === 'edit'}
        title={t('recordFiles.page.edit')}
        okText={t('common.save')}
        onCancel={() => setDialog(null)}
        initialValues={valuesOf(file)}
        onReload={reload}
        onSubmit={async (v) => {
          const fresh = await api.patch<FileView>(`/record-files/${file.id}`, {
            version: v.version,
            title: v.title,
            retentionYears: v.retentionYears ?? null,
            accessRegime: v.accessRegime,
            ownerPersonId: v.ownerPersonId ?? null,
            language: v.language,
            startDate: toIsoDate(v.startDate),
            pageCount: v.pageCount,
            notes: v.notes?.trim() || null,
          });
          done(fresh, t('recordFiles.page.saved'));
        }}
        width={640}
      >
        <Form.Item name="version" hidden>
          <Input />
        </Form.Item>
        <Form.Item
          label={t('recordFiles.fields.title')}
          name="title"
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item label={t('recordFiles.fields.retention')} name="retentionYears">
          <RetentionField />
        </Form.Item>
        <Form.Item label={t('recordFiles.fields.accessRegime')} name="accessRegime">
          <RegimeField />
        </Form.Item>
        <Form.Item label={t('recordFiles.fields.owner')} name="ownerPersonId">
          <PersonField />
        </Form.Item>
        <Form.Item
          label={t('recordFiles.fields.language')}
          name="language"
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('recordFiles.fields.startDate')} name="startDate" rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('recordFiles.fields.pageCount')} name="pageCount">
          <InputNumber min={0} max={1_000_000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('recordFiles.fields.notes')} name="notes">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </FormModal>

      <FormModal<{ endDate?: Dayjs }>
        name="close-file"
        open={dialog === 'close'}
        title={t('recordFiles.page.close')}
        okText={t('recordFiles.page.close')}
        onCancel={() => setDialog(null)}
        intro={<p>{t('recordFiles.page.closeIntro')}</p>}
        onSubmit={async (v) => {
          const fresh = await api.post<FileView>(`/record-files/${file.id}/close`, {
            version: file.version,
            endDate: toIsoDate(v.endDate),
          });
          done(fresh, t('recordFiles.page.closed'));
        }}
      >
        <Form.Item label={t('recordFiles.fields.endDate')} name="endDate">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>

      <FormModal<{ reason: string }>
        name="reopen-file"
        open={dialog === 'reopen'}
        title={t('recordFiles.page.reopen')}
        okText={t('recordFiles.page.reopen')}
        onCancel={() => setDialog(null)}
        intro={<p>{t('recordFiles.page.reopenIntro')}</p>}
        onSubmit={async (v) => {
          const fresh = await api.post<FileView>(`/record-files/${file.id}/reopen`, {
            version: file.version,
            reason: v.reason,
          });
          done(fresh, t('recordFiles.page.reopened'));
        }}
      >
        <Form.Item
          label={t('recordFiles.page.reason')}
          name="reason"
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </FormModal>
    </>
  );
}
