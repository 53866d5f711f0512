/**
 * Frameworks that apply a value on their next render: Element Plus's radio sets `checked` from
 * the model's old value inside its `change` handler and checks the input again a tick later.
 * A value read back at once looks refused although it reached the model.
 */

/** How long a framework may take to show a value it took (a render or two). */
const settleTimeoutMs = 300;
const pollMs = 15;

/**
 * Whether `check` holds now or comes to hold within a short while (a value shown on the page's
 * next render). Returns at once when it holds already: the common case costs nothing.
 */
export async function holdsSoon(
  check: () => boolean,
  timeoutMs = settleTimeoutMs,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (check()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/**
 * Whether `check` still holds once the page's framework has rendered (a few ticks later): a
 * value put back may be taken back by a render that follows its model.
 */
export async function holdsAfterRender(check: () => boolean): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, pollMs));
  await new Promise((resolve) => setTimeout(resolve, pollMs));
  return check();
}
