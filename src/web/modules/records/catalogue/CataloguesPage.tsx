import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/components/PageHeader.tsx';

export function CataloguesPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('catalogue.title')} />;
}
