import { Grid, Radio, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type TabItem = { key: string; label: string; children: ReactNode };

/** Tabs on a wide screen; on a phone the sections as wrapping buttons (five tabs do not fit). */
export function DocumentTabs({
  active,
  onChange,
  items,
}: {
  active: string;
  onChange: (key: string) => void;
  items: TabItem[];
}) {
  const { t } = useTranslation();
  const mobile = Grid.useBreakpoint().md === false;
  if (!mobile) return <Tabs activeKey={active} onChange={onChange} items={items} />;
  return (
    <>
      <Radio.Group
        aria-label={t('documents.tabs.label')}
        optionType="button"
        buttonStyle="solid"
        value={active}
        onChange={(e) => onChange(e.target.value)}
        options={items.map((i) => ({ value: i.key, label: i.label }))}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 16 }}
      />
      {items.find((i) => i.key === active)?.children}
    </>
  );
}
