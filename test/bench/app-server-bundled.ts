// The app as production runs it (ADR 0010): this file is bundled by esbuild and run with plain Node.
import { buildApp } from '../../src/app';
import { openDatabase } from '../../src/db/connection';
import { serveApp } from './app-serve';

await serveApp(buildApp, openDatabase);
