/**
 * Hindi: the translation of en.ts, in the words the web's Hindi catalogue uses for the same
 * things (सर्कल, दौर, हालचाल, रस्म). Addressed as «आप», and gender-neutral: no verb agrees with
 * the reader or a named person (requests are imperatives, the rest is said of the thing).
 * `update.someone` and `update.someCircle` stand in for {name} and {circle}, which are always
 * followed by a postposition (ने, को, में), so they take the oblique form.
 */
import type { Catalogue } from './en.ts';

export const hi: Catalogue = {
  'mail.hello': 'नमस्ते {name},',

  'update.someone': 'किसी',
  'update.someCircle': 'आपके किसी सर्कल',
  'update.invitation_accepted.title': 'शामिल होने का एक अनुरोध',
  'update.invitation_accepted.body':
    '{name} ने {circle} में शामिल होने का अनुरोध किया। सर्कल में से किसी के भी हाँ कहने पर उन्हें शामिल किया जा सकता है।',
  'update.member_admitted.title': 'किसी नए व्यक्ति को शामिल किया गया',
  'update.member_admitted.body': '{circle} में किसी नए व्यक्ति को शामिल किया गया है।',
  'update.welcome.title': 'स्वागत है',
  'update.welcome.body': '{name} ने आपको {circle} में शामिल किया। आपका स्वागत है!',
  'update.removed_from_circle.title': 'आपका एक पुराना सर्कल',
  'update.removed_from_circle.body': 'अब आप {circle} में नहीं हैं।',
  'update.act_questioned.title': 'देखभाल के एक काम पर एक नज़र',
  'update.act_questioned.body':
    '{name} को {circle} में आपका दर्ज किया देखभाल का एक काम पहचान में नहीं आया। चाहें तो इसे बदलें या वापस लें।',
  'update.season_suggested.title': 'एक दौर का सुझाव',
  'update.season_suggested.body':
    '{name} ने {circle} में आपके बारे में एक दौर का सुझाव दिया। इसे मानना या न मानना आपके हाथ में है।',
  'update.season_answered.title': 'आपका सुझाया दौर',
  'update.season_answered.body': '{name} ने {circle} में आपके सुझाए दौर का जवाब दिया।',
  'update.season_answered.body.accepted': '{name} ने {circle} में आपका सुझाया दौर मान लिया।',
  'update.season_answered.body.declined': '{name} ने {circle} में आपके सुझाए दौर के लिए मना कर दिया।',
  'update.handover_proposed.title': 'आपके लिए काम सौंपने का प्रस्ताव',
  'update.handover_proposed.body':
    '{name} ने {circle} में आपके साथ काम सौंपने का एक प्रस्ताव रखा। यह आपके जवाब का इंतज़ार कर रहा है।',
  'update.handover_answered.title': 'काम सौंपने का आपका प्रस्ताव',
  'update.handover_answered.body': '{name} ने {circle} में काम सौंपने के आपके प्रस्ताव का जवाब दिया।',
  'update.handover_answered.body.accepted': '{name} ने {circle} में काम सौंपने का आपका प्रस्ताव मान लिया।',
  'update.handover_answered.body.declined':
    '{name} ने {circle} में काम सौंपने के आपके प्रस्ताव के लिए मना कर दिया।',
  'update.responsibility_changed.title': 'एक साझा ज़िम्मेदारी बदली गई',
  'update.responsibility_changed.body':
    '{name} ने {circle} में आपके साथ साझा एक ज़िम्मेदारी में बदलाव किया।',
  'update.responsibility_removed.title': 'एक साझा ज़िम्मेदारी हटाई गई',
  'update.responsibility_removed.body': '{name} ने {circle} में आपके साथ साझा एक ज़िम्मेदारी हटा दी।',
  'update.ritual_changed.title': 'एक साझा रस्म बदली गई',
  'update.ritual_changed.body': '{name} ने {circle} में आपके साथ साझा एक रस्म में बदलाव किया।',
  'update.ritual_stopped.title': 'एक साझा रस्म रोकी गई',
  'update.ritual_stopped.body': '{name} ने {circle} में आपके साथ साझा एक रस्म रोक दी।',
  'update.reset_requested.title': '“चलो, फिर से शुरू करें”',
  'update.reset_requested.body':
    '{name} ने {circle} में एक मुश्किल पल के बारे में “चलो, फिर से शुरू करें” कहा। जल्दी और नरमी से जवाब में हाथ बढ़ाना ही मदद करता है।',
  'update.rupture_waiting.title': 'सुलह के लिए आपका इंतज़ार है',
  'update.rupture_waiting.body':
    '{name} ने कहा कि {circle} में एक मुश्किल पल पर उनकी ओर से सुलह हो गई है। जब आपको भी ऐसा लगे, तो आप भी बताएँ।',
  'update.rupture_repaired.title': 'सुलह हो गई',
  'update.rupture_repaired.body': '{circle} में एक मुश्किल पल पर उसमें शामिल सभी की ओर से सुलह हो गई है।',
  'update.question_answered.title': 'आज का सवाल',
  'update.question_answered.body':
    '{circle} में सबने आज के सवाल का जवाब दे दिया है: अब जवाब साथ मिलकर पढ़ें।',
  'update.repair_guide_waiting.title': 'बात करके सुलझाना',
  'update.repair_guide_waiting.body':
    '{circle} में एक मुश्किल पल को बात करके सुलझाने के लिए आपके जवाबों का इंतज़ार है, जब भी आपका मन शांत हो। सबके पूरा करने तक किसी के जवाब किसी को नहीं दिखते।',
  'update.repair_guide_revealed.title': 'साथ मिलकर पढ़ने के लिए तैयार',
  'update.repair_guide_revealed.body':
    '{circle} में सबने एक मुश्किल पल को बात करके सुलझाने का काम पूरा कर लिया है: अब इसे साथ मिलकर पढ़ें।',
  'update.need_shared.title': 'आपसे साझा की गई एक ज़रूरत',
  'update.need_shared.body': '{name} ने {circle} में आपसे एक ज़रूरत साझा की। इसे recipro में पढ़ें।',
  'update.checkin_opened.title': 'एक हालचाल शुरू हुआ',
  'update.checkin_opened.body': '{name} ने {circle} में एक हालचाल शुरू किया। अपनी सुविधा से इसका जवाब दें।',
  'update.checkin_opened.body.scheduled':
    '{circle} में, सर्कल की योजना के मुताबिक़, एक हालचाल शुरू हुआ। अपनी सुविधा से इसका जवाब दें।',
  'update.checkin_waiting.title': 'एक हालचाल आपका इंतज़ार कर रहा है',
  'update.checkin_waiting.body':
    '{circle} में एक हालचाल आपके जवाबों का इंतज़ार कर रहा है। सबके जवाब आने तक किसी के जवाब किसी को नहीं दिखते।',
  'update.checkin_ready.title': 'एक हालचाल तैयार है',
  'update.checkin_ready.body': '{circle} में सबने एक हालचाल का जवाब दे दिया है: अब इसे साथ मिलकर देखें।',
  'update.values_opened.title': 'मूल्यों पर एक बातचीत',
  'update.values_opened.body':
    '{name} ने {circle} में मूल्यों पर एक बातचीत शुरू की। अपनी सुविधा से इसका जवाब दें।',
  'update.values_waiting.title': 'मूल्यों पर एक बातचीत आपका इंतज़ार कर रही है',
  'update.values_waiting.body':
    '{circle} में मूल्यों पर एक बातचीत आपके जवाबों का इंतज़ार कर रही है। सबके जवाब आने तक किसी के जवाब किसी को नहीं दिखते।',
  'update.values_ready.title': 'मूल्यों पर एक बातचीत तैयार है',
  'update.values_ready.body':
    '{circle} में सबने मूल्यों पर एक बातचीत का जवाब दे दिया है: अब इसे साथ मिलकर पढ़ें।',
  'update.act_noticed.title': 'आपकी देखभाल पर ध्यान दिया गया',
  'update.act_noticed.body': '{circle} में किसी ने आपकी दी हुई देखभाल पर ध्यान दिया।',

  'update.bundle.title': 'आपके सर्कलों से अपडेट',
  'update.bundle.body':
    '{count, plural, one {{where} में # अपडेट आपका इंतज़ार कर रहा है।} other {{where} में # अपडेट आपका इंतज़ार कर रहे हैं।}}',
  'update.bundle.circles': '{count, plural, one {आपके # सर्कल} other {आपके # सर्कलों}}',

  'update.email.see': 'इसे recipro में देखें:',
  'update.email.chose': 'आपने इसकी ख़बर ईमेल से पाना चुना था। कौन-से अपडेट आप तक किस तरह पहुँचें, यह यहाँ चुनें:',
  'update.email.stop': 'रिमाइंडर और अपडेट वाले ईमेल बंद करने के लिए:',

  'reminder.ritual.body': '“{title}” का समय हो गया है। साथ बिताए कुछ मिनट ही काफ़ी हैं।',
  'reminder.test.title': 'recipro की ओर से एक टेस्ट रिमाइंडर',
  'reminder.test.body': 'आपके रिमाइंडर इसी तरह आएँगे।',
  'reminder.email.open': 'इसे recipro में खोलें:',
  'reminder.email.stop': 'ये ईमेल बंद करने के लिए:',

  'account.reset.subject': 'recipro के लिए नया पासवर्ड चुनें',
  'account.reset.asked':
    'किसी ने (उम्मीद है, आपने ही) आपके recipro खाते के लिए नया पासवर्ड चुनने का अनुरोध किया है।',
  'account.reset.follow':
    '{minutes, plural, one {नया पासवर्ड चुनने के लिए # मिनट के अंदर इस लिंक पर जाएँ। यह एक ही बार काम करता है:} other {नया पासवर्ड चुनने के लिए # मिनट के अंदर इस लिंक पर जाएँ। यह एक ही बार काम करता है:}}',
  'account.reset.notYou':
    'अगर यह अनुरोध आपका नहीं था, तो इस ईमेल को अनदेखा करें: आपका पासवर्ड जैसा है, वैसा ही रहेगा।',
  'account.confirm.subject': 'recipro के लिए अपने ईमेल की पुष्टि करें',
  'account.confirm.follow':
    '{hours, plural, one {कृपया इस लिंक पर जाकर पुष्टि करें कि recipro के लिए यही आपका पता है (यह एक ही बार, # घंटे के अंदर काम करता है):} other {कृपया इस लिंक पर जाकर पुष्टि करें कि recipro के लिए यही आपका पता है (यह एक ही बार, # घंटे के अंदर काम करता है):}}',
  'account.confirm.until':
    'तब तक recipro इस पते पर कोई रिमाइंडर नहीं भेजेगा। अगर यह ईमेल अनपेक्षित है, तो इसे अनदेखा करें।',

  'calendar.name': 'recipro की रस्में',
  'calendar.description': '{circle} की एक रस्म।',

  'unsubscribe.title': 'रिमाइंडर ईमेल बंद करें',
  'unsubscribe.heading': 'रिमाइंडर ईमेल बंद करें?',
  'unsubscribe.text':
    'अब recipro के रिमाइंडर आपको ईमेल से नहीं मिलेंगे। ऐप में इन्हें फिर से चालू किया जा सकता है।',
  'unsubscribe.button': 'रिमाइंडर ईमेल बंद करें',
  'unsubscribe.done.title': 'सदस्यता रद्द हो गई',
  'unsubscribe.done.heading': 'हो गया',
  'unsubscribe.done.text': 'अब आपको रिमाइंडर ईमेल नहीं मिलेंगे।',

  'report.title': 'काउंसलर के लिए एक रिपोर्ट',
  'report.period': '{from} से {to} तक',
  'report.people': '{names} के बारे में',
  'report.agreed': 'इस रिपोर्ट में शामिल सभी लोगों ने इसे साझा करने की सहमति दी है।',
  'report.draft':
    'यह एक मसौदा है: इस रिपोर्ट में शामिल सभी लोगों ने अभी इसे साझा करने की सहमति नहीं दी है। जब तक सब सहमत न हों, यह सर्कल से बाहर नहीं जा सकती।',
  'report.about.heading': 'इस रिपोर्ट के बारे में',
  'report.about.text':
    'यह इसमें शामिल लोगों के बीच देखभाल की लय दिखाती है, उसी से जो उन्होंने इस अवधि में recipro में दर्ज किया और साझा करना चुना। इसमें कोई निजी चिंतन, नोट या बिना खुले जवाब नहीं हैं, और ऐसा कुछ भी नहीं जो उनके बीच साझा न हुआ हो। यह कोई निदान नहीं है: इसकी संख्याएँ पैटर्न बताती हैं, लोगों को नहीं आँकतीं।',
  'report.care.heading': 'इस अवधि में देखभाल',
  'report.care.acts':
    'इस रिपोर्ट के लोगों के बीच देखभाल के {count, plural, one {# काम दर्ज हुआ} other {# काम दर्ज हुए}}।',
  'report.care.noticed': 'इनमें से {percent} को पाने वाले ने देखा हुआ चिह्नित किया।',
  'report.care.forms': 'देखभाल किन रूपों में हुई, सबसे ज़्यादा मेहनत पहले: {forms}।',
  'report.care.none': 'इस अवधि में देखभाल का कोई काम दर्ज नहीं हुआ।',
  'report.rhythm.heading': 'हर जोड़ी के बीच की लय',
  'report.rhythm.caption':
    'हर खाना {days} दिनों का है। पट्टी बताती है कि दो लोगों के बीच देखभाल दोनों ओर कितनी बराबर चली; यह कभी नहीं बताती कि किसकी ओर से।',
  'report.rhythm.pair': '{a} और {b}',
  'report.rhythm.step': '{from} से {to} तक: {band}',
  'report.rhythm.latest':
    'हाल में: {band}। पिछले {weeks} हफ़्तों का पैटर्न: {pattern}, जिनमें से {active} हफ़्तों में देखभाल हुई।',
  'report.rhythm.none': 'किसी भी दो लोगों के बीच लय पढ़ने लायक़ देखभाल दर्ज नहीं हुई।',
  'report.band':
    '{band, select, in_rhythm {लय में} leaning {झुकी हुई} one_sided {एकतरफ़ा} other {अभी शुरुआत}}',
  'report.pattern':
    '{pattern, select, balanced {संतुलित} generalized {खुले दिल से देना} negative {एक पक्ष अनदेखा} other {अभी काफ़ी नहीं}}',
  'report.seasons.heading': 'दौर',
  'report.seasons.caption': 'वे समय जब इस रिपोर्ट के लोगों को उम्मीद थी कि संतुलन कुछ बदलेगा।',
  'report.seasons.item': '{name}: {kind}, {from} से {to} तक',
  'report.seasons.ongoing': '{name}: {kind}, {from} से',
  'report.seasons.none': 'इस अवधि में कोई दौर नहीं था।',
  'report.season':
    '{kind, select, illness {बीमारी} new_baby {नया बच्चा} exams {परीक्षाएँ} grief {शोक} move {घर बदलना} work {काम में व्यस्तता} caregiving {किसी की देखभाल करना} other {कोई और दौर}}',
  'report.checkins.heading': 'हालचाल',
  'report.checkins.caption': 'इस अवधि के हालचाल, जिनके जवाब अकेले दिए गए और साथ में खोले गए।',
  'report.checkins.item':
    '{date}: {instrument}, {count, plural, one {# व्यक्ति ने जवाब दिया} other {# लोगों ने जवाब दिया}}',
  'report.checkins.areas': 'बात करने लायक़ बातें: {areas}',
  'report.checkins.none': 'इस अवधि में कोई हालचाल नहीं खुला।',
  'report.instrument':
    '{instrument, select, csi4 {Couples Satisfaction Index (CSI-4)} csi16 {Couples Satisfaction Index (CSI-16)} other {recipro का अपना हालचाल}}',
  'report.area':
    '{area, select, chores {घर के काम} mental_load {चीज़ों का ध्यान रखना} emotional_support {भावनात्मक सहारा} money {पैसों की बातें} planning {योजनाएँ} other {मौज-मस्ती और नज़दीकी}}',
  'report.csi.heading': 'किसी पेशेवर के पढ़ने के लिए: Couples Satisfaction Index',
  'report.csi.caption':
    'समय के साथ हर व्यक्ति के अपने कुल अंक, {min} से {max} तक; ज़्यादा का मतलब ज़्यादा संतोष। लेखकों की प्रकाशित सीमा {cutOff} है: उनके शोध में इससे नीचे के कुल रिश्ते में काफ़ी असंतोष के साथ देखे गए। यह किसी पेशेवर के जोड़े के साथ पढ़ने के लिए है, कोई ठप्पा नहीं (Funk और Rogge, 2007)।',
  'report.csi.person': '{name}: {instrument}',
  'report.csi.point': '{date}: {total}',
  'report.csi.cutOff': 'प्रकाशित सीमा {cutOff}',
  'report.values.heading': 'मूल्यों पर बातचीत',
  'report.values.item': '{date}: वे विषय जिनका जवाब एक से ज़्यादा लोगों ने दिया: {topics}',
  'report.values.nothing': '{date}: किसी विषय का जवाब एक से ज़्यादा लोगों ने नहीं दिया',
  'report.values.none': 'इस अवधि में मूल्यों पर कोई बातचीत नहीं खुली।',
  'report.topic':
    '{topic, select, respect {सम्मान} affection {स्नेह} sharing_chores {काम बाँटना} sharing_money {पैसा बाँटना} sharing_time {समय बाँटना} principles {सिद्धांत} work {काम} parenting {बच्चों की परवरिश} other {आगे बढ़ना}}',
  'report.repair.heading': 'सुलह',
  'report.repair.caption': 'मुश्किल पल और उनकी सुलह, पैटर्न के रूप में: किसी की गिनती नहीं दिखाई जाती।',
  'report.repair.ruptures': '{count, plural, one {# मुश्किल पल दर्ज हुआ} other {# मुश्किल पल दर्ज हुए}}।',
  'report.repair.repaired':
    'जुड़े सभी लोगों के लिए सुलह हुई: {count}। अब तक जुड़े कुछ लोगों के लिए सुलह हुई: {some}।',
  'report.repair.time': 'सुलह तक का मध्य समय: {duration}। एक दिन के भीतर सुलह: {percent}।',
  'report.repair.start':
    '{pattern, select, both_sides {सुलह दोनों ओर से शुरू हुई।} one_side {सुलह ज़्यादातर एक ओर से शुरू हुई।} other {यह कहने के लिए सुलह बहुत कम हैं कि वह आम तौर पर कहाँ से शुरू होती है।}}',
  'report.repair.none': 'इस अवधि में कोई मुश्किल पल दर्ज नहीं हुआ।',
  'report.duration':
    '{unit, select, minutes {{n, plural, one {# मिनट} other {# मिनट}}} hours {{n, plural, one {# घंटा} other {# घंटे}}} other {{n, plural, one {# दिन} other {# दिन}}}}',
  'report.load.heading': 'बोझ का बँटवारा, हर चरण में',
  'report.load.caption':
    'रिपोर्ट बनाते समय की {count, plural, one {# ज़िम्मेदारी} other {# ज़िम्मेदारियाँ}}, कितनी बार और कितनी मेहनत के हिसाब से। किसका कितना हिस्सा है, यह नहीं दिखाया जाता।',
  'report.load.stage': '{stage}: {spread}',
  'report.load.unowned': '{stage}: {percent} अभी किसी ने नहीं लिया',
  'report.load.none': 'कोई ज़िम्मेदारी दर्ज नहीं थी।',
  'report.stage': '{stage, select, notice {ध्यान देना} plan {योजना बनाना} do {करना} other {फ़ॉलो-अप}}',
  'report.spread':
    '{spread, select, shared {बँटा हुआ} one_side {ज़्यादातर एक ओर} other {अभी किसी ने नहीं लिया}}',
  'report.rituals.heading': 'निभाई गई रस्में',
  'report.rituals.item': '{ritual}: {of, plural, one {# बार में से} other {# बार में से}} {done}',
  'report.rituals.none': 'इस अवधि में कोई रस्म तय नहीं थी।',
  'report.ritual':
    '{kind, select, nightly_checkin {रात में दस मिनट का हालचाल} appreciation {दो मिनट की सराहना} weekly_checkin {हमारे बीच सब कैसा है?} monthly_family_checkin {हर महीने परिवार का हालचाल} team_feedback {आपसी फ़ीडबैक की बैठक} get_together {नियमित मिलना-जुलना} other {हमारी अपनी रस्म}}',
  'report.form':
    '{form, select, practical {व्यावहारिक मदद} emotional {भावनात्मक सहारा} communication {बातचीत} affection {स्नेह} intimacy {नज़दीकी} quality_time {साथ का समय} respect {सम्मान} repair {सुलह} healing {मरहम} future {भविष्य} appreciation {सराहना} other {मानसिक बोझ}}',
  'report.additions.heading': 'उनके अपने शब्दों में',
  'report.additions.caption': 'पढ़ने वाले के लिए हर व्यक्ति ने जो जोड़ना चुना।',
  'report.additions.none': 'किसी ने पढ़ने वाले के लिए कुछ नहीं जोड़ा।',
  'report.footer': '{date} को recipro से बनी। recipro इसमें शामिल लोगों के लिए एक साधन है, थेरेपी नहीं।',
  'report.pdfEnglish': 'यह PDF अंग्रेज़ी में है: सर्वर के पास अभी आपकी भाषा की लिपि का फ़ॉन्ट नहीं है।',
  'report.email.subject': 'recipro से एक रिपोर्ट, आपके साथ साझा की गई',
  'report.email.body':
    '{names} ने यह रिपोर्ट आपके साथ साझा करने की सहमति दी है। यह PDF के रूप में साथ जुड़ी है। इसे recipro से बनाया गया, जो इसमें शामिल लोगों के लिए एक साधन है; इसमें ऐसा कुछ नहीं है जो उन्होंने आपस में साझा न किया हो।',
  'report.notOpen.title': 'यह लिंक खुला नहीं है',
  'report.notOpen.text':
    'हो सकता है लिंक की अवधि ख़त्म हो गई हो या उसे वापस ले लिया गया हो, या यह पूरा लिंक न हो। जिन्होंने इसे साझा किया, उनसे नया लिंक माँगें।',

  'export.formerMember': 'एक पूर्व सदस्य',
};
