import { Radios } from '@/components/forms/choices';
import { TextInput } from '@/components/forms/text-input';
import { contactMethods } from '@/lib/validations/booking-fields';
import type { SectionProps } from './section-props';

/** "Your details": who is asking and how to reach them. */
export function DetailsFields({ values, errors, onLeave }: SectionProps) {
  return (
    <>
      <h2 className="mb-4 text-2xl font-bold text-ink">Your details</h2>
      <TextInput
        name="fullName"
        label="Full name"
        autoComplete="name"
        spellCheck={false}
        defaultValue={values.fullName}
        error={errors.fullName}
        onBlur={() => onLeave('fullName')}
      />
      <TextInput
        name="email"
        label="Email address"
        hint="We will send a confirmation with your reference number to this address."
        type="email"
        inputMode="email"
        autoComplete="email"
        spellCheck={false}
        defaultValue={values.email}
        error={errors.email}
        onBlur={() => onLeave('email')}
      />
      <TextInput
        name="phone"
        label="Phone number (needed if you would like us to phone you)"
        hint="For international numbers include the country code, like +44."
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        width="w-full max-w-xl sm:max-w-xs"
        defaultValue={values.phone}
        error={errors.phone}
        onBlur={() => onLeave('phone')}
      />
      <Radios
        name="contactMethod"
        legend="How would you like us to contact you?"
        options={contactMethods}
        defaultValue={values.contactMethod}
        error={errors.contactMethod}
        onChange={() => onLeave('contactMethod')}
      />
    </>
  );
}
