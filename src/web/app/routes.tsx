import { Route, Routes } from 'react-router';
import { lazyPage as page } from './lazyPage.ts';
import { paths } from './paths.ts';
import { RequireAbility, RequireAuth } from './RequireAuth.tsx';

// Each page is its own chunk (antd is large): only the pages a person opens are loaded. The
// sign-in page loads none of the signed-in layout (menu, drawer, messages): it comes after.

const LoginPage = page(() => import('../modules/auth/LoginPage.tsx'), 'LoginPage');
const AppLayout = page(() => import('./layout/AppLayout.tsx'), 'AppLayout');
const NotFoundPage = page(() => import('./components/NotFoundPage.tsx'), 'NotFoundPage');

const HomePage = page(() => import('../modules/home/HomePage.tsx'), 'HomePage');
const AccountPage = page(() => import('../modules/auth/AccountPage.tsx'), 'AccountPage');
const NotificationsPage = page(
  () => import('../modules/notifications/NotificationsPage.tsx'),
  'NotificationsPage',
);
const ChangePasswordPage = page(() => import('../modules/auth/ChangePasswordPage.tsx'), 'ChangePasswordPage');
const TokensPage = page(() => import('../modules/auth/TokensPage.tsx'), 'TokensPage');
const UnitsPage = page(() => import('../modules/org/units/UnitsPage.tsx'), 'UnitsPage');
const PeoplePage = page(() => import('../modules/org/people/PeoplePage.tsx'), 'PeoplePage');
const PersonPage = page(() => import('../modules/org/people/PersonPage.tsx'), 'PersonPage');
const PositionsPage = page(() => import('../modules/org/positions/PositionsPage.tsx'), 'PositionsPage');
const CalendarPage = page(() => import('../modules/calendar/CalendarPage.tsx'), 'CalendarPage');
const AuditPage = page(() => import('../modules/audit/AuditPage.tsx'), 'AuditPage');
const RoundAuditPage = page(
  () => import('../modules/internal-audits/work/RoundAuditPage.tsx'),
  'RoundAuditPage',
);
const FindingPage = page(() => import('../modules/internal-audits/work/FindingPage.tsx'), 'FindingPage');
const UnitFindingsPage = page(
  () => import('../modules/internal-audits/work/UnitFindingsPage.tsx'),
  'UnitFindingsPage',
);
const QuestionBankPage = page(
  () => import('../modules/internal-audits/work/QuestionBankPage.tsx'),
  'QuestionBankPage',
);
const AgenciesPage = page(() => import('../modules/agencies/AgenciesPage.tsx'), 'AgenciesPage');
const MyWorkPage = page(() => import('../modules/documents/work/MyWorkPage.tsx'), 'MyWorkPage');
const DocumentsPage = page(() => import('../modules/documents/list/DocumentsPage.tsx'), 'DocumentsPage');
const SearchPage = page(() => import('../modules/documents/search/SearchPage.tsx'), 'SearchPage');
const DocumentPage = page(() => import('../modules/documents/record/DocumentPage.tsx'), 'DocumentPage');
const ImportPage = page(() => import('../modules/documents/import/ImportPage.tsx'), 'ImportPage');
const DraftEditPage = page(() => import('../modules/documents/edit/DraftEditPage.tsx'), 'DraftEditPage');
const CasesPage = page(() => import('../modules/cases/CasesPage.tsx'), 'CasesPage');
const NonconformitiesPage = page(
  () => import('../modules/nonconformities/NonconformitiesPage.tsx'),
  'NonconformitiesPage',
);
const ObjectivesPage = page(() => import('../modules/objectives/ObjectivesPage.tsx'), 'ObjectivesPage');
const RisksPage = page(() => import('../modules/risks/RisksPage.tsx'), 'RisksPage');
const SteeringPage = page(() => import('../modules/steering/SteeringPage.tsx'), 'SteeringPage');
const InternalAuditsPage = page(
  () => import('../modules/internal-audits/InternalAuditsPage.tsx'),
  'InternalAuditsPage',
);
const CaseMeasuresPage = page(
  () => import('../modules/cases/measures/CaseMeasuresPage.tsx'),
  'CaseMeasuresPage',
);
const CataloguesPage = page(
  () => import('../modules/records/catalogue/CataloguesPage.tsx'),
  'CataloguesPage',
);
const FilesPage = page(() => import('../modules/records/files/FilesPage.tsx'), 'FilesPage');
const FilePage = page(() => import('../modules/records/files/FilePage.tsx'), 'FilePage');
const TransfersPage = page(() => import('../modules/records/files/TransfersPage.tsx'), 'TransfersPage');
const StatusReportPage = page(
  () => import('../modules/documents/reports/StatusReportPage.tsx'),
  'StatusReportPage',
);
const ReviewsDuePage = page(
  () => import('../modules/documents/reports/ReviewsDuePage.tsx'),
  'ReviewsDuePage',
);

