import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../../contract/org.ts';
import { api } from '../../../app/api.ts';
import { EmptyText } from '../../../app/components/EmptyText.tsx';
import { ScrollX } from '../../../app/components/ScrollX.tsx';
import { roleName } from '../names.ts';
import { AddGrantModal } from './AddGrantModal.tsx';
import { storePerson } from './personQuery.ts';

type Grant = PersonView['roles'][number];

/** The person's roles, each for a unit or the whole agency; grant and revoke. */
export function GrantsCard({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const scopeOf = (g: Grant) => g.unitName ?? t('common.wholeAgency');

  const revoke = (g: Grant) =>
    modal.confirm({
      title: t('org.person.removeGrantConfirm', {
        role: roleName(g.role),
        scope: scopeOf(g),
        name: person.fullName,
      }),
      okText: t('org.person.removeGrant'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          storePerson(queryClient, await api.delete<PersonView>(`/people/${person.id}/grants/${g.id}`));
          message.success(t('org.person.grantRemoved'));
        } catch (e) {
          message.error(e instanceof Error ? e.message : String(e));
        }
      },
    });

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('org.person.grants')}
        </Typography.Title>
      }
      extra={
        person.abilities.grant && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('org.person.addGrant')}
          </Button>
        )
      }
    >
      <ScrollX label={t('org.person.grants')}>
        <Table<Grant>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={person.roles}
          locale={{ emptyText: <EmptyText>{t('org.person.noGrants')}</EmptyText> }}
          columns={[
            { key: 'role', title: t('org.person.role'), render: (_, g) => roleName(g.role) },
            { key: 'scope', title: t('org.person.scope'), render: (_, g) => scopeOf(g) },
            {
              key: 'actions',
              title: <span className="sr-only">{t('common.actions')}</span>,
              align: 'right',
              render: (_, g) =>
                person.abilities.grant && (
                  <Button
                    size="small"
                    danger
                    onClick={() => revoke(g)}
                    aria-label={t('org.person.removeGrantLabel', {
                      role: roleName(g.role),
                      scope: scopeOf(g),
                    })}
                  >
                    {t('org.person.removeGrant')}
                  </Button>
                ),
            },
          ]}
        />
      </ScrollX>
      <AddGrantModal person={person} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
