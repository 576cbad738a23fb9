import type { VendorPace } from '../pace.js';

/**
 * MyOperator's default pace: 20 requests a minute, one at a time. A support article states 20 a minute,
 * 100 an hour and 500 a day for the "Pull API" [S: https://support.myoperator.com/portal/en/kb/articles/what-are-apis-23-8-2025],
 * with placeholder hosts unlike the real API's, so the figures are doubtful (docs/vendors/myoperator.md#rate-limits).
 * It is still the only published figure, and going slower costs little: a plan reads 100 users a request.
 * ringform keeps to the minute figure. The hourly and daily figures cannot be kept by a pace: if the vendor
 * enforces them, its 429 and Retry-After are honoured, and a wait beyond ringform's cap stops the run with
 * a message saying so. A user who knows the account's real limit raises the pace.
 */
export const PACE: VendorPace = {
  rate: 20 / 60,
  concurrency: 1,
  source: '[S: https://support.myoperator.com/portal/en/kb/articles/what-are-apis-23-8-2025, 20 requests a minute (low confidence: placeholder hosts); one at a time is an assumption]',
};
