import { describe, expect, it } from 'vitest';
import { securityConcepts } from '../../../knowledge/security-concepts';
import { bundledConceptSources } from '../../../knowledge/concept-lexicon';
import {
  compileConceptLexicon,
  createConceptDetector,
  termGap,
} from '../../../utils/matching/concept-detector';
import { stemEnglishWord } from '../../../utils/matching/english-words';
import { normalizeText } from '../../../utils/matching/normalize-text';
import { asksAboutProhibited, detectPolarity } from '../../../utils/matching/polarity';
import { createTypoIndex } from '../../../utils/matching/typo-index';

const detector = createConceptDetector(securityConcepts);
const conceptsOf = (text: string) => detector.detect(normalizeText(text));

/** A lexicon term as compiled: its parts between gaps (an English part as its stemmed words). */
interface TermParts {
  raw: string;
  japanese: boolean;
  parts: string[];
}

function termParts(term: string): TermParts | undefined {
  const { japanese, english } = compileConceptLexicon([{ id: 'term', terms: [term] }]);
  if (japanese[0]) return { raw: term, japanese: true, parts: japanese[0][0].split(termGap) };
  if (!english[0]) return undefined;
  const parts = english[0][0].join(' ').split(` ${termGap} `);
  return { raw: term, japanese: false, parts };
}

/** Whether a part starts with another: by characters in Japanese, by whole words in English. */
function partStartsWith(part: string, start: string, japanese: boolean): boolean {
  return japanese ? part.startsWith(start) : `${part} `.startsWith(`${start} `);
}

function sameParts(one: TermParts, other: TermParts): boolean {
  return one.parts.join(termGap) === other.parts.join(termGap);
}

/** Whether every text that holds `term` also holds `other`, found where `term` starts. */
function impliedBy(term: TermParts, other: TermParts, conceptId: string): boolean {
  const [first, ...rest] = term.parts;
  if (!partStartsWith(first!, other.parts[0]!, term.japanese)) return false;
  if (other.parts.length === 1) return true;
  if (rest.length === 0) {
    const otherAlone = createConceptDetector([{ id: conceptId, terms: [other.raw] }]);
    return otherAlone.detect(normalizeText(term.raw)).length > 0;
  }
  const last = term.parts.length - 1;
  return (
    other.parts.length === term.parts.length &&
    other.parts.every((part, at) =>
      at === last ? partStartsWith(term.parts[at]!, part, term.japanese) : part === term.parts[at],
    )
  );
}

