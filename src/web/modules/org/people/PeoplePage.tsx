import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Page } from '../../../../contract/common.ts';
import { type PersonView, peopleQuery, personSortFields } from '../../../../contract/org.ts';
import { api } from '../../../app/api.ts';
import { isAgencyAdmin, useMe } from '../../../app/auth.tsx';
import { DataList, useListState } from '../../../app/components/DataList.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { StateTag } from '../../../app/components/StateTag.tsx';
import { formatDateTime } from '../../../app/format.ts';
import { paths } from '../../../app/paths.ts';
import { orgKeys } from '../queries.ts';
import { CreatePersonModal } from './CreatePersonModal.tsx';
import { ImportModal } from './ImportModal.tsx';
import { type PeopleFilter, PeopleFilters } from './PeopleFilters.tsx';
import { personState } from './personState.ts';
import { RoleTags } from './RoleTags.tsx';

/** The people of the agency; filters, sort and page live in the address (UX.md "Lists"). */
export function PeoplePage() {
  const { t } = useTranslation();
  // A sort the list does not offer (an old link) is dropped rather than refused.
  const state = useListState({ defaults: { active: 'true' }, sorts: personSortFields });
  const me = useMe();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const active = state.get('active');
  const filter: PeopleFilter = {
    q: state.get('q'),
    unitId: state.get('unitId'),
    role: state.get('role'),
    active: active === 'false' || active === 'all' ? active : 'true',
    locked: state.get('locked') === 'true' ? 'true' : undefined,
  };
  const sort = peopleQuery.shape.sort.safeParse(state.sort).data;
  const query = { ...filter, page: state.page, pageSize: state.pageSize, sort };
  const people = useQuery({
    queryKey: [...orgKeys.people, 'list', query],
    queryFn: () => api.get<Page<PersonView>>('/people', query),
    placeholderData: keepPreviousData,
  });
  const orderOf = state.orderOf;
  const filtered = Boolean(
    filter.q || filter.unitId || filter.role || filter.locked || filter.active !== 'true',
  );

  return (
    <>
      <PageHeader
        title={t('org.people.title')}
        extra={
          <>
            {isAgencyAdmin(me) && (
              <Button icon={<UploadOutlined aria-hidden />} onClick={() => setImporting(true)}>
                {t('org.people.import')}
              </Button>
            )}
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('org.people.add')}
            </Button>
          </>
        }
      />
      <Card>
        <PeopleFilters value={filter} onChange={(changes) => state.update(changes)} onClear={state.clear} />
        <ErrorAlert error={people.error} />
        <DataList<PersonView>
          label={t('org.people.title')}
          testId="people-list"
          rowKey="id"
          loading={people.isFetching}
          data={people.data?.items}
          total={people.data?.total ?? 0}
          state={state}
          empty={<Empty description={filtered ? t('org.people.empty') : t('org.people.emptyAll')} />}
          columns={[
            {
              key: 'fullName',
              card: 'title',
              title: t('org.people.fullName'),
              sorter: true,
              sortOrder: orderOf('fullName'),
              render: (_, p) => <Link to={`${paths.people}/${p.id}`}>{p.fullName}</Link>,
            },
            {
              key: 'username',
              title: t('org.people.username'),
              dataIndex: 'username',
              sorter: true,
              sortOrder: orderOf('username'),
            },
            {
              key: 'unitName',
              card: 'field',
              title: t('org.people.unit'),
              render: (_, p) => <div style={{ minWidth: 100, maxWidth: 150 }}>{p.unitName}</div>,
              sorter: true,
              sortOrder: orderOf('unitName'),
            },
            {
              key: 'position',
              card: 'field',
              title: t('org.people.position'),
              render: (_, p) => <div style={{ maxWidth: 120 }}>{p.positionName ?? '—'}</div>,
            },
            {
              key: 'roles',
              card: 'field',
              title: t('org.people.roles'),
              render: (_, p) => (
                <div style={{ minWidth: 160, maxWidth: 240 }}>
                  <RoleTags roles={p.roles} />
                </div>
              ),
            },
            {
              key: 'state',
              card: 'field',
              title: t('org.people.status'),
              render: (_, p) => <StateTag state={personState(p)} />,
            },
            {
              key: 'lastLoginAt',
              card: 'field',
              title: t('org.people.lastLogin'),
              sorter: true,
              sortOrder: orderOf('lastLoginAt'),
              render: (_, p) =>
                p.lastLoginAt ? formatDateTime(p.lastLoginAt, false) : t('org.people.neverLoggedIn'),
            },
          ]}
        />
      </Card>
      <CreatePersonModal open={creating} onClose={() => setCreating(false)} />
      <ImportModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
