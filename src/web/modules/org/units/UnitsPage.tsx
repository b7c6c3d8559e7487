import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Switch, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { UnitView } from '../../../../contract/org.ts';
import { isAgencyAdmin, useMe } from '../../../app/auth.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { filterStyle } from '../../../app/components/filterStyle.ts';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { useUnits } from '../queries.ts';
import { DissolveModal } from './DissolveModal.tsx';
import { MergeModal } from './MergeModal.tsx';
import { RenameModal } from './RenameModal.tsx';
import { SplitModal } from './SplitModal.tsx';
import type { UnitAction } from './UnitActions.tsx';
import { UnitFormModal, type UnitFormTarget } from './UnitFormModal.tsx';
import { UnitHistory } from './UnitHistory.tsx';
import { UnitsTable } from './UnitsTable.tsx';

type Restructuring = { action: 'rename' | 'merge' | 'split' | 'dissolve'; unit: UnitView } | null;

/**
 * The units as a tree (tab "Cơ cấu") and their restructurings (tab "Lịch sử thay đổi").
 * Filters live in the address so a view can be shared: ?q=, ?closed=1, ?tab=history&unit=.
 */
export function UnitsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'history' ? 'history' : 'structure';
  const showClosed = params.get('closed') === '1';
  const query = params.get('q') ?? '';
  const units = useUnits(showClosed ? 'all' : 'active');
  const [form, setForm] = useState<UnitFormTarget | null>(null);
  const [restructuring, setRestructuring] = useState<Restructuring>(null);
  const canCreate = isAgencyAdmin(me);

  const setParam = (changes: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );

  const onAction = (unit: UnitView, action: UnitAction) => {
    if (action === 'addChild') setForm({ mode: 'create', parent: unit });
    else if (action === 'edit') setForm({ mode: 'edit', unit });
    else if (action === 'history') setParam({ tab: 'history', unit: unit.id });
    else setRestructuring({ action, unit });
  };
  const closeRestructuring = () => setRestructuring(null);
  const pick = (action: NonNullable<Restructuring>['action']) =>
    restructuring?.action === action ? restructuring.unit : null;

  const structure = (
    <>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={t('org.units.search')}
          placeholder={t('org.units.searchPlaceholder')}
          allowClear
          defaultValue={query}
          onSearch={(q) => setParam({ q: q.trim() || undefined })}
          onChange={(e) => setParam({ q: e.target.value.trim() || undefined })}
          style={filterStyle(260)}
        />
        <Flex component="label" align="center" gap={8}>
          <Switch checked={showClosed} onChange={(on) => setParam({ closed: on ? '1' : undefined })} />
          {t('org.units.showClosed')}
        </Flex>
      </Flex>
      <ErrorAlert error={units.error} />
      <UnitsTable
        units={units.data ?? []}
        loading={units.isLoading}
        query={query}
        linkPeople={me.abilities.administer}
        onAction={onAction}
        empty={
          <Empty description={query ? t('org.units.noMatch', { q: query }) : t('org.units.empty')}>
            {!query && canCreate && (
              <Button type="primary" onClick={() => setForm({ mode: 'create', parent: null })}>
                {t('org.units.add')}
              </Button>
            )}
          </Empty>
        }
      />
    </>
  );

  return (
    <>
      <PageHeader
        title={me.abilities.administer ? t('org.units.title') : t('org.units.titleReadOnly')}
        subtitle={
          me.abilities.administer
            ? t('org.units.subtitle', { agency: me.agency.name })
            : `${t('org.units.subtitle', { agency: me.agency.name })}. ${t('org.units.readOnlyNote')}`
        }
        extra={
          canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setForm({ mode: 'create', parent: null })}
            >
              {t('org.units.add')}
            </Button>
          )
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParam({ tab: key === 'history' ? 'history' : undefined })}
          items={[
            { key: 'structure', label: t('org.units.tabStructure'), children: structure },
            {
              key: 'history',
              label: t('org.units.tabHistory'),
              children: (
                <UnitHistory
                  unitId={params.get('unit') ?? undefined}
                  onUnitChange={(id) => setParam({ unit: id })}
                />
              ),
            },
          ]}
        />
      </Card>
      <UnitFormModal target={form} onClose={() => setForm(null)} />
      <RenameModal unit={pick('rename')} onClose={closeRestructuring} />
      <MergeModal unit={pick('merge')} onClose={closeRestructuring} />
      <SplitModal unit={pick('split')} onClose={closeRestructuring} />
      <DissolveModal unit={pick('dissolve')} onClose={closeRestructuring} />
    </>
  );
}
