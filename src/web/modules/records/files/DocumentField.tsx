import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import type { Page } from '../../../../contract/common.ts';
import type { MasterListItem } from '../../../../contract/documents.ts';
import { api } from '../../../app/api.ts';

/** Finds a document of the register by code or title (asks the server as you type). */
export function DocumentField(props: {
  id?: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
}) {
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['record-files', 'document-options', q],
    queryFn: () =>
      api.get<Page<MasterListItem>>('/documents', { q: q || undefined, pageSize: 30, status: 'all' }),
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      id={props.id}
      value={props.value}
      onChange={(id) => props.onChange?.(id ?? undefined)}
      allowClear
      loading={found.isFetching}
      showSearch={{ filterOption: false, onSearch: setQ }}
      options={(found.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.code} – ${d.title}` }))}
      popupMatchSelectWidth={false}
    />
  );
}
