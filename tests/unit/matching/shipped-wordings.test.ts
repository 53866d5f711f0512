// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { distinctWordings } from '../../bench/corpus/corpus-examples';

describe('the wordings shipped for an item', () => {
  const shortSix = [
    'Encryption at rest',
    'Offsite backups',
    'Patch cadence',
    'Production access',
    'Log retention',
    'Data encrypted?',
  ];

  it('keeps the six shortest of each language whatever they repeat', () => {
    const repeats = [...shortSix.slice(0, 5), 'Encryption at rest'];
    expect(distinctWordings(repeats)).toEqual(repeats);
  });

  it('after them, leaves out a longer wording whose words the kept ones mostly say', () => {
    const long = 'Is encryption at rest applied to the data, with offsite backups?';
    expect(distinctWordings([long, ...shortSix])).toEqual(shortSix);
  });

  it('after them, leaves out a second copy of a wording already kept', () => {
    const shared = 'Is multi-factor authentication required for administrators?';
    expect(distinctWordings([shared, ...shortSix, shared])).toEqual([shared, ...shortSix]);
  });

  it('keeps a longer one that says something new, in its place, and counts each language apart', () => {
    const novel = 'Is a web application firewall in front of the service?';
    const japanese = '保存データを暗号化していますか';
    expect(distinctWordings([novel, ...shortSix, japanese])).toEqual([
      novel,
      ...shortSix,
      japanese,
    ]);
  });
});
