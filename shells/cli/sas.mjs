#!/usr/bin/env node
// The `sas` command line. No build step: tsx compiles the TypeScript on the fly.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
const { tolerateClosedOutput } = await import('./cli-error.ts');
tolerateClosedOutput();
process.exitCode = await main(process.argv.slice(2));
