/** Hindi messages of reports for a counsellor: the translation of en-reports.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enReports } from './en-reports.ts';

// Glossary as in hi-load.ts; counsellor → काउंसलर, report → रिपोर्ट, link → लिंक,
// to agree → सहमति देना.

export const hiReports: CatalogueOf<typeof enReports> = {
  'counsel.report.intro':
    'आपका सर्कल जो पहले से साझा करता है — लय, दौर, हालचाल, सुलह, बोझ और रस्में — उसे एक जगह रखें, ताकि कोई काउंसलर उसे आपके साथ पढ़ सके। इसमें कुछ भी निजी नहीं जाता, और यह सर्कल से तभी बाहर जाती है जब इसमें शामिल सभी लोग सहमति दें।',
  'counsel.report.backToCircle': '{name} पर वापस',
  'counsel.report.talking': 'काउंसलर से बात करना',

  'counsel.prepare.title': 'रिपोर्ट तैयार करें',
  'counsel.prepare.period': 'कौन-से दिन',
  'counsel.prepare.month': 'पिछला एक महीना',
  'counsel.prepare.quarter': 'पिछले तीन महीने',
  'counsel.prepare.chosen': 'मेरे चुने हुए दिन',
  'counsel.prepare.from': 'पहला दिन',
  'counsel.prepare.to': 'आख़िरी दिन',
  'counsel.prepare.button': 'रिपोर्ट तैयार करें',
  'counsel.prepare.done': 'रिपोर्ट तैयार है। इसे देख लें, और जब साझा करने में सहज हों तब सहमति दें।',
  'counsel.prepare.badDates': 'ऐसा पहला दिन चुनें जो आख़िरी दिन से पहले हो, एक साल के भीतर।',

  'counsel.list.title': 'आपकी रिपोर्टें',
  'counsel.list.empty':
    'अभी कोई रिपोर्ट नहीं है। जब अपनी लय किसी काउंसलर तक ले जाना चाहें, ऊपर एक तैयार करें।',
  'counsel.list.item': '{from} से {to} तक',
  'counsel.list.open': 'खोलें',

  'counsel.status.agreed': 'सबने सहमति दी',
  'counsel.status.waiting': 'सबकी सहमति का इंतज़ार',
  'counsel.member.agreed': '{name}: सहमत',
  'counsel.member.waiting': '{name}: अभी नहीं',
  'counsel.member.you': 'आप',

  'counsel.view.title': 'इसमें क्या है',
  'counsel.view.caption':
    'काउंसलर ठीक यही देखेंगे। यह रिपोर्ट बनाते समय जोड़ा गया था और बदलता नहीं, सिवाय उन शब्दों के जो आप में से हर कोई जोड़े।',
  'counsel.view.frame': 'रिपोर्ट, जैसी काउंसलर देखेंगे',
  'counsel.view.print': 'छापने लायक़ पेज खोलें',

  'counsel.agree.title': 'आपकी सहमति',
  'counsel.agree.button': 'मैं यह रिपोर्ट साझा करने के लिए सहमत हूँ',
  'counsel.agree.done': 'आपने सहमति दी। सबकी सहमति होते ही इसे साझा किया जा सकेगा।',
  'counsel.agree.yours': 'आपने यह रिपोर्ट साझा करने की सहमति दी है।',
  'counsel.withdraw.button': 'अपनी सहमति वापस लें',
  'counsel.withdraw.done': 'आपने अपनी सहमति वापस ली। इस रिपोर्ट के सभी लिंक बंद हो गए।',

  'counsel.words.title': 'पढ़ने वाले के लिए आपके शब्द',
  'counsel.words.hint':
    'मिलने से पहले आप काउंसलर को जो कुछ बताना चाहें। इन्हें सहेजने या हटाने से रिपोर्ट बदलती है, इसलिए सबसे फिर से सहमति माँगी जाती है।',
  'counsel.words.label': 'आपके शब्द',
  'counsel.words.save': 'मेरे शब्द सहेजें',
  'counsel.words.remove': 'मेरे शब्द हटाएँ',
  'counsel.words.saved': 'सहेज लिया। सबसे फिर से सहमति माँगी गई है।',
  'counsel.words.removed': 'हटा दिया। सबसे फिर से सहमति माँगी गई है।',

  'counsel.links.title': 'काउंसलर के साथ साझा करें',
  'counsel.links.waiting': 'सबकी सहमति होने पर लिंक बनाया जा सकता है।',
  'counsel.links.intro':
    'लिंक बिना साइन इन किए रिपोर्ट खोलता है, जब तक उसकी अवधि ख़त्म न हो या आप उसे बंद न करें। हर बार खुलना नीचे आप सबको दिखता है।',
  'counsel.links.days': 'कितने दिन खुला रहे',
  'counsel.links.daysOption': '{count, plural, one {# दिन} other {# दिन}}',
  'counsel.links.make': 'लिंक बनाएँ',
  'counsel.links.made': 'यह रहा लिंक। इसे अभी कॉपी कर लें: यह सिर्फ़ एक बार दिखता है।',
  'counsel.links.url': 'काउंसलर को देने के लिए लिंक',
  'counsel.links.none': 'अभी कोई लिंक नहीं।',
  'counsel.links.open': '{date} तक खुला',
  'counsel.links.ended': 'बंद किया गया',
  'counsel.links.expired': '{date} को अवधि ख़त्म हुई',
  'counsel.links.revoke': 'यह लिंक बंद करें',
  'counsel.links.revoked': 'लिंक बंद हो गया।',
  'counsel.links.pdf': 'PDF',

  'counsel.email.title': 'PDF ईमेल से भेजें',
  'counsel.email.address': 'आपके काउंसलर का ईमेल पता',
  'counsel.email.hint':
    'रिपोर्ट किसे मिलेगी, यह भी सबकी सहमति का हिस्सा है: पता सहेजने पर सबसे फिर से पूछा जाता है।',
  'counsel.email.save': 'पता सहेजें',
  'counsel.email.saved': 'सहेज लिया। सबसे फिर से सहमति माँगी गई है।',
  'counsel.email.send': 'PDF भेजें',
  'counsel.email.sent': '{address} पर भेज दी गई।',
  'counsel.email.last': 'पिछली बार भेजी गई: {date}',

  'counsel.openings.title': 'कब खोला गया',
  'counsel.openings.none': 'अभी तक किसी ने लिंक नहीं खोला।',
  'counsel.openings.page': '{date}: पेज खोला गया',
  'counsel.openings.pdf': '{date}: PDF खोली गई',

  'counsel.talk.title': 'काउंसलर से बात करना',
  'counsel.talk.intro':
    'कभी-कभी संतुलन अपने आप नहीं लौटता। काउंसलर आपको एक-दूसरे को सुनने और फिर से लय पाने में मदद कर सकते हैं। मदद माँगना भी अपने साझा रिश्ते की देखभाल है।',
  'counsel.talk.kinds': 'काउंसलिंग के प्रकार',
  'counsel.talk.couple.title': 'जोड़ों की काउंसलिंग',
  'counsel.talk.couple.body':
    'दोनों साथी मिलकर काउंसलर से मिलते हैं, ताकि बार-बार होने वाली बातों, सुलह के तरीक़ों और हर किसी की ज़रूरतों पर बात हो सके।',
  'counsel.talk.family.title': 'परिवार की काउंसलिंग',
  'counsel.talk.family.body':
    'परिवार के लोग साथ मिलते हैं, ताकि देखभाल और घर के काम बेहतर ढंग से बँटें और नए बच्चे, बीमारी या माता-पिता की देखभाल जैसे बदलावों पर बात हो सके।',
  'counsel.talk.team.title': 'टीम कोचिंग और मध्यस्थता',
  'counsel.talk.team.body':
    'टीम किसी कोच या मध्यस्थ के साथ इस पर काम करती है कि मदद, फ़ीडबैक और काम कैसे घूमते हैं, ताकि कोई सब कुछ अकेले न उठाए।',
  'counsel.talk.report.title': 'रिपोर्ट कैसे मदद कर सकती है',
  'counsel.talk.report.body':
    'रिपोर्ट काउंसलर को हफ़्तों या महीनों में देखभाल की लय दिखाती है — पैटर्न, यह कभी नहीं कि किसने ज़्यादा किया — ताकि पहली मुलाक़ातें उसी से शुरू हों जो आप दोनों देखते हैं। इसमें शामिल सभी पहले सहमति देते हैं, और कोई भी इसे वापस ले सकता है।',
  'counsel.talk.report.link': '{name} में रिपोर्ट तैयार करें',
  'counsel.talk.find.title': 'काउंसलर ढूँढना',
  'counsel.talk.find.body':
    'ये निर्देशिकाएँ आपके आसपास की मदद बताती हैं। अगर आपको अपने सर्कल में किसी से डर लगता है, तो रिपोर्ट साझा करने के बजाय पहले किसी सहायता लाइन से बात करें।',
  'counsel.talk.support': 'सहायता और हेल्पलाइन',
  'supportPage.purpose.counselling': 'जोड़ों, परिवार और रिश्तों की काउंसलिंग',
};
