/** Hindi messages of the updates between members (the bell in the header and the Updates screen): the translation of en-updates.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enUpdates } from './en-updates.ts';

export const hiUpdates: CatalogueOf<typeof enUpdates> = {
  'updates.title': 'अपडेट',
  'updates.intro': 'आपके सर्कलों में दूसरों ने जो किया और जिसका आपसे संबंध है, सबसे नया सबसे ऊपर।',
  'updates.empty':
    'अभी सब शांत है। जब आपके सर्कलों में कोई आपकी ओर हाथ बढ़ाए या आपके साथ साझा की गई किसी चीज़ को बदले, तो आपको यहाँ पता चलेगा।',
  'updates.list': 'आपके अपडेट',
  'updates.new': 'नया',
  'updates.markAll': 'सबको पढ़ा हुआ चिह्नित करें',
  'updates.markingAll': 'चिह्नित किया जा रहा है…',
  'updates.markedAll': 'सब देख लिया: यहाँ सब कुछ पढ़ा हुआ चिह्नित है।',
  'updates.older': 'पुराने अपडेट दिखाएँ',
  'updates.loadingOlder': 'पुराने अपडेट लोड हो रहे हैं…',
  'updates.noOlder': 'बस, इतना ही है।',

  'updates.bell': '{count, plural, one {अपडेट, # बिना पढ़ा} other {अपडेट, # बिना पढ़े}}',
  'updates.bell.none': 'अपडेट, कोई बिना पढ़ा नहीं',
  'updates.bell.many': '{count}+',

  // These two stand in for {name} and {circle}, which below are always followed by a
  // postposition (ने, को, में), so they take the oblique form: “किसी ने”, “आपके किसी सर्कल में”.
  'updates.someone': 'किसी',
  'updates.someCircle': 'आपके किसी सर्कल',

  'updates.kind.invitation_accepted': '{name} ने {circle} में शामिल होने का अनुरोध किया।',
  'updates.kind.member_admitted': '{name} ने {circle} में किसी नए व्यक्ति को शामिल किया।',
  'updates.kind.member_admitted.unnamed': '{circle} में किसी नए व्यक्ति को शामिल किया गया है।',
  'updates.kind.welcome': '{name} ने आपको {circle} में शामिल किया। आपका स्वागत है!',
  'updates.kind.act_questioned':
    '{name} को {circle} में आपका दर्ज किया देखभाल का एक काम पहचान में नहीं आया। चाहें तो इसे बदलें या वापस लें।',
  'updates.kind.season_suggested':
    '{name} ने {circle} में आपके बारे में एक दौर का सुझाव दिया। इसे मानना या न मानना आपके हाथ में है।',
  'updates.kind.season_answered': '{name} ने {circle} में आपके सुझाए दौर का जवाब दिया।',
  'updates.kind.season_answered.accepted': '{name} ने {circle} में आपका सुझाया दौर मान लिया।',
  'updates.kind.season_answered.declined': '{name} ने {circle} में आपके सुझाए दौर के लिए मना कर दिया।',
  'updates.kind.handover_proposed':
    '{name} ने {circle} में आपके साथ काम सौंपने का एक प्रस्ताव रखा। यह आपके जवाब का इंतज़ार कर रहा है।',
  'updates.kind.handover_answered': '{name} ने {circle} में काम सौंपने के आपके प्रस्ताव का जवाब दिया।',
  'updates.kind.handover_answered.accepted':
    '{name} ने {circle} में काम सौंपने का आपका प्रस्ताव मान लिया।',
  'updates.kind.handover_answered.declined':
    '{name} ने {circle} में काम सौंपने के आपके प्रस्ताव के लिए मना कर दिया।',
  'updates.kind.responsibility_changed':
    '{name} ने {circle} में आपके साथ साझा एक ज़िम्मेदारी में बदलाव किया।',
  'updates.kind.responsibility_removed': '{name} ने {circle} में आपके साथ साझा एक ज़िम्मेदारी हटा दी।',
  'updates.kind.ritual_changed': '{name} ने {circle} में आपके साथ साझा एक रस्म में बदलाव किया।',
  'updates.kind.ritual_stopped': '{name} ने {circle} में आपके साथ साझा एक रस्म रोक दी।',
  'updates.kind.removed_from_circle': 'अब आप {circle} में नहीं हैं।',
  'updates.kind.removed_from_circle.unnamed': 'अब आप अपने एक पुराने सर्कल में नहीं हैं।',
  'updates.kind.reset_requested':
    '{name} ने {circle} में एक मुश्किल पल के बारे में “चलो, फिर से शुरू करें” कहा। जल्दी और नरमी से जवाब में हाथ बढ़ाना ही मदद करता है।',
  'updates.kind.rupture_waiting':
    '{name} ने कहा कि {circle} में एक मुश्किल पल पर उनकी ओर से सुलह हो गई है। जब आपको भी ऐसा लगे, तो आप भी बताएँ।',
  'updates.kind.rupture_repaired': '{circle} में एक मुश्किल पल पर उसमें शामिल सभी की ओर से सुलह हो गई है।',
  'updates.kind.repair_guide_waiting':
    '{circle} में एक मुश्किल पल को बात करके सुलझाने के लिए आपके जवाबों का इंतज़ार है, जब भी आपका मन शांत हो। सबके पूरा करने तक किसी के जवाब किसी को नहीं दिखते।',
  'updates.kind.repair_guide_revealed':
    '{circle} में सबने एक मुश्किल पल को बात करके सुलझाने का काम पूरा कर लिया है: अब इसे साथ मिलकर पढ़ें।',
  'updates.kind.need_shared': '{name} ने {circle} में आपसे एक ज़रूरत साझा की।',
  'updates.kind.checkin_opened': '{name} ने {circle} में एक हालचाल शुरू किया। अपनी सुविधा से इसका जवाब दें।',
  'updates.kind.checkin_opened.scheduled':
    '{circle} में, सर्कल की योजना के मुताबिक़, एक हालचाल शुरू हुआ। अपनी सुविधा से इसका जवाब दें।',
  'updates.kind.checkin_waiting':
    '{circle} में एक हालचाल आपके जवाबों का इंतज़ार कर रहा है। सबके जवाब आने तक किसी के जवाब किसी को नहीं दिखते।',
  'updates.kind.checkin_ready': '{circle} में सबने एक हालचाल का जवाब दे दिया है: अब इसे साथ मिलकर देखें।',
  'updates.kind.values_opened':
    '{name} ने {circle} में मूल्यों पर एक बातचीत शुरू की। अपनी सुविधा से इसका जवाब दें।',
  'updates.kind.values_waiting':
    '{circle} में मूल्यों पर एक बातचीत आपके जवाबों का इंतज़ार कर रही है। सबके जवाब आने तक किसी के जवाब किसी को नहीं दिखते।',
  'updates.kind.values_ready':
    '{circle} में सबने मूल्यों पर एक बातचीत का जवाब दे दिया है: अब इसे साथ मिलकर पढ़ें।',
  'updates.kind.act_noticed': '{circle} में किसी ने आज आपकी दी हुई देखभाल पर ध्यान दिया।',
  'updates.kind.question_answered':
    '{circle} में सबने आज के सवाल का जवाब दे दिया है: अब जवाब साथ मिलकर पढ़ें।',
  'updates.kind.other': '{circle} में कुछ बदला है।',

  // Reminder settings: which updates also come by push or email.
  'updates.choice.title': 'आपके सर्कलों से अपडेट',
  'updates.choice.intro':
    'हर अपडेट recipro में दिखता है। चुनें कि कौन-से अपडेट आपके डिवाइस पर (पुश) या ईमेल से भी आप तक पहुँचें।',
  'updates.choice.introPush':
    'हर अपडेट recipro में दिखता है। चुनें कि कौन-से अपडेट आपके डिवाइस पर (पुश) भी आप तक पहुँचें।',
  'updates.choice.limit':
    'दिन में ज़्यादा से ज़्यादा {count} पुश; उसके बाद अपडेट रुक जाते हैं और अगली सुबह एक साथ आते हैं। “चलो, फिर से शुरू करें” हमेशा तुरंत आता है, जब तक कि आपके शांत घंटे उसे रोक न लें।',
  'updates.choice.pushOff': 'ऊपर पुश बंद है, इसलिए अभी इनमें से कोई भी आपके डिवाइस तक नहीं पहुँचेगा।',
  'updates.choice.emailOff': 'ऊपर ईमेल बंद है, इसलिए अभी इनमें से कोई भी ईमेल से नहीं भेजा जाएगा।',
  'updates.choice.emailConfirmed': 'ईमेल सिर्फ़ पुष्टि किए गए पते पर जाते हैं।',
  'updates.choice.push': 'पुश',
  'updates.choice.email': 'ईमेल',
  'updates.choice.group.repair': 'सुलह और हाथ बढ़ाना',
  'updates.choice.group.rounds': 'हालचाल, मूल्यों पर बातचीत और आज का सवाल',
  'updates.choice.group.together': 'बोझ बाँटना, रस्में और दौर',
  'updates.choice.group.circles': 'आपके सर्कलों में कौन है',
  'updates.choice.kind.reset_requested': 'जब कोई “चलो, फिर से शुरू करें” कहे',
  'updates.choice.kind.rupture_waiting': 'जब किसी सुलह को आपके “मेरी ओर से सुलह हो गई” का इंतज़ार हो',
  'updates.choice.kind.rupture_repaired': 'जब किसी मुश्किल पल पर सबकी ओर से सुलह हो जाए',
  'updates.choice.kind.repair_guide_waiting':
    'जब किसी मुश्किल पल को बात करके सुलझाने के लिए आपके जवाबों का इंतज़ार हो',
  'updates.choice.kind.repair_guide_revealed':
    'जब बात करके सुलझाने के जवाब साथ मिलकर पढ़ने के लिए तैयार हों',
  'updates.choice.kind.need_shared': 'जब कोई आपसे कोई ज़रूरत साझा करे',
  'updates.choice.kind.act_noticed': 'जब कोई आपकी दी हुई देखभाल पर ध्यान दे',
  'updates.choice.kind.act_questioned': 'जब किसी को आपका दर्ज किया कोई काम पहचान में न आए',
  'updates.choice.kind.question_answered': 'जब सबने आज के सवाल का जवाब दे दिया हो',
  'updates.choice.kind.checkin_opened': 'जब कोई हालचाल शुरू हो',
  'updates.choice.kind.checkin_waiting': 'जब कोई हालचाल आपके जवाबों का इंतज़ार करे',
  'updates.choice.kind.checkin_ready': 'जब कोई हालचाल साथ मिलकर देखने के लिए तैयार हो',
  'updates.choice.kind.values_opened': 'जब मूल्यों पर कोई बातचीत शुरू हो',
  'updates.choice.kind.values_waiting': 'जब मूल्यों पर कोई बातचीत आपके जवाबों का इंतज़ार करे',
  'updates.choice.kind.values_ready': 'जब मूल्यों पर कोई बातचीत साथ मिलकर पढ़ने के लिए तैयार हो',
  'updates.choice.kind.handover_proposed': 'जब कोई आपके सामने काम सौंपने का प्रस्ताव रखे',
  'updates.choice.kind.handover_answered': 'जब काम सौंपने के आपके प्रस्ताव का जवाब आए',
  'updates.choice.kind.responsibility_changed': 'जब आपके साथ साझा कोई ज़िम्मेदारी बदली जाए',
  'updates.choice.kind.responsibility_removed': 'जब आपके साथ साझा कोई ज़िम्मेदारी हटाई जाए',
  'updates.choice.kind.ritual_changed': 'जब आपके साथ साझा कोई रस्म बदली जाए',
  'updates.choice.kind.ritual_stopped': 'जब आपके साथ साझा कोई रस्म रोकी जाए',
  'updates.choice.kind.season_suggested': 'जब कोई आपके बारे में किसी दौर का सुझाव दे',
  'updates.choice.kind.season_answered': 'जब आपके सुझाए दौर का जवाब आए',
  'updates.choice.kind.invitation_accepted': 'जब कोई किसी सर्कल में शामिल होने का अनुरोध करे',
  'updates.choice.kind.member_admitted': 'जब किसी सर्कल में किसी नए व्यक्ति को शामिल किया जाए',
  'updates.choice.kind.welcome': 'जब आपको किसी सर्कल में शामिल किया जाए',
  'updates.choice.kind.removed_from_circle': 'जब आप किसी सर्कल में न रहें',
};
