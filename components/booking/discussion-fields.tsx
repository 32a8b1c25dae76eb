import { Radios } from '@/components/forms/choices';
import type { Option } from '@/components/forms/select';
import { Select } from '@/components/forms/select';
import { TextInput } from '@/components/forms/text-input';
import { heardFromOptions, joints } from '@/lib/validations/booking-fields';
import { MessageField } from './message-field';
import type { SectionProps } from './section-props';

/** "What you would like to discuss": treatment, joint, message, availability and how they heard of us. */
export function DiscussionFields({ values, errors, onLeave, treatments }: SectionProps & { treatments: readonly Option[] }) {
  return (
    <>
      <h2 className="mb-4 mt-10 text-2xl font-bold text-ink">What you would like to discuss</h2>
      <Radios
        name="treatment"
        legend="Which treatment are you interested in?"
        hint="Choose “I am not sure yet” if you would like our advice."
        options={treatments}
        defaultValue={values.treatment}
        error={errors.treatment}
        onChange={() => onLeave('treatment')}
      />
      <Radios
        name="joint"
        legend="Which joint or problem would you like to discuss?"
        options={joints}
        defaultValue={values.joint}
        error={errors.joint}
        onChange={() => onLeave('joint')}
      />
      <MessageField defaultValue={values.message} error={errors.message} onBlur={() => onLeave('message')} />
      <TextInput
        name="availability"
        label="Which days and times suit you? (optional)"
        hint="For example, weekday mornings or Saturdays."
        defaultValue={values.availability}
        error={errors.availability}
        onBlur={() => onLeave('availability')}
      />
      <Select
        name="heardFrom"
        label="How did you hear about us? (optional)"
        emptyOption="Prefer not to say"
        options={heardFromOptions}
        defaultValue={values.heardFrom ?? ''}
        error={errors.heardFrom}
        onBlur={() => onLeave('heardFrom')}
      />
    </>
  );
}
