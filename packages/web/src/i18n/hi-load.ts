/** Hindi messages of the load divider, rituals and reminders: the translation of en-load.ts. */
/*
 * Glossary, English → Hindi, used the same way in every hi-*.ts file:
 *   care → देखभाल · act of care → देखभाल का काम · form of care → देखभाल का रूप
 *   care language → देखभाल की भाषा · noticed → ध्यान दिया · effort → प्रयास · log → दर्ज करना
 *   circle → सर्कल · member → सदस्य · a former member → एक पूर्व सदस्य · keeper → संरक्षक
 *   invite / invitation → न्योता · account → अकाउंट
 *   check-in → हालचाल · ritual → रस्म · reminder → रिमाइंडर · quiet hours → शांत घंटे
 *   repair → सुलह · hard moment (rupture) → मुश्किल पल · reach out → हाथ बढ़ाना
 *   “Let’s reset” → “चलो, फिर से शुरू करें” · season (of life) → दौर
 *   balance → संतुलन · rhythm → लय · leaning → (एक ओर) झुकी हुई · one-sided → एकतरफ़ा
 *   pattern → रुझान · insight → ख़ास बात
 *   load → बोझ · Share the load → बोझ बाँटें · responsibility → ज़िम्मेदारी · stage → चरण
 *   noticing / planning / doing / following up → ध्यान देना / योजना बनाना / करना / फ़ॉलो-अप
 *   hand-over → काम सौंपना
 *   Reflect → आत्म-चिंतन · reflection → चिंतन · Express → अपनी बात कहें · need → ज़रूरत
 *   Observe → ग़ौर से देखें
 * Gender: the reader is “आप”; sentences use ने-constructions, passives, nouns and the polite
 * subjunctive/imperative (…ें), so no verb marks the reader’s (or a named person’s) gender.
 */
import type { CatalogueOf } from './catalogue.ts';
import type { enLoad } from './en-load.ts';

