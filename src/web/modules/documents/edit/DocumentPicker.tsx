import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import type { Page } from '../../../../contract/common.ts';
import type { DocumentView, MasterListItem } from '../../../../contract/documents.ts';
import { api } from '../../../app/api.ts';
import { docKeys } from '../queries.ts';

type Props = {
  id?: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
  /** The chosen document, e.g. to fill a form's code and title. */
  onPick?: (item: MasterListItem) => void;
  placeholder?: string;
  /** Which documents to offer: those in force (the default), or all the agency's. */
  status?: 'in_force' | 'all';
};

/** Links a row to a document held in eiso (searching codes and titles as you type). */
export function DocumentPicker({ id, value, onChange, onPick, placeholder, status = 'in_force' }: Props) {
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: docKeys.list({ picker: q, status }),
    queryFn: () => api.get<Page<MasterListItem>>('/documents', { q: q || undefined, pageSize: 20, status }),
    placeholderData: keepPreviousData,
  });
  const chosen = useQuery({
    queryKey: docKeys.document(value ?? ''),
    queryFn: () => api.get<DocumentView>(`/documents/${value}`),
    enabled: Boolean(value),
  });
  const items = found.data?.items ?? [];
  const options = items.map((d) => ({ value: d.id, label: `${d.code} ${d.title}` }));
  if (chosen.data && !items.some((d) => d.id === chosen.data.id))
    options.unshift({ value: chosen.data.id, label: `${chosen.data.code} ${chosen.data.title}` });
  return (
    <Select
      id={id}
      allowClear
      value={value || undefined}
      placeholder={placeholder}
      loading={found.isFetching}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onBlur={() => setQ('')}
      onChange={(next: string | undefined) => {
        onChange?.(next ?? undefined);
        const item = items.find((d) => d.id === next);
        if (item) onPick?.(item);
      }}
      options={options}
      popupMatchSelectWidth={false}
      // Long titles: the list stays within the screen (each option ends in "…", its title in full on hover).
      styles={{ popup: { root: { maxWidth: 'min(720px, calc(100vw - 32px))' } } }}
    />
  );
}
