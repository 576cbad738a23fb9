#!/usr/bin/env node
// The published entry point runs the compiled CLI (built by `npm run build`, which `npm ci` runs through
// the `prepare` script). Kept as plain JS so it needs no loader.
import '../dist/cli/main.js';
