import { Button, Flex, Input, Select, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentType } from '../../../../contract/documents.ts';
import { filterStyle } from '../../../app/components/filterStyle.ts';
import { UnitSelect } from '../../org/units/UnitSelect.tsx';
import { typeOptions } from '../names.ts';

export type DocumentFilter = {
  q?: string;
  type?: DocumentType;
  ownerUnitId?: string;
  status: 'in_force' | 'withdrawn' | 'none' | 'all';
  /** Documents with a version waiting for approval. */
  pendingState?: 'submitted';
  /** In force with the periodic review date passed. */
  reviewOverdue?: 'true';
};
export const statuses = ['all', 'in_force', 'none', 'withdrawn'] as const;

type Props = {
  value: DocumentFilter;
  onChange: (changes: Partial<DocumentFilter>) => void;
  onClear: () => void;
};

/** Text, type, owner unit and status; the page keeps them in the address. */
export function DocumentFilters({ value, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value.q ?? '');
  useEffect(() => setText(value.q ?? ''), [value.q]);
  const filtered = Boolean(
    value.q ||
      value.type ||
      value.ownerUnitId ||
      value.status !== 'all' ||
      value.pendingState ||
      value.reviewOverdue,
  );
  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        aria-label={t('documents.list.search')}
        placeholder={t('documents.list.searchPlaceholder')}
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={filterStyle(260)}
      />
      <Select
        aria-label={t('documents.fields.type')}
        placeholder={t('documents.fields.type')}
        allowClear
        value={value.type}
        onChange={(type) => onChange({ type: type ?? undefined })}
        options={typeOptions()}
        style={filterStyle(220)}
        popupMatchSelectWidth={false}
      />
      <UnitSelect
        aria-label={t('documents.fields.ownerUnit')}
        placeholder={t('documents.fields.ownerUnit')}
        allowClear
        value={value.ownerUnitId}
        onChange={(ownerUnitId) => onChange({ ownerUnitId })}
        style={filterStyle(240)}
      />
      <Select
        aria-label={t('documents.fields.status')}
        value={value.status}
        onChange={(status) => onChange({ status })}
        options={statuses.map((s) => ({ value: s, label: t(`documents.list.status.${s}`) }))}
        style={filterStyle(180)}
      />
      {value.pendingState && (
        <Tag closable onClose={() => onChange({ pendingState: undefined })} style={{ alignSelf: 'center' }}>
          {t('documents.list.pendingSubmitted')}
        </Tag>
      )}
      {value.reviewOverdue && (
        <Tag closable onClose={() => onChange({ reviewOverdue: undefined })} style={{ alignSelf: 'center' }}>
          {t('documents.list.reviewOverdue')}
        </Tag>
      )}
      {filtered && <Button onClick={onClear}>{t('common.clearFilters')}</Button>}
    </Flex>
  );
}
