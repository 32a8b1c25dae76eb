/**
 * The one shape of a signed-in staff POST route: same-origin check, session check, the form body
 * read with a bound (413 past it), then the route's own step, its audit row and a 303 redirect.
 * Route files under app/staff only say what their step is.
 */
import { textField } from '@/lib/http/body';
import { audit, type AuditEntry } from './audit';
import { readStaffForm } from './form-body';
import { plainText, requireStaffRequest, seeOther, type GateOptions, type StaffContext } from './session';

export type StaffPostInput = StaffContext & {
  request: Request;
  /** A text field of the posted form, or undefined when it is missing (or a file). */
  field: (name: string) => string | undefined;
};

/** Where to send the browser next, what to write to the audit log (the actor is filled in), and cookies to set. */
export type StaffPostOutcome = { redirect: string; audit?: Omit<AuditEntry, 'actor'>; cookies?: readonly string[] } | Response;

type RouteContext<P> = { params: Promise<P> };

export function staffPost<P = Record<string, never>>(
  step: (input: StaffPostInput, params: P) => Promise<StaffPostOutcome>,
  opts: GateOptions & { readsForm?: boolean } = {},
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    const auth = await requireStaffRequest(request, opts);
    if (!auth.ok) return auth.response;
    let fields: Record<string, unknown> = {};
    if (opts.readsForm !== false) {
      const body = await readStaffForm(request);
      if (!body.ok) return plainText(body.status, body.message);
      fields = body.fields;
    }
    const outcome = await step({ ...auth.ctx, request, field: (name) => textField(fields, name) }, await context.params);
    if (outcome instanceof Response) return outcome;
    if (outcome.audit) await audit(auth.ctx.db, { ...outcome.audit, actor: auth.ctx.user.email });
    return seeOther(outcome.redirect, outcome.cookies);
  };
}
