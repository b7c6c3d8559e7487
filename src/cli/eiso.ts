#!/usr/bin/env node
// The `eiso` command (`npm run eiso -- <command>`): see README.md, "Command line".
// Compiled modules, their stripped TypeScript included, are cached on disk (in the system's
// temporary folder): every start after the first costs about a third less CPU. The cache is
// turned on before anything else is loaded, so the commands come in by a dynamic import.
import module from 'node:module';
import { installResolveShortcuts } from './resolve-shortcuts.ts';

module.enableCompileCache?.();
installResolveShortcuts();
await import('./commands.ts');
