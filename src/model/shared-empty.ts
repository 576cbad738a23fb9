/**
 * One frozen empty list and one frozen empty vendor map, shared by every model object that has none
 * (memory, issue 18: a 50,000-user org built four fresh `[]` and one `{}` per user on each side, ~12 MB).
 * Model objects are values: nothing changes them in place (plans build new objects, plan/adopt.ts), and
 * frozen, a change would throw instead of reaching every object that shares them.
 */
export const NO_ITEMS: readonly never[] = Object.freeze([]);
export const NO_VENDOR_FIELDS: Readonly<Record<string, never>> = Object.freeze({});

/** The shared empty list, typed for a model field. */
export const noItems = <T>(): T[] => NO_ITEMS as never[];

/** The shared empty vendor map, typed for a model field. */
export const noVendorFields = <T extends object>(): T => NO_VENDOR_FIELDS as T;
