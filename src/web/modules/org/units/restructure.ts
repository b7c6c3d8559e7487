import { useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import type { RestructureBody } from '../../../../contract/org.ts';
import { api } from '../../../app/api.ts';
import { toIsoDate } from '../../../app/format.ts';
import { orgKeys } from '../queries.ts';

export type RestructureCommon = { effectiveDate: Dayjs; decisionRef?: string; note?: string };

/** The shared part of every restructure body; blank texts are left out. */
export function commonBody(v: RestructureCommon) {
  return {
    effectiveDate: toIsoDate(v.effectiveDate) as string,
    decisionRef: v.decisionRef?.trim() || undefined,
    note: v.note?.trim() || undefined,
  };
}

/** Sends a restructuring and refreshes everything it may have changed. */
export function useRestructure() {
  const queryClient = useQueryClient();
  return async (body: RestructureBody) => {
    const result = await api.post<{ eventId: string }>('/unit-events', body);
    for (const key of [orgKeys.units, orgKeys.unitEvents, orgKeys.people, orgKeys.home]) {
      void queryClient.invalidateQueries({ queryKey: key });
    }
    return result;
  };
}
