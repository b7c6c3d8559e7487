import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';

/** Picks one .xlsx to send later (nothing is uploaded on choosing); null when removed. */
export function XlsxPicker({
  file,
  onChange,
  label,
}: {
  file: File | null;
  onChange: (file: File | null) => void;
  label: string;
}) {
  return (
    <Upload
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      maxCount={1}
      beforeUpload={(f) => {
        onChange(f);
        return false;
      }}
      onRemove={() => onChange(null)}
      fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
    >
      <Button icon={<UploadOutlined aria-hidden />}>{label}</Button>
    </Upload>
  );
}
