import { conformance } from './suite.js';
import { smartfloHarness } from './smartflo.harness.js';

conformance(smartfloHarness);
