import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitView } from '../../../../contract/org.ts';
import { filterStyle } from '../../../app/components/filterStyle.ts';
import { fold } from '../../../app/format.ts';

type Props = { units: UnitView[]; value?: string; onChange: (id?: string) => void };

/** Any unit, closed ones included: their history is what people look for. */
export function HistoryUnitFilter({ units, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={t('org.history.filterUnit')}
      placeholder={t('org.history.allUnits')}
      allowClear
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      style={filterStyle(260)}
      showSearch={{
        filterOption: (input, option) => fold(String(option?.label ?? '')).includes(fold(input)),
      }}
      options={units.map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }))}
    />
  );
}
