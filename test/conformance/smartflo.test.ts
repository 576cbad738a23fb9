import { conformance } from './suite.js';
import { smartfloEvidenceHarness, smartfloHarness } from './smartflo.harness.js';

conformance(smartfloHarness);
// Evidence only: no GET /v1/roles; the provider takes roles from the users' user_role.
conformance(smartfloEvidenceHarness);
