import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, type FormInstance, Input, InputNumber, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type CalendarDayView, putCalendarDayBody } from '../../../contract/calendar.ts';
import { api } from '../../app/api.ts';
import { FormModal } from '../../app/components/FormModal.tsx';
import { DATE_FORMAT, formatDate, todayDate, toIsoDate } from '../../app/format.ts';
import { keepTyped, zodRule } from '../../app/forms.ts';
import { homeKey } from '../../app/query.ts';
import { calendarKey } from './keys.ts';

/** A new day (in `year`) or an existing one to edit. */
export type DayTarget = { year: number; day?: CalendarDayView };
type Values = {
  date: Dayjs;
  kind: CalendarDayView['kind'];
  nameVi: string;
  nameEn?: string;
  version?: number;
};

export function DayModal({ target, onClose }: { target: DayTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const day = target?.day;
  const required = { required: true, message: t('common.required') };

  const refresh = (date: string) => {
    void queryClient.invalidateQueries({ queryKey: calendarKey(Number(date.slice(0, 4))) });
    void queryClient.invalidateQueries({ queryKey: homeKey });
  };

  const submit = async (v: Values) => {
    const date = toIsoDate(v.date) as string;
    await api.put(`/calendar/days/${date}`, {
      kind: v.kind,
      nameVi: v.nameVi,
      nameEn: v.nameEn?.trim() || undefined,
      version: v.version,
    });
    message.success(t('calendar.saved', { date: formatDate(date) }));
    refresh(date);
    onClose();
  };

  const reload = async (form: FormInstance<Values>) => {
    if (!day) return;
    const list = await api.get<CalendarDayView[]>('/calendar/days', { year: day.date.slice(0, 4) });
    const fresh = list.find((d) => d.date === day.date);
    if (!fresh) return;
    keepTyped(form, fresh, ['kind', 'nameVi', 'nameEn']);
    form.setFieldValue('version', fresh.version);
    refresh(day.date);
  };

  const newDate = target?.year === todayDate().year() ? todayDate() : dayjs(`${target?.year}-01-01`);

  return (
    <FormModal<Values>
      name="day"
      open={target !== null}
      title={day ? t('calendar.editTitle', { date: formatDate(day.date) }) : t('calendar.createTitle')}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      onReload={day ? reload : undefined}
      initialValues={
        day
          ? {
              date: dayjs(day.date),
              kind: day.kind,
              nameVi: day.nameVi,
              nameEn: day.nameEn,
              version: day.version,
            }
          : { date: newDate, kind: 'holiday' }
      }
    >
      <Form.Item label={t('calendar.date')} name="date" rules={[required]}>
        <DatePicker format={DATE_FORMAT} disabled={Boolean(day)} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={t('calendar.kind')} name="kind" rules={[required]}>
        <Radio.Group
          options={[
            { value: 'holiday', label: t('calendar.holiday') },
            { value: 'working_day', label: t('calendar.workingDay') },
          ]}
        />
      </Form.Item>
      <Form.Item
        label={t('calendar.nameVi')}
        name="nameVi"
        rules={[required, zodRule(putCalendarDayBody.shape.nameVi)]}
      >
        <Input maxLength={200} lang="vi" />
      </Form.Item>
      <Form.Item
        label={t('calendar.nameEn')}
        name="nameEn"
        rules={[zodRule(putCalendarDayBody.shape.nameEn)]}
      >
        <Input maxLength={200} lang="en" />
      </Form.Item>
      <Form.Item name="version" hidden>
        <InputNumber />
      </Form.Item>
    </FormModal>
  );
}
