/**
 * The side navigation. UX.md: navigation by what people do, showing only what exists and
 * what the person may use. Each page appears once:
 *
 *   everyone           Trang chủ · Việc của tôi · Tài liệu · [Báo cáo] · Cơ cấu tổ chức (units, read-only)
 *                      · Lịch làm việc (read-only)
 *   administrators     Trang chủ · Việc của tôi · Tài liệu · [Báo cáo] · Quản trị ▸ Đơn vị · Người dùng · Chức vụ · Lịch làm việc
 *                                           · Nhật ký hệ thống (agency-wide admins, me.abilities.viewAudit)
 *                                           · Cơ quan (operators, me.abilities.manageAgencies)
 *
 * For administrators "Cơ cấu tổ chức" and "Lịch làm việc" move under Quản trị (same pages,
 * with edit controls). The person's own pages (Tài khoản của tôi, Đổi mật khẩu, Mã truy cập
 * API, Đăng xuất) live in the person menu of the top bar. Báo cáo shows the reports the
 * person's roles may read (modules/documents/access.ts). Later capabilities (Hồ sơ, …) are
 * added here in UX.md's order once they exist.
 */
import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FlagOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  IdcardOutlined,
  IssuesCloseOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Me } from '../../../contract/auth.ts';
import { canFollowReviews, canReadStatusReport } from '../../modules/documents/access.ts';
import { seesInternalAudits } from '../../modules/internal-audits/access.ts';
import { seesSteeringReports } from '../../modules/steering/reports/access.ts';
import { paths } from '../paths.ts';

type Item = Required<MenuProps>['items'][number];

const ADMIN_GROUP = 'admin';
const REPORTS_GROUP = 'reports';

function useItems(me: Me): Item[] {
  const { t } = useTranslation();
  const link = (to: string, label: string, icon: ReactNode): Item => ({
    key: to,
    icon,
    label: <Link to={to}>{label}</Link>,
  });
  const reports = [
    canReadStatusReport(me) ? link(paths.statusReport, t('nav.statusReport'), null) : null,
    canFollowReviews(me) ? link(paths.reviewsDue, t('nav.reviewsDue'), null) : null,
    link(paths.caseMeasures, t('nav.caseMeasures'), null),
    seesSteeringReports(me) ? link(paths.steeringReports, t('nav.steeringReports'), null) : null,
  ].filter((item) => item !== null);
  const work: Item[] = [
    link(paths.home, t('nav.home'), <HomeOutlined aria-hidden />),
    link(paths.myWork, t('nav.myWork'), <CheckSquareOutlined aria-hidden />),
    link(paths.documents, t('nav.documents'), <FileTextOutlined aria-hidden />),
    link(paths.cases, t('nav.cases'), <SolutionOutlined aria-hidden />),
    link(paths.nonconformities, t('nav.nonconformities'), <IssuesCloseOutlined aria-hidden />),
    link(paths.objectives, t('nav.objectives'), <AimOutlined aria-hidden />),
    link(paths.risks, t('nav.risks'), <WarningOutlined aria-hidden />),
    link(paths.steering, t('nav.steering'), <FlagOutlined aria-hidden />),
    seesInternalAudits(me)
      ? link(paths.internalAudits, t('nav.internalAudits'), <AuditOutlined aria-hidden />)
      : null,
    link(paths.recordFiles, t('nav.recordFiles'), <FolderOpenOutlined aria-hidden />),
    link(paths.catalogues, t('nav.catalogues'), <UnorderedListOutlined aria-hidden />),
    reports.length
      ? {
          key: REPORTS_GROUP,
          icon: <BarChartOutlined aria-hidden />,
          label: t('nav.reports'),
          children: reports,
        }
      : null,
  ].filter((item) => item !== null);
  if (!me.abilities.administer) {
    return [
      ...work,
      link(paths.units, t('nav.orgChart'), <ApartmentOutlined aria-hidden />),
      link(paths.calendar, t('nav.calendar'), <CalendarOutlined aria-hidden />),
    ];
  }
  const admin = [
    link(paths.units, t('nav.units'), <ApartmentOutlined aria-hidden />),
    link(paths.people, t('nav.people'), <TeamOutlined aria-hidden />),
    link(paths.positions, t('nav.positions'), <IdcardOutlined aria-hidden />),
    link(paths.calendar, t('nav.calendar'), <CalendarOutlined aria-hidden />),
    me.abilities.viewAudit ? link(paths.audit, t('nav.audit'), <FileSearchOutlined aria-hidden />) : null,
    me.abilities.manageAgencies
      ? link(paths.agencies, t('nav.agencies'), <BankOutlined aria-hidden />)
      : null,
  ].filter((item) => item !== null);
  return [
    ...work,
    { key: ADMIN_GROUP, icon: <SettingOutlined aria-hidden />, label: t('nav.admin'), children: admin },
  ];
}

/** The menu item of the current page: the longest path that prefixes the address. */
function selectedKey(pathname: string): string {
  const candidates = Object.values(paths).filter(
    (p) => p !== '/' && (pathname === p || pathname.startsWith(`${p}/`)),
  );
  return candidates.sort((a, b) => b.length - a.length)[0] ?? (pathname === '/' ? '/' : '');
}

export function NavMenu({
  me,
  collapsed,
  onNavigate,
}: {
  me: Me;
  collapsed?: boolean;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = useItems(me);
  return (
    <nav aria-label={t('nav.label')}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={[selectedKey(pathname)]}
        defaultOpenKeys={collapsed ? [] : [REPORTS_GROUP, ADMIN_GROUP]}
        onClick={onNavigate}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
