#!/usr/bin/env node
// `npx relief-widgets prerender …`: see src/prerender/cli.ts (or `--help`).
import { main } from '../dist/esm/prerender/cli.js';

process.exitCode = await main(process.argv.slice(2));
