import { Typography } from 'antd';

/** A short "nothing here" line for small tables (antd's default is too faint for AA contrast). */
export function EmptyText({ children }: { children: string }) {
  return <Typography.Text type="secondary">{children}</Typography.Text>;
}
