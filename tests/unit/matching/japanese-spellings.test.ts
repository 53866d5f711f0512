import { describe, expect, it } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import { bundledConceptDetector } from '../../../utils/matching/bundled-concept-detector';
import { createMatcher } from '../../../utils/matching/create-matcher';
import { foldJapaneseSpellings } from '../../../utils/matching/japanese-spellings';
import { normalizeText } from '../../../utils/matching/normalize-text';

describe('folding Japanese spelling variants', () => {
  it.each([
    // kana written for kanji outside the jōyō list
    ['ぜい弱性診断', '脆弱性診断'],
    ['情報の漏えい', '情報の漏洩'],
    ['改ざん防止', '改竄防止'],
    ['信用のき損', '信用の毀損'],
    // okurigana kept or dropped
    ['個人情報の取り扱い', '個人情報の取扱'],
    ['個人情報の取扱い', '個人情報の取扱'],
    ['問い合わせ窓口', '問合窓口'],
    ['問合せ窓口', '問合窓口'],
    ['組織的な取り組み', '組織的な取組'],
    ['媒体の持ち出し', '媒体の持出'],
    ['退職時の引き継ぎ', '退職時の引継'],
    ['見積もり', '見積'],
    ['届け出の手続き', '届出の手続'],
    // a verb keeps its ending, as it does in every spelling
    ['個人情報を取り扱う', '個人情報を取扱う'],
    // katakana loanwords
    ['ソフトウエアの更新', 'ソフトウェアの更新'],
    ['ファイヤーウォールの設定', 'ファイアウォールの設定'],
    ['サインインの記録', 'ログインの記録'],
    // security terms written as loanwords, with or without long vowels and middle dots
    ['マルチファクター認証', '多要素認証'],
    ['マルチファクタ認証', '多要素認証'],
    ['データのエンクリプション', 'データの暗号化'],
    ['ビジネスコンティニュイティプラン', '事業継続プラン'],
    ['ディザスタリカバリ対策', '災害復旧対策'],
    ['ディザスター・リカバリー計画', '災害復旧計画'],
    ['パッチマネジメント', 'パッチ管理'],
    ['ベンダリスクマネージメント', '委託先のリスク管理'],
    ['リスクアセスメント', 'リスク評価'],
    ['アクセスコントロール', 'アクセス制御'],
    ['インシデントレスポンス', 'インシデント対応'],
    // a loanword's final long vowel inside a compound, and counts in kanji
    ['ユーザーアカウントの管理', 'ユーザアカウントの管理'],
    ['サーバールームの入室', 'サーバルームの入室'],
    ['年一回以上の見直し', '年1回以上の見直し'],
    ['年に二回', '年に2回'],
    // conjunctions folded to kana
    ['暗号化及び署名', '暗号化および署名'],
    ['紙又は電子媒体', '紙または電子媒体'],
  ])('%s → %s', (spelled, folded) => {
    expect(foldJapaneseSpellings(spelled)).toBe(folded);
  });

  it.each([
    'シングルサインオン', // サインオン is part of a name, not a login
    'レスポンスタイムの目標', // a response time, not an incident response
    'セキュリティコントロール', // a security control, not access control
    '品質マネジメント', // マネジメント alone is left as it is
    'ルールの周知', // a long vowel that belongs to the word
    '一般的な対策と統一回線', // 一 begins words; only a count after a period is a number
    '旅行などの出張', // 行な inside 旅行など is not 行なう
    'Do you encrypt data at rest?',
  ])('leaves %s as it is', (text) => {
    expect(foldJapaneseSpellings(text)).toBe(text);
  });

  it('is part of normalising, with width folded first', () => {
    expect(normalizeText('ｿﾌﾄｳｴｱのぜい弱性')).toBe(normalizeText('ソフトウェアの脆弱性'));
  });

  const matcher = createMatcher({
    items: createBundledKnowledgeBase(),
    conceptDetector: bundledConceptDetector(),
  });

  it.each([
    ['ぜい弱性診断を定期的に実施していますか', '脆弱性診断を定期的に実施していますか'],
    ['データの改ざんを防止していますか', 'データの改竄を防止していますか'],
    [
      '個人データの取り扱いに関する規程を定めていますか',
      '個人データの取扱に関する規程を定めていますか',
    ],
    ['お問い合わせ窓口を設けていますか', 'お問合せ窓口を設けていますか'],
    ['マルチファクター認証を導入していますか', '多要素認証を導入していますか'],
    ['データはエンクリプションされていますか', 'データは暗号化されていますか'],
    ['チェンジマネジメントのプロセスはありますか', '変更管理のプロセスはありますか'],
    [
      'オフボーディング時にアクセスを削除していますか',
      '退職時の手続時にアクセスを削除していますか',
    ],
  ])('matches %s as it matches %s', (one, other) => {
    expect(matcher.match(one).matches).toEqual(matcher.match(other).matches);
  });
});
