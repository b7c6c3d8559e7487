import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { codeRule, createUnitBody, type UnitView } from '../../../../contract/org.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { todayDate } from '../../../app/format.ts';
import { zodRule } from '../../../app/forms.ts';
import { kindOptions } from '../names.ts';
import { Explain } from './Explain.tsx';
import { RestructureFields } from './RestructureFields.tsx';
import { commonBody, type RestructureCommon, useRestructure } from './restructure.ts';

type NewUnit = { code: string; name: string; kind: UnitView['kind'] };
type Values = RestructureCommon & { newUnits: NewUnit[] };

/** Split one unit into two or more new ones; people go to the first (moved one by one later). */
export function SplitModal({ unit, onClose }: { unit: UnitView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const restructure = useRestructure();
  if (!unit) return null;
  const required = { required: true, message: t('common.required') };
  const blank = { kind: unit.kind } as NewUnit;

  const submit = async (v: Values) => {
    await restructure({ kind: 'split', unitId: unit.id, newUnits: v.newUnits, ...commonBody(v) });
    message.success(t('org.restructure.done', { action: t('org.restructure.split'), name: unit.name }));
    onClose();
  };

  return (
    <FormModal<Values>
      name="split"
      open
      width={680}
      title={t('org.restructure.splitTitle', { name: unit.name })}
      okText={t('org.restructure.split')}
      onCancel={onClose}
      onSubmit={submit}
      initialValues={{ newUnits: [blank, blank], effectiveDate: todayDate() }}
      intro={<Explain>{t('org.restructure.splitExplain', { name: unit.name })}</Explain>}
    >
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 0 }}>
        {t('org.restructure.newUnits')}
      </Typography.Title>
      <Form.List name="newUnits">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 12 }}
                title={t('org.restructure.newUnitN', { n: index + 1 })}
                extra={
                  fields.length > 2 && (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('org.restructure.removeNewUnit', { n: index + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  )
                }
              >
                <Form.Item
                  label={t('org.units.name')}
                  name={[field.name, 'name']}
                  rules={[required, zodRule(createUnitBody.shape.name)]}
                >
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item
                  label={t('org.units.code')}
                  name={[field.name, 'code']}
                  rules={[required, zodRule(codeRule)]}
                >
                  <Input maxLength={30} />
                </Form.Item>
                <Form.Item
                  label={t('org.kind')}
                  name={[field.name, 'kind']}
                  rules={[required]}
                  style={{ marginBottom: 0 }}
                >
                  <Select options={kindOptions()} />
                </Form.Item>
              </Card>
            ))}
            {fields.length < 20 && (
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add(blank)}
                style={{ marginBottom: 16 }}
              >
                {t('org.restructure.addNewUnit')}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <RestructureFields />
    </FormModal>
  );
}
