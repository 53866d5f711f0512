/**
 * Writing into page controls so that the page's own framework notices (React, Vue, Angular keep
 * their own copy of a value and listen for events): the native value setter, then `input` and
 * `change`; a real click for radios, checkboxes and ARIA widgets; `insertText` for rich text.
 */

function fire(element: Element, type: string): void {
  const event =
    type === 'input'
      ? new (element.ownerDocument.defaultView?.InputEvent ?? InputEvent)('input', {
          bubbles: true,
          composed: true,
        })
      : new (element.ownerDocument.defaultView?.Event ?? Event)(type, {
          bubbles: true,
          composed: true,
        });
  element.dispatchEvent(event);
}

/**
 * Sets an input's, textarea's or select's value through the prototype's setter. React replaces the
 * instance's `value` property to track changes; calling the prototype setter bypasses its tracker,
 * so the `input` event that follows is seen as a real change.
 */
export function setNativeValue(
  element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
): void {
  const view = element.ownerDocument.defaultView;
  const prototype =
    element.tagName === 'TEXTAREA'
      ? view?.HTMLTextAreaElement.prototype
      : element.tagName === 'SELECT'
        ? view?.HTMLSelectElement.prototype
        : view?.HTMLInputElement.prototype;
  const setter = prototype ? Object.getOwnPropertyDescriptor(prototype, 'value')?.set : undefined;
  // Focus events as a user's edit would send them (frameworks mark a field touched on blur), but
  // without moving real focus: that forced a style recalculation per field, 90% of a 500-field fill.
  fire(element, 'focusin');
  if (setter) setter.call(element, value);
  else element.value = value;
  fire(element, 'input');
  fire(element, 'change');
  fire(element, 'focusout');
}

/**
 * Checks or unchecks a native checkbox/radio the way a user does: a click. When the click is
 * ignored (a disabled control, or inside `<fieldset disabled>`), nothing is forced: the fill reads
 * the state back and reports that it did not stick.
 */
export function setChecked(input: HTMLInputElement, checked: boolean): void {
  if (input.checked === checked) return;
  input.click();
}

/** Clicks an ARIA widget (role=radio/option/checkbox) like a pointer would: down, up, click. */
export function clickLikeUser(element: Element): void {
  const view = element.ownerDocument.defaultView;
  const MouseEventClass = view?.MouseEvent ?? MouseEvent;
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
    element.dispatchEvent(
      new MouseEventClass(type, { bubbles: true, composed: true, cancelable: true }),
    );
  }
  (element as HTMLElement).click();
}

/**
 * Replaces a contenteditable region's text. `insertText` goes through the editor's own input
 * pipeline (beforeinput/input), so editors that keep a model (ProseMirror, Quill, Draft) update
 * it; when the browser refuses the command, the text is set directly and `input` is fired.
 */
export function setEditableText(element: HTMLElement, text: string): void {
  const doc = element.ownerDocument;
  element.focus({ preventScroll: true });
  const selection = doc.getSelection();
  if (selection) {
    const range = doc.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  let inserted = false;
  try {
    inserted = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    inserted = false;
  }
  if (
    !inserted ||
    normalizeEditableText(element.innerText ?? element.textContent ?? '') !==
      normalizeEditableText(text)
  ) {
    element.textContent = text;
    fire(element, 'input');
  }
  element.blur();
}

/** Text of an editable region compared loosely: editors add trailing newlines and nbsp. */
export function normalizeEditableText(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
