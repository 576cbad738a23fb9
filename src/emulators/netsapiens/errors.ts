/** NetSapiens v2 error and acknowledgement bodies: `{code, message}` (spec `ErrorResponse`). */

export class NsError extends Error {
  override name = 'NsError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const errorBody = (status: number, message: string) => ({ code: status, message });

/** Spec example: `{"code":202,"message":"Accepted"}` for queued writes. */
export const ACCEPTED = { status: 202, body: { code: 202, message: 'Accepted' } } as const;

export const badRequest = (message: string) => new NsError(400, message);
export const notFound = (message: string) => new NsError(404, message);
export const conflict = (message: string) => new NsError(409, message);

/** Spec example message: "Domain example does not exist". */
export const domainNotFound = (domain: string) => notFound(`Domain ${domain} does not exist`);
/** Spec example message: "User 1000 does not exist in domain domain". */
export const userNotFound = (user: string, domain: string) => notFound(`User ${user} does not exist in domain ${domain}`);
