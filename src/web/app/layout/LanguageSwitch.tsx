import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLang, currentLang, type Lang, languages } from '../i18n/index.ts';

/** Tiếng Việt / English; remembered in this browser. */
export function LanguageSwitch({ compact }: { compact?: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [lang],
        items: languages.map((l) => ({ key: l, label: <span lang={l}>{t(`lang.${l}`)}</span> })),
        onClick: ({ key }) => void changeLang(key as Lang),
      }}
    >
      <Button
        type="text"
        icon={<GlobalOutlined aria-hidden />}
        aria-label={`${t('top.language')}: ${t(`lang.${lang}`)}`}
      >
        {compact ? lang.toUpperCase() : t(`lang.${lang}`)}
      </Button>
    </Dropdown>
  );
}
