import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { adminTranslator } from './i18n';
import { lifecycleRefusal } from './lifecycle-form';

const t = adminTranslator('en');
const errors = en.admin.lifecycle.errors;

describe('lifecycleRefusal', () => {
  it("translates each field's error key, keeps the values as typed and starts the next round", () => {
    expect(lifecycleRefusal(t, { status: 'idle', round: 2 }, { at: 'datePast', text: undefined }, { at: 'x' })).toEqual(
      {
        status: 'invalid',
        errors: { at: errors.datePast },
        values: { at: 'x' },
        round: 3,
      },
    );
    expect(lifecycleRefusal(t, { status: 'idle' }, { form: 'forbidden' }, {}).round).toBe(1);
  });

  it('reads an unknown or hostile key as "invalid", never as a message path or markup', () => {
    for (const key of ['<script>alert(1)</script>', '__proto__', 'errors.summary', 'constructor'])
      expect(lifecycleRefusal(t, { status: 'idle' }, { hours: key }, {}).errors).toEqual({ hours: errors.invalid });
  });
});
