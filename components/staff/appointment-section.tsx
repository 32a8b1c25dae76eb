/**
 * The request page's appointment section: what was offered and the patient's answer, the form to
 * offer (or change) a time, and a cancel button. Works without JavaScript (native date and time
 * inputs; a refused form comes back with its answers from the query string).
 */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { describeLocal, toLocal } from '@/lib/booking/clinic-time';
import type { AppointmentField } from '@/lib/validations/appointment';
import { siteConfig } from '@/lib/site-config';
import { getAuthors } from '@/lib/content/queries';
import { Button } from '@/components/forms/button';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Notice } from '@/components/forms/notice';
import { TextInput } from '@/components/forms/text-input';
import { formatDateTime } from './date-time';

const done: Record<string, string> = {
  'appointment-offered': 'Appointment offered. The patient is being sent an invite.',
  'appointment-changed': 'Appointment changed. The patient is being sent the new time.',
  'appointment-unchanged': 'That appointment was already offered; nothing was sent again.',
  'appointment-cancelled': 'Appointment cancelled. The patient is being told.',
  'appointment-none': 'There was no appointment to cancel.',
};

const statusWords: Record<string, string> = {
  offered: 'Offered, waiting for the patient',
  accepted: 'Accepted by the patient',
  'another-time': 'The patient asked for another time',
  cancelled: 'Cancelled',
};

const replyWords: Record<string, string> = { accepted: 'Accepted the appointment', 'another-time': 'Asked for another time', cancelled: 'Cancelled the request' };

export async function AppointmentSection({
  db,
  requestId,
  patientReply,
  patientReplyAt,
  searchParams: sp,
}: {
  db: Kysely<Database>;
  requestId: string;
  patientReply: string | null;
  patientReplyAt: string | null;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const a = await db.selectFrom('appointments').selectAll().where('request_id', '=', requestId).executeTakeFirst();
  const zone = siteConfig.appointments.timeZone;
  const code = typeof sp.error === 'string' && sp.error.startsWith('appointment-') ? (sp.error.slice('appointment-'.length) as AppointmentField) : null;
  const kept = (f: AppointmentField) => (code && typeof sp[f] === 'string' ? (sp[f] as string) : undefined);
  const errorText: Partial<Record<AppointmentField, string>> = code ? { [code]: errorMessages[code] ?? 'Check this answer' } : {};
  const local = a && a.status !== 'cancelled' ? toLocal(new Date(a.starts_at), zone) : null;
  const clinicians = getAuthors()
    .filter((x) => x.registration)
    .map((x) => x.name);
  const defaultPlace = `${siteConfig.name}, ${siteConfig.address.street}, ${siteConfig.address.locality} ${siteConfig.address.postalCode}`;
  return (
    <section aria-labelledby="appointment" className="mb-10 max-w-3xl">
      <h2 id="appointment" className="mb-4 text-2xl font-bold text-ink">
        Appointment
      </h2>
      <Notice text={typeof sp.done === 'string' ? done[sp.done] : undefined} />
      {patientReply ? (
        <p className="mb-4 text-ink" data-testid="patient-reply">
          Patient’s answer from their link: <strong>{replyWords[patientReply] ?? patientReply}</strong>
          {patientReplyAt ? `, ${formatDateTime(patientReplyAt)}` : ''}
        </p>
      ) : null}
      {a ? (
        <dl className="mb-6 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]" data-testid="appointment">
          <dt className="font-semibold text-ink">Status</dt>
          <dd className="text-ink">{statusWords[a.status] ?? a.status}</dd>
          <dt className="font-semibold text-ink">When</dt>
          <dd className="text-ink">{describeLocal(new Date(a.starts_at), a.time_zone)}</dd>
          <dt className="font-semibold text-ink">Clinician</dt>
          <dd className="text-ink">{a.clinician}</dd>
          <dt className="font-semibold text-ink">Place</dt>
          <dd className="text-ink">{a.place}</dd>
          {a.video_url ? (
            <>
              <dt className="font-semibold text-ink">Video link</dt>
              <dd className="break-all text-ink">{a.video_url}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="mb-6 text-ink">No appointment offered yet.</p>
      )}
      <form method="post" action={`/staff/requests/${requestId}/appointment/submit`} id="appointment-form" className="mb-6">
        <ErrorSummary errors={code ? [{ field: code, text: errorText[code]! }] : []} />
        <h3 className="mb-4 text-xl font-bold text-ink">{a && a.status !== 'cancelled' ? 'Change the appointment' : 'Offer an appointment'}</h3>
        <div className="flex flex-wrap gap-6">
          <TextInput name="date" label="Date" type="date" hint="UK time" required defaultValue={kept('date') ?? local?.date ?? ''} error={errorText.date} width="w-48" groupClassName="mb-4" />
          <TextInput name="time" label="Time" type="time" hint="24-hour clock" required defaultValue={kept('time') ?? local?.time ?? ''} error={errorText.time} width="w-36" groupClassName="mb-4" />
        </div>
        <TextInput
          name="clinician"
          label="Clinician"
          hint={clinicians.length ? `For example ${clinicians.join(', ')}` : undefined}
          required
          defaultValue={kept('clinician') ?? a?.clinician ?? clinicians[0] ?? ''}
          error={errorText.clinician}
          groupClassName="mb-4"
        />
        <TextInput name="place" label="Place" required defaultValue={kept('place') ?? a?.place ?? defaultPlace} error={errorText.place} groupClassName="mb-4" />
        <TextInput
          name="videoUrl"
          label="Video link (optional)"
          hint="For a video consultation: the full https:// address the patient opens"
          type="url"
          defaultValue={kept('videoUrl') ?? a?.video_url ?? ''}
          error={errorText.videoUrl}
          groupClassName="mb-4"
        />
        <input type="hidden" name="intent" value="offer" />
        <Button>{a && a.status !== 'cancelled' ? 'Send the new time' : 'Offer this appointment'}</Button>
      </form>
      {a && (a.status === 'offered' || a.status === 'accepted') ? (
        <form method="post" action={`/staff/requests/${requestId}/appointment/submit`}>
          <input type="hidden" name="intent" value="cancel" />
          <Button variant="warning">Cancel the appointment</Button>
        </form>
      ) : null}
    </section>
  );
}

const errorMessages: Record<AppointmentField, string> = {
  date: 'Enter a real date in the future, like 2027-03-30',
  time: 'Enter the time as hours and minutes, like 14:30',
  clinician: 'Enter the clinician (at most 100 characters)',
  place: 'Enter where the appointment is (at most 200 characters)',
  videoUrl: 'Enter the video link as a full https:// address, or leave it empty',
};

