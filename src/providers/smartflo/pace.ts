import type { VendorPace } from '../pace.js';

/**
 * Smartflo's default pace. Tata publishes no limit (docs/vendors/smartflo.md#login-lockout-and-rate-limits
 * [NF]). Public client code of a CRM integration sends one request at a time per account and waits 350 ms
 * after each, because "Smartflo applies a fairly small account-level burst limit": under 3 requests a
 * second [S: public client code]. ringform keeps to 3 a second. Two at once [I], so that one slow answer
 * does not stall the pace.
 */
export const PACE: VendorPace = {
  rate: 3,
  concurrency: 2,
  source: '[S: public client code serialises calls per account with a 350 ms gap for "a fairly small account-level burst limit"; concurrency 2 is an assumption]',
};
