// Two shortcuts in Node's module resolution, for start-up CPU (see ARCHITECTURE.md, "Start").
// Node 24 parses a package's whole package.json "exports" again each time it decides the format
// of one of the package's files. drizzle-orm's is 179 kB and about 480 of its files load at
// start: 0.2–0.3 CPU-s of parsing and the garbage it leaves. So:
// - a relative import inside drizzle-orm (always a full `./x.js` path in its ES modules, its
//   package being "type": "module") is answered here, format included;
// - a bare import from eiso's own source ('drizzle-orm', 'zod', …) resolves to the same file
//   whichever source file asks, so its first answer is remembered.
import module from 'node:module';

// Where Node finds drizzle-orm (its real path: node_modules may be a link, or hoisted higher).
const drizzleRoot = new URL('./', import.meta.resolve('drizzle-orm')).href;
const sourceRoot = new URL('../', import.meta.url).href;

const bare = new Map<string, module.ResolveFnOutput>();

export function installResolveShortcuts() {
  module.registerHooks?.({
    resolve(specifier, context, nextResolve) {
      const parent = context.parentURL ?? '';
      if (parent.startsWith(drizzleRoot) && specifier.startsWith('.') && specifier.endsWith('.js')) {
        return { url: new URL(specifier, parent).href, format: 'module', shortCircuit: true };
      }
      const isBare = !specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.includes(':');
      if (!isBare || !parent.startsWith(sourceRoot) || parent.includes('/node_modules/')) {
        return nextResolve(specifier, context);
      }
      const key = `${specifier}\0${context.conditions?.join(',') ?? ''}`;
      let resolved = bare.get(key);
      if (!resolved) {
        resolved = nextResolve(specifier, context);
        bare.set(key, resolved);
      }
      return { ...resolved, shortCircuit: true };
    },
  });
}
