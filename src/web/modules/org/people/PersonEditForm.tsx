import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, InputNumber } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../../contract/org.ts';
import { api } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { keepTyped, useFormError } from '../../../app/forms.ts';
import { PersonFields, personBody } from './PersonFields.tsx';
import { storePerson } from './personQuery.ts';

type Values = {
  fullName: string;
  email?: string;
  phone?: string;
  unitId: string;
  positionId?: string | null;
  version: number;
};
const fields = ['fullName', 'email', 'phone', 'unitId', 'positionId'] as const;

const valuesOf = (p: PersonView): Values => ({
  fullName: p.fullName,
  email: p.email ?? '',
  phone: p.phone ?? '',
  unitId: p.unitId,
  positionId: p.positionId,
  version: p.version,
});

/** Edits a person in place; a newer version from the server never wipes what is being typed. */
export function PersonEditForm({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const failure = useFormError(form);
  const [busy, setBusy] = useState(false);
  const [reloaded, setReloaded] = useState(false);

  // A newer version (a grant, a reload) refreshes the untouched fields and the version.
  useEffect(() => {
    keepTyped(form, valuesOf(person), [...fields]);
    form.setFieldValue('version', person.version);
  }, [form, person]);

  const submit = async (v: Values) => {
    setBusy(true);
    failure.clear();
    setReloaded(false);
    try {
      const saved = await api.patch<PersonView>(`/people/${person.id}`, {
        version: v.version,
        ...personBody(v),
      });
      form.resetFields();
      storePerson(queryClient, saved);
      message.success(t('org.person.saved'));
    } catch (e) {
      failure.capture(e);
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    const fresh = await api.get<PersonView>(`/people/${person.id}`);
    storePerson(queryClient, fresh);
    failure.clear();
    setReloaded(true);
  };

  return (
    <Form<Values>
      form={form}
      name="personEdit"
      layout="vertical"
      requiredMark="optional"
      initialValues={valuesOf(person)}
      onFinish={submit}
      disabled={!person.abilities.update}
    >
      <ErrorAlert error={failure.error} details={failure.unplaced} onReload={reload} />
      {reloaded && (
        <Alert type="info" showIcon title={t('errors.staleReloaded')} style={{ marginBottom: 16 }} />
      )}
      <PersonFields />
      <Form.Item name="version" hidden>
        <InputNumber />
      </Form.Item>
      {person.abilities.update && (
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common.saveChanges')}
        </Button>
      )}
    </Form>
  );
}
