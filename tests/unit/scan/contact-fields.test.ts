import { beforeEach, describe, expect, it } from 'vitest';
import { questionTexts } from './support/scan-html';

beforeEach(() => {
  document.body.innerHTML = '';
});

/** A real question on the same page, so each scenario also shows the scan still finds questions. */
const question = '<p>Describe your incident response process</p><textarea id="t"></textarea>';

/** Respondent and contact fields are never questionnaire questions. */
describe('leaving contact fields out of the questions', () => {
  it.each([
    '会社名',
    'ご担当者名',
    'メールアドレス',
    '電話番号',
    'Company name',
    'E-mail',
    '* Account Name',
    'Organization',
    '組織',
  ])('leaves out a field labelled 「%s」', (label) => {
    expect(questionTexts(`<label for="c">${label}</label><input id="c">${question}`)).toEqual([
      'Describe your incident response process',
    ]);
  });

  it.each([
    'What is the name of your company?',
    "What's your email address?",
    'Please enter your full name.',
    '貴社名をご記入ください。',
    'ご担当者様のお名前をご記入ください',
  ])('leaves out a contact detail asked as a question: 「%s」', (label) => {
    expect(questionTexts(`<label for="c">${label}</label><input id="c">${question}`)).toEqual([
      'Describe your incident response process',
    ]);
  });

  it('keeps a security question that merely mentions the company', () => {
    const asked = "What is your company's password policy?";
    expect(questionTexts(`<label for="c">${asked}</label><input id="c">`)).toEqual([asked]);
  });

  it('leaves out 記入日 with a YYYY-MM-DD placeholder', () => {
    expect(
      questionTexts(
        `<label for="d">記入日</label><input id="d" placeholder="YYYY-MM-DD">${question}`,
      ),
    ).toEqual(['Describe your incident response process']);
  });

  it('leaves out an unlabelled field whose placeholder is a date format', () => {
    expect(questionTexts(`<input id="d" placeholder="2024/01/31">${question}`)).toEqual([
      'Describe your incident response process',
    ]);
  });

  it.each(['email', 'tel', 'date'])('leaves out input type=%s whatever its label', (type) => {
    expect(
      questionTexts(
        `<label for="c">How do we reach your security team?</label><input id="c" type="${type}">${question}`,
      ),
    ).toEqual(['Describe your incident response process']);
  });

  it('leaves out a field whose autocomplete says it is personal data', () => {
    expect(
      questionTexts(
        `<label for="c">Your details</label><input id="c" autocomplete="organization">${question}`,
      ),
    ).toEqual(['Describe your incident response process']);
  });

  it('keeps a question that merely mentions a contact word', () => {
    expect(
      questionTexts(`<label for="q">個人情報にアクセスできる担当者を制限していますか</label>
        <select id="q"><option value="">-</option><option>はい</option></select>`),
    ).toEqual(['個人情報にアクセスできる担当者を制限していますか']);
  });
});
