import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// A child Node loads the server's modules with the shortcuts installed over a hook that counts
// what still reaches Node's own resolution: nothing inside drizzle-orm, each bare package once.
it('answers drizzle-orm imports itself and resolves each bare package once', () => {
  const shortcuts = new URL('./resolve-shortcuts.ts', import.meta.url).href;
  const app = new URL('../server/app.ts', import.meta.url).href;
  const script = `
    import module from 'node:module';
    const seen = [];
    let counting = false;
    module.registerHooks({ resolve(s, c, next) { if (counting) seen.push([s, c.parentURL ?? '']); return next(s, c); } });
    (await import(${JSON.stringify(shortcuts)})).installResolveShortcuts();
    counting = true;
    const { buildApp } = await import(${JSON.stringify(app)});
    const inDrizzle = seen.filter(([, p]) => p.includes('/node_modules/drizzle-orm/')).length;
    const fromSource = seen.filter(([s, p]) => !s.startsWith('.') && !s.includes(':') && !p.includes('/node_modules/')).map(([s]) => s);
    console.log(JSON.stringify({ loaded: typeof buildApp, inDrizzle, fromSource }));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    encoding: 'utf8',
  });
  const { loaded, inDrizzle, fromSource } = JSON.parse(out.trim().split('\n').at(-1) as string);
  expect(loaded).toBe('function');
  expect(inDrizzle).toBe(0);
  expect(fromSource).toContain('drizzle-orm');
  expect(new Set(fromSource).size).toBe(fromSource.length);
});
