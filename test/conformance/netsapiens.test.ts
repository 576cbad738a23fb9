import { conformance } from './suite.js';
import { netsapiensEvidenceHarness, netsapiensHarness } from './netsapiens.harness.js';

conformance(netsapiensHarness);
// Evidence only: answers carry only what the spec's response schemas declare (the user's `email-address` goes).
conformance(netsapiensEvidenceHarness);
