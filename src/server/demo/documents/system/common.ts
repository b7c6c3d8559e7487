// What the system procedures share: the secretariat's name and their first issue in 2015.
import { decisions } from '../decisions.ts';

export const secretariat = 'Thư ký ISO (Vụ Khoa học và Công nghệ)';
export const correctiveActionRef = { code: 'QT-HT-05', text: 'Quy trình hành động khắc phục (QT-HT-05)' };

/** Issued with the quality management system by Quyết định 1679/QĐ-BTTTT (26/10/2015). */
export const firstIssue = {
  kind: 'new' as const,
  reason: 'Xây dựng Hệ thống quản lý chất lượng của Khối cơ quan Bộ theo Quyết định số 19/2014/QĐ-TTg.',
  requested: '2015-07-13',
  done: decisions.system2015.date,
  reaches: 'issued' as const,
  decisionNo: decisions.system2015.no,
};
