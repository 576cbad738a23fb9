/**
 * Every vendor ringform knows, in one place: the provider types org.yaml accepts, their display names, and
 * which have an emulator (`ringform emulate`). The emulate command and its help, the README capability matrix
 * (src/gen/capability-matrix.ts), and the test suites that must cover every vendor (conformance and import
 * harnesses, reliability vendors) read this list; a test fails when one of them leaves a vendor out.
 */
export const VENDORS = [
  { type: 'sandbox', title: 'Sandbox', emulated: false },
  { type: 'netsapiens', title: 'NetSapiens', emulated: true },
  { type: 'smartflo', title: 'Smartflo', emulated: true },
  { type: 'myoperator', title: 'MyOperator', emulated: true },
  { type: 'squaretalk', title: 'Squaretalk', emulated: false },
] as const;

export type VendorType = (typeof VENDORS)[number]['type'];
export type EmulatedVendor = Extract<(typeof VENDORS)[number], { emulated: true }>['type'];

export const EMULATED_VENDORS: readonly EmulatedVendor[] = VENDORS.filter((v): v is Extract<(typeof VENDORS)[number], { emulated: true }> => v.emulated).map(
  (v) => v.type,
);
