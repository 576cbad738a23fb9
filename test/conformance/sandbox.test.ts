import { conformance } from './suite.js';
import { sandboxHarness } from './sandbox.harness.js';

conformance(sandboxHarness);
