import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { type CSSProperties, useState } from 'react';
import type { Page } from '../../../../contract/common.ts';
import type { PersonView } from '../../../../contract/org.ts';
import { api } from '../../../app/api.ts';
import { orgKeys } from '../queries.ts';

type Props = {
  /** The id its label points at (a Form.Item passes it). */
  id?: string;
  value?: string;
  onChange: (id: string | undefined) => void;
  placeholder?: string;
  'aria-label'?: string;
  style?: CSSProperties;
};

/** The people whose name or username matches what is typed (asks the server as you type). */
export function usePeopleSearch(q: string, active: 'all' | 'true') {
  return useQuery({
    queryKey: [...orgKeys.people, 'options', active, q],
    queryFn: () =>
      api.get<Page<PersonView>>('/people', { q: q || undefined, active, pageSize: 30, sort: 'fullName' }),
    placeholderData: keepPreviousData,
  });
}

/** Find a person by name or username (asks the server as you type); includes former staff. */
export function PersonSelect({ value, onChange, ...rest }: Props) {
  const [q, setQ] = useState('');
  const found = usePeopleSearch(q, 'all');
  // The chosen person may not be among the matches of the current search.
  const chosen = useQuery({
    queryKey: [...orgKeys.people, 'one', value],
    queryFn: () => api.get<PersonView>(`/people/${value}`),
    enabled: Boolean(value),
  });
  const people = new Map((found.data?.items ?? []).map((p) => [p.id, p]));
  if (chosen.data) people.set(chosen.data.id, chosen.data);
  return (
    <Select
      {...rest}
      allowClear
      value={value}
      onChange={(id) => onChange(id ?? undefined)}
      loading={found.isFetching}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onBlur={() => setQ('')}
      options={[...people.values()].map((p) => ({ value: p.id, label: `${p.fullName} (${p.username})` }))}
      popupMatchSelectWidth={false}
    />
  );
}