export const hiLoad: CatalogueOf<typeof enLoad> = {
  'together.tabs': 'रोज़मर्रा, साथ-साथ',
  'together.load': 'बोझ',
  'together.rituals': 'रस्में',
  'together.reminders': 'रिमाइंडर',
  'together.backToCircle': '{name} पर वापस',
  'together.saving': 'सहेजा जा रहा है…',

  'load.title': 'बोझ बाँटें',
  'load.intro.couple':
    'आपकी साझा ज़िंदगी को चलाए रखने वाली चीज़ों में ध्यान देना, योजना बनाना, करना और फ़ॉलो-अप — किसके हिस्से क्या है? अनदेखे हिस्से भी गिने जाते हैं।',
  'load.intro.family':
    'परिवार की ज़िंदगी को चलाए रखने वाली चीज़ों में ध्यान देना, योजना बनाना, करना और फ़ॉलो-अप — किसके हिस्से क्या है? अनदेखे हिस्से भी गिने जाते हैं।',
  'load.intro.friends':
    'आपकी दोस्ती को बनाए रखने वाली चीज़ों में ध्यान देना, योजना बनाना, करना और फ़ॉलो-अप — किसके हिस्से क्या है? अनदेखे हिस्से भी गिने जाते हैं।',
  'load.intro.team':
    'टीम को चलाए रखने वाली चीज़ों में ध्यान देना, योजना बनाना, करना और फ़ॉलो-अप — किसके हिस्से क्या है? अनदेखे हिस्से भी गिने जाते हैं।',
  'load.alone': 'पहले किसी को अपने सर्कल में बुलाएँ; बोझ बाँटने के लिए दो लोग चाहिए।',

  'load.area.home': 'घर',
  'load.area.children': 'बच्चे',
  'load.area.money': 'पैसा',
  'load.area.health': 'सेहत',
  'load.area.social': 'मेल-जोल',
  'load.area.family': 'परिवार',
  'load.area.admin': 'काग़ज़ी काम',
  'load.area.emotional': 'भावनात्मक',
  'load.frequency.daily': 'रोज़',
  'load.frequency.weekly': 'हर हफ़्ते',
  'load.frequency.monthly': 'हर महीने',
  'load.frequency.quarterly': 'हर कुछ महीनों में',
  'load.frequency.yearly': 'हर साल',
  'load.frequency.occasional': 'कभी-कभार',
  'load.effort.1': 'छोटा',
  'load.effort.2': 'मध्यम',
  'load.effort.3': 'बड़ा',
  'load.stage.notice': 'ध्यान देना',
  'load.stage.plan': 'योजना बनाना',
  'load.stage.do': 'करना',
  'load.stage.followUp': 'फ़ॉलो-अप',
  'load.stage.lower.notice': 'ध्यान देने का काम',
  'load.stage.lower.plan': 'योजना बनाने का काम',
  'load.stage.lower.do': 'करने का काम',
  'load.stage.lower.followUp': 'फ़ॉलो-अप का काम',

  'load.inventory.title': 'सब कुछ चलाए रखने वाले काम',
  'load.inventory.empty': 'शुरुआत के लिए नीचे की आम सूची से कुछ ज़िम्मेदारियाँ चुनें, या अपनी ख़ुद की जोड़ें।',
  'load.item.meta': '{area} · {frequency} · {effort}',
  'load.item.owners': 'हर चरण किसके हिस्से है',
  'load.item.nobody': 'अभी कोई नहीं',
  'load.item.allYours': 'यह पूरा आपके हिस्से है।',
  'load.item.take': 'यह मेरे ज़िम्मे',
  'load.item.taken': '“{title}” अब आपके ज़िम्मे है।',
  'load.item.split': 'चरण बाँटें',
  'load.item.stageOwner': '“{title}”: {stage}',
  'load.item.updated': '“{title}” अपडेट हो गया।',
  'load.item.remove': 'हटाएँ',
  'load.item.removeLabel': '“{title}” हटाएँ',

  'load.catalogue.open': 'आम ज़िम्मेदारियों से शुरू करें',
  'load.catalogue.legend.couple': 'वे चुनें जो आपकी साझा ज़िंदगी का हिस्सा हैं',
  'load.catalogue.legend.family': 'वे चुनें जो आपके परिवार की ज़िंदगी का हिस्सा हैं',
  'load.catalogue.legend.friends': 'वे चुनें जिन्हें आपके दोस्त मिलकर संभालते हैं',
  'load.catalogue.legend.team': 'वे चुनें जिन्हें आपकी टीम मिलकर संभालती है',
  'load.catalogue.add': 'चुनी हुई जोड़ें',
  'load.catalogue.nothingChosen': 'पहले कम से कम एक ज़िम्मेदारी चुनें।',
  'load.catalogue.added':
    '{count, plural, one {# ज़िम्मेदारी जोड़ी गई।} other {# ज़िम्मेदारियाँ जोड़ी गईं।}}',
  'load.catalogue.allAdded': 'आम सूची की हर चीज़ पहले से यहाँ है।',

  'load.own.open': 'अपनी ख़ुद की जोड़ें',
  'load.own.name': 'यह क्या है?',
  'load.own.area': 'क्षेत्र',
  'load.own.frequency': 'कितनी बार',
  'load.own.effort': 'प्रयास',
  'load.own.add': 'ज़िम्मेदारी जोड़ें',
  'load.own.added': '“{title}” जोड़ी गई।',
  'load.own.titleRequired': 'कृपया इसे एक छोटा-सा नाम दें, जैसे “जन्मदिन के तोहफ़े”।',

  'load.shares.title': 'बोझ कैसे बँटा है',
  'load.shares.empty': 'जब कोई ज़िम्मेदारी उठाई जाएगी, यहाँ दिखेगा कि बोझ कैसे बँटा है।',
  'load.shares.invisible': 'ध्यान देना, योजना बनाना, फ़ॉलो-अप',
  'load.shares.doing': 'करना',
  'load.shares.chartLabel': 'बोझ में आपका हिस्सा',
  'load.shares.you': 'आप',
  'load.shares.mine':
    'बोझ में आपका हिस्सा {share} है: ध्यान देने, योजना बनाने और फ़ॉलो-अप में {invisible}, और करने में {doing}।',
  'load.shares.mineNone': 'अभी तक आपने किसी ज़िम्मेदारी का कोई चरण नहीं लिया है।',
  'load.shares.planningYou': 'हाल में ध्यान देने और योजना बनाने का ज़्यादातर काम आपने संभाला है।',
  'load.shares.planningOneSide': 'हाल में ज़्यादातर योजना एक ही ओर से बनी है।',
  'load.shares.even': 'बोझ आपके बीच काफ़ी बराबर बँटा है।',
  'load.shares.leaning': 'बोझ थोड़ा-सा आप में से एक की ओर झुका है।',
  'load.shares.uneven': 'अभी ज़्यादातर बोझ एक ही व्यक्ति पर है।',
  'load.shares.unowned': 'कुछ चरण अभी किसी के हिस्से नहीं हैं।',

  'load.perceived.title': 'आपको अपना हिस्सा कितना लगता है',
  'load.perceived.intro':
    'बताएँ कि आपको अपना हिस्सा कितना लगता है; यह आपकी ज़िम्मेदारियों की सूची से निकले हिस्से के साथ दिखेगा। दोनों सिर्फ़ आपको दिखते हैं।',
  'load.perceived.lineYou': 'आपको अपना हिस्सा {perceived} लगता है; सूची के अनुसार {inventory}।',
  'load.perceived.notSaidYou': 'आपने अभी बताया नहीं है; सूची के अनुसार {inventory}।',
  'load.perceived.mine': 'मुझे अपना हिस्सा कितना लगता है (0–100 %)',
  'load.perceived.areas': 'क्षेत्र जिन्हें लेना मुझे अच्छा लगेगा, या जो अभी मेरे बस में नहीं',
  'load.perceived.prefers': 'क्षेत्र जिन्हें लेना मुझे अच्छा लगेगा',
  'load.perceived.cannot': 'क्षेत्र जो अभी मेरे बस में नहीं',
  'load.perceived.save': 'जो मुझे लगता है, वह सहेजें',
  'load.perceived.saved': 'सहेज लिया गया।',
  'load.perceived.range': 'कृपया 0 से 100 तक की कोई संख्या लिखें।',

  'load.suggest.title': 'नरम सुझाव',
  'load.suggest.intro':
    'ऐसे सुझाव जिनसे आपके हिस्से एक-दूसरे के क़रीब आ सकें। जब तक आप दोनों सहमत न हों, कुछ नहीं बदलता।',
  'load.suggest.empty': 'अभी सुझाने को कुछ नहीं; आपके हिस्से जितने क़रीब हो सकते हैं, उतने हैं।',
  'load.suggest.line': 'सुझाव: “{title}” में {stage} {from} से {to} के पास जा सकता है।',
  'load.suggest.propose': 'प्रस्ताव रखें',
  'load.suggest.proposeLabel': '“{title}” में {stage} {to} को सौंपने का प्रस्ताव रखें',
  'load.suggest.proposed': 'प्रस्ताव रखा गया। {name} के पास इसे मानने या मना करने का विकल्प है।',

  'load.handovers.title': 'काम सौंपना',
  'load.handovers.empty': 'जब काम सौंपने का कोई प्रस्ताव रखा जाएगा, वह यहाँ दूसरे के जवाब का इंतज़ार करेगा।',
  'load.handovers.incoming': '{by} का प्रस्ताव है कि “{title}” में {stage} {from} से {to} के पास चला जाए।',
  'load.handovers.waiting':
    '{name} के जवाब का इंतज़ार: “{title}” में {stage} {from} से {to} के पास ले जाना।',
  'load.handovers.accepted': 'सहमति हुई: “{title}” में {stage} {from} से {to} के पास चला गया।',
  'load.handovers.declined': 'अभी नहीं: “{title}” में {stage} {from} के पास ही रहेगा।',
  'load.handovers.accept': 'स्वीकार करें',
  'load.handovers.decline': 'मना करें',
  'load.handovers.acceptLabel': '“{title}” में {stage} {to} को सौंपना स्वीकार करें',
  'load.handovers.declineLabel': '“{title}” में {stage} {to} को सौंपने से मना करें',
  'load.handovers.didAccept': 'स्वीकार किया। शुक्रिया।',
  'load.handovers.didDecline': 'मना किया। यह भी ठीक है।',
  'load.handovers.undone': 'वापस लिया गया। यह फिर से आपके जवाब का इंतज़ार कर रहा है।',
  'load.handovers.you': 'आप',
  'load.handovers.someone': 'कोई',

  'rituals.title': 'रस्में',
  'rituals.intro': 'देखभाल के छोटे, नियमित पल। कोई छूट जाए तो कोई बात नहीं; उसे फिर से शुरू किया जा सकता है।',
  'rituals.empty': 'नीचे कोई रस्म शुरू करें, जैसे हर शाम दो मिनट की सराहना।',
  'rituals.list': 'आपकी रस्में',
  'rituals.kind.nightly_checkin': 'रात में दस मिनट का हालचाल',
  'rituals.kind.appreciation': 'दो मिनट की सराहना',
  'rituals.kind.weekly_checkin': 'हमारे बीच सब कैसा है?',
  'rituals.kind.monthly_family_checkin': 'हर महीने परिवार का हालचाल',
  'rituals.kind.team_feedback': 'आपसी फ़ीडबैक की बैठक',
  'rituals.kind.get_together': 'नियमित मिलना-जुलना',
  'rituals.kind.custom': 'हमारी अपनी रस्म',
  'rituals.about.custom': 'आपका अपना एक नियमित पल: इसे एक नाम दें और चुनें कि यह कब-कब आए।',

  'rituals.title.couple.appreciation': 'दो मिनट की सराहना',
  'rituals.about.couple.appreciation':
    'आप दोनों एक-एक बात बताएँ जो दूसरे ने आज की और जिससे आपको ख़ुशी हुई। दो मिनट काफ़ी हैं।',
  'rituals.title.couple.nightly_checkin': 'रात में दस मिनट का हालचाल',
  'rituals.about.couple.nightly_checkin':
    'सोने से पहले दस शांत मिनट: दिन कैसा रहा, और एक बात जिससे कल आसान हो।',
  'rituals.title.couple.weekly_checkin': 'हमारे बीच सब कैसा है?',
  'rituals.about.couple.weekly_checkin':
    'हफ़्ते में एक बार, एक शांत बातचीत: क्या अच्छा रहा, क्या भारी लगा, अगले हफ़्ते के लिए क्या इच्छा है।',
  'rituals.title.couple.get_together': 'सिर्फ़ हम दोनों की शाम',
  'rituals.about.couple.get_together': 'आप दोनों के लिए एक शाम, बारी-बारी से प्लान की गई, फ़ोन दूर रखकर।',

  'rituals.title.family.appreciation': 'शुक्रिया का पल',
  'rituals.about.family.appreciation':
    'हर कोई एक बात बताए जो परिवार में किसी ने की और जिससे दिन आसान हुआ।',
  'rituals.title.family.nightly_checkin': 'शाम को साथ के दस मिनट',
  'rituals.about.family.nightly_checkin':
    'खाने की मेज़ पर या सोने से पहले कुछ मिनट: हर व्यक्ति दिन की एक अच्छी और एक मुश्किल बात बताए।',
  'rituals.title.family.weekly_checkin': 'सब कैसे हैं?',
  'rituals.about.family.weekly_checkin':
    'हफ़्ते में एक बार, हर व्यक्ति बताए कि हफ़्ता कैसा लगा और अगले हफ़्ते किस चीज़ से मदद मिलेगी।',
  'rituals.title.family.monthly_family_checkin': 'हर महीने परिवार का हालचाल',
  'rituals.about.family.monthly_family_checkin':
    'महीने में एक बार, साथ बैठकर देखें कि परिवार के काम कैसे बँटे हैं, और आने वाले महीने की योजना बनाएँ।',
  'rituals.title.family.get_together': 'परिवार का खाना',
  'rituals.about.family.get_together':
    'हर हफ़्ते एक बार साथ में खाना, मेज़ पर या कॉल पर, जिसमें हर किसी को बोलने की जगह हो।',

  'rituals.title.friends.appreciation': 'शुक्रिया के दो शब्द',
  'rituals.about.friends.appreciation':
    'हफ़्ते में एक बार, ग्रुप को किसी दोस्त की उस बात के बारे में बताएँ जो आपके लिए बहुत मायने रखती थी।',
  'rituals.title.friends.weekly_checkin': 'हालचाल वाली कॉल',
  'rituals.about.friends.weekly_checkin':
    'एक कॉल या साथ की सैर, यह सुनने के लिए कि सब सच में कैसे हैं, सिर्फ़ ख़बरें नहीं।',
  'rituals.title.friends.get_together': 'मिलना-जुलना',
  'rituals.about.friends.get_together':
    'मिलने का एक तय दिन, ताकि हर बार किसी को शुरू से सब इंतज़ाम न करना पड़े।',

  'rituals.title.team.appreciation': 'शुक्रिया की बारी',
  'rituals.about.team.appreciation': 'हफ़्ते में एक बार, हर व्यक्ति टीम में किसी से मिली एक मदद का ज़िक्र करे।',
  'rituals.title.team.weekly_checkin': 'टीम कैसी चल रही है?',
  'rituals.about.team.weekly_checkin':
    'हफ़्ते की शुरुआत में एक छोटी बैठक: क्या भारी लग रहा है, किसे हाथ बँटाने की ज़रूरत है, क्या अच्छा चल रहा है।',
  'rituals.title.team.team_feedback': 'आपसी फ़ीडबैक की बैठक',
  'rituals.about.team.team_feedback':
    'हर दूसरे हफ़्ते, हर व्यक्ति बताए कि किस चीज़ से उसे मदद मिली, और पूछे कि दूसरों के लिए और बेहतर क्या किया जा सकता है।',
  'rituals.title.team.get_together': 'टीम लंच',
  'rituals.about.team.get_together': 'महीने में एक बार साथ में खाना, बिना किसी एजेंडा के।',

  'rituals.next': 'अगली बार: {when}',
  'rituals.noNext': 'आगे का कोई समय तय नहीं।',
  'rituals.rhythm': 'पिछली {of} बार में से {done} बार हुई।',
  'rituals.rhythmNew': 'अभी शुरू हुई।',
  'rituals.rhythmRun':
    '{count, plural, =1 {पिछली बार यह साथ में हो पाई।} other {पिछली # बार यह साथ में हो पाई।}}',
  'rituals.with': '{names} के साथ',
  'rituals.did': 'हमने कर लिया',
  'rituals.didLabel': 'हमने कर लिया: {title}',
  'rituals.done': 'दर्ज हुआ: “{title}”। बहुत बढ़िया।',
  'rituals.stop': 'रोकें',
  'rituals.stopLabel': '“{title}” रोकें',
  'rituals.editAction': 'बदलें',
  'rituals.editLabel': '“{title}” बदलें',
  'rituals.edit.title': '“{title}” बदलें',
  'rituals.edit.save': 'बदलाव सहेजें',
  'rituals.edit.cancel': 'जैसा था वैसा रहने दें',
  'rituals.edit.saved': '“{title}” में बदलाव सहेज लिए गए।',
  'rituals.edit.unchanged': 'कुछ नहीं बदला गया।',
  'rituals.edit.gone': 'यह रस्म इस बीच रोक दी गई, इसलिए बदलने को कुछ नहीं बचा।',
  'rituals.schedule.daily': 'हर दिन {time} पर',
  'rituals.schedule.weekly': 'हर हफ़्ते {days} को {time} पर',
  'rituals.schedule.everyOtherWeek': 'हर दूसरे हफ़्ते {days} को {time} पर',
  'rituals.schedule.monthly': 'महीने में एक बार {time} पर',
  'rituals.schedule.other': 'अपने अलग क्रम से, {time} पर',

  'rituals.new.title': 'रस्म शुरू करें',
  'rituals.new.kind': 'कौन-सी रस्म',
  'rituals.new.name': 'इसका नाम',
  'rituals.new.often': 'कितनी बार',
  'rituals.new.daily': 'हर दिन',
  'rituals.new.weekly': 'हर हफ़्ते',
  'rituals.new.monthly': 'हर महीने',
  'rituals.new.days': 'किन दिनों',
  'rituals.new.monthDay': 'महीने की तारीख़',
  'rituals.new.monthDayHint': '1 से 28 तक, ताकि यह हर महीने आए।',
  'rituals.new.time': 'समय',
  'rituals.new.zone': 'टाइम ज़ोन',
  'rituals.new.who': 'कौन शामिल है',
  'rituals.new.start': 'यह रस्म शुरू करें',
  'rituals.new.started': '“{title}” शुरू हो गई।',
  'rituals.new.noDays': 'कम से कम एक दिन चुनें।',
  'rituals.new.nameRequired': 'कृपया अपनी रस्म को एक नाम दें।',
  'rituals.new.nobody': 'कम से कम एक व्यक्ति चुनें।',
  'rituals.day.MO': 'सोमवार',
  'rituals.day.TU': 'मंगलवार',
  'rituals.day.WE': 'बुधवार',
  'rituals.day.TH': 'गुरुवार',
  'rituals.day.FR': 'शुक्रवार',
  'rituals.day.SA': 'शनिवार',
  'rituals.day.SU': 'रविवार',
  'rituals.remindersLink': 'चुनें कि आपको कैसे याद दिलाया जाए',

  'reminders.title': 'रिमाइंडर',
  'reminders.intro': 'recipro आपको आपकी रस्मों की याद कैसे दिलाता है, और कब चुप रहता है।',
  'reminders.channels': 'याद दिलाने के तरीक़े',
  'reminders.email': 'ईमेल से',
  'reminders.emailOff': 'इस सर्वर पर ईमेल की सुविधा नहीं है, इसलिए रिमाइंडर पुश से या आपके कैलेंडर से आते हैं।',
  'reminders.push': 'पुश से, हर उस डिवाइस पर जहाँ आप रिमाइंडर चालू करें',
  'reminders.quiet': 'शांत घंटे',
  'reminders.quietOn': 'इन घंटों में कोई रिमाइंडर नहीं',
  'reminders.quietFrom': 'कब से',
  'reminders.quietTo': 'कब तक',
  'reminders.zone': 'मेरा टाइम ज़ोन',
  'reminders.save': 'रिमाइंडर सेटिंग्स सहेजें',
  'reminders.saved': 'आपकी रिमाइंडर सेटिंग्स सहेज ली गईं।',
  'reminders.test': 'मुझे एक टेस्ट रिमाइंडर भेजें',
  'reminders.testTooMany': 'अभी-अभी कुछ टेस्ट रिमाइंडर भेजे गए हैं। अगला माँगने से पहले कृपया थोड़ा रुकें।',
  'reminders.testPushSending':
    '{count, plural, one {पुश: # डिवाइस पर भेजा जा रहा है।} other {पुश: # डिवाइस पर भेजा जा रहा है।}}',
  'reminders.testPushNoDevice':
    'पुश: नहीं भेजा गया, अभी किसी डिवाइस पर रिमाइंडर चालू नहीं हैं (जिस-जिस डिवाइस पर चाहिए, वहाँ “इस डिवाइस पर रिमाइंडर” में इन्हें चालू करें)।',
  'reminders.testPushOff': 'पुश: नहीं भेजा गया, पुश से रिमाइंडर बंद हैं।',
  'reminders.testEmailSending': 'ईमेल: आपके पते पर भेजा जा रहा है।',
  'reminders.testEmailUnconfirmed':
    'ईमेल: नहीं भेजा गया, आपके ईमेल पते की पुष्टि अभी नहीं हुई है (सेटिंग्स से लिंक फिर से भेजा जा सकता है)।',
  'reminders.testEmailUnavailable': 'ईमेल: नहीं भेजा गया, यह सर्वर ईमेल नहीं भेज सकता।',
  'reminders.testEmailOff': 'ईमेल: नहीं भेजा गया, ईमेल से रिमाइंडर बंद हैं।',
  'reminders.pushTitle': 'इस डिवाइस पर रिमाइंडर',
  'reminders.pushOn': 'इस डिवाइस पर रिमाइंडर चालू करें',
  'reminders.pushDone': 'यह डिवाइस आपके रिमाइंडर दिखाएगा।',
  'reminders.pushUnsupported':
    'यह ब्राउज़र recipro के रिमाइंडर नहीं दिखा सकता। इसकी जगह ईमेल या कैलेंडर फ़ीड काम आएँगे।',
  'reminders.pushDenied':
    'इस ब्राउज़र में recipro के नोटिफ़िकेशन बंद हैं। इन्हें ब्राउज़र की साइट सेटिंग्स में चालू किया जा सकता है।',
  'reminders.pushIsOn': 'यह डिवाइस आपके रिमाइंडर दिखाता है।',
  'reminders.pushNotHere': 'यह डिवाइस अभी रिमाइंडर नहीं दिखाता।',
  'reminders.pushChecking': 'यह डिवाइस जाँचा जा रहा है…',
  'reminders.pushOff': 'इस डिवाइस पर बंद करें',
  'reminders.pushOffDone':
    'इस डिवाइस पर रिमाइंडर बंद हैं। आपके बाकी डिवाइस और ईमेल वैसे ही हैं, जैसे आपने छोड़े थे।',
  'reminders.pushOffFailed':
    'हम इस डिवाइस पर रिमाइंडर बंद नहीं कर सके। कृपया अपना कनेक्शन जाँचें और फिर कोशिश करें।',
  'reminders.pushFailed': 'हम इस डिवाइस पर रिमाइंडर चालू नहीं कर सके। कृपया बाद में फिर कोशिश करें।',
  'reminders.pushTaken': 'इस डिवाइस पर पहले से किसी और अकाउंट के रिमाइंडर आते हैं।',
  'reminders.pushLookupFailed': 'इस ब्राउज़र की पुश सेवा से अभी संपर्क नहीं हो सका। कृपया फिर कोशिश करें।',
  'reminders.calendarTitle': 'आपका कैलेंडर',
  'reminders.calendarIntro':
    'अपनी रस्में वहाँ देखने के लिए यह निजी पता अपने कैलेंडर ऐप में जोड़ें। इसे किसी और को न दें।',
  'reminders.calendarUrl': 'कैलेंडर फ़ीड का पता',
  'reminders.copy': 'कॉपी करें',
  'reminders.copied': 'कॉपी हो गया।',
  'reminders.newAddress': 'नया पता बनाएँ',
  'reminders.newAddressDone': 'पुराना पता अब काम नहीं करता; यह रहा नया पता।',
};
