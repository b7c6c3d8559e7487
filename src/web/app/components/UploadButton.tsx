import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';

/** A button that sends the chosen file at once (no file list kept on the page). */
export function UploadButton({
  accept,
  busy,
  label,
  onFile,
}: {
  accept: string;
  busy: boolean;
  label: string;
  onFile: (file: File) => void;
}) {
  return (
    <Upload
      accept={accept}
      showUploadList={false}
      beforeUpload={(file) => {
        onFile(file);
        return false;
      }}
    >
      <Button icon={<UploadOutlined aria-hidden />} loading={busy} style={{ marginBottom: 16 }}>
        {label}
      </Button>
    </Upload>
  );
}
