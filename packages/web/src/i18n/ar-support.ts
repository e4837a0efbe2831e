/** Arabic messages of the Support page, the quiet support card and Quick exit: the translation of en-support.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enSupport } from './en-support.ts';

export const arSupport: CatalogueOf<typeof enSupport> = {
  'header.support': 'الدعم',

  'quickExit.label': 'خروج سريع',
  'quickExit.hint':
    'مغادرة recipro فورًا إلى صفحة ويب عادية. والضغط على زر Esc مرتين يؤدي الأمر نفسه.',

  'supportPage.title': 'الدعم',
  'supportPage.intro':
    'إذا شعرت بالخوف، أو بأنّ أحدًا يتحكّم بك، أو بأنك لست في أمان، أو راودتك أفكار بإيذاء نفسك، فمن حقك أن تجد الدعم، وليس عليك حمل هذا وحدك.',
  'supportPage.emergency.title': 'هل أنت في خطر الآن؟',
  'supportPage.emergency.body': 'يُرجى الاتصال برقم الطوارئ حيث أنت: {number} في {country}.',
  'supportPage.emergency.anywhere': 'يُرجى الاتصال برقم الطوارئ المحلي.',
  'supportPage.can.title': 'ما يستطيع recipro فعله وما لا يستطيعه',
  'supportPage.can.notEmergency':
    'recipro ليس خدمة طوارئ. لا أحد يراقب ما يُكتب فيه، ولن يأتي أحد إذا كتبت أنك في خطر.',
  'supportPage.can.notTherapy':
    'recipro ليس علاجًا نفسيًا ولا إرشادًا، ولا يستطيع الحكم على ما إذا كانت علاقةٌ ما آمنة.',
  'supportPage.can.private':
    'حين يتحدث شيء مما كتبته عن الخوف أو السيطرة أو الأذى، يُظهر لك recipro، ولك وحدك، رابطًا هادئًا إلى هذه الصفحة. لا يُبلَّغ أحد آخر في دوائرك، ولا يُحتفَظ بشيء من ذلك.',
  'supportPage.can.who':
    'يردّ على خطوط المساعدة في هذه الصفحة أشخاصٌ مدرَّبون على الإصغاء بسرّية، وعلى مساعدتك في التفكير فيما يمكن فعله بعد ذلك.',
  'supportPage.lines.title': 'خطوط المساعدة',
  'supportPage.country': 'البلد',
  'supportPage.country.other': 'بلد آخر',
  'supportPage.country.none':
    'يمكنك اختيار بلدك لرؤية خطوط المساعدة فيه. ولأي مكان آخر، تضمّ الأدلّة أدناه خطوطًا في أنحاء العالم.',
  'supportPage.international.title': 'في أي مكان في العالم',
  'supportPage.call': 'الاتصال بالرقم {number}',
  'supportPage.text': 'رسالة نصية إلى {number}',
  'supportPage.website': 'الموقع الإلكتروني',
  'supportPage.source': 'تم التحقّق منه عبر {site}',
  'supportPage.purpose.abuse': 'العنف الأسري والسيطرة القسرية، لأي شخص',
  'supportPage.purpose.abuseWomen': 'العنف الأسري والعنف ضد النساء',
  'supportPage.purpose.abuseMen': 'العنف الأسري، للرجال',
  'supportPage.purpose.crisis': 'الأزمات وأفكار الانتحار أو إيذاء النفس',
  'supportPage.purpose.directory': 'خطوط المساعدة في بلدان أخرى',
  'supportPage.privacy.title': 'الحفاظ على خصوصيتك',
  'supportPage.privacy.exit':
    'زر «خروج سريع»، في أعلى كل شاشة، يُخرجك من recipro فورًا إلى صفحة بحث عادية؛ والضغط على زر Esc مرتين يؤدي الأمر نفسه.',
  'supportPage.privacy.history':
    'يحتفظ متصفّحك بسجلّ للصفحات التي زرتها. إذا كان شخص آخر يستخدم هذا الجهاز، فالنافذة الخاصة (التصفّح الخفي) تترك أثرًا أقل.',

  'supportCard.title': 'لا يرى هذا أحدٌ سواك',
  'supportCard.body':
    'بعض ما كتبته يتحدث عن الخوف أو السيطرة أو الأذى. إذا بدت الأمور صعبة أو غير آمنة، فالمساعدة متاحة.',
  'supportCard.link': 'الوصول إلى الدعم',
};
