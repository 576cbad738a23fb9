/** Smartflo error bodies: `{"success": false, "message": …}` (docs/vendors/smartflo.md#errors), with extra fields where the vendor adds them. */

export class SfError extends Error {
  override name = 'SfError';
  constructor(
    readonly status: number,
    message: string,
    /** Extra body fields, e.g. `login_failed_count`. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const errorBody = (_status: number, message: string) => ({ success: false, message });

export const badRequest = (message: string) => new SfError(400, message);
/** Validation failures: 422 with `errors` by field, as Laravel-style APIs answer [I: status and `errors` shape, docs/vendors/smartflo.md#errors]. */
export const invalid = (field: string, message: string) => new SfError(422, message, { errors: { [field]: [message] } });
export const notFound = (message: string) => new SfError(404, message);
