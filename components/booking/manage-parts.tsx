/** Pieces of the patient's manage pages: plain server components, no client JavaScript. */
import { siteConfig, describeOpeningHours } from '@/lib/site-config';
import { describeLocal } from '@/lib/booking/clinic-time';
import type { ManageView, PatientAction } from '@/lib/booking/manage';

const link = 'font-semibold text-brand-700 underline underline-offset-2';

export function ClinicContact() {
  const a = siteConfig.address;
  return (
    <section aria-labelledby="contact" className="mt-10">
      <h2 id="contact" className="text-2xl font-bold text-ink">
        Contact us
      </h2>
      <p className="mt-2 text-lg text-ink">
        Phone{' '}
        <a className={link} href={`tel:${siteConfig.phone.e164}`}>
          {siteConfig.phone.display}
        </a>{' '}
        ({describeOpeningHours()}) or email{' '}
        <a className={link} href={`mailto:${siteConfig.email}`}>
          {siteConfig.email}
        </a>
        .
      </p>
      <p className="mt-2 text-lg text-ink">
        {siteConfig.name}, {a.street}, {a.locality} {a.postalCode}
      </p>
    </section>
  );
}

/** The request's state in plain words. */
export function describeStatus(view: ManageView): string {
  if (view.patientReply === 'cancelled') return 'You cancelled this request. We will not contact you about it again.';
  switch (view.status) {
    case 'new':
      return 'We have received your request. A member of our team will contact you within 2 working days.';
    case 'contacted':
      return 'We have been in touch with you about your request.';
    case 'booked':
      return 'Your consultation is booked.';
    case 'closed':
      return 'This request is closed.';
    default:
      return 'We have received your request.';
  }
}

export function describeAppointment(status: string): string {
  switch (status) {
    case 'offered':
      return 'We have offered you this appointment. Please accept it, or ask for another time.';
    case 'accepted':
      return 'You have accepted this appointment.';
    case 'another-time':
      return 'You asked for another time. We will contact you with a new one.';
    default:
      return 'This appointment was cancelled.';
  }
}

export function AppointmentDetails({ appointment }: { appointment: NonNullable<ManageView['appointment']> }) {
  const rows: [string, React.ReactNode][] = [
    ['When', `${describeLocal(new Date(appointment.startsAt), appointment.timeZone)} (UK time), ${appointment.durationMinutes} minutes`],
    ['With', appointment.clinician],
    ['Where', appointment.place],
  ];
  if (appointment.videoUrl) {
    rows.push([
      'Video link',
      <a key="v" className={`${link} break-all`} href={appointment.videoUrl}>
        {appointment.videoUrl}
      </a>,
    ]);
  }
  return (
    <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 text-lg sm:grid-cols-[8rem_1fr]">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-semibold text-ink">{k}</dt>
          <dd className="text-ink">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What each action is called, what its confirmation page asks, and its button. */
export const actionText: Record<PatientAction, { start: string; title: string; body: string[]; confirm: string; done: string }> = {
  accept: {
    start: 'Accept this appointment',
    title: 'Accept this appointment?',
    body: ['We will expect you at the time shown. We will send you reminders 7 days and 1 day before.'],
    confirm: 'Yes, accept this appointment',
    done: 'Thank you. You have accepted the appointment.',
  },
  'another-time': {
    start: 'Ask for another time',
    title: 'Ask for another time?',
    body: ['We will cancel this time and contact you to arrange a new one. Your request stays open.'],
    confirm: 'Yes, ask for another time',
    done: 'We have cancelled that time and will contact you to arrange another.',
  },
  cancel: {
    start: 'Cancel my request',
    title: 'Cancel your request?',
    body: ['We will close your request and cancel any appointment. We will not contact you about it again.', 'We keep your request until it is deleted at the end of the usual period, as our privacy notice explains. To have it deleted now, withdraw your consent instead.'],
    confirm: 'Yes, cancel my request',
    done: 'Your request is cancelled.',
  },
  withdraw: {
    start: 'Withdraw my consent and delete my request',
    title: 'Withdraw your consent and delete your request?',
    body: [
      'We will delete your request, your consent record, any appointment and any emails we have not yet sent. This cannot be undone, and this link will stop working.',
      'We keep only a note of your reference number and the date, with no name or contact details, so our staff know what happened. We will send you one last email to confirm.',
    ],
    confirm: 'Yes, withdraw my consent and delete my request',
    done: '',
  },
};
