import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUSModule from 'antd/locale/en_US.js';
import viVNModule from 'antd/locale/vi_VN.js';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { AuthProvider } from './auth.tsx';
import { queryClient } from './query.ts';
import { AppRoutes } from './routes.tsx';

type AntLocale = NonNullable<Parameters<typeof ConfigProvider>[0]['locale']>;
/** antd's locale files are CommonJS: depending on the interop the default is the locale or wraps it. */
const unwrap = (m: unknown): AntLocale =>
  (m as { locale?: string }).locale ? (m as AntLocale) : (m as { default: AntLocale }).default;
const enUS = unwrap(enUSModule);
const viVN = unwrap(viVNModule);

/** Darker than antd's defaults where text sits on colour, for WCAG AA contrast. */
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

function Providers() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={appTheme}>
      <AntApp>
        <AuthProvider>
          <AppRoutes />
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Providers />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
