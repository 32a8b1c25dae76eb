import { useState } from 'react';
import { Textarea } from '@/components/forms/textarea';
import { limits } from '@/lib/validations/booking-fields';
import { CharacterCount } from './character-count';

/** The message and its character count; remounts with the form, so the count starts from the kept value. */
export function MessageField({ defaultValue, error, onBlur }: { defaultValue?: string; error?: string; onBlur: () => void }) {
  const [length, setLength] = useState([...(defaultValue ?? '')].length);
  return (
    <Textarea
      name="message"
      label="Tell us briefly about your problem"
      hint={
        <>
          For example, how long you have had it and what you have tried. Please do not include anything we do not need to arrange your
          consultation.
        </>
      }
      error={error}
      rows={6}
      width="w-full max-w-2xl"
      defaultValue={defaultValue}
      describedByAlso="message-count"
      onBlur={onBlur}
      onChange={(e) => setLength([...e.currentTarget.value].length)}
      after={<CharacterCount id="message-count" remaining={limits.message - length} limit={limits.message} />}
    />
  );
}
