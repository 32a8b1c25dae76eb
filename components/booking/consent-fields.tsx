import { Checkbox } from '@/components/forms/choices';
import { Fieldset } from '@/components/forms/field';
import type { SectionProps } from './section-props';

const ticked = (value?: string) => value === 'yes' || value === 'on';

/** "Your consent": the required consent to use health information, and the optional news from the clinic. */
export function ConsentFields({
  values,
  errors,
  onLeave,
  consentText,
  marketingText,
  phone,
}: SectionProps & { consentText: string; marketingText: string; phone: string }) {
  return (
    <>
      <h2 className="mb-4 mt-10 text-2xl font-bold text-ink">Your consent</h2>
      <Fieldset
        name="consent"
        legend="Using your health information"
        error={errors.consent}
        hint={
          <>
            The joint, treatment and message you give us are health information. We need your permission to use them, only to respond to this
            request. You can withdraw it at any time by phoning {phone}. Read our{' '}
            <a href="/privacy" className="font-semibold text-brand-700 underline underline-offset-2 hover:text-ink">
              privacy notice
            </a>{' '}
            to see how we use and protect your information.
          </>
        }
      >
        <Checkbox
          name="consent"
          value="yes"
          label={consentText}
          defaultChecked={ticked(values.consent)}
          aria-invalid={errors.consent ? true : undefined}
          onChange={() => onLeave('consent')}
        />
      </Fieldset>
      <Fieldset name="marketing" legend="News from the clinic (optional)" className="mb-8">
        <Checkbox name="marketing" value="yes" label={marketingText} defaultChecked={ticked(values.marketing)} />
      </Fieldset>
    </>
  );
}
