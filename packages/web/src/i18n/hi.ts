/**
 * Hindi messages: every user-facing string of the web app, the translation of en.ts. The forms
 * of care (`form.<id>`, `form.<id>.hint`) are translated from English's (en.ts); the parts come
 * from hi-*.ts in the same order as en.ts. Typed as Messages, so no key can be missing. The
 * glossary of recipro's terms in Hindi is at the top of hi-load.ts.
 */
import type { Messages } from './en.ts';
import { hiAccount } from './hi-account.ts';
import { hiBalance } from './hi-balance.ts';
import { hiCycle } from './hi-cycle.ts';
import { hiGuides } from './hi-guides.ts';
import { hiLoad } from './hi-load.ts';
import { hiTime } from './hi-time.ts';
import { hiSupport } from './hi-support.ts';
import { hiUpdates } from './hi-updates.ts';
import { hiQuestions } from './hi-questions.ts';
import { hiFirstRun, hiNextSteps, hiWelcome } from './hi-welcome.ts';
import { hiUndo } from './hi-undo.ts';
import { hiLanguage } from './hi-language.ts';
import { hiResponsibilities } from './hi-responsibilities.ts';

export const hi: Messages = {
  'app.name': 'recipro',
  'app.tagline': 'देखभाल, दी और पाई गई, समय के साथ।',
  'nav.label': 'मुख्य',
  'nav.more': 'और',
  'nav.yours': 'आप',
  'nav.skip': 'सीधे सामग्री पर जाएँ',
  'header.signedInAs': '{name} के रूप में साइन इन',
  'header.signOut': 'साइन आउट करें',
  'common.loading': 'लोड हो रहा है…',
  'common.you': 'आप',
  'common.optional': '(वैकल्पिक)',
  'common.keepIt': 'रहने दें',
  'common.deleting': 'मिटाया जा रहा है…',
  'common.removing': 'हटाया जा रहा है…',
  'list.showMore': 'और दिखाएँ',
  'list.loadingMore': 'और लोड हो रहा है…',
  'list.more': 'और',
  'list.less': 'कम',

  'member.former': 'एक पूर्व सदस्य',
  'member.former.opening': 'एक पूर्व सदस्य',

  'error.network': 'recipro से संपर्क नहीं हो सका। अपना कनेक्शन जाँचें और फिर कोशिश करें।',
  'error.unexpected': 'हमारी तरफ़ कुछ गड़बड़ हो गई। कृपया थोड़ी देर में फिर कोशिश करें।',
  'error.code.validation_failed': 'आपने जो भेजा, उसमें से कुछ स्वीकार नहीं हुआ। कृपया जाँचकर फिर कोशिश करें।',
  'error.code.unauthenticated': 'आपका साइन-आउट हो गया है। आगे बढ़ने के लिए कृपया फिर से साइन इन करें।',
  'error.code.forbidden': 'यह काम आपके हिस्से का नहीं है, इसलिए कुछ नहीं बदला गया।',
  'error.code.pending':
    'आपने इस सर्कल से जुड़ने का अनुरोध किया है। सर्कल का कोई सदस्य आपको शामिल कर ले, तब यह आपको दिखेगा।',
  'error.code.not_found': 'हमें वह नहीं मिला। हो सकता है इस बीच उसे हटा दिया गया हो।',
  'error.code.request_timeout': 'recipro तक पहुँचने में बहुत देर लग गई। कृपया फिर कोशिश करें।',
  'error.code.conflict':
    'इस बीच यह बदल गया, इसलिए कुछ नहीं किया गया। इसे अभी की स्थिति में देखने के लिए पेज फिर से लोड करें।',
  'error.code.circle_full': 'इस सर्कल में उसके दोनों लोग पहले से हैं।',
  'error.code.payload_too_large': 'एक बार में भेजने के लिए यह बहुत ज़्यादा है। कृपया इसे छोटा करें।',
  'error.code.uri_too_long': 'यह पता खोलने के लिए बहुत लंबा है।',
  'error.code.rate_limited': 'थोड़े ही समय में इसे कई बार आज़माया गया। कृपया थोड़ा रुककर फिर कोशिश करें।',
  'error.code.unavailable': 'recipro अभी यह नहीं कर पा रहा। कृपया कुछ देर बाद फिर कोशिश करें।',

  'validation.nameRequired': 'कृपया अपना नाम बताएँ।',
  'validation.nameTooLong': 'कृपया इसे {max} अक्षरों या उससे कम में रखें।',
  'validation.emailInvalid': 'यह ईमेल पता अधूरा लगता है: इसमें @ और एक डोमेन होना चाहिए।',
  'validation.passwordRequired': 'कृपया अपना पासवर्ड डालें।',
  'validation.passwordShort': 'कृपया कम से कम {min} अक्षर रखें।',
  'validation.circleNameRequired': 'अपने सर्कल को एक नाम दें, जैसे “रिया और अमन”।',
  'validation.noteTooLong': 'नोट में {max} तक अक्षर हो सकते हैं; इसमें {count} हैं।',

  'auth.signUp.title': 'अपना अकाउंट बनाएँ',
  'auth.signUp.intro':
    'recipro उन लोगों के लिए है जो एक-दूसरे के लिए अहम हैं, ताकि वे अपने बीच बहती देखभाल को देख सकें।',
  'auth.signUp.submit': 'अकाउंट बनाएँ',
  'auth.signUp.pending': 'आपका अकाउंट बन रहा है…',
  'auth.signIn.title': 'फिर से स्वागत है',
  'auth.signIn.submit': 'साइन इन करें',
  'auth.signIn.pending': 'साइन इन हो रहा है…',
  'auth.signIn.noMatch': 'यह ईमेल और पासवर्ड किसी अकाउंट से मेल नहीं खाते।',
  'auth.signUp.emailTaken': 'इस ईमेल से अकाउंट नहीं बनाया जा सकता। अगर यह आपका है, तो साइन इन करें।',
  'auth.name': 'आपका नाम',
  'auth.name.hint': 'आपके सर्कलों के लोग आपको इसी नाम से देखेंगे।',
  'auth.email': 'ईमेल',
  'auth.password': 'पासवर्ड',
  'auth.password.hint': 'कम से कम {min} अक्षर।',
  'auth.toSignIn': 'पहले से अकाउंट है? साइन इन करें',
  'auth.toSignUp': 'पहली बार यहाँ? अकाउंट बनाएँ',

  'home.title': 'आपके सर्कल',
  'home.waiting.title': 'शामिल किए जाने का इंतज़ार',
  'home.waiting.body':
    'आपने जुड़ने का अनुरोध किया है। सर्कल का कोई सदस्य आपको शामिल कर ले, तब सर्कल आपको दिखेगा।',
  'home.empty':
    'आप अभी किसी सर्कल में नहीं हैं। नीचे एक सर्कल शुरू करें, फिर उन लोगों को न्योता दें जो आपके लिए अहम हैं।',
  'home.members': '{count, plural, one {# व्यक्ति} other {# लोग}}',

  'kind.couple': 'जोड़ा',
  'kind.family': 'परिवार',
  'kind.friends': 'दोस्त',
  'kind.team': 'टीम',

  'create.title': 'सर्कल शुरू करें',
  'create.name': 'सर्कल का नाम',
  'create.name.hint': 'जैसे “रिया और अमन” या “पटेल परिवार”।',
  'create.kind': 'यह किसके लिए है?',
  'create.submit': 'सर्कल बनाएँ',
  'create.pending': 'बन रहा है…',

  'circle.notFound.title': 'हमें वह सर्कल नहीं मिला',
  'circle.notFound.body':
    'हो सकता है वह मौजूद न हो, या आप अभी उसमें शामिल न हों। उसके किसी सदस्य से न्योते का लिंक माँगें।',
  'circle.backHome': 'अपने सर्कलों पर वापस',
  'circle.members': '{names} के साथ',
  'members.title': 'इस सर्कल के लोग',
  'members.you': 'आप',
  'members.keeper': 'संरक्षक',
  'members.makeKeeper': '{name} को संरक्षक बनाएँ',
  'members.keeperHanded': 'अब {name} संरक्षक हैं।',
  'members.remove': 'हटाएँ',
  'members.remove.label': '{name} को सर्कल से हटाएँ',
  'members.remove.confirm':
    'इस सर्कल में {name} की सदस्यता ख़त्म हो जाएगी। उन्होंने यहाँ जो लिखा, वह मिट जाएगा; उनकी दी और पाई हुई देखभाल बाकी लोगों के लिए “एक पूर्व सदस्य” के नाम से बनी रहेगी।',
  'members.remove.yes': '{name} को हटाएँ',
  'members.removed': '{name} अब सर्कल में नहीं हैं।',
  'members.links.title': 'बिना इस्तेमाल हुए न्योते के लिंक',
  'members.link': '{until} तक काम करने वाला लिंक',
  'members.link.withdraw': 'यह लिंक वापस लें',
  'members.link.withdrawn': 'लिंक वापस ले लिया गया; अब इससे कोई जुड़ने का अनुरोध नहीं कर सकता।',
  'circle.requests.title': 'जुड़ने के अनुरोध',
  'circle.requests.intro':
    'उन्होंने इस सर्कल का न्योता खोला है। जब तक आप में से कोई उन्हें शामिल न करे, उन्हें यहाँ कुछ नहीं दिखता।',
  'circle.requests.asks': '{name} ने जुड़ने का अनुरोध किया है।',
  'circle.requests.admit': '{name} को शामिल करें',
  'circle.requests.decline': 'अभी नहीं',
  'circle.requests.admitted': '{name} अब सर्कल में हैं।',
  'circle.requests.declined': 'आपने {name} का अनुरोध अस्वीकार किया।',
  'circle.waiting.title': 'शामिल किए जाने का इंतज़ार',
  'circle.alone': 'अभी तक सिर्फ़ आप।',

  'log.title': 'देखभाल का एक काम दर्ज करें',
  'log.who': 'यह किसके लिए है?',
  'log.forms': 'आपने {name} को जो दिया, उस पर टैप करें',
  'log.more': 'और: प्रयास और नोट',
  'log.effort': 'प्रयास',
  'log.note': 'नोट',
  'log.note.hint': 'इस सर्कल में हर कोई इसे पढ़ सकता है।',
  'log.done': 'दर्ज हुआ: {name} के लिए {form}।',
  'log.pending': 'दर्ज किया जा रहा है: {form}…',
  'log.noOthers': 'नीचे से किसी को इस सर्कल में न्योता दें, फिर यहाँ उनके लिए अपनी देखभाल दर्ज करें।',
  'log.noOthersYet': 'उन्हें शामिल करने के बाद, यहाँ उनके लिए अपनी देखभाल दर्ज करें।',

  'effort.1': 'छोटा',
  'effort.2': 'मध्यम',
  'effort.3': 'बड़ा',

  'inbox.title': 'आपको मिली देखभाल',
  'inbox.empty':
    'यहाँ अभी कुछ नहीं। जब आपके लिए कोई देखभाल दर्ज होगी, वह यहाँ दिखेगी, ताकि आप उस पर ध्यान दे सकें।',
  'inbox.notice': 'मैंने ध्यान दिया',
  'inbox.notice.label': 'मैंने ध्यान दिया: {name} की ओर से {form}',
  'inbox.noticed': 'आपने इस पर ध्यान दिया',
  'inbox.question': 'यह पहचान में नहीं आया',
  'inbox.question.label': 'यह पहचान में नहीं आया: {name} की ओर से {form}',
  'inbox.questioned':
    'आपने बताया कि यह आपकी पहचान में नहीं आया। जब तक {name} इसे बदल न दें या वापस न ले लें, यह आपकी लय में नहीं गिना जाएगा।',
  'inbox.from': '{name} की ओर से',

  'given.title': 'आपकी दी हुई देखभाल',
  'given.empty': 'किसी के लिए आपने जो किया, उसे दर्ज करने के लिए ऊपर देखभाल के किसी रूप पर टैप करें।',
  'given.for': '{name} के लिए',
  'given.questioned':
    '{name} को यह पहचान में नहीं आया। अगर कुछ ग़लत है, तो इसे बदलें या वापस लें; तब तक यह आपकी साझा लय में नहीं गिना जाएगा।',
  'act.lateEntry': 'बाद में दर्ज किया गया',
  'given.noticed': '{name} ने इस पर ध्यान दिया',

  'act.change': 'बदलें',
  'act.change.label': '{name} के लिए {form} बदलें, {when}',
  'act.remove': 'हटाएँ',
  'act.remove.label': '{name} के लिए {form} हटाएँ, {when}',
  'act.remove.confirm': 'देखभाल का यह काम आपके सर्कल के इतिहास से हटा दिया जाएगा।',
  'act.remove.yes': 'इसे हटाएँ',
  'act.removed': 'हटाया गया: {name} के लिए {form}।',
  'act.edit.title': 'देखभाल का यह काम बदलें',
  'act.edit.form': 'आपने क्या दिया',
  'act.edit.whoFormer':
    'आपने यह एक पूर्व सदस्य के लिए दर्ज किया था। इसे ऐसे ही रहने दें, या चुनें कि यह असल में किसके लिए था।',
  'act.edit.when': 'यह कब हुआ',
  'act.edit.when.required': 'वह दिन और समय चुनें जब यह हुआ।',
  'act.edit.when.future': 'वह समय अभी आया नहीं है; कोई बीता हुआ पल चुनें।',
  'act.edit.note.hint': 'इस सर्कल में हर कोई इसे पढ़ सकता है। नोट हटाने के लिए इसे ख़ाली कर दें।',
  'act.edit.save': 'सहेजें',
  'act.edit.saving': 'सहेजा जा रहा है…',
  'act.edit.cancel': 'रद्द करें',
  'act.edit.saved': '{name} के लिए {form} में आपके बदलाव सहेज लिए गए।',
  'act.edit.unchanged': 'कुछ नहीं बदला गया।',

  'summary.title': 'पिछले {days} दिन',
  'summary.intro': 'समय के साथ देखभाल दोनों ओर बहती है। कुछ दौर एक ओर झुकते हैं, और यह भी लय का हिस्सा है।',
  'summary.reachedYou': 'आप तक पहुँची देखभाल',
  'summary.receivedFrom': 'इन दिनों {name} ने आपकी देखभाल की',
  'summary.receivedNone': 'इन दिनों {name} की ओर से आपके लिए कुछ दर्ज नहीं हुआ',
  'summary.rhythm.thin': 'आपके और {name} के बीच अभी इतना कम दर्ज हुआ है कि लय नहीं दिखती',
  'summary.rhythm.bothWays': 'हाल में आपके और {name} के बीच देखभाल दोनों ओर बही है',
  'summary.rhythm.towardMe': 'हाल में आपके और {name} के बीच देखभाल आपकी ओर झुकी रही है',
  'summary.rhythm.fromMe': 'हाल में आपके और {name} के बीच देखभाल ज़्यादातर आपकी ओर से आई है',
  'summary.youNoticed':
    '{count, plural, one {आपने देखभाल के # काम पर ध्यान दिया} other {आपने देखभाल के # कामों पर ध्यान दिया}}',
  'summary.yourCare': 'आपकी देखभाल',
  'summary.youGave':
    '{count, plural, one {इन दिनों आपने देखभाल का # काम किया} other {इन दिनों आपने देखभाल के # काम किए}}',
  'summary.youGaveNone': 'इन दिनों आपकी ओर से अभी कुछ दर्ज नहीं; एक छोटा-सा काम भी अच्छी शुरुआत है।',
  'summary.yoursNoticed': '{count, plural, one {# पर ध्यान दिया गया} other {# पर ध्यान दिया गया}}',
  'summary.others': 'सर्कल में दूसरों के बीच भी देखभाल बही।',
  'summary.empty': 'इस सर्कल में देखभाल दर्ज होने पर, पिछले {days} दिन यहाँ दिखेंगे।',

  'invite.title': 'किसी को न्योता दें',
  'invite.intro': 'एक लिंक बनाएँ और उसे उस व्यक्ति को भेजें जिसे इस सर्कल में शामिल करना है।',
  'invite.create': 'न्योते का लिंक बनाएँ',
  'invite.pending': 'लिंक बन रहा है…',
  'invite.link': 'न्योते का लिंक',
  'invite.copy': 'लिंक कॉपी करें',
  'invite.copied': 'लिंक कॉपी हो गया।',
  'invite.share': 'लिंक शेयर करें…',
  'invite.shareTitle': 'recipro पर मेरे साथ जुड़ें',
  'invite.shareText': 'recipro पर मेरे सर्कल में आपको शामिल करना अच्छा लगेगा। यह लिंक एक बार काम करता है:',
  'invite.shared': 'लिंक शेयर हो गया।',
  'invite.shareFailed': 'यहाँ शेयर नहीं हो सका। इसकी जगह लिंक कॉपी कर लें।',
  'invite.copyFailed': 'यहाँ कॉपी नहीं हो सका। लिंक को चुनकर ख़ुद कॉपी करें।',
  'invite.expires': 'यह {date} तक, एक बार काम करता है।',

  'accept.title': 'आपको न्योता मिला है',
  'accept.waiting.title': 'आपने {circle} से जुड़ने का अनुरोध किया है',
  'accept.waiting.body':
    '{inviter} या सर्कल के किसी और सदस्य की ओर से आपको शामिल किया जाएगा। इसके बाद यह आपके सर्कलों में दिखेगा।',
  'accept.full':
    '“{circle}” एक जोड़े का सर्कल है और उसमें पहले से दोनों लोग हैं, इसलिए इसमें कोई और नहीं जुड़ सकता।',
  'accept.body': '{inviter} ने आपको “{circle}” से जुड़ने का न्योता दिया है।',
  'accept.join': '{circle} से जुड़ने का अनुरोध करें',
  'accept.pending': 'अनुरोध भेजा जा रहा है…',
  'accept.as': 'सर्कल में आपका नाम होगा: {name}।',
  'accept.authFirst': 'जुड़ने के लिए अकाउंट बनाएँ, या साइन इन करें।',
  'accept.notNow': 'अभी नहीं',
  'accept.invalid.title': 'यह न्योता इस्तेमाल नहीं हो सकता',
  'accept.invalid.body':
    'हो सकता है इसकी समय-सीमा ख़त्म हो गई हो या यह पहले ही इस्तेमाल हो चुका हो। भेजने वाले व्यक्ति से नया लिंक माँगें।',

  'offline.title': 'आप ऑफ़लाइन हैं',
  'offline.body': 'आपके सर्कल दिखाने के लिए recipro को कनेक्शन चाहिए। कनेक्शन लौटते ही सब यहीं मिलेगा।',
  'offline.retry': 'फिर कोशिश करें',

  'notFound.title': 'पेज नहीं मिला',
  'notFound.body': 'इस पते पर कुछ नहीं है। आपके सर्कल होम पेज पर हैं।',

  'form.practical': 'व्यावहारिक मदद',
  'form.practical.hint': 'घर के काम, बाहर के काम, एक कप चाय, चीज़ें ठीक करना',
  'form.emotional': 'भावनात्मक सहारा',
  'form.emotional.hint': 'सुनना, तसल्ली देना, फ़ोन एक तरफ़ रखना',
  'form.communication': 'बातचीत',
  'form.communication.hint': 'अपने दिन के बारे में बताना, पूछना, हालचाल लेना',
  'form.affection': 'स्नेह',
  'form.affection.hint': 'गर्मजोशी, स्पर्श, प्यार भरे शब्द',
  'form.intimacy': 'नज़दीकी',
  'form.intimacy.hint': 'तन और मन की नज़दीकी',
  'form.quality_time': 'साथ का समय',
  'form.quality_time.hint': 'पूरे ध्यान वाला समय, साथ में कुछ करना',
  'form.respect': 'सम्मान',
  'form.respect.hint': 'सीमाओं, विचारों और निजता का सम्मान',
  'form.repair': 'सुलह',
  'form.repair.hint': 'माफ़ी माँगना, बात फिर से शुरू करना',
  'form.healing': 'मरहम',
  'form.healing.hint': 'तनाव, दुख या बीमारी में साथ बने रहना',
  'form.future': 'भविष्य',
  'form.future.hint': 'योजनाएँ, पैसा, वादे, दिनचर्या',
  'form.appreciation': 'सराहना',
  'form.appreciation.hint': 'शुक्रिया, ध्यान देना, मेहनत को मानना',
  'form.mental_load': 'मानसिक बोझ',
  'form.mental_load.hint': 'याद रखना, योजना बनाना, इंतज़ाम करना',
  ...hiResponsibilities,

  'chat.title': 'चैट इम्पोर्ट करें',
  ...hiBalance,
  ...hiCycle,
  ...hiLoad,
  ...hiTime,
  ...hiSupport,
  ...hiAccount,
  ...hiUpdates,
  ...hiGuides,
  ...hiQuestions,
  ...hiWelcome,
  ...hiFirstRun,
  ...hiNextSteps,
  ...hiUndo,
  // The navigation's entry of reports/ (the page's own words load with it: areas.ts).
  'counsel.report.title': 'काउंसलर के लिए रिपोर्ट',
  ...hiLanguage,
};
