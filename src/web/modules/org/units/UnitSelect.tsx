import { TreeSelect } from 'antd';
import { type CSSProperties, useMemo } from 'react';
import { fold } from '../../../app/format.ts';
import { buildUnitTree, type UnitNode, useUnits } from '../queries.ts';

type Props = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Units that may not be chosen (the unit itself, the units being merged). */
  exclude?: string[];
  /** A unit that may be chosen neither itself nor through its sub-units (moving it under itself). */
  excludeTree?: string;
  'aria-label'?: string;
  style?: CSSProperties;
};

type Option = { value: string; title: string; disabled?: boolean; children?: Option[] };

const none: string[] = [];

/** The active units as tree options; typing filters by name or code. */
function useUnitOptions(exclude: string[], excludeTree?: string) {
  const units = useUnits('active');
  const treeData = useMemo(() => {
    const toOption = (n: UnitNode, insideExcluded = false): Option => {
      const excluded = insideExcluded || n.id === excludeTree;
      return {
        value: n.id,
        title: n.name,
        disabled: excluded || exclude.includes(n.id),
        children: n.children?.map((c) => toOption(c, excluded)),
      };
    };
    return buildUnitTree(units.data ?? []).map((n) => toOption(n));
  }, [units.data, exclude, excludeTree]);
  return {
    treeData,
    loading: units.isLoading,
    showSearch: {
      filterTreeNode: (input: string, node: { title?: unknown }) =>
        fold(String(node.title)).includes(fold(input)),
    },
    treeDefaultExpandAll: true,
    popupMatchSelectWidth: false,
  };
}

/** Pick an active unit from the tree; typing filters by name or code. */
export function UnitSelect({ exclude = none, excludeTree, value, style, ...props }: Props) {
  const options = useUnitOptions(exclude, excludeTree);
  return (
    <TreeSelect {...props} {...options} value={value ?? undefined} style={{ width: '100%', ...style }} />
  );
}

/** Several units; ticking a unit ticks its sub-units too. */
export function UnitsSelect({
  value,
  onChange,
  ...props
}: Omit<Props, 'value' | 'onChange' | 'exclude' | 'excludeTree'> & {
  value?: string[];
  onChange?: (value: string[]) => void;
}) {
  const options = useUnitOptions(none);
  return (
    <TreeSelect
      {...props}
      {...options}
      value={value}
      onChange={onChange}
      treeCheckable
      showCheckedStrategy={TreeSelect.SHOW_ALL}
      style={{ width: '100%', ...props.style }}
    />
  );
}
