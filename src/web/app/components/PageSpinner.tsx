import { useTranslation } from 'react-i18next';

/**
 * Shown while a page's code or first data loads, also before antd has loaded (at start, on
 * the way to the sign-in page): plain elements, styled in index.html like antd's Spin.
 */
export function PageSpinner() {
  const { t } = useTranslation();
  return (
    <div className="page-spinner" role="status">
      <span className="page-spinner-dots" aria-hidden>
        <i />
        <i />
        <i />
        <i />
      </span>
      {t('common.loading')}
    </div>
  );
}
