import { conformance } from './suite.js';
import { myoperatorExtendedHarness, myoperatorHarness } from './myoperator.harness.js';

// The list as public code shows it (the default), and with the fields no source shows.
conformance(myoperatorHarness);
conformance(myoperatorExtendedHarness);
