import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, List, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CalendarDayView } from '../../../contract/calendar.ts';
import { api } from '../../app/api.ts';
import { formatDate } from '../../app/format.ts';
import { currentLang } from '../../app/i18n/index.ts';
import { homeKey } from '../../app/query.ts';
import { calendarKey } from './keys.ts';

const kindStyle = {
  holiday: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  working_day: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
};

type Props = {
  month: number;
  days: CalendarDayView[];
  canEdit: boolean;
  onEdit: (day: CalendarDayView) => void;
};

export function MonthCard({ month, days, canEdit, onEdit }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const name = (d: CalendarDayView) => (currentLang() === 'en' && d.nameEn ? d.nameEn : d.nameVi);

  const remove = (d: CalendarDayView) =>
    modal.confirm({
      title: t('calendar.deleteConfirm', { date: formatDate(d.date), name: name(d) }),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.delete(`/calendar/days/${d.date}`);
          message.success(t('calendar.deleted', { date: formatDate(d.date) }));
        } catch (e) {
          message.error(e instanceof Error ? e.message : String(e));
        }
        void queryClient.invalidateQueries({ queryKey: calendarKey(Number(d.date.slice(0, 4))) });
        void queryClient.invalidateQueries({ queryKey: homeKey });
      },
    });

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('calendar.month', {
            month,
            name: dayjs()
              .month(month - 1)
              .format('MMMM'),
          })}
        </Typography.Title>
      }
      style={{ height: '100%' }}
    >
      <List
        dataSource={days}
        renderItem={(d) => (
          <List.Item
            actions={
              canEdit
                ? [
                    <Button
                      key="edit"
                      type="text"
                      size="small"
                      icon={<EditOutlined aria-hidden />}
                      aria-label={t('calendar.editLabel', { date: formatDate(d.date) })}
                      onClick={() => onEdit(d)}
                    />,
                    <Button
                      key="delete"
                      type="text"
                      size="small"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('calendar.deleteLabel', { date: formatDate(d.date) })}
                      onClick={() => remove(d)}
                    />,
                  ]
                : undefined
            }
          >
            <Flex gap={12} align="baseline" wrap style={{ minWidth: 0 }}>
              <span style={{ minWidth: 150 }}>
                <strong>{formatDate(d.date)}</strong>{' '}
                <Typography.Text type="secondary">{dayjs(d.date).format('ddd')}</Typography.Text>
              </span>
              <span style={{ flex: 1, minWidth: 160 }}>
                {name(d)}{' '}
                <Tag variant="outlined" style={kindStyle[d.kind]}>
                  {d.kind === 'holiday' ? t('calendar.holiday') : t('calendar.workingDay')}
                </Tag>
              </span>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
