import type { AbstractNode, IconDefinition } from '@ant-design/icons-svg/es/types.js';
import { type CSSProperties, createElement, type ReactNode } from 'react';

/** The icon files are typed as CommonJS: depending on the interop the default is the icon or wraps it. */
type IconModule = IconDefinition | { default: IconDefinition };

function render(node: AbstractNode, key?: number): ReactNode {
  return createElement(node.tag, { key, ...node.attrs }, node.children?.map(render));
}

/**
 * An Ant Design icon drawn from its SVG definition alone, without @ant-design/icons' runtime:
 * for the pages shown before antd loads (sign-in). Decorative: hidden from screen readers.
 */
export function PlainIcon({ icon, style }: { icon: IconModule; style?: CSSProperties }) {
  const definition = 'default' in icon ? icon.default : icon;
  const svg =
    typeof definition.icon === 'function' ? definition.icon('currentColor', 'currentColor') : definition.icon;
  return createElement(
    'svg',
    { ...svg.attrs, width: '1em', height: '1em', fill: 'currentColor', 'aria-hidden': true, style },
    svg.children?.map(render),
  );
}
