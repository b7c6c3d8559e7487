import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** One section of the draft form, headed like the paper ("3. Tài liệu viện dẫn"). */
export function SectionCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card
      style={{ marginBottom: 16 }}
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {title}
        </Typography.Title>
      }
    >
      {children}
    </Card>
  );
}
