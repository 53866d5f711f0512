import type { KnowledgeItemInput } from './schema';

/**
 * The vendor's answered security checklist (セキュリティチェックシート), all 111 items, with
 * faithful English translations. Japanese is the source of truth: it must equal
 * knowledge/security-checklist.txt, which a test checks.
 */
export const bundledChecklist: readonly KnowledgeItemInput[] = [
  {
    id: '1',
    category: { ja: '情報セキュリティ管理', en: 'Information security management' },
    question: {
      ja: '組織内外に向けて、情報セキュリティおよび個人情報保護に関する方針を策定し、これを周知しているか。',
      en: 'Do you establish policies on information security and personal information protection and communicate them both inside and outside the organization?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '2',
    category: { ja: '情報セキュリティ管理', en: 'Information security management' },
    question: {
      ja: '第三者による認証を取得して、情報セキュリティおよび個人情報保護の取り組みが適切に行われているかどうか確認しているか。',
      en: 'Do you hold third-party certifications to verify that your information security and personal information protection practices are carried out appropriately?',
    },
    answer: 'yes',
    remarks: {
      ja: '・プライバシーマーク:2022年5月11日取得 認証番号:21004848-02 ・ISMS(ISO/IEC 27001):2021年12月19日取得 認証番号:IS 756913 ISMS',
      en: '• Privacy Mark: obtained May 11, 2022, certification no. 21004848-02 • ISMS (ISO/IEC 27001): obtained December 19, 2021, certification no. IS 756913 ISMS',
    },
  },
  {
    id: '3',
    category: { ja: '情報セキュリティ管理', en: 'Information security management' },
    question: {
      ja: 'セキュリティ対策が適切に実装・運用され、関連法令や規制、契約上の要件に準拠していることを、定期的に社外監査などで評価しているか。',
      en: 'Do you regularly assess, for example through external audits, that security measures are properly implemented and operated and comply with relevant laws, regulations and contractual requirements?',
    },
    answer: 'yes',
    remarks: { ja: '社外監査を行なっております。', en: 'We undergo external audits.' },
  },
  {
    id: '4',
    category: { ja: '情報セキュリティ管理', en: 'Information security management' },
    question: {
      ja: '情報セキュリティに関する責任者を任命し、その職務範囲、権限、責任を明確にしているか。',
      en: 'Have you appointed a person responsible for information security and clearly defined their scope of duties, authority and responsibilities?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '5',
    category: { ja: '情報セキュリティ管理', en: 'Information security management' },
    question: {
      ja: 'セキュリティ事故に備えた情報セキュリティ体制が整備されており、万が一事故が発生した場合に備えた対応策が明確に策定されているか。',
      en: 'Do you have an information security organization in place to prepare for security incidents, with clearly defined response measures in case an incident occurs?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '6',
    category: { ja: '情報セキュリティ管理', en: 'Information security management' },
    question: {
      ja: '情報セキュリティに関する業務や関係部署について明確に定め、適切な役割分担を行っているか。',
      en: 'Do you clearly define information security tasks and the departments involved, and assign roles and responsibilities appropriately?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '7',
    category: { ja: '情報セキュリティ管理', en: 'Information security management' },
    question: {
      ja: '組織内で意図しない変更や不正利用が行われるリスクを低減するために、情報資産へのアクセスや閲覧、修正などの権限を、組織の役割と責任に応じて分離しているか。',
      en: 'To reduce the risk of unintended changes or misuse within the organization, do you segregate privileges to access, view and modify information assets according to organizational roles and responsibilities?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '8',
    category: { ja: '情報セキュリティ管理', en: 'Information security management' },
    question: {
      ja: '情報資産の管理について、組織内において情報資産の重要度の基準を策定し、情報資産の特定、評価を実施し、資産一覧を作成しているか。',
      en: 'For information asset management, have you established criteria within the organization for the importance of information assets, identified and assessed those assets, and compiled an asset inventory?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '9',
    category: { ja: '情報セキュリティ管理', en: 'Information security management' },
    question: {
      ja: '情報資産を廃棄する際に、記録されたデータを回復できないように、適切に消去または破棄しているか。',
      en: 'When disposing of information assets, do you properly erase or destroy them so that the recorded data cannot be recovered?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '10',
    category: { ja: '情報セキュリティ管理', en: 'Information security management' },
    question: {
      ja: 'サービス利用終了時におけるデータの取り扱いに関して、契約や規約等で明確な規定が定められているか。',
      en: 'Are there clear provisions in contracts, terms of service or similar documents governing the handling of data when use of the service ends?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '11',
    category: { ja: '情報セキュリティ管理', en: 'Information security management' },
    question: {
      ja: 'サービス利用期間満了時、サービス利用者が作成したデータを削除できるか。',
      en: 'Can data created by service users be deleted when the service term expires?',
    },
    answer: 'yes',
    remarks: {
      ja: 'サービス利用者の指示指定により消去します。',
      en: 'Data is erased as instructed and specified by the service user.',
    },
  },
  {
    id: '12',
    category: { ja: '情報セキュリティ管理', en: 'Information security management' },
    question: {
      ja: 'データ漏えいまたは破壊が発生した場合の補償や保険に関する規定が明確であるか。',
      en: 'Are there clear provisions on compensation or insurance in the event of data leakage or destruction?',
    },
    answer: 'yes',
    remarks: {
      ja: '当社の約款には損害賠償の条項はありますが、保険に関する条項はございません。必要に応じて個別契約を締結します。',
      en: 'Our terms and conditions include a clause on liability for damages, but no clause on insurance. We conclude individual contracts as needed.',
    },
  },
  {
    id: '13',
    category: { ja: '従業員関連', en: 'Personnel' },
    question: {
      ja: '従業員が情報セキュリティおよび重要情報の取扱いについて正しく理解し、適切に行動するために、定期的に適切な教育や訓練を実施しているか。',
      en: 'Do you regularly provide appropriate education and training so that employees correctly understand information security and the handling of sensitive information, and act appropriately?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '14',
    category: { ja: '従業員関連', en: 'Personnel' },
    question: {
      ja: '従業員と機密保持条項を盛り込んだ契約を締結しているか。',
      en: 'Do you conclude agreements with employees that include confidentiality clauses?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '15',
    category: { ja: '従業員関連', en: 'Personnel' },
    question: {
      ja: '従業員や契約相手の退職、解雇、契約期間満了などの場合に、適切な手続きを実施し、アクセス権の変更や削除、貸与品の回収などを行っているか。',
      en: 'When employees or contractors leave, are dismissed or reach the end of their contract term, do you follow appropriate procedures, such as changing or removing access rights and retrieving loaned equipment?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '16',
    category: { ja: '物理的セキュリティ', en: 'Physical security' },
    question: {
      ja: 'セキュリティエリアへのアクセスは、ICカード認証などによるアクセス制御を実施しているか。',
      en: 'Is access to secure areas controlled, for example by IC card authentication?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '17',
    category: { ja: '物理的セキュリティ', en: 'Physical security' },
    question: {
      ja: '入退室ログを収集し、定期的に監視して不正アクセスの検知を行っているか。',
      en: 'Do you collect entry and exit logs and monitor them regularly to detect unauthorized access?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '18',
    category: { ja: '物理的セキュリティ', en: 'Physical security' },
    question: {
      ja: 'サーバー等の設置場所は国内のリージョンやデータセンターを利用しているか。',
      en: 'Are servers and similar equipment hosted in regions or data centers within Japan?',
    },
    answer: 'yes',
    remarks: {
      ja: '当社が利用しているクラウドサービスにて、一部国外リージョンを利用しております。 各国のデータ取扱い及び利用に関する制約条件を把握し運用しております。',
      en: 'Some of the cloud services we use operate in regions outside Japan. We understand the restrictions on data handling and use in each country and operate accordingly.',
    },
  },
  {
    id: '19',
    category: { ja: 'ネットワーク', en: 'Network' },
    question: {
      ja: 'リモートアクセスを行う場合、システム管理者が承認したユーザーのみがアクセスを許可されているか。',
      en: 'Where remote access is used, is access permitted only to users approved by the system administrator?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '20',
    category: { ja: 'ネットワーク', en: 'Network' },
    question: {
      ja: 'ネットワークセキュリティを確保するために、ファイアウォールを導入しているか。',
      en: 'Do you use firewalls to ensure network security?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '21',
    category: { ja: 'ネットワーク', en: 'Network' },
    question: {
      ja: '不正アクセスが検知された場合に、システム管理者やサービス利用者に適切なタイミングで迅速に通知するための手順を策定しているか。',
      en: 'Have you established procedures to notify system administrators and service users promptly and at the appropriate time when unauthorized access is detected?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '22',
    category: { ja: 'ネットワーク', en: 'Network' },
    question: {
      ja: 'サービス利用企業がシステムにアクセスする場合、接続元IPアドレスによって接続経路を制限できる仕組みがあるか。',
      en: 'When client companies access the system, is there a mechanism to restrict connection paths by source IP address?',
    },
    answer: 'no',
    remarks: {
      ja: '接続元IPアドレスによる制限は実施しておりません。以下による制限を行っております。\n・ID+パスワード認証(必須)',
      en: 'We do not restrict access by source IP address. Access is restricted by the following:\n• ID and password authentication (mandatory)',
    },
  },
  {
    id: '23',
    category: { ja: 'ネットワーク', en: 'Network' },
    question: {
      ja: 'システムの開発、保守、運用において管理画面へのアクセスを制限するために、接続元IPアドレスに基づいたアクセス制御を行うことができるか。',
      en: 'In system development, maintenance and operations, can access to the administration console be restricted through access control based on source IP address?',
    },
    answer: 'no',
    remarks: {
      ja: '多要素認証による制限を行っております。',
      en: 'Access is restricted by multi-factor authentication.',
    },
  },
  {
    id: '24',
    category: { ja: 'ネットワーク', en: 'Network' },
    question: {
      ja: 'システム内において、各サーバが持つべき権限を明確にし、適切なアクセス制御を行うことで、サーバ間の境界を論理的に分離しているか。',
      en: 'Within the system, do you logically separate the boundaries between servers by clearly defining the privileges each server should have and applying appropriate access control?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '25',
    category: { ja: 'ネットワーク', en: 'Network' },
    question: {
      ja: 'WebサーバとDBサーバが論理的に分離された構成になっており、WebサーバからDBサーバへの通信経路を最小限に制限し、アクセスを厳密に制御しているか。',
      en: 'Are the web servers and database servers logically separated, with communication paths from the web servers to the database servers kept to a minimum and access strictly controlled?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '26',
    category: { ja: 'ネットワーク', en: 'Network' },
    question: {
      ja: 'DBサーバーに対する不正な外部アクセスを防ぐために、適切なアクセス制御措置が講じられているか。',
      en: 'Are appropriate access control measures in place to prevent unauthorized external access to the database servers?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '27',
    category: { ja: 'ネットワーク', en: 'Network' },
    question: {
      ja: 'システム内で情報を授受する際、伝送経路において機密性や完全性を確保するために、暗号化を用いているか。',
      en: 'When information is exchanged within the system, do you use encryption to ensure confidentiality and integrity over the transmission path?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '28',
    category: { ja: 'ネットワーク', en: 'Network' },
    question: {
      ja: 'サービス提供に影響を及ぼす可能性のあるDDoS等の攻撃に対して、適切な防御策を採用しているか。',
      en: 'Have you adopted appropriate defenses against DDoS and other attacks that could affect service delivery?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '29',
    category: {
      ja: 'システム開発・保守・運用',
      en: 'System development, maintenance and operations',
    },
    question: {
      ja: 'システムの開発、保守、運用に際し、セキュリティ対策に関する要件を定義し、明確化しているか。',
      en: 'Do you define and clearly specify security requirements for system development, maintenance and operations?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '30',
    category: {
      ja: 'システム開発・保守・運用',
      en: 'System development, maintenance and operations',
    },
    question: {
      ja: 'システム開発、保守、運用において、機能要件、非機能要件、セキュリティ要件を特定し、各工程においてレビューを実施して品質とセキュリティを確保しているか。',
      en: 'In system development, maintenance and operations, do you identify functional, non-functional and security requirements and conduct reviews at each phase to ensure quality and security?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '31',
    category: {
      ja: 'システム開発・保守・運用',
      en: 'System development, maintenance and operations',
    },
    question: {
      ja: 'システムの開発、保守、運用において、セキュリティや品質に対する要件を考慮したプロセスを定義しているか。',
      en: 'Have you defined processes for system development, maintenance and operations that take security and quality requirements into account?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '32',
    category: {
      ja: 'システム開発・保守・運用',
      en: 'System development, maintenance and operations',
    },
    question: {
      ja: 'システムの開発や保守、運用において、データの漏洩を防ぐため、本番環境と開発環境を厳密に分離しているか。',
      en: 'In system development, maintenance and operations, do you strictly separate the production and development environments to prevent data leakage?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '33',
    category: {
      ja: 'システム開発・保守・運用',
      en: 'System development, maintenance and operations',
    },
    question: {
      ja: 'システムの本番環境のデータを保護し、漏洩を防止するために、データの複製や本番環境以外での利用(テスト利用など)を禁止しているか。',
      en: 'To protect production data and prevent leakage, do you prohibit copying production data or using it outside the production environment (for example, for testing)?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '34',
    category: {
      ja: 'システム開発・保守・運用',
      en: 'System development, maintenance and operations',
    },
    question: {
      ja: 'アプリケーションに変更を加える際には、事前に影響や不具合を回避するためのテストを実施し、確認しているか。',
      en: 'Before making changes to an application, do you test and verify them in advance to avoid adverse impacts and defects?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '35',
    category: {
      ja: 'システム開発・保守・運用',
      en: 'System development, maintenance and operations',
    },
    question: {
      ja: 'ソースコードの変更履歴が追跡可能であり、バージョン管理システムを利用しているか。',
      en: 'Are source code changes traceable, and do you use a version control system?',
    },
    answer: 'yes',
    remarks: {
      ja: 'サービスのソースコードレベルの変更管理はGitを利用して行なっています。',
      en: 'Source-code-level change management for our services is done with Git.',
    },
  },
  {
    id: '36',
    category: {
      ja: 'システム開発・保守・運用',
      en: 'System development, maintenance and operations',
    },
    question: {
      ja: 'システムの処理において、所定の目標応答時間を設定しているか。',
      en: 'Have you set target response times for system processing?',
    },
    answer: 'no',
    remarks: {
      ja: 'ページやファイルサイズによって左右されます。例えば、PLSの1クラスの参加人数や、ご視聴いただく科目などによって応答時間が変わります。',
      en: 'Response times depend on page and file sizes. For example, in PLS they vary with the number of participants in a class and the courses being viewed.',
    },
  },
  {
    id: '37',
    category: {
      ja: 'システム開発・保守・運用',
      en: 'System development, maintenance and operations',
    },
    question: {
      ja: '処理の応答時間について、遅延継続時間は定義されているか。',
      en: 'Is a maximum duration for delays in processing response times defined?',
    },
    answer: 'yes',
    remarks: {
      ja: '処理が遅延した場合、30秒でタイムアウトとなり切断されます。',
      en: 'If processing is delayed, the request times out and the connection is closed after 30 seconds.',
    },
  },
  {
    id: '38',
    category: {
      ja: 'システム開発・保守・運用',
      en: 'System development, maintenance and operations',
    },
    question: {
      ja: '同時に接続できるオンライン利用者数に上限が設定されているか。',
      en: 'Is there a limit on the number of concurrent online users?',
    },
    answer: 'no',
    remarks: {
      ja: '接続上限に達した場合、想定内のユーザー数であればスケールアウトで対応を行うため基本的に制限はございません。',
      en: 'If the connection limit is reached, we scale out as long as the number of users is within expected levels, so there is essentially no limit.',
    },
  },
  {
    id: '39',
    category: {
      ja: 'システム開発・保守・運用',
      en: 'System development, maintenance and operations',
    },
    question: {
      ja: 'カスタマイズを行う場合の条件や必要な情報が明確に定義されているか。',
      en: 'Are the conditions and required information for customization clearly defined?',
    },
    answer: 'na',
    remarks: {
      ja: 'サービス自体のカスタマイズには未対応となっております。',
      en: 'The service itself does not support customization.',
    },
  },
  {
    id: '40',
    category: {
      ja: 'システム開発・保守・運用',
      en: 'System development, maintenance and operations',
    },
    question: {
      ja: '不完全なデータが取り込まれないよう、入力データの制限は考慮され、実装されているか。',
      en: 'Are input data restrictions considered and implemented to prevent incomplete data from being imported?',
    },
    answer: 'yes',
    remarks: {
      ja: '各種データ入力時に必要なバリデーションを行っています。',
      en: 'We perform the necessary validation whenever data is entered.',
    },
  },
  {
    id: '41',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: '外部記憶媒体の保管、移動、廃棄、取扱いの範囲等について、規定を定め、その規定に基づいて外部記憶媒体を管理しているか。',
      en: 'Have you established rules on the storage, transport, disposal and permitted handling of external storage media, and do you manage such media in accordance with those rules?',
    },
    answer: 'na',
    remarks: {
      ja: '外部記憶媒体に保管は行なっておりません。',
      en: 'We do not store data on external storage media.',
    },
  },
  {
    id: '42',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: 'サービス利用者のデータへのアクセス権限が制限され、限定されたユーザーのみがアクセスできるようになっているか。',
      en: "Are access rights to service users' data restricted so that only a limited set of users can access it?",
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '43',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: 'システム開発、保守、運用に必要なソフトウェア、ハードウェア、およびネットワーク上で扱われるデータについて、アクセス制御の方針を策定し、実施しているか。',
      en: 'Have you established and implemented an access control policy for the software, hardware and network data required for system development, maintenance and operations?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '44',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: 'システム内において、異動や退職、役割変更などにより不要となったアカウントを一定期間使用していない場合、無効化または削除する方針を策定し、実施しているか。',
      en: 'Within the system, have you established and implemented a policy to disable or delete accounts that are no longer needed due to transfers, resignations, role changes and the like and have not been used for a set period?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '45',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: '発行済みのIDが重複して払出されないよう、適切な仕様を設けているか。',
      en: 'Are appropriate specifications in place so that each issued ID is assigned to only one user?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '46',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: '必要に応じて接続元IPアドレスによる接続経路制限を行っているか。',
      en: 'Do you restrict connection paths by source IP address where necessary?',
    },
    answer: 'no',
    remarks: {
      ja: '接続元IPアドレスによる制限は実施しておりません。以下による制限を行っております。\n・ID+パスワード認証(必須)',
      en: 'We do not restrict access by source IP address. Access is restricted by the following:\n• ID and password authentication (mandatory)',
    },
  },
  {
    id: '47',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: '多要素認証、シングルサインオン、2段階認証などの適切な認証機構を導入し、運用しているか。',
      en: 'Have you implemented, and do you operate, appropriate authentication mechanisms such as multi-factor authentication, single sign-on or two-step verification?',
    },
    answer: 'yes',
    remarks: {
      ja: '当社従業員がシステムにアクセスする場合は、2段階認証を利用しております。',
      en: 'Our employees use two-step verification when accessing the system.',
    },
  },
  {
    id: '48',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: '一定回数の認証失敗が続いた場合、アカウントをロックしているか。',
      en: 'Are accounts locked after a set number of consecutive failed authentication attempts?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '49',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: '認証情報の送信および受信には、適切な通信暗号化手段を導入しているか。',
      en: 'Do you use appropriate encryption for sending and receiving authentication credentials?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '50',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: 'ログイン後、一定時間操作が行われなかった場合に、自動的にセッションを切断し、再度ログインを要求する仕組みを実装しているか。',
      en: 'Have you implemented a mechanism that automatically ends a session and requires the user to log in again when there has been no activity for a set period after login?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '51',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: 'パスワードが十分に強力であることを確保するため、英字の大文字と小文字を区別し、数字や特殊文字を組み合わせ、規定の文字数を設けるなど、強力なパスワードポリシーを実施しているか。',
      en: 'To ensure passwords are sufficiently strong, do you enforce a strong password policy, for example one that distinguishes upper- and lowercase letters, combines numbers and special characters, and sets a minimum length?',
    },
    answer: 'yes',
    remarks: {
      ja: 'パスワードポリシーは次のものを採用しております。\n8文字以上の英数字、特殊文字!#%&:@~',
      en: 'We have adopted the following password policy:\nAt least 8 alphanumeric characters; special characters !#%&:@~',
    },
  },
  {
    id: '52',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: 'パスワードの入力時には、画面上に表示されないようにしているか。',
      en: 'Are passwords hidden from view on screen when they are entered?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '53',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: 'パスワードの保存および伝送においては、暗号化された形式でのみ行っているか。',
      en: 'Are passwords stored and transmitted only in encrypted form?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '54',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: 'システムのサーバやコンポーネントにおいて、初期設定状態で使用されているパスワードが存在しないか。',
      en: "Have you ensured that no default passwords remain in use on the system's servers or components?",
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '55',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: 'サービス利用者が自分のパスワードを変更できるようにしているか。',
      en: 'Can service users change their own passwords?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '56',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: 'システムの開発、保守、運用において、特権アカウントを割り当てる場合は、承認を必要とし、必要最小限に制限しているか。',
      en: 'In system development, maintenance and operations, does assigning privileged accounts require approval, and are such accounts kept to the minimum necessary?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '57',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: 'プログラムソースやデータベースにアクセスできる人を制限しているか。',
      en: 'Do you restrict who can access program source code and databases?',
    },
    answer: 'yes',
    remarks: {
      ja: '当社エンジニアのみへアクセス可能なアカウントを割り当てています。',
      en: 'Accounts with this access are assigned only to our engineers.',
    },
  },
  {
    id: '58',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: 'システムに対する変更に関して、特定の人のみがリリースやローンチを行えるよう、アクセスを制御しているか。',
      en: 'For changes to the system, is access controlled so that only designated people can perform releases or launches?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '59',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: '複数のサービス利用企業によるシステム利用において、各企業の情報が適切に分離されているか。',
      en: "When the system is used by multiple client companies, is each company's information properly segregated?",
    },
    answer: 'no',
    remarks: {
      ja: 'データベースやサーバーのテナントごとの分離は行っておりませんが、アプリケーションレベルでアクセス制御を行っております。',
      en: 'We do not separate databases or servers per tenant, but we enforce access control at the application level.',
    },
  },
  {
    id: '60',
    category: { ja: 'アクセス制御', en: 'Access control' },
    question: {
      ja: '特権アカウントを使用して情報資産にアクセスする際には、アクセスログを記録しているか。',
      en: 'Do you record access logs when information assets are accessed using privileged accounts?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '61',
    category: { ja: '暗号化', en: 'Encryption' },
    question: {
      ja: '情報の重要度や用途に応じて、適切な暗号化の方針が定められているか。',
      en: 'Have you defined an appropriate encryption policy according to the sensitivity and purpose of the information?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '62',
    category: { ja: '暗号化', en: 'Encryption' },
    question: {
      ja: '暗号化用のキーやパスワードは、限定されたシステム管理者のみアクセスできるよう制御しているか。',
      en: 'Is access to encryption keys and passwords restricted to a limited number of system administrators?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '63',
    category: { ja: '暗号化', en: 'Encryption' },
    question: {
      ja: 'データベースへのアクセスを制御し、アクセス履歴を記録しているか。',
      en: 'Do you control access to databases and record access history?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '64',
    category: { ja: '暗号化', en: 'Encryption' },
    question: {
      ja: 'バックアップデータは、データの保護を確保するために暗号化されていて、復号化せずにデータを認識することができないようにしているか。',
      en: 'Is backup data encrypted to protect it, so that the data cannot be read without decryption?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '65',
    category: { ja: '暗号化', en: 'Encryption' },
    question: {
      ja: 'Webサイトにアクセスする際に、通信内容が第三者に読み取られないように暗号化されているか。',
      en: 'Is communication encrypted when accessing the website so that its content cannot be read by third parties?',
    },
    answer: 'yes',
    remarks: { ja: 'TLS1.2以上を利用しております。', en: 'We use TLS 1.2 or later.' },
  },
  {
    id: '66',
    category: { ja: '暗号化', en: 'Encryption' },
    question: {
      ja: 'サービスに保存されるデータは、ファイルシステム内で暗号化またはマスク処理されているか。',
      en: 'Is data stored in the service encrypted or masked within the file system?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '67',
    category: { ja: 'バックアップ', en: 'Backup' },
    question: {
      ja: 'システムとデータが予め設定された目標時間やポイントに復元できるよう、バックアップが取られているか。',
      en: 'Are backups taken so that systems and data can be restored to predefined recovery time and recovery point objectives?',
    },
    answer: 'yes',
    remarks: {
      ja: 'クラウド上にてデータを日次でバックアップしており、その時点までは保証しております。',
      en: 'Data is backed up daily in the cloud, and recovery is guaranteed up to that point.',
    },
  },
  {
    id: '68',
    category: { ja: 'バックアップ', en: 'Backup' },
    question: {
      ja: 'システムがバックアップから復旧する時は、リストアテストを行っているか。',
      en: 'Do you perform restore tests when recovering the system from backups?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '69',
    category: { ja: 'バックアップ', en: 'Backup' },
    question: {
      ja: 'システムのバックアップが実際に取得されていることを確認しているか。',
      en: 'Do you verify that system backups are actually being taken?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '70',
    category: { ja: 'バックアップ', en: 'Backup' },
    question: {
      ja: 'システムのバックアップデータは、システムが設置してある場所とは物理的に離れた別拠点で保管しているか。',
      en: 'Is system backup data stored at a separate site physically remote from where the system is located?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '71',
    category: { ja: 'バックアップ', en: 'Backup' },
    question: {
      ja: 'データをバックアップした媒体を保管する期間について規定しているか。',
      en: 'Have you defined how long backup media are retained?',
    },
    answer: 'yes',
    remarks: {
      ja: 'バックアップはクラウド上に保持しており、外部媒体へは保管しておりません。保存期限は以下の通りです。\n• 日次バックアップ/直近7日間+週次バックアップ/4週間',
      en: 'Backups are kept in the cloud and are not stored on external media. The retention periods are as follows:\n• Daily backups: most recent 7 days + weekly backups: 4 weeks',
    },
  },
  {
    id: '72',
    category: { ja: 'ログの取得', en: 'Logging' },
    question: {
      ja: 'システム障害や例外処理、および誤操作によるエラーに関するログを取得しているか。',
      en: 'Do you collect logs of system failures, exception handling and errors caused by operator mistakes?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '73',
    category: { ja: 'ログの取得', en: 'Logging' },
    question: {
      ja: 'サービス利用者やシステム管理者がログイン、ログアウトした際のログを取得しているか。',
      en: 'Do you log when service users and system administrators log in and log out?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '74',
    category: { ja: 'ログの取得', en: 'Logging' },
    question: {
      ja: 'サービス利用者とシステム管理者が実行した操作を特定できるような操作ログを、それぞれ取得しているか。',
      en: 'Do you collect operation logs for both service users and system administrators that make it possible to identify the actions each has performed?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '75',
    category: { ja: 'ログの取得', en: 'Logging' },
    question: {
      ja: '関連法令や規制に準拠して、ログの保管期間と管理要件を定めてルールに従い実施しているか。',
      en: 'Have you defined log retention periods and management requirements in compliance with relevant laws and regulations, and do you follow those rules?',
    },
    answer: 'yes',
    remarks: { ja: '保管期間は1年分となります。', en: 'Logs are retained for one year.' },
  },
  {
    id: '76',
    category: { ja: 'ログの取得', en: 'Logging' },
    question: {
      ja: 'サービス利用者が依頼した場合に提供可能なログの種類(アクセスログ、操作ログ、エラーログなど)があるか。',
      en: 'Are there types of logs (access logs, operation logs, error logs, etc.) that can be provided at the request of service users?',
    },
    answer: 'no',
    remarks: {
      ja: 'ご依頼に応じてできる限りの対応をさせていただいております。',
      en: 'We accommodate such requests as far as possible.',
    },
  },
  {
    id: '77',
    category: { ja: 'ログの取得', en: 'Logging' },
    question: {
      ja: '収集されたログやバックアップデータが不正アクセスや改ざんを受けないよう、アクセス制御や暗号化などによって保護しているか。',
      en: 'Are collected logs and backup data protected against unauthorized access and tampering by means such as access control and encryption?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '78',
    category: { ja: '脆弱性', en: 'Vulnerabilities' },
    question: {
      ja: '脆弱性診断を実施しているか。',
      en: 'Do you conduct vulnerability assessments?',
    },
    answer: 'yes',
    remarks: {
      ja: '定期的に第三者もしくは自社内による Web アプリケーションの脆弱性診断を実施しています。',
      en: 'We regularly conduct web application vulnerability assessments, performed either by a third party or in-house.',
    },
  },
  {
    id: '79',
    category: { ja: '脆弱性', en: 'Vulnerabilities' },
    question: {
      ja: 'システムの脆弱性やEOSLに関する情報を定期的に収集し、必要に応じてパッチ適用やソフトウェアのアップデートを行っているか。',
      en: 'Do you regularly collect information on system vulnerabilities and end of service life (EOSL), and apply patches or software updates as needed?',
    },
    answer: 'yes',
    remarks: {
      ja: 'JVNやAWS Security Hub CSPMにて常時脆弱性情報を収集し、必要に応じてセキュリティパッチを当てるメンテナンスを実施しています。',
      en: 'We continuously collect vulnerability information through JVN and AWS Security Hub CSPM and carry out maintenance to apply security patches as needed.',
    },
  },
  {
    id: '80',
    category: { ja: '脆弱性', en: 'Vulnerabilities' },
    question: {
      ja: '不正アクセスやデータの不正取得などに対する対策について、独立した第三者機関からの客観的な評価を受けているか。',
      en: 'Have your measures against unauthorized access and illicit data acquisition been objectively assessed by an independent third party?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '81',
    category: {
      ja: 'セキュリティインシデント、システム障害',
      en: 'Security incidents and system failures',
    },
    question: {
      ja: 'セキュリティインシデントやシステム障害に対する対応策を整備しているか。',
      en: 'Have you established response measures for security incidents and system failures?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '82',
    category: {
      ja: 'セキュリティインシデント、システム障害',
      en: 'Security incidents and system failures',
    },
    question: {
      ja: 'システムやネットワークのパフォーマンス監視を通じて、セキュリティインシデントやシステム障害の検知を行っているか。',
      en: 'Do you detect security incidents and system failures through system and network performance monitoring?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '83',
    category: {
      ja: 'セキュリティインシデント、システム障害',
      en: 'Security incidents and system failures',
    },
    question: {
      ja: 'システムの状況を監視し、セキュリティインシデントやシステム障害を早期に検知するための対策を講じているかどうか。',
      en: 'Have you taken measures to monitor system status and detect security incidents and system failures early?',
    },
    answer: 'yes',
    remarks: {
      ja: 'システムに重大なインシデントが発生した際は、当社関係者へ通知がされるように設定しております。',
      en: 'The system is configured to notify relevant company personnel when a serious incident occurs.',
    },
  },
  {
    id: '84',
    category: {
      ja: 'セキュリティインシデント、システム障害',
      en: 'Security incidents and system failures',
    },
    question: {
      ja: '不正アクセスや不正利用に対する監視を行い、セキュリティインシデントやシステム障害の早期検知に取り組んでいるか。',
      en: 'Do you monitor for unauthorized access and misuse in order to detect security incidents and system failures early?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '85',
    category: {
      ja: 'セキュリティインシデント、システム障害',
      en: 'Security incidents and system failures',
    },
    question: {
      ja: 'ネットワーク上で不審なトラフィックや通信パターンの変化を検知するために、トラフィック監視を実施しているか。',
      en: 'Do you monitor traffic to detect suspicious traffic or changes in communication patterns on the network?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '86',
    category: {
      ja: 'セキュリティインシデント、システム障害',
      en: 'Security incidents and system failures',
    },
    question: {
      ja: 'セキュリティインシデントやシステム障害に対処するための責任や役割を明確にしているか。',
      en: 'Have you clearly defined responsibilities and roles for handling security incidents and system failures?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '87',
    category: {
      ja: 'セキュリティインシデント、システム障害',
      en: 'Security incidents and system failures',
    },
    question: {
      ja: 'システム障害が回復不能な場合には、代替措置を確立しているか。',
      en: 'Have you established alternative measures in case a system failure cannot be recovered from?',
    },
    answer: 'yes',
    remarks: {
      ja: 'Precena Learning System:可能な限り講師がオンラインミーティングツールを活用することで、代替講義を行います。 Precena Nest:システム上の作業を可能な限りExcelファイルやメールでのやりとりに代替して対応します。',
      en: 'Precena Learning System: Wherever possible, instructors deliver substitute lectures using online meeting tools. Precena Nest: Wherever possible, work normally done in the system is handled instead through Excel files and email.',
    },
  },
  {
    id: '88',
    category: {
      ja: 'セキュリティインシデント、システム障害',
      en: 'Security incidents and system failures',
    },
    question: {
      ja: '障害発生後のサービス提供再開に向けた目標時間の設定をしているか。',
      en: 'Have you set a target time for resuming service after a failure?',
    },
    answer: 'no',
    remarks: {
      ja: '定義しておりません。ベストエフォートで復旧を行っています。',
      en: 'Not defined. We restore service on a best-effort basis.',
    },
  },
  {
    id: '89',
    category: {
      ja: 'セキュリティインシデント、システム障害',
      en: 'Security incidents and system failures',
    },
    question: {
      ja: '障害時における問い合わせ受付に対応しているか。',
      en: 'Do you accept inquiries during outages?',
    },
    answer: 'yes',
    remarks: {
      ja: '基本的には一般問い合わせと変わらず平日10:00-18:00(お問い合わせフォームにて受付)です。 サービスサイト上で状況は随時更新いたします。',
      en: 'As a rule, these are handled the same way as general inquiries: weekdays 10:00-18:00 (via the contact form). Status updates are posted on the service site as the situation develops.',
    },
  },
  {
    id: '90',
    category: { ja: 'サービスの運用におけるセキュリティ', en: 'Security in service operations' },
    question: {
      ja: 'システムの変更に関して、サービス利用者向けにドキュメント化しているか。',
      en: 'Do you document system changes for service users?',
    },
    answer: 'yes',
    remarks: {
      ja: '変更についてはリリースノートを提示しております。 Precena Learning System Precena Nest',
      en: 'We publish release notes describing changes: Precena Learning System, Precena Nest',
    },
  },
  {
    id: '91',
    category: { ja: 'サービスの運用におけるセキュリティ', en: 'Security in service operations' },
    question: {
      ja: 'システムの変更は、承認済みの変更のみが提供されているか。',
      en: 'Are only approved changes deployed to the system?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '92',
    category: { ja: 'サービスの運用におけるセキュリティ', en: 'Security in service operations' },
    question: {
      ja: 'システムの変更に関して、サービス利用者に対して特定された欠陥や問題が報告されているか。',
      en: 'Are defects or issues identified in connection with system changes reported to service users?',
    },
    answer: 'yes',
    remarks: {
      ja: 'サービスサイト上もしくはメールにて通知しております。',
      en: 'We notify users on the service site or by email.',
    },
  },
  {
    id: '93',
    category: { ja: 'サービスの運用におけるセキュリティ', en: 'Security in service operations' },
    question: {
      ja: '重要なサービス変更や終了に関して、サービス利用者に対して適切に告知しているか。',
      en: 'Do you give service users appropriate notice of significant service changes or service termination?',
    },
    answer: 'yes',
    remarks: {
      ja: 'サービスサイト上もしくはメールにて通知しております。',
      en: 'We notify users on the service site or by email.',
    },
  },
  {
    id: '94',
    category: { ja: 'サービスの運用におけるセキュリティ', en: 'Security in service operations' },
    question: {
      ja: 'システムにおいて、サービス提供に支障が生じた場合について、速やかに通知し、追加情報を提供するためのルールを定め、実施しているか。',
      en: 'Have you established and do you follow rules for promptly notifying users and providing additional information when service delivery is disrupted?',
    },
    answer: 'yes',
    remarks: {
      ja: 'サービスサイト上もしくはメールにて通知しております。',
      en: 'We notify users on the service site or by email.',
    },
  },
  {
    id: '95',
    category: { ja: 'サービスの運用におけるセキュリティ', en: 'Security in service operations' },
    question: {
      ja: 'システムメンテナンス等でサービス提供に影響がある場合には、事前にサービス利用者に通知するルールを設けているか。',
      en: 'Do you have rules for notifying service users in advance when system maintenance or similar work will affect service delivery?',
    },
    answer: 'yes',
    remarks: {
      ja: 'サービスサイト上もしくはメールにて通知しております。',
      en: 'We notify users on the service site or by email.',
    },
  },
  {
    id: '96',
    category: { ja: 'サービスの運用におけるセキュリティ', en: 'Security in service operations' },
    question: {
      ja: 'データの取り扱いに関する規約や個人情報保護方針などをサービス利用者に明示しているか。',
      en: 'Do you clearly present your data handling terms, privacy policy and similar documents to service users?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '97',
    category: { ja: 'サービスの運用におけるセキュリティ', en: 'Security in service operations' },
    question: {
      ja: 'システムの本番環境で発生する不具合を事前に防ぐために、本番環境と同等の構成で構築された開発環境でテストを行い、不具合を事前に解決しているか。',
      en: 'To prevent defects from occurring in production, do you test in a development environment built with the same configuration as production and resolve defects beforehand?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '98',
    category: { ja: 'サービスの運用におけるセキュリティ', en: 'Security in service operations' },
    question: {
      ja: 'コンピューターウイルスや悪意のあるソフトウェアに対する防御策として、マルウェア対策ソフトを導入し、定期的に最新のパターンファイルを取得・更新しているか。',
      en: 'As a defense against computer viruses and malicious software, have you deployed anti-malware software, and do you regularly obtain and apply the latest pattern files?',
    },
    answer: 'yes',
    remarks: {
      ja: '定期的に最新のセキュリティ対策が適用されております。',
      en: 'The latest security measures are applied regularly.',
    },
  },
  {
    id: '99',
    category: { ja: 'サービスの運用におけるセキュリティ', en: 'Security in service operations' },
    question: {
      ja: '定期的にウイルススキャンを実行しているか。',
      en: 'Do you run virus scans regularly?',
    },
    answer: 'yes',
    remarks: {
      ja: 'サーバー側はアプリケーションのデプロイ時にスキャンを行い、その後もウィルスが混入しない対策を適用しています。当社従業員が利用するPCについては、ファイルの書き込み、読み取りを行った際に随時ウイルススキャンを行います。',
      en: 'On the server side, scans are run when the application is deployed, and measures are in place thereafter to prevent viruses from getting in. On PCs used by our employees, virus scans run whenever files are written or read.',
    },
  },
  {
    id: '100',
    category: { ja: 'サービスの運用におけるセキュリティ', en: 'Security in service operations' },
    question: {
      ja: 'サービス提供時間に関する規定(計画的な停止時間に関する記述を含む)を設けているか。',
      en: 'Do you have provisions on service hours (including a description of planned downtime)?',
    },
    answer: 'yes',
    remarks: {
      ja: '24時間365日(計画停止/定期保守を除く)となります。',
      en: '24 hours a day, 365 days a year (excluding planned outages and scheduled maintenance).',
    },
  },
  {
    id: '101',
    category: { ja: 'サービスの運用におけるセキュリティ', en: 'Security in service operations' },
    question: {
      ja: '問い合わせ窓口を設け、サービス利用者からの問い合わせに対応しているか。',
      en: 'Do you have a contact point for handling inquiries from service users?',
    },
    answer: 'yes',
    remarks: {
      ja: '平日10:00-18:00(お問い合わせフォーム)にて受付後、4営業日以内に対応しています。',
      en: 'Inquiries are accepted on weekdays 10:00-18:00 (via the contact form) and are responded to within 4 business days.',
    },
  },
  {
    id: '102',
    category: { ja: '個人情報保護', en: 'Personal information protection' },
    question: {
      ja: 'サービス利用者に対して、個人情報保護方針を公開しているか。',
      en: 'Do you publish a privacy policy for service users?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '103',
    category: { ja: '個人情報保護', en: 'Personal information protection' },
    question: {
      ja: '個人情報保護に関する法規や規則が適用される場合、要求に沿って対処できるか。',
      en: 'Where personal information protection laws and regulations apply, can you comply with their requirements?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '104',
    category: { ja: '個人情報保護', en: 'Personal information protection' },
    question: {
      ja: '当該サービスにおいて、個人情報を収集しているか。',
      en: 'Does the service collect personal information?',
    },
    answer: 'yes',
    remarks: { ja: '', en: '' },
  },
  {
    id: '105',
    category: { ja: '個人情報保護', en: 'Personal information protection' },
    question: {
      ja: '当該サービス利用者の個人情報を、第三者に渡しているか。',
      en: "Do you share service users' personal information with third parties?",
    },
    answer: 'no',
    remarks: { ja: '', en: '' },
  },
  {
    id: '106',
    category: { ja: '個人情報保護', en: 'Personal information protection' },
    question: {
      ja: '外部サービスの使用や外部委託によって、データが海外に移転する可能性があるか。',
      en: 'Could data be transferred overseas through the use of external services or outsourcing?',
    },
    answer: 'no',
    remarks: { ja: '', en: '' },
  },
  {
    id: '107',
    category: { ja: '免責事項', en: 'Disclaimers' },
    question: {
      ja: 'サービスレベルに関する規定はあるか。',
      en: 'Do you have provisions on service levels?',
    },
    answer: 'no',
    remarks: {
      ja: 'SLAまたはSLOは定義していません。 参考値として、2021年度の当社Webサービスの正常稼働率は99.9%を超える稼働を実現しています。',
      en: 'We have not defined an SLA or SLO. For reference, our web services achieved an uptime of over 99.9% in fiscal year 2021.',
    },
  },
  {
    id: '108',
    category: { ja: '免責事項', en: 'Disclaimers' },
    question: {
      ja: 'サービス利用における条件や免責事項などが、規約等で定められているかどうか。',
      en: 'Are the conditions of use, disclaimers and the like for the service set out in terms of service or similar documents?',
    },
    answer: 'yes',
    remarks: {
      ja: '各サービスの約款にて定めております。',
      en: 'These are set out in the terms and conditions of each service.',
    },
  },
  {
    id: '109',
    category: {
      ja: '第三者委託(再委託)管理',
      en: 'Third-party contractor (subcontractor) management',
    },
    question: {
      ja: 'データを扱う委託先が存在するか。',
      en: 'Do you have any contractors that handle data?',
    },
    answer: 'na',
    remarks: {
      ja: '当社は研修サービス、ウェブラーニングサービスなど全ての提供サービスにおいて、関連当事者の許可なく業務の再委託を行うことはありません。',
      en: 'Across all of the services we provide, including training services and web learning services, we never subcontract work without the permission of the parties concerned.',
    },
  },
  {
    id: '110',
    category: {
      ja: '第三者委託(再委託)管理',
      en: 'Third-party contractor (subcontractor) management',
    },
    question: {
      ja: '委託先が自社と同等の情報セキュリティ基準を満たしていることを確認しているか。',
      en: 'Do you verify that your contractors meet information security standards equivalent to your own?',
    },
    answer: 'na',
    remarks: { ja: '', en: '' },
  },
  {
    id: '111',
    category: {
      ja: '第三者委託(再委託)管理',
      en: 'Third-party contractor (subcontractor) management',
    },
    question: {
      ja: '定期的に委託先の評価を実施しているか。',
      en: 'Do you evaluate your contractors regularly?',
    },
    answer: 'na',
    remarks: { ja: '', en: '' },
  },
];
