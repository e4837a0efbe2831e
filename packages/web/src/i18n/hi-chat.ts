/** Hindi messages of the “Import a chat” page: the translation of en-chat.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enChat } from './en-chat.ts';

export const hiChat: CatalogueOf<typeof enChat> = {
  'chat.lead':
    'WhatsApp, Telegram या Messenger से एक्सपोर्ट की गई चैट की लय देखें: क्या बातचीत दोनों ओर से शुरू होती है, जवाब कितनी जल्दी आते हैं, शुक्रिया और माफ़ी कहाँ दिखते हैं।',
  'chat.private.title': 'आपकी चैट इसी डिवाइस पर रहती है',
  'chat.private.body':
    'फ़ाइल यहीं, आपके ब्राउज़र में पढ़ी जाती है और कभी अपलोड नहीं होती। बाद में चाहें तो सिर्फ़ उसकी लय {circle} में सहेजी जा सकती है: न नाम, न संदेश, न किसी के अपने आँकड़े।',
  'chat.backToCircle': '{name} पर वापस',
  'chat.notFound': 'हम यह सर्कल नहीं खोल सके।',

  'chat.pick.label': 'एक्सपोर्ट की गई चैट चुनें',
  'chat.pick.drop': 'या उसे खींचकर यहाँ छोड़ें',
  'chat.pick.hint':
    'WhatsApp की .txt या .zip (“चैट एक्सपोर्ट करें”, बिना मीडिया), Telegram Desktop की result.json, या Messenger की message_1.json।',
  'chat.pick.another': 'दूसरी फ़ाइल चुनें',

  'chat.progress.label': '{file} इस डिवाइस पर पढ़ी जा रही है',
  'chat.progress.labelDone': '{file} इस डिवाइस पर पढ़ ली गई',
  'chat.progress.reading': '{total} में से {done} पढ़ा गया ({percent}%)',
  'chat.progress.done': 'पूरी {file} ({total}) इस डिवाइस पर पढ़ ली गई।',

  'chat.error.empty': 'यह फ़ाइल ख़ाली है। चैट को फिर से एक्सपोर्ट करके देखें।',
  'chat.error.binary':
    'यह फ़ाइल चैट एक्सपोर्ट नहीं है: यह कोई तस्वीर, प्रोग्राम या किसी और तरह की फ़ाइल लगती है। ऐप की बनाई .txt, .zip या .json फ़ाइल चुनें।',
  'chat.error.truncated_json':
    'यह एक्सपोर्ट बीच में ही रुक जाता है; शायद कॉपी करते समय कट गया। इसे फिर से कॉपी या एक्सपोर्ट करके देखें।',
  'chat.error.invalid_json':
    'यह JSON फ़ाइल चैट एक्सपोर्ट के रूप में पढ़ी नहीं जा सकी। चैट को फिर से एक्सपोर्ट करके देखें।',
  'chat.error.not_a_chat':
    'यह WhatsApp, Telegram या Messenger से एक्सपोर्ट की गई चैट नहीं लगती। ऐप की बनाई फ़ाइल चुनें।',
  'chat.error.too_large': 'यह फ़ाइल {max} से बड़ी है। एक ही चैट, या उसका छोटा हिस्सा, एक्सपोर्ट करके देखें।',
  'chat.error.bad_zip':
    'यह zip फ़ाइल ख़राब है या इसमें कोई WhatsApp चैट नहीं है। WhatsApp की बनाई zip चुनें, या उसके अंदर की .txt।',
  'chat.error.unexpected':
    'आपके डिवाइस पर यह फ़ाइल पढ़ते समय कुछ गड़बड़ हो गई। कुछ भी भेजा नहीं गया। कृपया फिर से कोशिश करें।',

  'chat.report.title': 'चैट क्या दिखाती है',
  'chat.report.overview':
    '{count, plural, one {# संदेश ({people}), {first} से {last} तक, {format} एक्सपोर्ट से पढ़ा गया।} other {# संदेश ({people}), {first} से {last} तक, {format} एक्सपोर्ट से पढ़े गए।}}',
  'chat.report.people': '{count, plural, one {# व्यक्ति} other {# लोग}}',
  'chat.report.noPeople': 'इस एक्सपोर्ट में लोगों के लिखे कोई संदेश नहीं हैं, इसलिए अभी दिखाने को कुछ नहीं है।',
  'chat.report.guessedDates':
    'इस एक्सपोर्ट की तारीख़ें दो तरह से पढ़ी जा सकती थीं; उन्हें इस क्रम में पढ़ा गया: {order}।',
  'chat.dateOrder.dmy': 'दिन, महीना, साल',
  'chat.dateOrder.mdy': 'महीना, दिन, साल',
  'chat.dateOrder.ymd': 'साल, महीना, दिन',
  'chat.format.whatsapp': 'WhatsApp',
  'chat.format.telegram': 'Telegram',
  'chat.format.messenger': 'Messenger',

  'chat.rhythm.title': 'इस चैट की लय',
  'chat.rhythm.list': 'इस चैट के रुझान',
  'chat.rhythm.talk.shared.pair': 'बातचीत दोनों ओर से बराबर होती है।',
  'chat.rhythm.talk.shared.group': 'बातचीत कई लोगों में बँटी हुई है।',
  'chat.rhythm.talk.one_side.pair': 'ज़्यादातर संदेश एक ओर से आते हैं।',
  'chat.rhythm.talk.one_side.group': 'ज़्यादातर संदेश एक ही व्यक्ति से आते हैं।',
  'chat.rhythm.starts.shared.pair': 'कुछ देर की चुप्पी के बाद बातचीत दोनों ओर से शुरू होती है।',
  'chat.rhythm.starts.shared.group': 'बातचीत कई लोगों की ओर से शुरू होती है।',
  'chat.rhythm.starts.one_side.pair': 'ज़्यादातर बातचीत एक ओर से शुरू होती है।',
  'chat.rhythm.starts.one_side.group': 'ज़्यादातर बातचीत एक ही व्यक्ति की ओर से शुरू होती है।',
  'chat.rhythm.questions.shared.pair': 'सवाल दोनों ओर से आते हैं।',
  'chat.rhythm.questions.shared.group': 'सवाल कई लोगों से आते हैं।',
  'chat.rhythm.questions.one_side.pair': 'ज़्यादातर सवाल एक ओर से आते हैं।',
  'chat.rhythm.questions.one_side.group': 'ज़्यादातर सवाल एक ही व्यक्ति से आते हैं।',
  'chat.rhythm.thanks.shared.pair': 'शुक्रिया के शब्द दोनों ओर से आते हैं।',
  'chat.rhythm.thanks.shared.group': 'शुक्रिया के शब्द कई लोगों से आते हैं।',
  'chat.rhythm.thanks.one_side.pair': 'शुक्रिया के ज़्यादातर शब्द एक ओर से आते हैं।',
  'chat.rhythm.thanks.one_side.group': 'शुक्रिया के ज़्यादातर शब्द एक ही व्यक्ति से आते हैं।',
  'chat.rhythm.thanks.none': 'इस चैट में शुक्रिया के शब्द नहीं दिखे; शुक्रिया अक्सर लोगों के कामों में भी बसता है।',
  'chat.rhythm.repair.shared.pair': 'सुलह के शब्द, जैसे “सॉरी”, दोनों ओर से आते हैं।',
  'chat.rhythm.repair.shared.group': 'सुलह के शब्द, जैसे “सॉरी”, कई लोगों से आते हैं।',
  'chat.rhythm.repair.one_side.pair': 'सुलह के ज़्यादातर शब्द, जैसे “सॉरी”, एक ओर से आते हैं।',
  'chat.rhythm.repair.one_side.group': 'सुलह के ज़्यादातर शब्द, जैसे “सॉरी”, एक ही व्यक्ति से आते हैं।',
  'chat.rhythm.pace.minutes': 'जवाब आम तौर पर कुछ ही मिनटों में आ जाते हैं।',
  'chat.rhythm.pace.hour': 'जवाब आम तौर पर एक घंटे के अंदर आ जाते हैं।',
  'chat.rhythm.pace.day': 'जवाब आम तौर पर एक दिन के अंदर आ जाते हैं।',
  'chat.rhythm.pace.longer': 'कुछ जवाबों में एक दिन से ज़्यादा लगता है; लंबे ठहराव बहुत-सी चैट का हिस्सा होते हैं।',
  'chat.rhythm.balance.even.pair': 'दोनों ओर से जवाब लगभग उतनी ही जल्दी आते हैं।',
  'chat.rhythm.balance.even.group': 'सबकी ओर से जवाब लगभग उतनी ही जल्दी आते हैं।',
  'chat.rhythm.balance.uneven.pair': 'एक ओर से जवाब दूसरी ओर की तुलना में जल्दी आते हैं।',
  'chat.rhythm.balance.uneven.group': 'कुछ लोगों से जवाब दूसरों की तुलना में जल्दी आते हैं।',
  'chat.rhythm.lately.talk.shared.pair': 'चैट के आख़िरी {weeks} हफ़्तों में बातचीत दोनों ओर से बराबर हुई।',
  'chat.rhythm.lately.talk.shared.group': 'चैट के आख़िरी {weeks} हफ़्तों में बातचीत कई लोगों में बँटी रही।',
  'chat.rhythm.lately.talk.one_side.pair': 'चैट के आख़िरी {weeks} हफ़्तों में ज़्यादातर संदेश एक ओर से आए।',
  'chat.rhythm.lately.talk.one_side.group':
    'चैट के आख़िरी {weeks} हफ़्तों में ज़्यादातर संदेश एक ही व्यक्ति से आए।',
  'chat.rhythm.lately.starts.shared.pair': 'चैट के आख़िरी {weeks} हफ़्तों में बातचीत दोनों ओर से शुरू हुई।',
  'chat.rhythm.lately.starts.shared.group':
    'चैट के आख़िरी {weeks} हफ़्तों में बातचीत कई लोगों की ओर से शुरू हुई।',
  'chat.rhythm.lately.starts.one_side.pair':
    'चैट के आख़िरी {weeks} हफ़्तों में ज़्यादातर बातचीत एक ओर से शुरू हुई।',
  'chat.rhythm.lately.starts.one_side.group':
    'चैट के आख़िरी {weeks} हफ़्तों में ज़्यादातर बातचीत एक ही व्यक्ति की ओर से शुरू हुई।',
  'chat.rhythm.tooShort': 'यह चैट अभी इतनी छोटी है कि इसकी लय नहीं दिखती।',
  'chat.rhythm.note':
    'ये सिर्फ़ शब्दों के रुझान हैं। कम बोलने वाला व्यक्ति दूसरे तरीक़ों से परवाह जता सकता है; इसे एक प्यार भरी बातचीत शुरू करने के लिए इस्तेमाल करें, गिनती रखने के लिए नहीं।',

  'chat.you.title': 'इस चैट में आप',
  'chat.you.body':
    'चैट में अपना हिस्सा देखने के लिए अपना नाम चुनें। यह सिर्फ़ आपको दिखता है, यहीं इस डिवाइस पर: यह न कभी सहेजा जाता है, न भेजा जाता है।',
  'chat.you.pick': 'आपका नाम कौन-सा है?',
  'chat.you.choose': 'अपना नाम चुनें',
  'chat.you.figures': 'इस चैट में आपका हिस्सा',
  'chat.you.messages':
    '{count, plural, one {आपने # संदेश लिखा, चैट का {share}।} other {आपने # संदेश लिखे, चैट का {share}।}}',
  'chat.you.starts':
    '{count, plural, one {कुछ देर की चुप्पी के बाद आपने # बार बातचीत शुरू की।} other {कुछ देर की चुप्पी के बाद आपने # बार बातचीत शुरू की।}}',
  'chat.you.questions': '{count, plural, one {आपने # सवाल पूछा।} other {आपने # सवाल पूछे।}}',
  'chat.you.thanks':
    '{count, plural, one {आपने # बार शुक्रिया के शब्द लिखे।} other {आपने # बार शुक्रिया के शब्द लिखे।}}',
  'chat.you.repair':
    '{count, plural, one {आपने # बार सुलह के शब्दों का सहारा लिया।} other {आपने # बार सुलह के शब्दों का सहारा लिया।}}',
  'chat.you.reply': 'आपके आधे जवाब {duration} के अंदर आए।',
  'chat.you.noReply': 'यहाँ आपके जवाब इतने कम हैं कि उनकी रफ़्तार बताई नहीं जा सकती।',

  'chat.weeks.title': 'हर हफ़्ते के संदेश',
  'chat.weeks.messagesLabel': 'सबके संदेश',
  'chat.weeks.text':
    '{count, plural, one {# हफ़्ता जिसमें संदेश आए। सबसे व्यस्त हफ़्ता {week} वाला था, जिसमें {messages} आए।} other {# हफ़्ते जिनमें संदेश आए। सबसे व्यस्त हफ़्ता {week} वाला था, जिसमें {messages} आए।}}',
  'chat.weeks.messages': '{count, plural, one {# संदेश} other {# संदेश}}',
  'chat.weeks.week': '{week} वाला हफ़्ता',

  'chat.save.title': 'सारांश {circle} में सहेजें',
  'chat.save.body':
    'सिर्फ़ इतना भेजा जाता है: कौन-सी चैट, कितने संदेश और कितने लोग, और उसकी लय, ऐसे रुझानों के रूप में जो किसी का नाम नहीं लेते। कोई नाम, कोई संदेश और किसी के अपने आँकड़े इस डिवाइस से बाहर नहीं जाते।',
  'chat.save.preview': 'सर्कल में क्या रखा जाएगा',
  'chat.save.button': 'सारांश सहेजें',
  'chat.save.saving': 'सहेजा जा रहा है…',
  'chat.save.done': '{circle} में सहेज लिया गया। चैट ख़ुद नहीं भेजी गई।',
  'chat.save.noPeople': 'इस फ़ाइल से सहेजने को कुछ नहीं है।',

  'chat.saved.title': '{circle} में सहेजे गए',
  'chat.saved.lead':
    'वे चैट जिन्हें {circle} के लोगों ने अपने-अपने डिवाइस पर पढ़ा, उनकी लय के रूप में सहेजी गईं: कभी संदेश नहीं, कभी किसी के अपने आँकड़े नहीं।',
  'chat.saved.empty':
    'यहाँ अभी कुछ सहेजा नहीं गया है। ऊपर कोई चैट पढ़ने के बाद, उसकी लय {circle} में सहेजी जा सकती है।',
  'chat.saved.list': 'सहेजे गए चैट सारांश, सबसे नए पहले',
  'chat.saved.heading': '{format} चैट, {period}',
  'chat.saved.titleUndated': '{format} चैट',
  'chat.saved.period': '{first} से {last} तक',
  'chat.saved.byYou': 'आपने {when} को सहेजा',
  'chat.saved.by': '{name} ने {when} को सहेजा',
  'chat.saved.overview': '{count, plural, one {# संदेश ({people})।} other {# संदेश ({people})।}}',
  'chat.saved.delete': 'मिटाएँ',
  'chat.saved.delete.label': 'सारांश मिटाएँ: {title}',
  'chat.saved.delete.confirm':
    'यह सारांश {circle} से मिटा दिया जाएगा, और उसमें कोई भी इसे फिर नहीं देख पाएगा।',
  'chat.saved.delete.yes': 'इसे मिटाएँ',
  'chat.saved.deleted': 'सारांश मिटा दिया गया।',
};
