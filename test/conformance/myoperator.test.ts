import { conformance } from './suite.js';
import { myoperatorHarness } from './myoperator.harness.js';

conformance(myoperatorHarness);
