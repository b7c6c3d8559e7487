import { PaperClipOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NcEvidenceFile } from '../../../contract/nonconformities.ts';
import { formatFileSize } from '../../app/format.ts';
import { paths } from '../../app/paths.ts';

/** An action's evidence files: each downloads, and says which records file holds it. */
export function EvidenceFiles({ ncId, files }: { ncId: string; files: NcEvidenceFile[] }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <ul
      aria-label={t('nonconformities.action.files')}
      style={{ listStyle: 'none', margin: '4px 0 0', padding: 0 }}
    >
      {files.map((f) => (
        <li key={f.id} style={{ marginTop: 4 }}>
          <a href={`/api/v1/nonconformities/${ncId}/evidence/${f.id}`} download={f.fileName}>
            <PaperClipOutlined aria-hidden /> {f.fileName}
          </a>{' '}
          <Typography.Text type="secondary">({formatFileSize(f.size)})</Typography.Text>
          <br />
          {f.recordFile && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              <Link to={`${paths.recordFiles}/${f.recordFile.id}`}>
                {t('nonconformities.action.filedIn', { code: f.recordFile.fileCode })}
              </Link>
              {f.recordFile.inCatalogue ? '' : ` (${t('nonconformities.action.outsideCatalogue')})`}
            </Typography.Text>
          )}
        </li>
      ))}
    </ul>
  );
}
