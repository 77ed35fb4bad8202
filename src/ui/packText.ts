import { addressForms, renderAlternates, type AddressForm } from '../content/genderText';
import { getPreferences, type Preferences } from '../prefs/preferences';
import { usePreferences } from './usePreferences';

/*
 * The one way pack text reaches the screen and the voice: each [[feminine|masculine|neutral]]
 * alternate (content/genderText.ts) becomes the form the person chose in Settings. Crisis steps,
 * guides, articles, exercises and read-aloud all go through here.
 */

/** The person's chosen form of address; feminine until they choose, as the app has always spoken. */
export function addressFormOf(preferences: Pick<Preferences, 'addressForm'>): AddressForm {
  return preferences.addressForm ?? 'feminine';
}

export function useAddressForm(): AddressForm {
  return addressFormOf(usePreferences());
}

/** i18next's context for locale strings that depend on it (key_female, key_male; the plain key is neutral). */
export function addressContext(form: AddressForm): 'female' | 'male' | undefined {
  if (form === 'feminine') return 'female';
  return form === 'masculine' ? 'male' : undefined;
}

export function useAddressContext(): 'female' | 'male' | undefined {
  return addressContext(useAddressForm());
}

// One rendered copy per pack object and form, so screens get a stable object across renders.
const rendered = Object.fromEntries(addressForms.map((form) => [form, new WeakMap<object, object>()])) as Record<
  AddressForm,
  WeakMap<object, object>
>;

function renderValue(value: unknown, form: AddressForm): unknown {
  if (typeof value === 'string') return renderAlternates(value, form);
  if (Array.isArray(value)) {
    const items = value.map((item) => renderValue(item, form));
    return items.every((item, index) => item === value[index]) ? value : items;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, child]) => [key, renderValue(child, form)] as const);
    return entries.every(([key, child]) => child === (value as Record<string, unknown>)[key]) ? value : Object.fromEntries(entries);
  }
  return value;
}

/** A pack (or any part of one) with every alternate rendered in `form`; the same object when it has none. */
export function inAddressForm<T extends object>(pack: T, form: AddressForm): T {
  const cache = rendered[form];
  let result = cache.get(pack);
  if (!result) {
    result = renderValue(pack, form) as object;
    cache.set(pack, result);
  }
  return result as T;
}

export function usePackInAddressForm<T extends object>(pack: T): T {
  return inAddressForm(pack, useAddressForm());
}

/** For text read outside React (read-aloud started from a tap). */
export function packTextNow(text: string): string {
  return renderAlternates(text, addressFormOf(getPreferences()));
}
