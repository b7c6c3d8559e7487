import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { documentContent } from '../../../../contract/documents.ts';
import { zodRule } from '../../../app/forms.ts';
import { sectionTitle } from '../names.ts';
import { DocumentPicker } from './DocumentPicker.tsx';
import { RowList } from './RowList.tsx';
import { SectionCard } from './SectionCard.tsx';

const shapeOf = documentContent.shape;
const shapes = {
  references: shapeOf.references.unwrap().element.shape,
  definitions: shapeOf.definitions.unwrap().element.shape,
  forms: shapeOf.forms.unwrap().element.shape,
  records: shapeOf.records.unwrap().element.shape,
};

/** Sections 3–4 (before the steps) or 6–7 (after them): lists of rows. */
export function ListSections({ part }: { part: 'before' | 'after' }) {
  const { t } = useTranslation();
  const required = { required: true, message: t('common.required') };
  if (part === 'before')
    return (
      <>
        <SectionCard title={sectionTitle('references')}>
          <RowList
            name={['content', 'references']}
            legend={(i) => t('documents.edit.referenceN', { n: i + 1 })}
            addLabel={t('documents.edit.addReference')}
            empty={t('documents.edit.noReferences')}
            newRow={() => ({ text: '' })}
          >
            {(row) => (
              <Row gutter={12}>
                <Col xs={24} md={14}>
                  <Form.Item
                    label={t('documents.edit.referenceText')}
                    name={[row, 'text']}
                    rules={[required, zodRule(shapes.references.text)]}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={10}>
                  <Form.Item label={t('documents.edit.referenceLink')} name={[row, 'documentId']}>
                    <DocumentPicker placeholder={t('documents.edit.referenceLinkPlaceholder')} />
                  </Form.Item>
                </Col>
              </Row>
            )}
          </RowList>
        </SectionCard>
        <SectionCard title={sectionTitle('definitions')}>
          <RowList
            name={['content', 'definitions']}
            legend={(i) => t('documents.edit.definitionN', { n: i + 1 })}
            addLabel={t('documents.edit.addDefinition')}
            empty={t('documents.edit.noDefinitions')}
            newRow={() => ({ term: '', meaning: '' })}
          >
            {(row) => (
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item
                    label={t('documents.content.term')}
                    name={[row, 'term']}
                    rules={[required, zodRule(shapes.definitions.term)]}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item
                    label={t('documents.content.meaning')}
                    name={[row, 'meaning']}
                    rules={[required, zodRule(shapes.definitions.meaning)]}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
                  </Form.Item>
                </Col>
              </Row>
            )}
          </RowList>
        </SectionCard>
      </>
    );
  return (
    <>
      <SectionCard title={sectionTitle('forms')}>
        <FormsList />
      </SectionCard>
      <SectionCard title={sectionTitle('records')}>
        <RowList
          name={['content', 'records']}
          legend={(i) => t('documents.edit.recordN', { n: i + 1 })}
          addLabel={t('documents.edit.addRecord')}
          empty={t('documents.edit.noRecords')}
          newRow={() => ({ name: '', keeper: '', location: '', retention: '' })}
        >
          {(row) => (
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item
                  label={t('documents.content.recordName')}
                  name={[row, 'name']}
                  rules={[required, zodRule(shapes.records.name)]}
                >
                  <Input maxLength={300} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item
                  label={t('documents.content.keeper')}
                  name={[row, 'keeper']}
                  rules={[required, zodRule(shapes.records.keeper)]}
                >
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item label={t('documents.content.location')} name={[row, 'location']}>
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
              <Col xs={24} md={4}>
                <Form.Item
                  label={t('documents.content.retention')}
                  name={[row, 'retention']}
                  rules={[required, zodRule(shapes.records.retention)]}
                >
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
            </Row>
          )}
        </RowList>
      </SectionCard>
    </>
  );
}

/** Section 6: each form is its own document; picking it fills code and title. */
function FormsList() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const required = { required: true, message: t('common.required') };
  return (
    <RowList
      name={['content', 'forms']}
      legend={(i) => t('documents.edit.formN', { n: i + 1 })}
      addLabel={t('documents.edit.addForm')}
      empty={t('documents.edit.noForms')}
      newRow={() => ({ code: '', title: '' })}
    >
      {(row) => (
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item label={t('documents.edit.formLink')} name={[row, 'documentId']}>
              <DocumentPicker
                placeholder={t('documents.edit.formLinkPlaceholder')}
                onPick={(d) => {
                  form.setFieldValue(['content', 'forms', row, 'code'], d.code);
                  form.setFieldValue(['content', 'forms', row, 'title'], d.title);
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={5}>
            <Form.Item
              label={t('documents.fields.code')}
              name={[row, 'code']}
              rules={[required, zodRule(shapes.forms.code)]}
            >
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} md={11}>
            <Form.Item
              label={t('documents.content.formTitle')}
              name={[row, 'title']}
              rules={[required, zodRule(shapes.forms.title)]}
            >
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </RowList>
  );
}
