import { CalendarOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Skeleton, Typography, theme } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeSummary } from '../../../contract/home.ts';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { EmptyText } from '../../app/components/EmptyText.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { formatDate, todayIso } from '../../app/format.ts';
import { currentLang } from '../../app/i18n/index.ts';
import { paths } from '../../app/paths.ts';
import { homeKey } from '../../app/query.ts';
import { useCaseInbox } from '../cases/queries.ts';
import { useMyWork } from '../documents/queries.ts';
import { useCatalogueWork } from '../records/catalogue/queries.ts';
import { seesStatutoryClock } from '../steering/reports/access.ts';
import { Figure } from './Figure.tsx';

// The QMS by unit needs antd's table (~100 kB gzip with what it brings): only leadership
// sees it, so it comes in its own chunk, fetched with the figures it shows.
const QmsByUnit = lazy(async () => ({ default: (await import('./QmsByUnit.tsx')).QmsByUnit }));
const StatutoryClockCard = lazy(async () => ({
  default: (await import('../steering/reports/StatutoryClockCard.tsx')).StatutoryClockCard,
}));
// Leadership's (and the committee's) overdue directives by unit: its own chunk too (antd's List).
const OverdueDirectivesCard = lazy(async () => ({
  default: (await import('../steering/SteeringInbox.tsx')).OverdueDirectivesCard,
}));
const MyAuditsCard = lazy(async () => ({
  default: (await import('../internal-audits/work/MyAuditsCard.tsx')).MyAuditsCard,
}));

/** Home: the figures the person may follow, each a link to the list behind it (UX.md). */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { token } = theme.useToken();
  const summary = useQuery({ queryKey: homeKey, queryFn: () => api.get<HomeSummary>('/home') });
  const work = useMyWork().data;
  const steps = useCaseInbox(1).data;
  const catalogues = useCatalogueWork().data;
  const today = todayIso();
  const year = today.slice(0, 4);
  const admin = me.abilities.administer;
  const s = summary.data;

  return (
    <>
      <PageHeader
        title={t('home.greeting', { name: me.person.fullName })}
        documentTitle={t('nav.home')}
        subtitle={`${t('home.today', { date: formatDate(today) })} ${[me.person.positionName, me.person.unitName, me.agency.name].filter(Boolean).join(' · ')}`}
      />
      {summary.error ? <ErrorAlert error={summary.error} /> : null}
      {!s ? (
        <Skeleton active />
      ) : (
        <Row gutter={[16, 16]}>
          {steps && (
            <Figure
              to={paths.myWork}
              label={t('home.caseSteps')}
              value={steps.total}
              // Overdue steps come first: the first one tells whether any is late.
              alert={(steps.items[0]?.daysOverdue ?? 0) > 0}
            />
          )}
          {work && <Figure to={`${paths.myWork}#to-act`} label={t('home.toAct')} value={work.toAct.length} />}
          {catalogues && catalogues.items.length > 0 && (
            <Figure
              to={`${paths.myWork}#catalogues-to-approve`}
              label={t('catalogue.work.title')}
              value={catalogues.items.length}
            />
          )}
          {work && (
            <Figure to={`${paths.myWork}#to-read`} label={t('home.toRead')} value={work.toRead.length} />
          )}
          {s.correctiveActions && (
            <Figure
              to={`${paths.nonconformities}?actions=open`}
              label={t('nonconformities.home.openActions')}
              value={s.correctiveActions.openActions}
            />
          )}
          {s.correctiveActions && (
            <Figure
              to={`${paths.nonconformities}?actions=overdue`}
              label={t('nonconformities.home.overdueActions')}
              value={s.correctiveActions.overdueActions}
              alert={s.correctiveActions.overdueActions > 0}
            />
          )}
          <Figure to={paths.units} label={t('home.activeUnits')} value={s.activeUnits} />
          {admin && <Figure to={paths.people} label={t('home.activePeople')} value={s.activePeople} />}
          {admin && (
            <Figure
              to={`${paths.people}?locked=true`}
              label={t('home.lockedAccounts')}
              value={s.lockedAccounts}
              alert={s.lockedAccounts > 0}
            />
          )}
          <Figure to={paths.account} label={t('home.myRoles')} value={s.myRoles} />
          {s.auditEventsToday !== null && (
            <Figure
              to={`${paths.audit}?from=${today}&to=${today}`}
              label={t('home.auditToday')}
              value={s.auditEventsToday}
            />
          )}
          <Figure
            to={paths.calendar}
            label={t('home.workingDaysLeft', { year })}
            value={s.workingDaysLeftInYear}
          />
        </Row>
      )}
      {me.grants.some((g) => g.role === 'internal_auditor') && (
        // Đánh giá của tôi: the unit audits this auditor performs in rounds under way (nothing when none).
        <Suspense fallback={null}>
          <MyAuditsCard style={{ marginTop: 16 }} />
        </Suspense>
      )}
      {seesStatutoryClock(me) && (
        // The statutory clock (QĐ 19/2014): the secretariat's and leadership's.
        <Suspense fallback={null}>
          <StatutoryClockCard style={{ marginTop: 16 }} />
        </Suspense>
      )}
      {me.grants.some(
        (g) =>
          g.role === 'leadership' || g.role === 'steering_member' || (g.role === 'secretariat' && !g.unitId),
      ) && (
        <Suspense fallback={null}>
          <OverdueDirectivesCard style={{ marginTop: 16 }} />
        </Suspense>
      )}
      {s?.qms && (
        <div style={{ marginTop: 16 }}>
          <Suspense fallback={<Skeleton active />}>
            <QmsByUnit qms={s.qms} />
          </Suspense>
        </div>
      )}
      {s && (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} lg={16} xl={12}>
            <Card
              title={
                <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                  {t('home.upcomingHolidays')}
                </Typography.Title>
              }
              extra={<Link to={paths.calendar}>{t('home.viewCalendar')}</Link>}
            >
              {s.upcomingHolidays.length === 0 ? (
                <EmptyText>{t('home.noHolidays')}</EmptyText>
              ) : (
                // A plain list: antd's List brings its pagination (and a Select) to the first page.
                <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {s.upcomingHolidays.map((h, i) => (
                    <li
                      key={`${h.date}:${h.nameVi}`}
                      style={{
                        padding: '12px 0',
                        borderTop: i > 0 ? `1px solid ${token.colorSplit}` : undefined,
                      }}
                    >
                      <Flex gap={12} align="baseline">
                        <CalendarOutlined aria-hidden style={{ fontSize: 16 }} />
                        <div>
                          <Link to={`${paths.calendar}?year=${h.date.slice(0, 4)}`}>
                            {currentLang() === 'en' && h.nameEn ? h.nameEn : h.nameVi}
                          </Link>
                          <br />
                          <Typography.Text type="secondary">{formatDate(h.date)}</Typography.Text>
                        </div>
                      </Flex>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
