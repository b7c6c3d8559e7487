import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Col,
  Flex,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Row,
  Select,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { procedureStep } from '../../../../contract/documents.ts';
import { zodRule } from '../../../app/forms.ts';
import { type DraftValues, nextStepId, type StepValues } from './draftValues.ts';
import { PerformerFields } from './PerformerFields.tsx';
import { legendStyle, rowStyle } from './RowList.tsx';

const path = ['content', 'steps'];
const shape = procedureStep.shape;

/** Section 5 as an editable table: one fieldset per step, branches chosen among the step ids. */
export function StepsEditor({ form }: { form: FormInstance<DraftValues> }) {
  const { t } = useTranslation();
  const steps: StepValues[] = Form.useWatch(path, form) ?? [];
  const stepOptions = steps
    .filter((s) => s?.id)
    .map((s) => ({ value: s.id, label: `${s.id} — ${(s.action ?? '').slice(0, 60)}` }));
  return (
    <Form.List name={path}>
      {(fields, { add, remove, move }) => (
        <>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">{t('documents.edit.noSteps')}</Typography.Paragraph>
          )}
          {fields.map((field, index) => {
            const id = steps[index]?.id || `#${index + 1}`;
            const legend = t('documents.edit.stepLegend', { id });
            return (
              <fieldset key={field.key} style={rowStyle}>
                <legend style={legendStyle}>{legend}</legend>
                <Flex gap={4} style={{ position: 'absolute', insetInlineEnd: 8, top: 8 }}>
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowUpOutlined aria-hidden />}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                    aria-label={t('documents.edit.moveUp', { id })}
                  />
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowDownOutlined aria-hidden />}
                    disabled={index === fields.length - 1}
                    onClick={() => move(index, index + 1)}
                    aria-label={t('documents.edit.moveDown', { id })}
                  />
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    onClick={() => remove(index)}
                    aria-label={t('documents.edit.removeStep', { id })}
                  />
                </Flex>
                <Row gutter={12}>
                  <Col xs={8} md={3}>
                    <Form.Item
                      label={t('documents.step.id')}
                      name={[field.name, 'id']}
                      rules={[{ required: true, message: t('common.required') }, zodRule(shape.id)]}
                    >
                      <Input maxLength={20} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={21}>
                    <Form.Item
                      label={t('documents.step.action')}
                      name={[field.name, 'action']}
                      rules={[{ required: true, message: t('common.required') }, zodRule(shape.action)]}
                    >
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} />
                    </Form.Item>
                  </Col>
                  <PerformerFields name={field.name} />
                  <Col xs={24} md={6}>
                    <Form.Item label={t('documents.step.durationDays')} name={[field.name, 'durationDays']}>
                      <InputNumber min={0} max={365} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={18}>
                    <Form.Item label={t('documents.step.output')} name={[field.name, 'output']}>
                      <Input maxLength={500} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item label={t('documents.step.condition')} name={[field.name, 'condition']}>
                      <Input maxLength={500} placeholder={t('documents.step.conditionHelp')} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12} md={6}>
                    <Form.Item label={t('documents.step.yesNext')} name={[field.name, 'yesNext']}>
                      <Select allowClear options={stepOptions} disabled={!steps[index]?.condition} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12} md={6}>
                    <Form.Item label={t('documents.step.noNext')} name={[field.name, 'noNext']}>
                      <Select allowClear options={stepOptions} disabled={!steps[index]?.condition} />
                    </Form.Item>
                  </Col>
                </Row>
              </fieldset>
            );
          })}
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() =>
              add({
                id: nextStepId(steps),
                action: '',
                who: '',
                performer: {},
                durationDays: null,
                output: '',
              })
            }
          >
            {t('documents.edit.addStep')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
