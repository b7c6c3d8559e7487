import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from './documentTitle.ts';

type Props = {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  tags?: ReactNode;
  /** The browser tab's title when the heading is not a plain page name. */
  documentTitle?: string;
};

/** The page's one h1, its state tags and the actions the person may take now. */
export function PageHeader({ title, subtitle, extra, tags, documentTitle }: Props) {
  useDocumentTitle(documentTitle ?? (typeof title === 'string' ? title : undefined));
  return (
    <Flex wrap justify="space-between" align="center" gap={12} style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0 }}>
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={1} style={{ fontSize: 22, lineHeight: 1.3, margin: 0 }}>
            {title}
          </Typography.Title>
          {tags}
        </Flex>
        {subtitle && (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {subtitle}
          </Typography.Paragraph>
        )}
      </div>
      {extra && (
        <Flex wrap gap={8}>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
