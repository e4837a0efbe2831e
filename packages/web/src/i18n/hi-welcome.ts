/** Hindi messages of the signed-out welcome, the first-run path and a new circle's next steps: the translation of en-welcome.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enFirstRun, enNextSteps, enWelcome } from './en-welcome.ts';

export const hiWelcome: CatalogueOf<typeof enWelcome> = {
  'welcome.title': 'आपस की देखभाल पर ध्यान दें',
  'welcome.lead':
    'recipro जोड़ों, परिवारों, क़रीबी दोस्तों और छोटी टीमों के लिए एक छोटी, निजी जगह है, जहाँ हफ़्तों और महीनों के दौरान देखभाल देने और पाने की लय देखी जा सकती है।',
  'welcome.picture':
    'एक-दूसरे की ओर मुँह किए दो लोग, एक ओर जाता दिल और दूसरी ओर जाता चाय का कप, नीचे एक हल्की-सी लहर।',
  'welcome.points': 'recipro क्या है',
  'welcome.point.small.title': 'छोटे काम, जिन पर ध्यान जाए',
  'welcome.point.small.body':
    'एक कप चाय, ध्यान से सुनना या कोई योजना बनाना, एक टैप में दर्ज करें। जिस व्यक्ति को यह मिला, वह “मैंने ध्यान दिया” कह सकता है।',
  'welcome.point.rhythm.title': 'एक लय, कोई गिनती नहीं',
  'welcome.point.rhythm.body':
    'किसी को ऊपर-नीचे नहीं आँका जाता, और किसी के ख़िलाफ़ कुछ नहीं गिना जाता। व्यस्त महीना, कोई बीमारी या घर में नया बच्चा कुछ समय के लिए संतुलन बदल देता है; मायने समय के साथ बनी लय के हैं।',
  'welcome.point.private.title': 'शुरू से ही निजी',
  'welcome.point.private.body':
    'आत्म-चिंतन में आप जो लिखें, वह सिर्फ़ आपका रहता है। दूसरों को सिर्फ़ वही दिखता है जो आप साझा करना चुनें, और कभी भी यहाँ से जाना और अपना डेटा साथ ले जाना आपके हाथ में है।',
  'welcome.not':
    'recipro थेरेपी नहीं है, और किसी पर नज़र रखने का ज़रिया भी नहीं। यह रिश्ते में शामिल लोगों के लिए एक साधन है, और चाहें तो इसे किसी काउंसलर के पास भी ले जाया जा सकता है।',
  'welcome.signUp': 'अकाउंट बनाएँ',
  'welcome.signIn': 'साइन इन करें',
};

export const hiFirstRun: CatalogueOf<typeof enFirstRun> = {
  'firstRun.title': 'आपके पहले कदम',
  'firstRun.progress': '{count} में से कदम {step}',
  'firstRun.steps': 'आपके पहले कदम',
  'firstRun.notNow': 'अभी नहीं',
  'firstRun.notNow.hint': 'आगे का रास्ता कभी भी अपने सर्कलों से मिल जाएगा।',
  'firstRun.next': 'आगे',
  'firstRun.back': 'पीछे',
  'firstRun.finish': 'मेरे सर्कल पर जाएँ',
  'firstRun.stepDone': 'पूरा हुआ',
  'firstRun.step.circle': 'एक सर्कल बनाएँ',
  'firstRun.step.invite': 'किसी को न्योता दें',
  'firstRun.step.act': 'देखभाल का पहला काम दर्ज करें',
  'firstRun.step.noticed': '“मैंने ध्यान दिया” का मतलब',
  'firstRun.circle.body':
    'सर्कल यानी वे लोग, जिनके साथ आपका देखभाल का रिश्ता है: आप दोनों, आपका परिवार, क़रीबी दोस्त या एक छोटी टीम। इसे ऐसा नाम दें, जो आप सबके लिए जाना-पहचाना हो।',
  'firstRun.circle.made': 'आपका सर्कल “{name}” तैयार है।',
  'firstRun.invite.body':
    'recipro दोनों ओर से होने वाली देखभाल के बारे में है, इसलिए इसमें कम से कम एक और व्यक्ति चाहिए। उन्हें एक लिंक भेजें; आपकी मंज़ूरी के बाद उन्हें सर्कल में जगह मिल जाएगी।',
  'firstRun.invite.done':
    '“{name}” में किसी को न्योता भेजा गया है। बाद में सर्कल के मुख्य पेज से और लोगों को भी न्योता भेजा जा सकता है।',
  'firstRun.act.body':
    'आज आपने किसी के लिए जो कोई छोटा-सा काम किया हो, उसके बारे में सोचें: एक कप चाय, एक मैसेज, ध्यान से सुनना। उसे दर्ज करने के लिए देखभाल के उस रूप पर टैप करें।',
  'firstRun.act.waiting':
    '“{name}” में किसी के जुड़ते ही यहाँ उनके लिए देखभाल दर्ज की जा सकेगी। तब तक आगे पढ़ना ठीक है; यह रास्ता आपका इंतज़ार करेगा।',
  'firstRun.act.done': 'देखभाल का आपका पहला काम दर्ज हो गया।',
  'firstRun.noticed.body':
    'जब कोई आपके लिए देखभाल दर्ज करे, तो वह आपके सर्कल के मुख्य पेज पर दिखती है। “मैंने ध्यान दिया” पर टैप करने से उन्हें पता चलता है कि वह आप तक पहुँची: एक छोटा-सा शुक्रिया, कोई रेटिंग नहीं।',
  'firstRun.noticed.why':
    'जिस देखभाल पर ध्यान जाता है, वह अक्सर फिर से दी जाती है। हफ़्तों के दौरान, जो दिया गया और जिस पर ध्यान गया, उससे एक लय दिखती है, आपके बीच कोई गिनती कभी नहीं।',
  'firstRun.noticed.example': 'यह कैसा दिखता है',
  'firstRun.noticed.exampleAct': 'आपके लिए एक कप चाय बनाई',
  'firstRun.noticed.exampleFrom': 'व्यावहारिक मदद, आपके लिए',
  'firstRun.noticed.exampleButton': 'मैंने ध्यान दिया',
  'firstRun.noticed.private':
    'आपने किस पर ध्यान नहीं दिया, यह किसी को नहीं बताया जाता, और यहाँ कुछ भी दो लोगों के बीच की गिनती के रूप में नहीं दिखाया जाता।',
  'firstRun.card.title': 'अपने पहले कदम जारी रखें',
  'firstRun.card.next.circle':
    'अगला कदम: उन लोगों के लिए एक सर्कल बनाएँ, जिनके साथ आपका देखभाल का रिश्ता है।',
  'firstRun.card.next.invite': 'अगला कदम: अपने सर्कल में किसी को न्योता दें।',
  'firstRun.card.next.act': 'अगला कदम: देखभाल का पहला काम दर्ज करें।',
  'firstRun.card.next.noticed': 'अगला कदम: “मैंने ध्यान दिया” का मतलब।',
  'firstRun.card.continue': 'जारी रखें',
};

export const hiNextSteps: CatalogueOf<typeof enNextSteps> = {
  'nextSteps.title': 'आगे क्या करें',
  'nextSteps.intro': 'इस सर्कल में अभी तक कुछ दर्ज नहीं हुआ है। कुछ छोटे कदमों से शुरुआत हो जाएगी।',
  'nextSteps.balanceIntro':
    'कुछ देखभाल दर्ज होने पर, कुछ ही दिनों में, संतुलन यहाँ दिखने लगेगा। तब तक चार्ट में दिखाने को कुछ नहीं है।',
  'nextSteps.invite': 'किसी को अपने साथ जुड़ने का न्योता दें।',
  'nextSteps.invite.here': 'उन्हें लिंक भेजने के लिए इस पेज पर “किसी को न्योता दें” का इस्तेमाल करें।',
  'nextSteps.letIn': 'किसी ने शामिल होने का अनुरोध किया है: उन्हें शामिल करें।',
  'nextSteps.log': 'देखभाल का पहला काम दर्ज करें: आपने जो देखभाल दी, उसके रूप पर टैप करें।',
  'nextSteps.log.waiting': 'किसी के जुड़ जाने पर देखभाल का पहला काम दर्ज करें।',
  'nextSteps.notice': 'जब आपके लिए देखभाल दर्ज हो, तो “मैंने ध्यान दिया” पर टैप करें।',
  'nextSteps.toCircle': 'सर्कल के मुख्य पेज पर जाएँ',
  'nextSteps.done': 'हो गया',
};