describe('the bilingual concept lexicon', () => {
  it.each([
    ['多要素認証', 'multi-factor-auth'],
    ['2段階認証を利用', 'multi-factor-auth'],
    ['Do you enforce MFA?', 'multi-factor-auth'],
    ['two-factor authentication', 'multi-factor-auth'],
    ['侵入テスト', 'penetration-test'],
    ['penetration tests are run yearly', 'penetration-test'],
    ['ペネトレーションテスト', 'penetration-test'],
    ['脅威検出', 'intrusion-detection'],
    ['作業ログを取得している', 'audit-trail'],
  ])('%s names %s', (text, concept) => {
    expect(conceptsOf(text)).toContain(concept);
  });

  it('reads 委託 as a subcontractor only where the vendor hands work on, not in a contract clause', () => {
    // An outsourcing specification calls the vendor's own work 「委託業務」 and the vendor 「受託者」.
    expect(conceptsOf('受託者は、委託業務の従事者に遵守事項を周知すること。')).not.toContain(
      'subcontractor',
    );
    expect(conceptsOf('データを扱う委託先が存在するか。')).toContain('subcontractor');
    expect(conceptsOf('個人データの取扱いを委託している。')).toContain('subcontractor');
    expect(conceptsOf('業務の一部を再委託する場合')).toContain('subcontractor');
  });

  it('reads keeping systems current as patching, but not keeping malware definitions current', () => {
    expect(conceptsOf('OSやアプリを常に最新の状態にしていますか')).toContain('patch-management');
    expect(conceptsOf('Are operating systems kept up to date?')).toContain('patch-management');
    // The malware-definitions item (98) says 「最新のパターンファイル」: up to date is not patching there.
    expect(
      conceptsOf('ウイルス対策ソフトウェアを入れ、更新機能によって常に最新の状態を保っている'),
    ).not.toContain('patch-management');
  });

  it('reads handing data to a third party as a verb, but not a third party’s service', () => {
    expect(conceptsOf('個人データを本人の同意なく第三者に提供することはありますか')).toContain(
      'third-party-sharing',
    );
    expect(conceptsOf('Do you share customer data with any third party?')).toContain(
      'third-party-sharing',
    );
    expect(conceptsOf('Is customer data sold to a third party?')).toContain('third-party-sharing');
    expect(conceptsOf('第三者のサービスを提供していますか')).not.toContain('third-party-sharing');
  });

  it('reads what is done about a known vulnerability as managing vulnerabilities', () => {
    expect(conceptsOf('脆弱性が見つかった場合はどのように対処していますか')).toContain(
      'vulnerability-management',
    );
    expect(conceptsOf('How quickly are critical vulnerabilities fixed?')).toContain(
      'vulnerability-management',
    );
    // Finding them is the assessment (78), not their management.
    expect(conceptsOf('Do you run vulnerability scans?')).not.toContain('vulnerability-management');
  });

  it('reads the personnel and physical kinds of 安全管理措置 as training and physical security', () => {
    expect(conceptsOf('人的な安全管理措置を講じていますか')).toContain(
      'security-awareness-training',
    );
    expect(conceptsOf('物的安全管理措置の実施状況')).toContain('physical-access-control');
    // The technical kind names no one control of its own.
    const technical = conceptsOf('技術的安全管理措置');
    expect(technical).not.toContain('security-awareness-training');
    expect(technical).not.toContain('physical-access-control');
  });

  it('reads the end of a contract in everyday words as the end of the contract', () => {
    expect(conceptsOf('委託を終えるとき、預けた資料はどう扱われますか')).toContain(
      'contract-termination',
    );
    expect(conceptsOf('What becomes of our data when the relationship comes to an end?')).toContain(
      'contract-termination',
    );
    expect(conceptsOf('If we stop using your service, is our data deleted?')).toContain(
      'contract-termination',
    );
    expect(conceptsOf('預けたデータは返還されますか')).toContain('data-return');
  });

  it('reads refunds and penalties as service levels, and a provider out of scope as a disclaimer', () => {
    expect(conceptsOf('稼働率を下回ったときの返金やペナルティ')).toContain(
      'service-level-agreement',
    );
    expect(conceptsOf('Is there a guaranteed uptime or quality of service?')).toContain(
      'service-level-agreement',
    );
    expect(conceptsOf('停電による停止は提供者の責任の対象外とする')).toContain('disclaimer');
    expect(conceptsOf('すべてを保証するものではない')).toContain('disclaimer');
  });

  it("reads audits of a vendor's own suppliers as vendor monitoring, not audits of the vendor", () => {
    expect(conceptsOf('Do you audit your subprocessors every year?')).toContain(
      'vendor-monitoring',
    );
    expect(conceptsOf('委託先の管理状況')).toContain('vendor-monitoring');
    expect(conceptsOf('We may audit the vendor at any time.')).not.toContain('vendor-monitoring');
  });

  it('reads who may do what by job type as role-based access, and a vendor checking its own vendors as vendor monitoring', () => {
    expect(conceptsOf('看護師と医師で職種ごとに操作を分けていますか')).toContain(
      'role-based-access',
    );
    expect(conceptsOf('Can roles be customised per team?')).toContain('role-based-access');
    expect(conceptsOf('How do you check the security of your own vendors?')).toContain(
      'vendor-monitoring',
    );
    expect(conceptsOf('委託先の作業内容を定期的に確認していますか')).toContain('vendor-monitoring');
  });

  it('reads traffic between a service and others as internal traffic, and the cipher used as the encryption policy', () => {
    expect(conceptsOf('Is traffic between the app and other services encrypted?')).toContain(
      'internal-traffic-encryption',
    );
    expect(conceptsOf('アプリとDBのサーバー間通信の暗号化を行っていますか')).toContain(
      'internal-traffic-encryption',
    );
    expect(conceptsOf('Which encryption algorithms do you use?')).toContain('encryption-policy');
    expect(conceptsOf('採用している暗号アルゴリズムを教えてください')).toContain(
      'encryption-policy',
    );
  });

  it('reads a planned maintenance window as planned downtime, and its notice as a notice of change', () => {
    expect(conceptsOf('計画メンテナンスの時間帯は決まっていますか')).toContain('planned-downtime');
    expect(conceptsOf('アップデートの通知はどのように行われますか')).toContain('release-notes');
    expect(conceptsOf('利用者への告知の方法を教えてください')).toContain(
      'service-termination-notice',
    );
    expect(conceptsOf('How is access removed when a contractor leaves?')).toContain(
      'access-revocation',
    );
  });

  it('reads the security of a network in Japanese, but not a network named beside a security incident', () => {
    expect(conceptsOf('ネットワークにおけるセキュリティ対策を教えてください')).toContain(
      'network-security',
    );
    expect(conceptsOf('社外との境界を防護していますか')).toContain('network-security');
    // Item 82 watches "the system's and the network's performance" to find security incidents:
    // the two words sit close, but the network's security is not what it asks about.
    expect(
      conceptsOf(
        'ネットワークのパフォーマンス監視を通じて、セキュリティインシデントを検知していますか',
      ),
    ).not.toContain('network-security');
  });

  it('reads how long data is kept as retention, and asking for it to be deleted as deletion', () => {
    expect(conceptsOf('How long are support tickets kept?')).toContain('data-retention');
    expect(conceptsOf('Do you have rules for retaining customer data?')).toContain(
      'data-retention',
    );
    expect(conceptsOf('Can we ask for our data to be deleted?')).toContain(
      'customer-data-deletion',
    );
  });

  it('reads admin functions and media carried off site, and SQL logs as the database audit log', () => {
    expect(conceptsOf('Who can reach the admin functions?')).toContain('privileged-access');
    expect(conceptsOf('Are tapes encrypted when transported outside the building?')).toContain(
      'removable-media',
    );
    expect(conceptsOf('SQLログを保存していますか')).toContain('database-audit-log');
    expect(conceptsOf('Can it sign users in through Active Directory?')).toContain(
      'single-sign-on',
    );
  });

  it('reads roles that govern access, but not a rollback or a control', () => {
    expect(conceptsOf('ロールごとにアクセスを制御していますか')).toContain('role-based-access');
    expect(conceptsOf('ロールバックの手順とアクセスの記録はありますか')).not.toContain(
      'role-based-access',
    );
    // ロール also sits inside コントロール.
    expect(conceptsOf('コントロールされたアクセスのみ許可していますか')).not.toContain(
      'role-based-access',
    );
  });

  it('reads "product" as what the vendor sells, not as the production environment', () => {
    expect(conceptsOf('Does your product support SSO?')).not.toContain('production-environment');
    expect(conceptsOf('Is production data used for testing?')).toContain('production-environment');
    expect(stemEnglishWord('products')).toBe(stemEnglishWord('product'));
    expect(stemEnglishWord('production')).not.toBe(stemEnglishWord('product'));
  });

  it('reads English terms as whole words: "otp" is not inside "hotpot"', () => {
    expect(conceptsOf('hotpot recipes')).not.toContain('multi-factor-auth');
  });

  it('finds a gapped term only when its parts come in order, a few words apart', () => {
    const gapped = createConceptDetector([
      { id: 'plan-test', terms: ['incident response … test', 'インシデント対応…訓練'] },
    ]);
    const found = (text: string) => gapped.detect(normalizeText(text));
    expect(found('Has the incident response plan been tested this year?')).toEqual(['plan-test']);
    expect(found('Test the incident response capability')).toEqual([]);
    expect(
      found('Incident response is documented in the policy handbook, and separately we test code'),
    ).toEqual([]);
    expect(found('インシデント対応手順に基づく訓練を実施していますか')).toEqual(['plan-test']);
    expect(
      found(
        'インシデント対応を定めていますか。また、新入社員への教育として年に一度の避難訓練を行っていますか',
      ),
    ).toEqual([]);
  });

  it('gives every concept at least one term', () => {
    for (const concept of securityConcepts)
      expect(concept.terms.length, concept.id).toBeGreaterThan(0);
  });

  // The popup carries every term: one the detector finds through another is bytes for nothing.
  // A term is implied when another finds it at its own start, so the concepts keep their order:
  // a plain term by a plain term it starts with, or by a gapped one found in it; a gapped term by
  // a plain term its first part starts with, or by a gapped term with the same parts whose last
  // part starts its own ("do if … breached" is found by "do if … breach").
  it('lists no term that another term of its concept already finds', () => {
    const implied: string[] = [];
    for (const concept of bundledConceptSources()) {
      const forms = concept.terms.map((term) => termParts(term));
      forms.forEach((form, at) => {
        if (form === undefined) return;
        const foundThrough = forms.some(
          (other, otherAt) =>
            otherAt !== at &&
            other !== undefined &&
            other.japanese === form.japanese &&
            (sameParts(other, form) ? otherAt < at : impliedBy(form, other, concept.id)),
        );
        if (foundThrough) implied.push(`${concept.id}: ${concept.terms[at]}`);
      });
    }
    expect(implied).toEqual([]);
  });
});

