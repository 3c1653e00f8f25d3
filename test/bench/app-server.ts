// The app from its TypeScript sources through tsx. APP_SRC=.before/src runs another copy of the sources
// (cpu.ts compares two that way); the benchmarks otherwise run app-server-bundled.ts (fork-target.ts).
import { serveApp } from './app-serve';

const SRC = new URL(`../../${process.env.APP_SRC ?? 'src'}/`, import.meta.url);
const { buildApp } = (await import(new URL('app.ts', SRC).href)) as typeof import('../../src/app');
const { openDatabase } = (await import(
  new URL('db/connection.ts', SRC).href
)) as typeof import('../../src/db/connection');
await serveApp(buildApp, openDatabase);
