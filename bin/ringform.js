#!/usr/bin/env node
// The published entry point runs the bundled CLI (built by `npm run build`, scripts/build.mjs, which `npm ci`
// runs through the `prepare` script). Kept as plain JS so it needs no loader.
import '../dist/ringform.js';