describe('reading whether a question asks about what an item prohibits', () => {
  const item = 'Do you prohibit copying production data or using it outside production?';
  it.each([
    ['Do you use production data for testing?', true],
    ['本番データをテストに使用していますか', true],
    ['Do you prohibit the use of production data in test environments?', false],
    ['Is the use of production data in testing restricted?', false],
    ['本番データのテスト利用を禁止していますか', false],
    ['受託者は許可された範囲を超えて複製してはならない', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(asksAboutProhibited(question, item)).toBe(expected);
  });

  it('reads nothing into an item that prohibits nothing', () => {
    expect(asksAboutProhibited('Do you use MFA?', 'Do you use multi-factor authentication?')).toBe(
      false,
    );
  });
});

describe('reading whether a question asks for a practice or for its absence', () => {
  it.each([
    ['パスワードを平文で保存していないか', 'negative'],
    ['退職者のアカウントを削除していない場合がありますか', 'negative'],
    ['Are passwords ever stored in plain text?', 'negative'],
    ['Are any shared accounts used?', 'negative'],
    // Whether something lacking the safeguard exists: a yes means a lapse.
    ['ウイルス対策ソフトを導入していないPCはありますか', 'negative'],
    ['教育を受けていない従業員はいますか', 'negative'],
    ['Are there any systems without antivirus installed?', 'negative'],
    ['Do you have any laptops without full-disk encryption?', 'negative'],
    ['Is remote access possible without a VPN?', 'negative'],
    ['Can backups be restored without data loss?', 'affirmative'],
    // Whether a rule has or allows exceptions.
    ['Are there exceptions to the password policy?', 'negative'],
    ['Do you allow exceptions to MFA?', 'negative'],
    ['多要素認証の例外を認めていますか', 'negative'],
    ['例外を認める場合の承認手続きを定めていますか', 'affirmative'],
    // A negated word inside a purpose, or "without" as a manner, asks for the practice.
    ['意図しない変更を検知する仕組みはありますか', 'affirmative'],
    ['Is there a process to notify customers without undue delay?', 'affirmative'],
    ['Are backups encrypted without exception?', 'affirmative'],
    ['多要素認証を導入していますか', 'affirmative'],
    ['組織内で意図しない変更を防ぐため、権限を分離しているか', 'affirmative'],
    ['重複して払出されないよう、仕様を設けているか', 'affirmative'],
    [
      '実施していない場合は理由を記載してください。ファイアウォールを導入していますか',
      'affirmative',
    ],
    ['Do you encrypt backups? If not, please explain why.', 'affirmative'],
  ] as const)('%s → %s', (question, polarity) => {
    expect(detectPolarity(question)).toBe(polarity);
  });

  it('compares a question with an item worded the same way as the same direction', () => {
    // The matcher compares the two directions (an item's is read once per matcher).
    const item = detectPolarity('初期設定のパスワードが存在しないか');
    expect(detectPolarity('初期パスワードのまま使用しているものはないか')).toBe(item);
    expect(detectPolarity('初期パスワードが残っていますか')).not.toBe(item);
  });
});

describe('correcting misspelt words', () => {
  const typos = createTypoIndex(['encrypt', 'backup', 'retention', 'firewall']);
  it.each([
    ['enrypt', 'encrypt'],
    ['firewal', 'firewall'],
    ['retnetion', 'retention'],
    ['backupp', 'backup'],
  ])('%s → %s', (word, known) => {
    expect(typos.corrections(word)).toContain(known);
  });
  it('leaves short and far-off words alone', () => {
    expect(typos.corrections('bckp')).toEqual([]);
    expect(typos.corrections('keyboard')).toEqual([]);
  });
  it('completes a word cut short when only one known word begins with it', () => {
    expect(typos.corrections('retent')).toEqual(['retention']);
    expect(typos.corrections('fire')).toEqual(['firewall']);
    const withTwo = createTypoIndex(['backup', 'backdoor']);
    expect(withTwo.corrections('back')).toEqual([]);
    expect(typos.corrections('enc')).toEqual([]);
  });
});
