import { useEffect } from 'react';

/** The browser tab says which page this is: "Đơn vị — eiso". */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    if (title) document.title = `${title} — eiso`;
  }, [title]);
}
