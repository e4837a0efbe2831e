/** Hindi messages of the short guides and the guided rituals: the translation of en-guides.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enGuides } from './en-guides.ts';

export const hiGuides: CatalogueOf<typeof enGuides> = {
  'guides.title': 'गाइड',
  'guides.intro':
    'देखभाल देने और पाने पर छोटे-छोटे लेख, हर एक लगभग दो मिनट का, और हर एक के अंत में आज़माने के लिए एक छोटी-सी बात।',
  'guides.list': 'सभी गाइड',
  'guides.readTime': 'पढ़ने में दो मिनट',
  'guides.firstSteps': 'आपके पहले कदम, फिर से',
  'guides.firstSteps.lead':
    'नए हैं, या एक बार फिर देखना चाहते हैं? एक सर्कल बनाएँ, किसी को न्योता दें, देखभाल का पहला काम दर्ज करें और जानें कि “मैंने ध्यान दिया” का क्या मतलब है, एक-एक कदम करके।',
  'guides.link': 'पढ़ने में दो मिनट: {title}',
  'guides.links': 'छोटे लेख, जो यहाँ काम आ सकते हैं',
  'guides.tryThis': 'आज़माने के लिए एक छोटी बात',
  'guides.sources': 'ये विचार कहाँ से आए हैं',
  'guides.source': '{authors} ({year}). {title}. {where}.',
  'guides.back': 'सभी गाइड',
  'guides.notTherapy':
    'recipro के लिए लिखा गया, यहाँ दिए गए शोध-कार्यों के आधार पर। यह थेरेपी नहीं है, और यह तय नहीं कर सकता कि कोई रिश्ता सुरक्षित है या नहीं।',
  'guides.support': 'डर लग रहा है या असुरक्षित महसूस हो रहा है? ऐसे लोगों तक पहुँचें जो मदद कर सकते हैं',
  'guides.notFound.title': 'यह गाइड नहीं मिला',
  'guides.notFound.body': 'इस पते पर कोई गाइड नहीं है। सभी गाइड एक ही सूची में हैं।',
  'guides.aside.settings': 'देखभाल देने और पाने पर दो मिनट के लेख “गाइड” में हैं।',
  'guides.aside.support':
    'ख़तरे में नहीं, पर सब कुछ मुश्किल लग रहा है? झगड़े, सुलह और भारी दौर पर छोटे लेख “गाइड” में हैं।',
  'guides.aside.go': 'गाइड खोलें',

  // The three kinds of reciprocity, and why exact tit-for-tat hurts.
  'guides.three-kinds.title': 'लेन-देन के तीन तरीक़े',

  // The hurt-for-hurt spiral and how to step out of it.
  'guides.hurt-for-hurt.title': 'चोट के बदले चोट का चक्र',

  // Saying when you feel disrespected.
  'guides.feeling-disrespected.title': 'जब अनादर महसूस हो, तो उसे कहना',

  // Different conflict styles (talk now or take space) and agreeing on a pause.
  'guides.talk-now-or-later.title': 'अभी बात करें, या थोड़ा वक़्त लें?',

  // Calming down together (co-regulation).
  'guides.calming-together.title': 'साथ मिलकर शांत होना',

  // How childhood, attachment and past hurt shape giving and asking.
  'guides.where-we-come-from.title': 'हमारे देने के तरीक़े कहाँ से आते हैं',

  // Stress, burnout and mental health in a season.
  'guides.hard-seasons.title': 'कठिन दौर: तनाव, बर्नआउट और मानसिक स्वास्थ्य',

  // Screens and attention.
  'guides.screens-and-attention.title': 'स्क्रीन और ध्यान',

  // "Talk, or just company?"
  'guides.talk-or-company.title': 'बात करें, या बस साथ रहें?',

  // Culture and care.
  'guides.culture-and-care.title': 'संस्कृति और देखभाल',

  // Guided rituals: what the guide of each kind of ritual says, and its gentle timer.
  'ritualGuide.open': 'गाइड खोलें',
  'ritualGuide.openLabel': 'गाइड खोलें: {title}',
  'ritualGuide.back': 'रस्मों पर वापस जाएँ',
  'ritualGuide.notSaved':
    'यहाँ कही गई कोई बात सहेजी नहीं जाती। यह सिर्फ़ बातचीत के लिए है; जब चाहें रुकें, या आगे बढ़ जाएँ।',
  'ritualGuide.progress': '{total} में से कदम {step}',
  'ritualGuide.previous': 'पीछे',
  'ritualGuide.next': 'आगे',
  'ritualGuide.finish': 'हमने कर लिया',
  'ritualGuide.doneNow': 'मेरा हो गया',
  'ritualGuide.doneNowHint': 'गाइड यहीं ख़त्म होगा और रस्म पूरी हुई दर्ज हो जाएगी।',
  'ritualGuide.finishing': 'दर्ज किया जा रहा है…',
  'ritualGuide.done.title': 'हो गया',
  'ritualGuide.done': 'दर्ज हो गया: “{title}”। समय निकालने के लिए शुक्रिया।',
  'ritualGuide.keep':
    'यहाँ कही गई कोई बात सहेजी नहीं गई। अगर आप कुछ संभालकर रखना चाहें, तो अपनी सुविधा से यहाँ कर लें:',
  'ritualGuide.keep.log': 'देखभाल का एक काम दर्ज करें',
  'ritualGuide.keep.need': 'एक ज़रूरत साझा करें',
  'ritualGuide.notFound.title': 'यह रस्म नहीं मिली',
  'ritualGuide.notFound.body':
    'यह रस्म अब यहाँ नहीं है; हो सकता है इसे रोक दिया गया हो। आपकी बाकी रस्में “रस्में” पेज पर हैं।',
  'ritualGuide.turn.you': 'आपकी बारी',
  'ritualGuide.turn.other': '{name} की बारी',
  'ritualGuide.turn.order': 'बारी-बारी से: {names}',
  'ritualGuide.turn.next': 'अगला व्यक्ति',
  'ritualGuide.item.ask':
    'बारी-बारी से: इस हफ़्ते यह बात आपको कितनी सच लगी? अगले हफ़्ते इसे थोड़ा और सच बनाने के लिए क्या किया जा सकता है?',
  'ritualGuide.item.own':
    'ये recipro के अपने हालचाल वाले सवाल हैं, कोई मानक या जाँचा-परखा पैमाना नहीं। कुछ भी गिना या सहेजा नहीं जाता।',

  'ritualGuide.timer.label': 'बचा हुआ समय',
  'ritualGuide.timer.start': 'टाइमर शुरू करें',
  'ritualGuide.timer.pause': 'रोकें',
  'ritualGuide.timer.resume': 'जारी रखें',
  'ritualGuide.timer.again': 'फिर से शुरू करें',
  'ritualGuide.timer.quiet': 'इसमें कोई आवाज़ नहीं होती; समय पूरा होने पर यह बस रुक जाता है।',
  'ritualGuide.timer.paused': 'टाइमर रुका हुआ है।',
  'ritualGuide.timer.ended':
    '{count, plural, =1 {एक मिनट पूरा हुआ। अपनी बात पूरी करें; कोई जल्दी नहीं है।} other {# मिनट पूरे हुए। अपनी बात पूरी करें; कोई जल्दी नहीं है।}}',

  'ritualGuide.nightly.intro':
    'साथ में दस शांत मिनट। फ़ोन दूर रखें, किसी आरामदेह जगह बैठें और तैयार होने पर टाइमर शुरू करें। तीन सवाल हैं: उन्हें अपनी रफ़्तार से लें, और जो आज रात ठीक न लगे, उसे छोड़ दें।',
  'ritualGuide.nightly.moment': 'आज का ऐसा कौन-सा एक पल है, जो आप साझा करना चाहें?',
  'ritualGuide.nightly.hard': 'आज क्या मुश्किल रहा, और किस चीज़ से मदद मिली, या मिल सकती थी?',
  'ritualGuide.nightly.tomorrow': 'क्या कोई एक बात है, जो कल आप एक-दूसरे से चाहें?',

  'ritualGuide.appreciation.intro': 'शुक्रिया के लिए दो मिनट। टाइमर शुरू करें, फिर बारी-बारी से बोलें।',
  'ritualGuide.appreciation.thanks':
    'यहाँ किसी ने हाल में कुछ ऐसा किया हो जिससे आपको ख़ुशी हुई, तो वह एक बात बताएँ, और कहें कि आपके लिए उसका क्या मतलब था। जिससे यह कहा जाए, वह बस “शुक्रिया” कहे: “अरे, वह तो कुछ भी नहीं था” नहीं।',

  'ritualGuide.weekly.intro':
    'हफ़्ते पर एक शांत नज़र। कुछ वाक्य साथ मिलकर पढ़ें; हर वाक्य पर हर कोई बताए कि वह कितना सच लगा, और क्यों। पहले सुनें, और हल ढूँढना आख़िर के लिए छोड़ दें।',

  'ritualGuide.family-month.intro':
    'महीने में एक बार, बारी-बारी से होने वाली परिवार की बैठक। हर बिंदु पर बारी-बारी से बात करें, ताकि हर कोई एक बार बोले और बाकी सुनें। कोई एक व्यक्ति बिंदु पढ़कर सुना सकता है।',
  'ritualGuide.family-month.well': 'इस महीने क्या अच्छा रहा?',
  'ritualGuide.family-month.heavy': 'क्या भारी लगा, या बहुत ज़्यादा लगा?',
  'ritualGuide.family-month.coming': 'अगले महीने क्या आने वाला है, जिसकी हमें साथ मिलकर तैयारी करनी चाहिए?',
  'ritualGuide.family-month.ask': 'एक बात जिसमें मुझे मदद चाहिए, या जो मैं चाहूँ कि हम साथ मिलकर करें।',
  'ritualGuide.family-month.change':
    'साथ मिलकर इस महीने आज़माने के लिए एक छोटा बदलाव चुनें। अगर यह कोई ऐसा काम है जिसे किसी के ज़िम्मे होना चाहिए, तो उसे “बोझ बाँटें” में बाँटा जा सकता है।',

  'ritualGuide.feedback-round.intro':
    'हर व्यक्ति बारी-बारी से दो बातें कहे, जबकि बाकी सुनें। हर बोलने वाले को शुक्रिया कहें; सवाल तब तक रुक सकते हैं जब तक सब बोल न लें।',
  'ritualGuide.feedback-round.heading': 'हर किसी की दो बातें',
  'ritualGuide.feedback-round.received':
    'एक चीज़ जो मुझे हाल में यहाँ किसी से मिली, और उससे क्या मुमकिन हो पाया।',
  'ritualGuide.feedback-round.needed': 'एक चीज़ जो आने वाले हफ़्तों में मुझे बाकी लोगों से चाहिए।',

  'ritualGuide.together.intro': 'साथ का समय, जैसे भी आप उसे बिताना चाहें।',
  'ritualGuide.together.arrive':
    'फ़ोन दूर रखें और एक पल ठहरकर पूरी तरह यहाँ आ जाएँ। सच-सच, सबका हाल कैसा है?',
  'ritualGuide.together.enjoy':
    'इस समय का आनंद लें। अगर शुरुआत के लिए कुछ चाहिए: ऐसी कौन-सी चीज़ है, जिसका आपको इंतज़ार है?',
};
