import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a restructuring will do, in words, above its fields (UX.md: destructive actions say what happens). */
export function Explain({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={children}
      description={t('common.irreversible')}
    />
  );
}
