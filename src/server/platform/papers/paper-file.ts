/**
 * A paper a module hands to another to put in a package (the inspection evidence pack): its
 * file name and how to make it, made only when the package reaches it, so a package of many
 * PDFs holds one at a time.
 */
export type PaperFile = { fileName: string; render: () => Promise<Buffer> };
