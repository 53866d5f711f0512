/** The UI language: Japanese when the browser's is, English otherwise. */
export function uiLanguage(): 'ja' | 'en' {
  const locale = typeof navigator === 'undefined' ? 'en' : navigator.language;
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
