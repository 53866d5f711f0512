let segmenter: Intl.Segmenter | undefined;

/**
 * The Japanese word segmenter, created once per process. Creating the first one loads ICU's
 * Japanese dictionary, about 10 ms; a page that matches questions soon (the popup) calls this
 * early, while it waits for its own code to load, so that matching does not pay for it.
 */
export function japaneseWordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  return segmenter;
}
