import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/components/PageHeader.tsx';

export function CaseMeasuresPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('caseMeasures.title')} />;
}
