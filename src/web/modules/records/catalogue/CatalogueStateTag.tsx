import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogueState } from '../../../../contract/records-catalogue.ts';
import { tagColours } from '../../documents/DocumentStateTag.tsx';

/** UX.md: draft grey, submitted blue (waiting for the head), approved gold (waiting to be issued), issued green. */
const colours = {
  draft: tagColours.grey,
  submitted: tagColours.blue,
  approved: tagColours.gold,
  issued: tagColours.green,
};

export function CatalogueStateTag({ state }: { state: CatalogueState }) {
  const { t } = useTranslation();
  return (
    <Tag variant="outlined" style={{ marginInlineEnd: 0, ...colours[state] }}>
      {t(`catalogue.state.${state}`)}
    </Tag>
  );
}