const SteeringReportsPage = page(
  () => import('../modules/steering/reports/SteeringReportsPage.tsx'),
  'SteeringReportsPage',
);

export function AppRoutes() {
  return (
    <Routes>
      <Route path={paths.login} element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route path={paths.myWork} element={<MyWorkPage />} />
        <Route path={paths.documents} element={<DocumentsPage />} />
        <Route path={`${paths.documents}/search`} element={<SearchPage />} />
        <Route path={`${paths.documents}/import`} element={<ImportPage />} />
        <Route path={`${paths.documents}/:id`} element={<DocumentPage />} />
        <Route path={`${paths.documents}/:id/versions/:versionId/edit`} element={<DraftEditPage />} />
        <Route path={paths.statusReport} element={<StatusReportPage />} />
        {/* records and cases (issue 4): each area adds its own routes below its first */}
        <Route path={paths.cases} element={<CasesPage />} />
        <Route path={`${paths.cases}/:id`} element={<CasesPage />} />
        <Route path={paths.caseMeasures} element={<CaseMeasuresPage />} />
        <Route path={paths.nonconformities} element={<NonconformitiesPage />} />
        <Route path={`${paths.nonconformities}/:id`} element={<NonconformitiesPage />} />
        <Route path={paths.objectives} element={<ObjectivesPage />} />
        <Route path={`${paths.objectives}/:id`} element={<ObjectivesPage />} />
        <Route path={paths.risks} element={<RisksPage />} />
        <Route path={`${paths.risks}/:id`} element={<RisksPage />} />
        <Route path={paths.steering} element={<SteeringPage />} />
        <Route path={`${paths.steering}/directives`} element={<SteeringPage />} />
        <Route path={`${paths.steering}/meetings/:id`} element={<SteeringPage />} />
        <Route path={paths.internalAudits} element={<InternalAuditsPage />} />
        <Route path={`${paths.internalAudits}/:kind/:id`} element={<InternalAuditsPage />} />
        <Route path="/internal-audits/round-audits/:id" element={<RoundAuditPage />} />
        <Route path="/internal-audits/unit-findings" element={<UnitFindingsPage />} />
        <Route path="/internal-audits/findings/:id" element={<FindingPage />} />
        <Route path="/internal-audits/questions" element={<QuestionBankPage />} />
        <Route path={paths.catalogues} element={<CataloguesPage />} />
        <Route path={`${paths.catalogues}/:id`} element={<CataloguesPage />} />
        <Route path={paths.recordFiles} element={<FilesPage />} />
        <Route path={`${paths.recordFiles}/:id`} element={<FilePage />} />
        <Route path="/records/transfers" element={<TransfersPage />} />
        <Route path={paths.reviewsDue} element={<ReviewsDuePage />} />
        <Route path={`${paths.steeringReports}/:id?`} element={<SteeringReportsPage />} />
        <Route path={paths.account} element={<AccountPage />} />
        <Route path={paths.notifications} element={<NotificationsPage />} />
        <Route path={paths.password} element={<ChangePasswordPage />} />
        <Route path={paths.tokens} element={<TokensPage />} />
        <Route path={paths.units} element={<UnitsPage />} />
        <Route path={paths.calendar} element={<CalendarPage />} />
        <Route
          path={paths.people}
          element={
            <RequireAbility ability="administer">
              <PeoplePage />
            </RequireAbility>
          }
        />
        <Route
          path={`${paths.people}/:id`}
          element={
            <RequireAbility ability="administer">
              <PersonPage />
            </RequireAbility>
          }
        />
        <Route
          path={paths.positions}
          element={
            <RequireAbility ability="administer">
              <PositionsPage />
            </RequireAbility>
          }
        />
        <Route
          path={paths.audit}
          element={
            <RequireAbility ability="viewAudit">
              <AuditPage />
            </RequireAbility>
          }
        />
        <Route
          path={paths.agencies}
          element={
            <RequireAbility ability="manageAgencies">
              <AgenciesPage />
            </RequireAbility>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
