import { i18n } from '#i18n';

/** The fixed words of a review row, in the UI language. */
export interface RowTexts {
  select: string;
  reveal: string;
  confidence: string;
  noItem: string;
  fill: string;
  accept: string;
  reject: string;
  pick: string;
  remarks: string;
  noRemarks: string;
  editRemarks: string;
  answers: { yes: string; no: string; na: string };
}

let texts: RowTexts | undefined;

/**
 * The fixed words of a review row, looked up once per page: each lookup is a call into the
 * browser's i18n API, and a review of 100 rows would otherwise make more than a thousand.
 */
export function rowTexts(): RowTexts {
  texts ??= {
    select: i18n.t('row.select'),
    reveal: i18n.t('row.reveal'),
    confidence: i18n.t('row.confidence'),
    noItem: i18n.t('row.noItem'),
    fill: i18n.t('row.fill'),
    accept: i18n.t('row.accept'),
    reject: i18n.t('row.reject'),
    pick: i18n.t('row.pick'),
    remarks: i18n.t('row.remarks'),
    noRemarks: i18n.t('row.noRemarks'),
    editRemarks: i18n.t('row.editRemarks'),
    answers: { yes: i18n.t('answer.yes'), no: i18n.t('answer.no'), na: i18n.t('answer.na') },
  };
  return texts;
}
