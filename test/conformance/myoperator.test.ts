import { conformance } from './suite.js';
import { myoperatorEvidenceHarness, myoperatorExtendedHarness, myoperatorHarness } from './myoperator.harness.js';

// The list as public code shows it (the default), evidence only (the create answer holds no user either), and
// with the fields no source shows.
conformance(myoperatorHarness);
conformance(myoperatorEvidenceHarness);
conformance(myoperatorExtendedHarness);
