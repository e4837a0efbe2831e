/** Arabic messages of the signed-out welcome, the first-run path and a new circle's next steps: the translation of en-welcome.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enFirstRun, enNextSteps, enWelcome } from './en-welcome.ts';

export const arWelcome: CatalogueOf<typeof enWelcome> = {
  'welcome.title': 'لاحظوا الاهتمام بينكم',
  'welcome.lead':
    'recipro مكان صغير وخاص لشركاء الحياة والعائلات والأصدقاء المقرّبين وفرق العمل الصغيرة، لرؤية إيقاع العطاء والأخذ في الاهتمام، على مدى أسابيع وأشهر.',
  'welcome.picture': 'شخصان متقابلان، قلبٌ يتّجه في اتجاه وكوب شاي في الاتجاه الآخر، فوق موجة هادئة.',
  'welcome.points': 'ما هو recipro',
  'welcome.point.small.title': 'لفتات صغيرة، مُلاحَظة',
  'welcome.point.small.body':
    'تسجيل كوب شاي، أو إصغاء، أو خطة أُعدّت، بلمسة واحدة. ويمكن لمن تلقّاها أن يقول «لاحظتُ».',
  'welcome.point.rhythm.title': 'إيقاع، لا عدّ',
  'welcome.point.rhythm.body':
    'لا ترتيب لأحد، ولا شيء يُحسب على أحد. شهرٌ مزدحم، أو مرض، أو مولود جديد يغيّر التوازن لبعض الوقت؛ والمهم هو الإيقاع على مرّ الوقت.',
  'welcome.point.private.title': 'خاص في أساسه',
  'welcome.point.private.body':
    'تأمّلاتك تبقى لك. لا يرى الآخرون إلا ما اخترت مشاركته، ويمكنك المغادرة وأخذ بياناتك معك في أي وقت.',
  'welcome.not':
    'recipro ليس علاجًا نفسيًا، وليس وسيلة لمراقبة أحد. إنه أداة للأشخاص الذين تجمعهم العلاقة، ويمكنكم أخذه معكم إلى جلسة إرشاد إن شئتم.',
  'welcome.signUp': 'إنشاء حساب',
  'welcome.signIn': 'تسجيل الدخول',
};

export const arFirstRun: CatalogueOf<typeof enFirstRun> = {
  'firstRun.title': 'خطواتك الأولى',
  'firstRun.progress': 'الخطوة {step} من {count}',
  'firstRun.steps': 'خطواتك الأولى',
  'firstRun.notNow': 'ليس الآن',
  'firstRun.notNow.hint': 'يمكنك العثور على طريقك من دوائرك في أي وقت.',
  'firstRun.next': 'التالي',
  'firstRun.back': 'رجوع',
  'firstRun.finish': 'الذهاب إلى دائرتي',
  'firstRun.stepDone': 'تمّت',
  'firstRun.step.circle': 'إنشاء دائرة',
  'firstRun.step.invite': 'دعوة شخص',
  'firstRun.step.act': 'تسجيل أول لفتة اهتمام',
  'firstRun.step.noticed': 'معنى «لاحظتُ»',
  'firstRun.circle.body':
    'الدائرة هي الأشخاص الذين يجمعك بهم الاهتمام: أنتما الاثنان، أو عائلتك، أو أصدقاء مقرّبون، أو فريق صغير. يمكنك إعطاؤها اسمًا يعرفه الجميع.',
  'firstRun.circle.made': 'دائرتك «{name}» جاهزة.',
  'firstRun.invite.body':
    'يقوم recipro على اهتمام يسري في الاتجاهين، لذا يحتاج إلى شخص آخر على الأقل. يمكنك إرسال رابط الدعوة، ويتمّ الانضمام بعد قبولك.',
  'firstRun.invite.done':
    'أُرسلت دعوة للانضمام إلى «{name}». يمكنك دعوة المزيد لاحقًا من الصفحة الرئيسية للدائرة.',
  'firstRun.act.body':
    'يمكنك التفكير في شيء صغير فعلته لأحدهم اليوم: كوب شاي، أو رسالة، أو إصغاء. ثم يكفي لمس نوع الاهتمام لتسجيله.',
  'firstRun.act.waiting':
    'حين ينضمّ أحدٌ إلى «{name}»، يمكنك هنا تسجيل لفتات الاهتمام تجاه أفرادها. ولا بأس بمتابعة القراءة في الأثناء؛ فهذا المسار ينتظرك.',
  'firstRun.act.done': 'سُجّلت أول لفتة اهتمام لك.',
  'firstRun.noticed.body':
    'حين يسجّل أحدهم اهتمامًا قدّمه لك، يظهر في الصفحة الرئيسية لدائرتك. ولمس «لاحظتُ» رسالةٌ بأنّ اللفتة وصلتك: شكرٌ صغير، لا تقييم.',
  'firstRun.noticed.why':
    'الاهتمام الذي يُلاحَظ يُقدَّم غالبًا من جديد. ومع الأسابيع، يرسم ما قُدِّم وما لوحِظ إيقاعًا، لا عدًّا بينكم.',
  'firstRun.noticed.example': 'كيف يبدو ذلك',
  'firstRun.noticed.exampleAct': 'إعداد كوب شاي لك',
  'firstRun.noticed.exampleFrom': 'مساعدة عملية، لك',
  'firstRun.noticed.exampleButton': 'لاحظتُ',
  'firstRun.noticed.private': 'لا يُبلَّغ أحدٌ بما فاتتك ملاحظته، ولا شيء هنا يُعرض كعدد بين شخصين.',
  'firstRun.card.title': 'متابعة خطواتك الأولى',
  'firstRun.card.next.circle': 'التالي: إنشاء دائرة للأشخاص الذين يجمعك بهم الاهتمام.',
  'firstRun.card.next.invite': 'التالي: دعوة شخص إلى دائرتك.',
  'firstRun.card.next.act': 'التالي: تسجيل أول لفتة اهتمام.',
  'firstRun.card.next.noticed': 'التالي: معنى «لاحظتُ».',
  'firstRun.card.continue': 'متابعة',
};

export const arNextSteps: CatalogueOf<typeof enNextSteps> = {
  'nextSteps.title': 'ما الخطوة التالية',
  'nextSteps.intro': 'لم يُسجَّل شيء في هذه الدائرة بعد. بضع خطوات صغيرة تكفي لبدء الحركة.',
  'nextSteps.balanceIntro':
    'يظهر التوازن هنا بعد تسجيل بعض الاهتمام، خلال أيام قليلة. وحتى ذلك الحين، لا شيء يُرسَم.',
  'nextSteps.invite': 'دعوة شخص للانضمام إليك.',
  'nextSteps.invite.here': 'يمكنك استخدام «دعوة شخص» في هذه الصفحة لإرسال رابط.',
  'nextSteps.letIn': 'طلبُ انضمام ينتظر: يمكنك قبوله.',
  'nextSteps.log': 'تسجيل أول لفتة اهتمام: يكفي لمس نوع الاهتمام الذي قدّمته.',
  'nextSteps.log.waiting': 'تسجيل أول لفتة اهتمام بعد انضمام أحدهم.',
  'nextSteps.notice': 'حين يُسجَّل اهتمامٌ قُدِّم لك، يمكنك لمس «لاحظتُ».',
  'nextSteps.toCircle': 'الذهاب إلى الصفحة الرئيسية للدائرة',
  'nextSteps.done': 'تمّ',
};
