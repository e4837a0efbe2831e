/** Hindi messages of a question a day (the card on the circle's home and the question screen): the translation of en-questions.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enQuestions } from './en-questions.ts';

export const hiQuestions: CatalogueOf<typeof enQuestions> = {
  'question.title': 'आज का सवाल',
  'question.newer': 'यह सवाल इस पेज से नया है। इसे पढ़ने के लिए पेज फिर से लोड करें।',
  'question.card.intro': 'रोज़ एक छोटा-सा सवाल। जवाब अकेले में दें; जवाब साथ मिलकर पढ़ें।',
  'question.card.answer': 'आज के सवाल का जवाब दें',
  'question.card.read': 'जवाब साथ मिलकर पढ़ें',
  'question.card.open': 'आज का सवाल खोलें',
  'question.intro':
    'जवाब अकेले में दें। जब तक सबके जवाब न आ जाएँ, किसी का जवाब किसी को नहीं दिखता; फिर उन्हें साथ मिलकर पढ़ें।',
  'question.newEachDay': 'हर दिन {time} पर एक नया सवाल आता है।',
  'question.theme.exchanges': 'हम एक-दूसरे को क्या देते हैं',
  'question.theme.values': 'मूल्य और सम्मान',
  'question.theme.culture': 'हमारी जड़ें',
  'question.theme.care': 'देखभाल पाना',
  'question.theme.memories': 'यादें',
  'question.theme.hopes': 'उम्मीदें',
  'question.theme.appreciation': 'सराहना',
  'question.theme.repair': 'सुलह',
  'question.depth.light': 'हल्का-फुल्का',
  'question.depth.deeper': 'थोड़ा गहरा',
  'question.about': '{theme} · {depth}',

  'question.answer.label': 'आपका जवाब',
  'question.answer.hint': 'सबके जवाब आने तक यह सिर्फ़ आपको दिखता है।',
  'question.answer.late':
    'आज का सवाल आपके जुड़ने से पहले पूछा गया था। चाहें तो जवाब दें: अपना जवाब देने के बाद सबके जवाब आपको भी पढ़ने को मिलेंगे।',
  'question.answer.required': 'पहले कुछ शब्द लिखें: एक पंक्ति भी काफ़ी है।',
  'question.answer.submit': 'मेरा जवाब साझा करें',
  'question.answer.pending': 'साझा किया जा रहा है…',
  'question.answer.changed':
    'आपका जवाब पहुँचने से पहले आज का सवाल बदल गया (किसी ने दूसरा सवाल माँगा, या नया दिन शुरू हो गया), इसलिए कुछ भी सहेजा नहीं गया। सवाल अब जैसा है, वह यहाँ है।',
  'question.answer.already': 'आज के सवाल का आपका जवाब आ चुका है।',
  'question.answer.yours': 'आपका जवाब',

  'question.swap.button': 'दूसरा सवाल',
  'question.swap.pending': 'चुना जा रहा है…',
  'question.swap.hint':
    'आज के लिए यह सवाल ठीक नहीं लग रहा? दिन में एक बार, किसी के जवाब देने से पहले, आपमें से कोई भी दूसरा सवाल माँग सकता है।',
  'question.swap.done': 'आज के लिए यह रहा एक दूसरा सवाल।',
  'question.swap.refused':
    'आज का सवाल यही रहेगा: दूसरा सवाल पहले ही चुना जा चुका है, या किसी ने इसका जवाब दे दिया है।',
  'question.swapped': '“दूसरा सवाल” से चुना गया।',

  'question.answered.none': 'अभी तक किसी ने जवाब नहीं दिया है।',
  'question.answered.onlyYou': 'आपने जवाब दे दिया है।',
  'question.answered.withYou': '{names} ने जवाब दे दिया है।',
  'question.answered.one': '{name} ने जवाब दे दिया है।',
  'question.answered.many': '{names} ने जवाब दे दिया है।',
  'question.waiting': '{names} के जवाब का इंतज़ार है। सबके जवाब आ जाने पर सारे जवाब एक साथ दिखाए जाते हैं।',
  'question.waiting.card': '{names} के जवाब का इंतज़ार है।',
  'question.refresh': 'फिर से देखें',
  'question.you': 'आप',

  'question.revealed.title': 'आपके जवाब, एक साथ',
  'question.revealed.intro': 'सबने जवाब दे दिया है। थोड़ा समय लेकर उन्हें पढ़ें, और उनके बारे में एक-दूसरे से पूछें।',

  'question.past.title': 'पिछले दिन',
  'question.past.intro': 'वे दिन, जिनके जवाब आपने साथ मिलकर पढ़े।',
  'question.past.empty':
    'जिन दिनों के जवाब सबने साझा किए, वे यहाँ रखे जाएँगे, ताकि आप साथ मिलकर उन्हें फिर से देख सकें।',
  'question.past.older': 'और पहले के दिन दिखाएँ',
  'question.past.loadingOlder': 'पहले के दिन लोड हो रहे हैं…',
  'question.past.noOlder': 'अब तक के सारे दिन यही हैं।',
};
