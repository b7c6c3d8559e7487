import { useQueries } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import type { PersonView } from '../../../../contract/org.ts';
import { api } from '../../../app/api.ts';
import { orgKeys } from '../queries.ts';
import { usePeopleSearch } from './PersonSelect.tsx';

type Props = {
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  placeholder?: string;
  /** People who need not be offered (already there): shown neither as options nor chosen. */
  exclude?: string[];
};

/** Who the person is at work, to tell namesakes apart: "Nguyễn Văn A — Vụ trưởng, Vụ Bưu chính". */
const labelOf = (p: PersonView) =>
  `${p.fullName} — ${[p.positionName, p.unitName].filter(Boolean).join(', ')}`;

/**
 * Pick several people of the agency still at work (asks the server as you type), e.g. the
 * guests of a meeting; works as a Form.Item child.
 */
export function PeopleSelect({ id, value = [], onChange, placeholder, exclude = [] }: Props) {
  const [q, setQ] = useState('');
  const [seen, setSeen] = useState(() => new Map<string, PersonView>());
  const found = usePeopleSearch(q, 'true');
  // Chosen people no longer among the matches of the current search keep their names.
  const missing = value.filter((v) => !seen.has(v));
  const chosen = useQueries({
    queries: missing.map((personId) => ({
      queryKey: [...orgKeys.people, 'one', personId],
      queryFn: () => api.get<PersonView>(`/people/${personId}`),
    })),
  });
  const people = new Map(seen);
  for (const c of chosen) if (c.data) people.set(c.data.id, c.data);
  for (const p of found.data?.items ?? []) people.set(p.id, p);
  const skip = new Set(exclude);
  const offered = [...(found.data?.items ?? []).map((p) => p.id), ...value];
  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      value={value}
      placeholder={placeholder}
      loading={found.isFetching}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onBlur={() => setQ('')}
      onChange={(ids: string[]) => {
        setSeen(new Map([...people].filter(([i]) => ids.includes(i))));
        onChange?.(ids);
      }}
      options={[...new Set(offered)].flatMap((p) => {
        const person = people.get(p);
        return person && !skip.has(p) ? [{ value: p, label: labelOf(person) }] : [];
      })}
      popupMatchSelectWidth={false}
      // Long titles: the list stays within the screen (each option ends in "…", its title in full on hover).
      styles={{ popup: { root: { maxWidth: 'min(720px, calc(100vw - 32px))' } } }}
      style={{ width: '100%' }}
    />
  );
}
