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
const ChangePasswordPage = page(() => import('../modules/auth/ChangePasswordPage.tsx'), 'ChangePasswordPage');
const TokensPage = page(() => import('../modules/auth/TokensPage.tsx'), 'TokensPage');
const UnitsPage = page(() => import('../modules/org/units/UnitsPage.tsx'), 'UnitsPage');
const PeoplePage = page(() => import('../modules/org/people/PeoplePage.tsx'), 'PeoplePage');
const PersonPage = page(() => import('../modules/org/people/PersonPage.tsx'), 'PersonPage');
const PositionsPage = page(() => import('../modules/org/positions/PositionsPage.tsx'), 'PositionsPage');
const CalendarPage = page(() => import('../modules/calendar/CalendarPage.tsx'), 'CalendarPage');
const AuditPage = page(() => import('../modules/audit/AuditPage.tsx'), 'AuditPage');
const AgenciesPage = page(() => import('../modules/agencies/AgenciesPage.tsx'), 'AgenciesPage');
const MyWorkPage = page(() => import('../modules/documents/work/MyWorkPage.tsx'), 'MyWorkPage');
const DocumentsPage = page(() => import('../modules/documents/list/DocumentsPage.tsx'), 'DocumentsPage');
const SearchPage = page(() => import('../modules/documents/search/SearchPage.tsx'), 'SearchPage');
const DocumentPage = page(() => import('../modules/documents/record/DocumentPage.tsx'), 'DocumentPage');
const DraftEditPage = page(() => import('../modules/documents/edit/DraftEditPage.tsx'), 'DraftEditPage');
const CasesPage = page(() => import('../modules/cases/CasesPage.tsx'), 'CasesPage');
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
        <Route path={`${paths.documents}/:id`} element={<DocumentPage />} />
        <Route path={`${paths.documents}/:id/versions/:versionId/edit`} element={<DraftEditPage />} />
        <Route path={paths.statusReport} element={<StatusReportPage />} />
        {/* records and cases (issue 4): each area adds its own routes below its first */}
        <Route path={paths.cases} element={<CasesPage />} />
        <Route path={`${paths.cases}/:id`} element={<CasesPage />} />
        <Route path={paths.caseMeasures} element={<CaseMeasuresPage />} />
        <Route path={paths.catalogues} element={<CataloguesPage />} />
        <Route path={`${paths.catalogues}/:id`} element={<CataloguesPage />} />
        <Route path={paths.recordFiles} element={<FilesPage />} />
        <Route path={`${paths.recordFiles}/:id`} element={<FilePage />} />
        <Route path="/records/transfers" element={<TransfersPage />} />
        <Route path={paths.reviewsDue} element={<ReviewsDuePage />} />
        <Route path={paths.account} element={<AccountPage />} />
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
