import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../../contract/org.ts';
import { roleName } from '../names.ts';

/** Each role with its scope: "Lãnh đạo đơn vị · Vụ Pháp chế". */
export function RoleTags({ roles }: { roles: PersonView['roles'] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return <>—</>;
  return (
    <Flex wrap gap={4}>
      {roles.map((r) => (
        <Tag key={r.id} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
          {roleName(r.role)} · {r.unitName ?? t('common.wholeAgency')}
        </Tag>
      ))}
    </Flex>
  );
}
