import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Button,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorView, ObjectiveDetail } from '../../../contract/objectives.ts';
import { api } from '../../app/api.ts';
import { FormModal } from '../../app/components/FormModal.tsx';
import { formatFileSize, formatNumber, todayIso } from '../../app/format.ts';
import { paths } from '../../app/paths.ts';
import { periodLabel } from './period.ts';

type PeriodValue = IndicatorView['values'][number];
type Entry = NonNullable<PeriodValue['entry']>;

/** A value with its unit: "91,5 %", "4,2 ngày làm việc". */
export const withUnit = (v: number | null, unit: string) =>
  v === null ? '—' : `${formatNumber(v, 1)}${unit.trim() === '%' ? '\u00a0%' : ` ${unit}`}`;

/** A manual value's evidence: its note, and its file to download with the records file holding it. */
export function ValueEvidence({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const file = entry.evidenceFile;
  return (
    <span>
      {entry.evidenceNote}
      {file && (
        <span style={{ display: 'block' }}>
          <a href={`/api/v1/objectives/values/${entry.id}/evidence`} download={file.fileName}>
            <PaperClipOutlined aria-hidden /> {file.fileName}
          </a>{' '}
          <Typography.Text type="secondary">({formatFileSize(file.size)})</Typography.Text>
          {file.recordFile && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
              <Link to={`${paths.recordFiles}/${file.recordFile.id}`}>
                {t('objectives.value.filedIn', { code: file.recordFile.fileCode })}
              </Link>
            </Typography.Text>
          )}
        </span>
      )}
    </span>
  );
}

type ValueForm = { periodStart: string; value: number; evidenceNote?: string; file?: UploadFile[] };
const fileList = (e: { fileList?: UploadFile[] } | UploadFile[]) => (Array.isArray(e) ? e : e?.fileList);

/**
 * A manual value for a period begun, with its evidence — a note, a file or both; it counts
 * once the unit head approves it. A period entered before keeps its file unless another is chosen.
 */
export function EnterValueModal(props: {
  indicator: IndicatorView | null;
  onClose: () => void;
  onDone: (detail: ObjectiveDetail) => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<ValueForm>();
  const chosen = Form.useWatch('periodStart', form);
  const ind = props.indicator;
  const today = todayIso();
  const periods = (ind?.values ?? []).filter((v) => v.periodStart <= today && v.entry?.state !== 'approved');
  const keptFile = periods.find((p) => p.periodStart === chosen)?.entry?.evidenceFile ?? null;
  return (
    <FormModal<ValueForm>
      name="objective-value"
      form={form}
      open={Boolean(ind)}
      title={ind ? `${t('objectives.value.enterTitle')}: ${ind.name}` : ''}
      okText={t('objectives.value.enter')}
      onCancel={props.onClose}
      initialValues={{ periodStart: periods.at(-1)?.periodStart }}
      onSubmit={async (v) => {
        if (!ind) return;
        const body = new FormData();
        body.set('periodStart', v.periodStart);
        body.set('value', String(v.value));
        if (v.evidenceNote?.trim()) body.set('evidenceNote', v.evidenceNote.trim());
        const file = v.file?.[0]?.originFileObj;
        if (file) body.set('file', file, file.name);
        props.onDone(await api.upload<ObjectiveDetail>(`/objectives/indicators/${ind.id}/values`, body));
      }}
    >
      <Form.Item name="periodStart" label={t('objectives.value.period')} rules={[{ required: true }]}>
        <Select
          options={periods.map((p) => ({
            value: p.periodStart,
            label: periodLabel(p.periodStart, p.periodEnd, i18n.language),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="value"
        label={`${t('objectives.value.value')} (${ind?.unit ?? ''})`}
        rules={[{ required: true }]}
      >
        <InputNumber decimalSeparator="," style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="evidenceNote"
        label={t('objectives.value.evidence')}
        dependencies={['file']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, note?: string) =>
              note?.trim() || getFieldValue('file')?.length || keptFile
                ? Promise.resolve()
                : Promise.reject(new Error(t('objectives.value.evidenceRequired'))),
          }),
        ]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="file"
        label={t('objectives.value.file')}
        valuePropName="fileList"
        getValueFromEvent={fileList}
        extra={
          keptFile
            ? t('objectives.value.keptFile', { name: keptFile.fileName })
            : t('objectives.value.fileHint')
        }
      >
        <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png">
          <Button icon={<UploadOutlined aria-hidden />}>{t('objectives.value.choose')}</Button>
        </Upload>
      </Form.Item>
    </FormModal>
  );
}

/** The unit head reads the value and its evidence — and downloads the file — before approving it. */
export function ApproveValueModal(props: {
  indicator: IndicatorView | null;
  value: PeriodValue | null;
  onClose: () => void;
  onDone: (detail: ObjectiveDetail) => void;
}) {
  const { t, i18n } = useTranslation();
  const { indicator: ind, value } = props;
  const entry = value?.entry ?? null;
  return (
    <FormModal<object>
      name="objective-value-approve"
      open={Boolean(ind && entry)}
      title={t('objectives.value.approveTitle')}
      okText={t('objectives.value.approve')}
      intro={<Typography.Paragraph>{t('objectives.value.approveIntro')}</Typography.Paragraph>}
      onCancel={props.onClose}
      onSubmit={async () => {
        if (!entry) return;
        props.onDone(
          await api.post<ObjectiveDetail>(`/objectives/values/${entry.id}/approve`, {
            version: entry.version,
          }),
        );
      }}
    >
      {ind && value && entry && (
        <Descriptions column={1} size="small" bordered style={{ marginBottom: 8 }}>
          <Descriptions.Item label={t('objectives.indicator.name')}>{ind.name}</Descriptions.Item>
          <Descriptions.Item label={t('objectives.indicator.period')}>
            {periodLabel(value.periodStart, value.periodEnd, i18n.language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('objectives.indicator.value')}>
            {withUnit(entry.value, ind.unit)}
          </Descriptions.Item>
          <Descriptions.Item label={t('objectives.indicator.target')}>
            {ind.direction === 'gte' ? '≥' : '≤'} {withUnit(ind.target, ind.unit)}
          </Descriptions.Item>
          <Descriptions.Item label={t('objectives.indicator.evidence')}>
            <ValueEvidence entry={entry} />
          </Descriptions.Item>
        </Descriptions>
      )}
    </FormModal>
  );
}
