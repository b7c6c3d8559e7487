import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type PersonView, usernameRule } from '../../../../contract/org.ts';
import { api } from '../../../app/api.ts';
import { useMe } from '../../../app/auth.tsx';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { SecretModal } from '../../../app/components/SecretModal.tsx';
import { zodRule } from '../../../app/forms.ts';
import { paths } from '../../../app/paths.ts';
import { orgKeys } from '../queries.ts';
import { PersonFields, personBody } from './PersonFields.tsx';

type Values = {
  fullName: string;
  username: string;
  email?: string;
  phone?: string;
  unitId: string;
  positionId?: string;
};
type Created = { person: PersonView; oneTimePassword: string | null };

/** A new account; its one-time password is shown once, with a copy button. */
export function CreatePersonModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<Created | null>(null);

  const submit = async (v: Values) => {
    const result = await api.post<Created>('/people', { ...personBody(v), username: v.username.trim() });
    void queryClient.invalidateQueries({ queryKey: orgKeys.people });
    void queryClient.invalidateQueries({ queryKey: orgKeys.units });
    void queryClient.invalidateQueries({ queryKey: orgKeys.home });
    onClose();
    if (result.oneTimePassword) setCreated(result);
    else message.success(t('org.people.createdTitle', { username: result.person.username }));
  };

  return (
    <>
      <FormModal<Values>
        name="person"
        open={open}
        title={t('org.people.createTitle')}
        okText={t('common.save')}
        onCancel={onClose}
        onSubmit={submit}
        initialValues={{ unitId: me.activeUnitId ?? me.person.unitId }}
      >
        <PersonFields
          afterName={
            <Form.Item
              label={t('org.people.username')}
              name="username"
              extra={t('org.people.usernameHelp')}
              rules={[{ required: true, message: t('common.required') }, zodRule(usernameRule)]}
            >
              <Input maxLength={64} autoComplete="off" spellCheck={false} />
            </Form.Item>
          }
        />
      </FormModal>
      <SecretModal
        secret={created?.oneTimePassword ?? null}
        title={t('org.people.createdTitle', { username: created?.person.username ?? '' })}
        warning={t('org.people.createdText')}
        label={t('org.people.oneTimePassword')}
        onClose={() => setCreated(null)}
      >
        {created && (
          <Button
            type="link"
            style={{ paddingInline: 0 }}
            onClick={() => navigate(`${paths.people}/${created.person.id}`)}
          >
            {t('org.people.openPerson')}
          </Button>
        )}
      </SecretModal>
    </>
  );
}
