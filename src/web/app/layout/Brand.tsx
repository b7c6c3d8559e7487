import { SafetyCertificateFilled } from '@ant-design/icons';
import { Flex, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function Brand({ collapsed }: { collapsed?: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Link to="/" aria-label={t('app.homeLink')} style={{ color: token.colorText }}>
      <Flex align="center" gap={8}>
        <SafetyCertificateFilled aria-hidden style={{ fontSize: 24, color: token.colorPrimary }} />
        {!collapsed && (
          <span style={{ lineHeight: 1.15 }}>
            <strong style={{ fontSize: 18, letterSpacing: 0.5 }}>eiso</strong>
            <br />
            <span style={{ fontSize: 12, color: token.colorTextSecondary }}>{t('app.tagline')}</span>
          </span>
        )}
      </Flex>
    </Link>
  );
}
