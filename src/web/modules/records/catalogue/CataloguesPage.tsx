import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, InputNumber } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CatalogueSummary } from '../../../../contract/records-catalogue.ts';
import { DataList, useIsPhone, useListState } from '../../../app/components/DataList.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { filterStyle } from '../../../app/components/filterStyle.ts';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { PageSpinner } from '../../../app/components/PageSpinner.tsx';
import { formatDate, formatNumber } from '../../../app/format.ts';
import { UnitSelect } from '../../org/units/UnitSelect.tsx';
import { CatalogueStateTag } from './CatalogueStateTag.tsx';
import { CreateCatalogueModal } from './CreateCatalogueModal.tsx';
import { cataloguePath, useCatalogues } from './queries.ts';

const CataloguePage = lazy(async () => ({ default: (await import('./CataloguePage.tsx')).CataloguePage }));

/** /records/catalogues lists the catalogues; /records/catalogues/:id shows one. */
export function CataloguesPage() {
  const { id } = useParams();
  if (id)
    return (
      <Suspense fallback={<PageSpinner />}>
        <CataloguePage id={id} />
      </Suspense>
    );
  return <CatalogueList />;
}

function CatalogueList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const state = useListState();
  const [creating, setCreating] = useState(false);
  const phone = useIsPhone();
  const unitId = state.get('unitId');
  const year = Number(state.get('year')) || undefined;
  const list = useCatalogues({ unitId, year });
  const update = (key: string, value: string | number | undefined) => state.update({ [key]: value });
  const filtered = state.filtered;
  const canCreate = list.data?.canCreate ?? false;
  const createButton = (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
      {t('catalogue.list.create')}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={t('catalogue.title')}
        subtitle={t('catalogue.subtitle')}
        extra={canCreate && createButton}
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <UnitSelect
            aria-label={t('catalogue.list.unit')}
            placeholder={t('catalogue.list.unit')}
            allowClear
            value={unitId}
            onChange={(value) => update('unitId', value)}
            style={filterStyle(260)}
          />
          <InputNumber
            aria-label={t('catalogue.list.year')}
            placeholder={t('catalogue.list.year')}
            min={1990}
            max={2999}
            value={year}
            onChange={(value) => update('year', value ?? undefined)}
            style={filterStyle(120)}
          />
          {filtered && <Button onClick={state.clear}>{t('catalogue.list.clear')}</Button>}
        </Flex>
        <ErrorAlert error={list.error} />
        <DataList<CatalogueSummary>
          label={t('catalogue.title')}
          testId="catalogues-list"
          rowKey="id"
          loading={list.isFetching}
          data={list.data?.items}
          state={state}
          hideOnSinglePage
          empty={
            <Empty description={filtered ? t('catalogue.list.empty') : t('catalogue.list.emptyAll')}>
              {!filtered && canCreate && createButton}
            </Empty>
          }
          columns={[
            {
              key: 'year',
              title: t('catalogue.list.year'),
              render: (_, c) => <Link to={cataloguePath(c.id)}>{c.year}</Link>,
            },
            {
              key: 'unit',
              card: 'title',
              title: t('catalogue.list.unit'),
              render: (_, c) => (
                <Link to={cataloguePath(c.id)}>{phone ? `${c.year} · ${c.unitName}` : c.unitName}</Link>
              ),
            },
            {
              key: 'state',
              card: 'field',
              title: t('catalogue.list.state'),
              render: (_, c) => <CatalogueStateTag state={c.state} />,
            },
            {
              key: 'entries',
              card: 'field',
              title: t('catalogue.list.entries'),
              align: 'right',
              render: (_, c) => formatNumber(c.entryCount),
            },
            {
              key: 'issuedAt',
              card: 'field',
              title: t('catalogue.list.issuedAt'),
              render: (_, c) => formatDate(c.issuedAt),
            },
          ]}
        />
      </Card>
      <CreateCatalogueModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => navigate(cataloguePath(created))}
      />
    </>
  );
}
