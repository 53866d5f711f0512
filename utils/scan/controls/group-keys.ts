/** Keys that group native radios and checkboxes the way the browser does: by form and name. */

/** Which form an input belongs to (`form0`, `form1` …, or `noform`). */
export function formKey(input: HTMLInputElement): string {
  const form = input.form;
  return form ? `form${Array.from(input.ownerDocument.forms).indexOf(form)}` : 'noform';
}

const objectKeys = new WeakMap<object, number>();
let nextObjectKey = 0;

/** A number that stays the same for an object (an element, a shadow root) for the page's life. */
export function objectKey(object: object | null): number {
  if (!object) return -1;
  let key = objectKeys.get(object);
  if (key === undefined) {
    key = nextObjectKey++;
    objectKeys.set(object, key);
  }
  return key;
}
