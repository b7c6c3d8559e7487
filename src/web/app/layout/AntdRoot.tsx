import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUSModule from 'antd/locale/en_US.js';
import viVNModule from 'antd/locale/vi_VN.js';
import dayjs from 'dayjs';
import 'dayjs/locale/vi.js';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/index.ts';

type AntLocale = NonNullable<Parameters<typeof ConfigProvider>[0]['locale']>;
/** antd's locale files are CommonJS: depending on the interop the default is the locale or wraps it. */
const unwrap = (m: unknown): AntLocale =>
  (m as { locale?: string }).locale ? (m as AntLocale) : (m as { default: AntLocale }).default;
const enUS = unwrap(enUSModule);
const viVN = unwrap(viVNModule);

// Dates (antd's pickers, the pages' formats) follow the language; dayjs comes with antd.
const setDayjsLocale = (lang: string) => dayjs.locale(lang === 'en' ? 'en' : 'vi');
setDayjsLocale(i18n.language);
i18n.on('languageChanged', setDayjsLocale);

/**
 * Darker than antd's defaults where text sits on colour, for WCAG AA contrast (the sign-in
 * page, which loads before antd, copies these values into signin.css).
 */
const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorBgLayout: '#f5f6f8',
    borderRadius: 6,
  },
};

/**
 * antd's theme, locale and App (messages, notifications, confirm dialogs) for the signed-in
 * pages; loaded with them, after sign-in.
 */
export function AntdRoot({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={appTheme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
