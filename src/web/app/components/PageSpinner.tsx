import { Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function PageSpinner() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" gap={12} style={{ minHeight: 240 }} role="status">
      <Spin />
      <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>
    </Flex>
  );
}
