import { Card, Col, Descriptions, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { EmptyText } from '../../app/components/EmptyText.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { paths } from '../../app/paths.ts';
import { NotificationPreferences } from '../notifications/NotificationPreferences.tsx';
import { roleName } from '../org/names.ts';

/** The person's own record: who they are, where they work and which roles they hold. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  const p = me.person;
  const heading = (text: string) => (
    <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
      {text}
    </Typography.Title>
  );
  return (
    <>
      <PageHeader
        title={t('auth.account.title')}
        extra={
          <>
            <Link to={paths.password}>{t('top.changePassword')}</Link>
            <Link to={paths.tokens}>{t('top.tokens')}</Link>
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={heading(t('auth.account.info'))}>
            <Descriptions
              column={1}
              items={[
                { key: 'name', label: t('auth.account.fullName'), children: p.fullName },
                { key: 'username', label: t('auth.account.username'), children: p.username },
                { key: 'email', label: t('auth.account.email'), children: p.email ?? '—' },
                { key: 'unit', label: t('auth.account.unit'), children: p.unitName },
                { key: 'position', label: t('auth.account.position'), children: p.positionName ?? '—' },
                { key: 'agency', label: t('auth.account.agency'), children: me.agency.name },
                {
                  key: 'units',
                  label: t('auth.account.units'),
                  children: me.units.map((u) => u.name).join(', '),
                },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
              {t('auth.account.askAdmin')}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={heading(t('auth.account.roles'))}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={me.grants}
              locale={{ emptyText: <EmptyText>{t('auth.account.noRoles')}</EmptyText> }}
              columns={[
                { key: 'role', title: t('auth.account.role'), render: (_, g) => roleName(g.role) },
                {
                  key: 'scope',
                  title: t('auth.account.scope'),
                  render: (_, g) => g.unitName ?? t('common.wholeAgency'),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <NotificationPreferences />
        </Col>
      </Row>
    </>
  );
}
