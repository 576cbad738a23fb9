/**
 * Names that look like they hold a secret (a leaf module, like errors.ts, so config and render share it):
 * plans show such fields as `(sensitive)` (render/sensitive.ts) and code frames mask such keys
 * (config/frame-secrets.ts). The test is on names, not values, so it is deliberately broad ("pin" also
 * matches "mapping"): hiding a harmless value costs little.
 */
export const SENSITIVE_NAME = /secret|password|passwd|token|pin|api[-_]?key|credential/i;
