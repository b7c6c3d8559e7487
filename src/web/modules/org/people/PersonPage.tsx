import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { StateTag } from '../../../app/components/StateTag.tsx';
import { formatDateTime } from '../../../app/format.ts';
import { paths } from '../../../app/paths.ts';
import { GrantsCard } from './GrantsCard.tsx';
import { PersonActions } from './PersonActions.tsx';
import { PersonEditForm } from './PersonEditForm.tsx';
import { usePerson } from './personQuery.ts';
import { personState } from './personState.ts';

/** One person: state and actions in the header, details and roles below. */
export function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const person = usePerson(id);
  const p = person.data;

  return (
    <>
      <Link to={paths.people} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined aria-hidden /> {t('org.person.back')}
      </Link>
      <ErrorAlert error={person.error} />
      {!p ? (
        person.isLoading && <Skeleton active />
      ) : (
        <>
          <PageHeader
            title={p.fullName}
            tags={<StateTag state={personState(p)} />}
            subtitle={`${p.username} · ${[p.positionName, p.unitName].filter(Boolean).join(', ')}`}
            extra={<PersonActions person={p} />}
          />
          {p.lockedUntil && (
            <Alert
              type="error"
              showIcon
              title={t('org.person.lockedUntil', { time: formatDateTime(p.lockedUntil, false) })}
              style={{ marginBottom: 16 }}
            />
          )}
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card
                title={
                  <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                    {t('org.person.info')}
                  </Typography.Title>
                }
              >
                <Descriptions
                  size="small"
                  column={1}
                  style={{ marginBottom: 16 }}
                  items={[
                    { key: 'u', label: t('org.people.username'), children: p.username },
                    {
                      key: 'l',
                      label: t('org.people.lastLogin'),
                      children: p.lastLoginAt
                        ? formatDateTime(p.lastLoginAt, false)
                        : t('org.people.neverLoggedIn'),
                    },
                  ]}
                />
                <PersonEditForm person={p} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <GrantsCard person={p} />
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
