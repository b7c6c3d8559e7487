import { App, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../contract/auth.ts';
import { api } from '../api.ts';
import { useAuth, useMe } from '../auth.tsx';

/** Which of the person's units they act for now (UnitSwitcher loads it for those with several). */
export function ActiveUnitSelect({ block }: { block?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const { accept } = useAuth();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  const change = async (unitId: string) => {
    setSaving(true);
    try {
      const next = await api.put<Me>('/auth/active-unit', { unitId });
      accept(next);
      message.success(t('top.unitSwitched', { unit: next.units.find((u) => u.id === unitId)?.name ?? '' }));
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Select
      aria-label={t('top.unit')}
      value={me.activeUnitId ?? undefined}
      loading={saving}
      onChange={change}
      options={me.units.map((u) => ({ value: u.id, label: u.name }))}
      style={block ? { width: '100%' } : { width: 220 }}
      popupMatchSelectWidth={false}
    />
  );
}
