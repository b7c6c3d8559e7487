import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterStyle } from '../../app/components/filterStyle.ts';
import { DATE_FORMAT, toIsoDate } from '../../app/format.ts';
import { PersonSelect } from '../org/people/PersonSelect.tsx';
import { entityLabel, entityTypes } from './labels.ts';

export type AuditFilter = {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  q?: string;
};
type Props = { value: AuditFilter; onChange: (changes: Partial<AuditFilter>) => void; onClear: () => void };

export function AuditFilters({ value, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value.q ?? '');
  useEffect(() => setText(value.q ?? ''), [value.q]);
  const filtered = Object.values(value).some(Boolean);
  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        aria-label={t('audit.text')}
        placeholder={t('audit.textPlaceholder')}
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={filterStyle(260)}
      />
      <PersonSelect
        aria-label={t('audit.person')}
        placeholder={t('audit.person')}
        value={value.actorId}
        onChange={(actorId) => onChange({ actorId })}
        style={filterStyle(240)}
      />
      <Select
        aria-label={t('audit.recordType')}
        placeholder={t('audit.recordType')}
        allowClear
        value={value.entityType}
        onChange={(entityType) => onChange({ entityType: entityType ?? undefined })}
        options={entityTypes
          .map((type) => ({ value: type, label: entityLabel(type) }))
          .sort((a, b) => a.label.localeCompare(b.label, 'vi'))}
        style={filterStyle(200)}
      />
      <DatePicker.RangePicker
        aria-label={t('audit.period')}
        placeholder={[t('audit.periodFrom'), t('audit.periodTo')]}
        format={DATE_FORMAT}
        value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
        onChange={(range) => onChange({ from: toIsoDate(range?.[0]), to: toIsoDate(range?.[1]) })}
        allowEmpty={[true, true]}
        style={filterStyle(260)}
      />
      {filtered && <Button onClick={onClear}>{t('common.clearFilters')}</Button>}
    </Flex>
  );
}
