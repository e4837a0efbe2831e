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

  'export.formerMember': 'एक पूर्व सदस्य',
};
