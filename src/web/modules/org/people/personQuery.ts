import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { PersonView } from '../../../../contract/org.ts';
import { api } from '../../../app/api.ts';
import { orgKeys } from '../queries.ts';

export const personKey = (id: string) => [...orgKeys.people, 'one', id];

export function usePerson(id: string) {
  return useQuery({ queryKey: personKey(id), queryFn: () => api.get<PersonView>(`/people/${id}`) });
}

/** After a change answered with the person: show it, and let lists and counts refresh. */
export function storePerson(queryClient: QueryClient, person: PersonView) {
  queryClient.setQueryData(personKey(person.id), person);
  void queryClient.invalidateQueries({ queryKey: [...orgKeys.people, 'list'] });
  void queryClient.invalidateQueries({ queryKey: orgKeys.home });
}
