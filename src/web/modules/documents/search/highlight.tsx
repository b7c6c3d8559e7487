import { Fragment } from 'react';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (html: string) => html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]);

/**
 * The server's highlight is escaped text with <mark>…</mark> around matches. Split on the
 * mark tags and decode the rest to text, so nothing else can ever become markup.
 */
export function highlightParts(html: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let mark = false;
  for (const piece of html.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) parts.push({ text: decode(piece), mark });
  }
  return parts;
}

export function Highlighted({ html }: { html: string }) {
  return (
    <>
      {highlightParts(html).map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string.
        <Fragment key={i}>
          {p.mark ? <mark style={{ background: '#ffe58f', padding: 0 }}>{p.text}</mark> : p.text}
        </Fragment>
      ))}
    </>
  );
}
