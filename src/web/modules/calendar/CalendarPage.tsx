import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Col, Empty, Row, Select, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CalendarDayView } from '../../../contract/calendar.ts';
import { api } from '../../app/api.ts';
import { isAgencyAdmin, useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { todayIso } from '../../app/format.ts';
import { DayModal, type DayTarget } from './DayModal.tsx';
import { calendarKey } from './keys.ts';
import { MonthCard } from './MonthCard.tsx';

/** The agency's holidays and swapped working days for one year, by month. */
export function CalendarPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayIso().slice(0, 4));
  const year = Number(params.get('year')) || thisYear;
  const [target, setTarget] = useState<DayTarget | null>(null);
  const canEdit = isAgencyAdmin(me);
  const days = useQuery({
    queryKey: calendarKey(year),
    queryFn: () => api.get<CalendarDayView[]>('/calendar/days', { year }),
  });
  const setYear = (y: number) => setParams(y === thisYear ? {} : { year: String(y) }, { replace: true });

  const byMonth = new Map<number, CalendarDayView[]>();
  for (const day of [...(days.data ?? [])].sort((a, b) => a.date.localeCompare(b.date))) {
    const month = Number(day.date.slice(5, 7));
    byMonth.set(month, [...(byMonth.get(month) ?? []), day]);
  }
  const years = Array.from({ length: 11 }, (_, i) => thisYear - 5 + i);
  if (!years.includes(year)) years.push(year);

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        subtitle={canEdit ? t('calendar.subtitle') : `${t('calendar.subtitle')} ${t('calendar.readOnly')}`}
        extra={
          <>
            <Space.Compact>
              <Button
                icon={<LeftOutlined aria-hidden />}
                aria-label={t('calendar.prevYear')}
                onClick={() => setYear(year - 1)}
              />
              <Select
                aria-label={t('calendar.year')}
                value={year}
                onChange={setYear}
                options={years.sort().map((y) => ({ value: y, label: `${t('calendar.year')} ${y}` }))}
                style={{ width: 120 }}
              />
              <Button
                icon={<RightOutlined aria-hidden />}
                aria-label={t('calendar.nextYear')}
                onClick={() => setYear(year + 1)}
              />
            </Space.Compact>
            {canEdit && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setTarget({ year })}>
                {t('calendar.add')}
              </Button>
            )}
          </>
        }
      />
      <ErrorAlert error={days.error} />
      {days.isLoading ? (
        <Skeleton active />
      ) : byMonth.size === 0 ? (
        <Empty description={t('calendar.empty', { year })}>
          {canEdit && (
            <Button type="primary" onClick={() => setTarget({ year })}>
              {t('calendar.add')}
            </Button>
          )}
        </Empty>
      ) : (
        <Row gutter={[16, 16]}>
          {[...byMonth].map(([month, list]) => (
            <Col key={month} xs={24} lg={12} xxl={8}>
              <MonthCard
                month={month}
                days={list}
                canEdit={canEdit}
                onEdit={(day) => setTarget({ year, day })}
              />
            </Col>
          ))}
        </Row>
      )}
      <DayModal target={target} onClose={() => setTarget(null)} />
    </>
  );
}
