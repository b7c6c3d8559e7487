import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterStyle } from '../../../app/components/filterStyle.ts';
import { roleOptions } from '../names.ts';
import { UnitSelect } from '../units/UnitSelect.tsx';

export type PeopleFilter = {
  q?: string;
  unitId?: string;
  role?: string;
  active: 'true' | 'false' | 'all';
  /** Only accounts locked after repeated wrong passwords (the home page links here). */
  locked?: 'true';
};

type Props = { value: PeopleFilter; onChange: (changes: Partial<PeopleFilter>) => void; onClear: () => void };

/** Text, unit, role and state; the page keeps them in the address. */
export function PeopleFilters({ value, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const filtered = Boolean(value.q || value.unitId || value.role || value.locked || value.active !== 'true');
  const [text, setText] = useState(value.q ?? '');
  useEffect(() => setText(value.q ?? ''), [value.q]);
  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        aria-label={t('org.people.search')}
        placeholder={t('org.people.searchPlaceholder')}
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={filterStyle(260)}
      />
      <UnitSelect
        aria-label={t('org.people.unit')}
        placeholder={t('org.people.unit')}
        allowClear
        value={value.unitId}
        onChange={(unitId) => onChange({ unitId })}
        style={filterStyle(240)}
      />
      <Select
        aria-label={t('org.people.role')}
        placeholder={t('org.people.role')}
        allowClear
        value={value.role}
        onChange={(role) => onChange({ role: role ?? undefined })}
        options={roleOptions()}
        style={filterStyle(240)}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('org.people.status')}
        value={value.active}
        onChange={(active) => onChange({ active })}
        options={[
          { value: 'true', label: t('org.people.statusActive') },
          { value: 'false', label: t('org.people.statusInactive') },
          { value: 'all', label: t('common.all') },
        ]}
        style={filterStyle(180)}
      />
      {filtered && <Button onClick={onClear}>{t('common.clearFilters')}</Button>}
    </Flex>
  );
}
