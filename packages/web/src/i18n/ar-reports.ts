/** Arabic messages of reports for a counsellor: the translation of en-reports.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enReports } from './en-reports.ts';

// Glossary as in ar-load.ts; counsellor → مستشار أو مستشارة (كما في كلمات الخادم)،
// report → تقرير، link → رابط، to agree → يوافق.

export const arReports: CatalogueOf<typeof enReports> = {
  'counsel.report.intro':
    'اجمعوا ما تتشاركه دائرتكم أصلًا — الإيقاع والمراحل وجولات الاطمئنان والإصلاح والعبء والطقوس — ليقرأه معكم مستشار أو مستشارة. لا يدخله شيء خاص، ولا يخرج من الدائرة إلا حين يوافق كل من فيه.',
  'counsel.report.backToCircle': 'العودة إلى {name}',
  'counsel.report.talking': 'الحديث مع مستشار أو مستشارة',

  'counsel.prepare.title': 'إعداد تقرير',
  'counsel.prepare.period': 'أي أيام',
  'counsel.prepare.month': 'الشهر الأخير',
  'counsel.prepare.quarter': 'الأشهر الثلاثة الأخيرة',
  'counsel.prepare.chosen': 'أيام أختارها',
  'counsel.prepare.from': 'اليوم الأول',
  'counsel.prepare.to': 'اليوم الأخير',
  'counsel.prepare.button': 'إعداد التقرير',
  'counsel.prepare.done': 'التقرير جاهز. اطّلع عليه، ثم وافق حين ترتاح لمشاركته.',
  'counsel.prepare.badDates': 'اختر يومًا أول يسبق اليوم الأخير، في حدود سنة.',

  'counsel.list.title': 'تقاريرك',
  'counsel.list.empty':
    'لا تقارير بعد. أعدّ واحدًا في الأعلى حين تودّ أن تحمل إيقاعكم إلى مستشار أو مستشارة.',
  'counsel.list.item': 'من {from} إلى {to}',
  'counsel.list.open': 'فتح',

  'counsel.status.agreed': 'وافق الجميع',
  'counsel.status.waiting': 'بانتظار موافقة الجميع',
  'counsel.member.agreed': '{name}: وافق',
  'counsel.member.waiting': '{name}: ليس بعد',
  'counsel.member.you': 'أنت',

  'counsel.view.title': 'ما يحويه',
  'counsel.view.caption':
    'هذا تمامًا ما سيراه المستشار أو المستشارة. جُمع حين أُعدّ التقرير ولا يتغير، إلا بالكلمات التي يضيفها كل واحد منكم.',
  'counsel.view.frame': 'التقرير كما سيراه المستشار أو المستشارة',
  'counsel.view.print': 'فتح الصفحة القابلة للطباعة',

  'counsel.agree.title': 'موافقتك',
  'counsel.agree.button': 'أوافق على مشاركة هذا التقرير',
  'counsel.agree.done': 'وافقت. يمكن مشاركته حين يوافق الجميع.',
  'counsel.agree.yours': 'وافقت على مشاركة هذا التقرير.',
  'counsel.withdraw.button': 'سحب موافقتي',
  'counsel.withdraw.done': 'سحبت موافقتك. توقفت كل الروابط إلى هذا التقرير.',

  'counsel.words.title': 'كلماتك لمن يقرأ',
  'counsel.words.hint':
    'أي شيء تودّ أن يعرفه المستشار أو المستشارة قبل اللقاء. حفظها أو حذفها يغيّر التقرير، فيُطلب من الجميع أن يوافقوا من جديد.',
  'counsel.words.label': 'كلماتك',
  'counsel.words.save': 'حفظ كلماتي',
  'counsel.words.remove': 'حذف كلماتي',
  'counsel.words.saved': 'حُفظت. يُطلب من الجميع أن يوافقوا من جديد.',
  'counsel.words.removed': 'حُذفت. يُطلب من الجميع أن يوافقوا من جديد.',

  'counsel.links.title': 'المشاركة مع مستشار أو مستشارة',
  'counsel.links.waiting': 'يمكن إنشاء رابط حين يوافق الجميع.',
  'counsel.links.intro':
    'يفتح الرابط التقرير دون تسجيل دخول، حتى تنتهي مدته أو توقفه. كل فتح له يظهر في الأسفل لكم جميعًا.',
  'counsel.links.days': 'مفتوح لمدة',
  'counsel.links.daysOption':
    '{count, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}',
  'counsel.links.make': 'إنشاء رابط',
  'counsel.links.made': 'هذا هو الرابط. انسخه الآن: لا يظهر إلا مرة واحدة.',
  'counsel.links.url': 'الرابط الذي تعطيه للمستشار أو المستشارة',
  'counsel.links.none': 'لا روابط بعد.',
  'counsel.links.open': 'مفتوح حتى {date}',
  'counsel.links.ended': 'موقوف',
  'counsel.links.expired': 'انتهت مدته في {date}',
  'counsel.links.revoke': 'إيقاف هذا الرابط',
  'counsel.links.revoked': 'توقف الرابط.',
  'counsel.links.pdf': 'ملف PDF',

  'counsel.email.title': 'إرسال ملف PDF بالبريد الإلكتروني',
  'counsel.email.address': 'البريد الإلكتروني للمستشار أو المستشارة',
  'counsel.email.hint':
    'من يتلقى التقرير جزء مما يوافق عليه الجميع: حفظ عنوان يطلب موافقة الجميع من جديد.',
  'counsel.email.save': 'حفظ العنوان',
  'counsel.email.saved': 'حُفظ. يُطلب من الجميع أن يوافقوا من جديد.',
  'counsel.email.send': 'إرسال ملف PDF',
  'counsel.email.sent': 'أُرسل إلى {address}.',
  'counsel.email.last': 'آخر إرسال: {date}',

  'counsel.openings.title': 'مرات الفتح',
  'counsel.openings.none': 'لم يفتح أحد رابطًا بعد.',
  'counsel.openings.page': '{date}: فُتحت الصفحة',
  'counsel.openings.pdf': '{date}: فُتح ملف PDF',

  'counsel.talk.title': 'الحديث مع مستشار أو مستشارة',
  'counsel.talk.intro':
    'أحيانًا لا يعود التوازن من تلقاء نفسه. يمكن لمستشار أو مستشارة أن يساعدكم على أن يسمع بعضكم بعضًا وأن تجدوا إيقاعكم من جديد. طلب المساعدة طريقة للعناية بما تتشاركونه.',
  'counsel.talk.kinds': 'أنواع الإرشاد',
  'counsel.talk.couple.title': 'الإرشاد الزوجي',
  'counsel.talk.couple.body':
    'يلتقي الشريكان معًا بمستشار أو مستشارة للحديث عما يتكرر، وكيف تُصلحان، وما يحتاجه كل منكما.',
  'counsel.talk.family.title': 'الإرشاد الأسري',
  'counsel.talk.family.body':
    'يلتقي أفراد الأسرة معًا لتقاسم الرعاية وأعمال البيت بعدل أكبر وللحديث عن تغيّرات مثل مولود جديد أو مرض أو رعاية أحد الوالدين.',
  'counsel.talk.team.title': 'تدريب الفرق والوساطة',
  'counsel.talk.team.body':
    'يعمل الفريق مع مدرّب أو وسيط على الطريقة التي تدور بها المساعدة والآراء والعمل، حتى لا يحمل أحد كل شيء وحده.',
  'counsel.talk.report.title': 'كيف يمكن أن يساعد التقرير',
  'counsel.talk.report.body':
    'يعرض التقرير إيقاع الرعاية عبر أسابيع أو أشهر — أنماطًا، لا من فعل أكثر أبدًا — لتبدأ اللقاءات الأولى مما ترونه معًا. يوافق كل من فيه أولًا، ويمكن لأي منكم أن يسحبه.',
  'counsel.talk.report.link': 'إعداد تقرير في {name}',
  'counsel.talk.find.title': 'إيجاد مستشار أو مستشارة',
  'counsel.talk.find.body':
    'تجمع هذه الأدلة المساعدة القريبة منك. إن كنت تخاف من أحد في دائرتك، فتحدّث أولًا مع خط دعم بدل مشاركة تقرير.',
  'counsel.talk.support': 'الدعم وخطوط المساعدة',
  'supportPage.purpose.counselling': 'إرشاد زوجي وأسري وفي العلاقات',
};
