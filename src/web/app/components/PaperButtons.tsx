import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Downloads of a report as the báo cáo to leadership (DOCX and PDF, Nghị định 30/2020 layout):
 * `path` is the report's API path without extension, `qs` its query string.
 */
export function PaperButtons({ path, qs }: { path: string; qs: string }) {
  const { t } = useTranslation();
  const href = (extension: string) => `${path}.${extension}${qs ? `?${qs}` : ''}`;
  return (
    <>
      <Tooltip title={t('papers.hint')}>
        <Button href={href('docx')} download icon={<FileWordOutlined aria-hidden />}>
          {t('papers.docx')}
        </Button>
      </Tooltip>
      <Tooltip title={t('papers.hint')}>
        <Button href={href('pdf')} download icon={<FilePdfOutlined aria-hidden />}>
          {t('papers.pdf')}
        </Button>
      </Tooltip>
    </>
  );
}
