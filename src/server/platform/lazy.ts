/**
 * A function of a module loaded on its first call: `const renderPdf = lazy(() =>
 * import('./pdf.ts'), 'renderPdf')`. The export and import libraries (docx, pdfmake,
 * exceljs, resvg, fonts) then stay out of start-up; the first export pays for them once.
 */
export function lazy<M extends Record<K, (...args: any[]) => any>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
) {
  return async (...args: Parameters<M[K]>): Promise<Awaited<ReturnType<M[K]>>> =>
    (await load())[name](...args);
}
