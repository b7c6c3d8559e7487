import { useQuery } from '@tanstack/react-query';
import { Empty, Flex, Skeleton, Timeline, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitEventView } from '../../../../contract/org.ts';
import { api } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { orgKeys, useUnits } from '../queries.ts';
import { describeEvent } from './describeEvent.ts';
import { HistoryUnitFilter } from './HistoryUnitFilter.tsx';

/** The organisation's restructurings, newest first, optionally for one unit. */
export function UnitHistory({
  unitId,
  onUnitChange,
}: {
  unitId?: string;
  onUnitChange: (id?: string) => void;
}) {
  const { t } = useTranslation();
  const units = useUnits('all');
  const events = useQuery({
    queryKey: [...orgKeys.unitEvents, unitId ?? 'all'],
    queryFn: () => api.get<UnitEventView[]>('/unit-events', { unitId }),
  });
  const byId = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u])), [units.data]);
  const items = [...(events.data ?? [])].reverse();

  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <HistoryUnitFilter units={units.data ?? []} value={unitId} onChange={onUnitChange} />
      </Flex>
      <ErrorAlert error={events.error} />
      {events.isLoading ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t('org.history.empty')} />
      ) : (
        <Timeline
          items={items.map((e) => ({
            key: e.id,
            content: (
              <>
                <Typography.Text>{describeEvent(e, byId, t)}</Typography.Text>
                {e.note && (
                  <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                    {e.note}
                  </Typography.Paragraph>
                )}
              </>
            ),
          }))}
        />
      )}
    </>
  );
}
