import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccessRegime, FileState, TransferStatus } from '../../../../contract/record-files.ts';

const stateColours: Record<FileState, string> = { open: 'blue', closed: 'green', transferred: 'default' };

export function FileStateTag({ state }: { state: FileState }) {
  const { t } = useTranslation();
  return <Tag color={stateColours[state]}>{t(`recordFiles.state.${state}`)}</Tag>;
}

export function NotInCatalogueTag() {
  const { t } = useTranslation();
  return <Tag color="orange">{t('recordFiles.notInCatalogue')}</Tag>;
}

export function TransferStatusTag({ status }: { status: TransferStatus | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Tag color={status === 'overdue' ? 'red' : 'gold'}>{t(`recordFiles.transferStatus.${status}`)}</Tag>;
}

export function PastRetentionTag({ past }: { past: boolean }) {
  const { t } = useTranslation();
  return past ? <Tag color="purple">{t('recordFiles.counts.pastRetention')}</Tag> : null;
}

export function RegimeTag({ regime }: { regime: AccessRegime }) {
  const { t } = useTranslation();
  return <Tag color={regime === 'restricted' ? 'red' : undefined}>{t(`recordFiles.regime.${regime}`)}</Tag>;
}

/** "Vĩnh viễn" or "N năm". */
export function useRetentionText() {
  const { t } = useTranslation();
  return (years: number | null) =>
    years == null ? t('recordFiles.permanent') : t('recordFiles.years', { count: years });
}
