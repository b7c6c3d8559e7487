import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../../contract/org.ts';
import { ApiError, api } from '../../../app/api.ts';
import { SecretModal } from '../../../app/components/SecretModal.tsx';
import { personKey, storePerson } from './personQuery.ts';

type Reset = { oneTimePassword: string; emailed: boolean };

/** Reset password and (de)activate, each confirmed once in words that say what happens. */
export function PersonActions({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const [reset, setReset] = useState<Reset | null>(null);

  const fail = (e: unknown) => {
    message.error(e instanceof Error ? e.message : String(e));
    // A stale version: show the latest so the next try works.
    if (e instanceof ApiError && e.stale)
      void queryClient.invalidateQueries({ queryKey: personKey(person.id) });
  };

  const confirmReset = () =>
    modal.confirm({
      title: t('org.person.resetPassword'),
      content: t('org.person.resetConfirm', { name: person.fullName }),
      okText: t('org.person.resetPassword'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          setReset(await api.post<Reset>(`/people/${person.id}/reset-password`, { version: person.version }));
          void queryClient.invalidateQueries({ queryKey: personKey(person.id) });
        } catch (e) {
          fail(e);
        }
      },
    });

  const confirmActive = () => {
    const activate = !person.active;
    modal.confirm({
      title: activate ? t('org.person.activate') : t('org.person.deactivate'),
      content: t(activate ? 'org.person.activateConfirm' : 'org.person.deactivateConfirm', {
        name: person.fullName,
      }),
      okText: activate ? t('org.person.activate') : t('org.person.deactivate'),
      okButtonProps: { danger: !activate },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          storePerson(
            queryClient,
            await api.patch<PersonView>(`/people/${person.id}`, {
              version: person.version,
              active: activate,
            }),
          );
          message.success(activate ? t('org.person.activated') : t('org.person.deactivated'));
        } catch (e) {
          fail(e);
        }
      },
    });
  };

  return (
    <>
      {person.abilities.resetPassword && (
        <Button onClick={confirmReset}>{t('org.person.resetPassword')}</Button>
      )}
      {person.abilities.update && (
        <Button danger={person.active} onClick={confirmActive}>
          {person.active ? t('org.person.deactivate') : t('org.person.activate')}
        </Button>
      )}
      <SecretModal
        secret={reset?.oneTimePassword ?? null}
        title={t('org.person.resetDoneTitle', { name: person.fullName })}
        warning={reset?.emailed ? t('org.person.emailed') : t('org.person.notEmailed')}
        label={t('org.people.oneTimePassword')}
        onClose={() => setReset(null)}
      >
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('org.people.createdText')}
        </Typography.Paragraph>
      </SecretModal>
    </>
  );
}
