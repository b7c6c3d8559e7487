import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Page } from '../../../../contract/common.ts';
import { type PersonView, peopleQuery, personSortFields } from '../../../../contract/org.ts';
import { api } from '../../../app/api.ts';
import { isAgencyAdmin, useMe } from '../../../app/auth.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { StateTag } from '../../../app/components/StateTag.tsx';
import { formatDateTime, formatNumber } from '../../../app/format.ts';
import { paths } from '../../../app/paths.ts';
import { orgKeys } from '../queries.ts';
import { CreatePersonModal } from './CreatePersonModal.tsx';
import { ImportModal } from './ImportModal.tsx';
import { type PeopleFilter, PeopleFilters } from './PeopleFilters.tsx';
import { personState } from './personState.ts';
import { RoleTags } from './RoleTags.tsx';

const PAGE_SIZE = 20;
const sortable = personSortFields;

/** The people of the agency; filters, sort and page live in the address (UX.md "Lists"). */
export function PeoplePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const active = params.get('active');
  const filter: PeopleFilter = {
    q: params.get('q') ?? undefined,
    unitId: params.get('unitId') ?? undefined,
    role: params.get('role') ?? undefined,
    active: active === 'false' || active === 'all' ? active : 'true',
    locked: params.get('locked') === 'true' ? 'true' : undefined,
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  // A sort the list does not offer (an old link) is dropped rather than refused.
  const sort = peopleQuery.shape.sort.safeParse(params.get('sort') ?? undefined).data;
  const query = { ...filter, page, pageSize: PAGE_SIZE, sort };
  const people = useQuery({
    queryKey: [...orgKeys.people, 'list', query],
    queryFn: () => api.get<Page<PersonView>>('/people', query),
    placeholderData: keepPreviousData,
  });

  const update = (changes: Record<string, string | number | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || v === '' || (k === 'active' && v === 'true') || (k === 'page' && v === 1))
          next.delete(k);
        else next.set(k, String(v));
      }
      return next;
    });

  const onTableChange: TableProps<PersonView>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = s?.order ? String(s.columnKey) : undefined;
    const nextSort = field ? `${s.order === 'descend' ? '-' : ''}${field}` : undefined;
    update({ page: nextSort === sort ? pagination.current : 1, sort: nextSort });
  };
  const orderOf = (key: (typeof sortable)[number]) =>
    sort === key ? ('ascend' as const) : sort === `-${key}` ? ('descend' as const) : null;
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
        <PeopleFilters
          value={filter}
          onChange={(changes) => update({ ...changes, page: 1 })}
          onClear={() => setParams(new URLSearchParams())}
        />
        <ErrorAlert error={people.error} />
        <Table<PersonView>
          rowKey="id"
          loading={people.isFetching}
          dataSource={people.data?.items}
          onChange={onTableChange}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: <Empty description={filtered ? t('org.people.empty') : t('org.people.emptyAll')} />,
          }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: people.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total, [from, to]) =>
              t('common.range', {
                from: formatNumber(from),
                to: formatNumber(to),
                total: formatNumber(total),
              }),
          }}
          columns={[
            {
              key: 'fullName',
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
              title: t('org.people.unit'),
              dataIndex: 'unitName',
              sorter: true,
              sortOrder: orderOf('unitName'),
            },
            { key: 'position', title: t('org.people.position'), render: (_, p) => p.positionName ?? '—' },
            { key: 'roles', title: t('org.people.roles'), render: (_, p) => <RoleTags roles={p.roles} /> },
            {
              key: 'state',
              title: t('org.people.status'),
              render: (_, p) => <StateTag state={personState(p)} />,
            },
            {
              key: 'lastLoginAt',
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
