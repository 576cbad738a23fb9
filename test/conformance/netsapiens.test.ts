import { conformance } from './suite.js';
import { netsapiensHarness } from './netsapiens.harness.js';

conformance(netsapiensHarness);
