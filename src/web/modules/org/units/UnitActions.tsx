import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitView } from '../../../../contract/org.ts';

export type UnitAction = 'addChild' | 'edit' | 'rename' | 'merge' | 'split' | 'dissolve' | 'history';

/** The actions this person may take on this unit now (from the abilities the server returns). */
export function UnitActions({ unit, onAction }: { unit: UnitView; onAction: (action: UnitAction) => void }) {
  const { t } = useTranslation();
  const active = unit.status === 'active';
  const items: MenuProps['items'] = [];
  if (active && unit.abilities.update) {
    items.push({ key: 'addChild', label: t('org.units.addChild') }, { key: 'edit', label: t('common.edit') });
  }
  if (active && unit.abilities.restructure) {
    items.push(
      { type: 'divider' },
      { key: 'rename', label: t('org.restructure.rename') },
      { key: 'merge', label: t('org.restructure.merge') },
      { key: 'split', label: t('org.restructure.split') },
      { key: 'dissolve', label: t('org.restructure.dissolve'), danger: true },
    );
  }
  if (items.length > 0) items.push({ type: 'divider' });
  items.push({ key: 'history', label: t('org.units.history') });
  return (
    <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => onAction(key as UnitAction) }}>
      <Button size="small" aria-label={t('org.units.moreActions', { name: unit.name })}>
        {t('common.actions')} <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}
