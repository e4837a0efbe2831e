/** Hindi messages of guided repair (“Talk it through” on a hard moment): the translation of en-repair-guide.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enRepairGuide } from './en-repair-guide.ts';

export const hiRepairGuide: CatalogueOf<typeof enRepairGuide> = {
  'repairGuide.title': 'बात करके सुलझाएँ',
  'repairGuide.intro':
    'एक मुश्किल पल के बारे में कुछ छोटे कदम। आपमें से हर एक अकेले में जवाब दे; जब तक सब पूरा न कर लें, किसी के जवाब किसी को नहीं दिखते, और फिर आप उन्हें साथ मिलकर पढ़ें।',
  'repairGuide.moment': '{date} के पल के बारे में।',
  'repairGuide.back': '“सुलह” पर वापस जाएँ',
  'repairGuide.progress': '{total} में से कदम {step}',
  'repairGuide.next': 'आगे',
  'repairGuide.previous': 'पीछे',
  'repairGuide.saving': 'सहेजा जा रहा है…',
  'repairGuide.private': 'सबके पूरा करने तक यह सिर्फ़ आपको दिखेगा।',
  'repairGuide.stillFinished':
    'आपने पूरा कर लिया है, इसलिए आपके जवाबों में ठहराव वाले कदम पर “हाँ” और कम से कम एक लिखा हुआ कदम बना रहना चाहिए।',
  'repairGuide.conflict':
    'इस बीच सबने पूरा कर लिया है, इसलिए जवाब अब नहीं बदलेंगे। उन्हें साथ मिलकर पढ़ने के लिए पेज फिर से लोड करें।',

  'repairGuide.pause.title': 'क्या अब बात करने के लिए मन शांत है?',
  'repairGuide.pause.hint':
    'कोई जवाब ग़लत नहीं है। परेशानी में बात करने से शायद ही कभी मदद मिलती है; थोड़ा रुकने से अक्सर मिलती है।',
  'repairGuide.pause.ready': 'हाँ, अब मन शांत है',
  'repairGuide.pause.notYet': 'अभी नहीं',
  'repairGuide.pause.choose': 'आगे बढ़ने के लिए एक चुनें। “अभी नहीं” भी एक ठीक जवाब है।',
  'repairGuide.pause.rest.title': 'चलिए, अभी थोड़ा रुकें',
  'repairGuide.pause.rest':
    'शांत होने में आम तौर पर बीस मिनट या उससे ज़्यादा लगते हैं। कुछ सुकून देने वाला करने से मदद मिलती है: थोड़ी देर टहलना, एक गिलास पानी, कुछ धीमी साँसें।',
  'repairGuide.when.today': '{time}',
  'repairGuide.when.day': '{day}, {time}',
  'repairGuide.pause.comeBack':
    'लगभग {time} पर लौटें, या जब भी आप तैयार महसूस करें। एक दिन के भीतर लौटना एक नरम-सा लक्ष्य है, कोई समय-सीमा नहीं।',
  'repairGuide.pause.others':
    'आपमें से किसी को थोड़ा और समय चाहिए, और यह सुलह का हिस्सा है, पीछे हटना नहीं। तब तक चाहें तो अपने जवाब लिख लें; गाइड का सुझाव है कि लगभग {time} पर लौटें।',

  'repairGuide.step.saw': 'क्या हुआ, आपकी नज़र से',
  'repairGuide.step.saw.hint':
    '“मैं” से और जो आपने महसूस किया उससे शुरू करें, और इंसान के बजाय उस पल के बारे में बताएँ। शुरुआत नरम हो, तो बात सुनी जानी आसान हो जाती है।',
  'repairGuide.step.myPart': 'इसमें आपका हिस्सा',
  'repairGuide.step.myPart.hint':
    'सिर्फ़ अपना हिस्सा, चाहे वह छोटा ही क्यों न हो। जब एक चोट का जवाब दूसरी चोट से दिया जाता है, तो बात बढ़ती चली जाती है; अपना हिस्सा कह देना ही इस गाँठ को खोलने की शुरुआत है।',
  'repairGuide.step.needed': 'आपको क्या चाहिए था',
  'repairGuide.step.needed.hint':
    'उस पल के नीचे छिपी ज़रूरत। इसे साफ़-साफ़ कहने से बाकी लोगों को समझने में मदद मिलती है कि बात असल में किस बारे में थी।',
  'repairGuide.step.wouldHelp': 'अब किस चीज़ से मदद मिलेगी',
  'repairGuide.step.wouldHelp.hint': 'कुछ छोटा और करने लायक़, आज या जल्द ही।',
  'repairGuide.step.agreement': 'एक छोटी बात, जिस पर सहमति हो',
  'repairGuide.step.agreement.hint':
    'अगली बार आज़माने के लिए एक छोटी बात सुझाएँ। सबके पूरा कर लेने पर सभी को ये सुझाव दिखते हैं, और हर सुझाव पर “मैं साथ हूँ” कहा जा सकता है।',
  'repairGuide.step.blank': 'कोई कदम ख़ाली भी छोड़ा जा सकता है।',

  'repairGuide.examples': 'शुरुआत के लिए कुछ उदाहरण',
  'repairGuide.examples.caption':
    'ये सिर्फ़ उदाहरण हैं: इन्हें अपने शब्दों में कहें। ये वह कहने के लिए हैं जो आपके लिए सच है, किसी के ख़िलाफ़ इस्तेमाल करने के लिए कभी नहीं।',
  'repairGuide.examples.use': 'इससे शुरू करें',
  'repairGuide.examples.use.label': 'इस उदाहरण से शुरू करें: {example}',
  'repairGuide.examples.saw.1':
    'जब आख़िरी वक़्त पर योजना बदल गई, तो मुझे लगा कि मुझे छोड़ दिया गया, और थोड़ी झेंप भी हुई।',
  'repairGuide.examples.saw.2':
    'जब दिन भर मेरे मैसेज का कोई जवाब नहीं आया, तो मुझे चिंता होने लगी, और फिर ग़ुस्सा आ गया।',
  'repairGuide.examples.saw.3':
    'जब हमने पैसों की बात की, तो मुझे लगा जैसे मुझे घेर लिया गया हो, और मेरी आवाज़ मेरे चाहे से ज़्यादा ऊँची हो गई।',
  'repairGuide.examples.saw.4':
    'जब मेरे सुझाव को अनदेखा कर दिया गया, तो मुझे लगा कि मुझे कोई देख ही नहीं रहा।',
  'repairGuide.examples.myPart.1': 'मैंने यह कहने के बजाय कि मुझे थकान है, अपनी आवाज़ ऊँची कर दी।',
  'repairGuide.examples.myPart.2': 'मैंने पुरानी बातें छेड़ दीं, जिनका आज से कोई लेना-देना नहीं था।',
  'repairGuide.examples.myPart.3':
    'मैंने चुप्पी साध ली, और यह बताए बिना कि मुझे थोड़ा रुकना है, बातचीत बीच में ही छोड़ दी।',
  'repairGuide.examples.myPart.4': 'मैंने एक चोट का जवाब अपनी ओर से एक और चोट से दिया।',
  'repairGuide.examples.myPart.5': 'मैंने पूछने के बजाय ख़ुद ही अंदाज़ा लगा लिया कि क्या मतलब था।',
  'repairGuide.examples.needed.1': 'हल ढूँढने से पहले मुझे यह महसूस होना ज़रूरी था कि मेरी बात सुनी गई।',
  'repairGuide.examples.needed.2': 'मुझे थोड़ी मदद चाहिए थी, और मैंने माँगी नहीं।',
  'repairGuide.examples.needed.3': 'बात करने से पहले मुझे थोड़ी शांति चाहिए थी।',
  'repairGuide.examples.needed.4': 'मुझे यह जानना था कि हम एक ही तरफ़ हैं।',
  'repairGuide.examples.wouldHelp.1':
    'दस मिनट, जिनमें हम बिना कुछ सुलझाने की कोशिश किए बस एक-दूसरे को सुनें।',
  'repairGuide.examples.wouldHelp.2': 'कोई प्यार भरी बात, और दोबारा बात करने से पहले थोड़ा समय।',
  'repairGuide.examples.wouldHelp.3': 'आज शाम थोड़ा अपना वक़्त, और कल एक नई शुरुआत।',
  'repairGuide.examples.wouldHelp.4': 'यह सुनना कि यह बात आपके लिए भी अहम है; मेरे लिए तो है।',
  'repairGuide.examples.agreement.1':
    'जब हममें से किसी को रुकना हो, तो हम “ज़रा रुकें” कहें और एक घंटे के भीतर लौट आएँ।',
  'repairGuide.examples.agreement.2': 'रविवार को हम हफ़्ते की योजनाएँ साथ बैठकर देखें।',
  'repairGuide.examples.agreement.3': 'जब मुझे थकान हो, तो बात झगड़े तक पहुँचने से पहले ही मैं बता दूँ।',
  'repairGuide.examples.agreement.4': 'हम बारी-बारी से दो-दो मिनट बोलें, बिना बीच में टोके।',

  'repairGuide.review.title': 'साझा करने के लिए तैयार?',
  'repairGuide.review.hint':
    'आपने जो लिखा, वह यह है। जब तक इसमें शामिल सब पूरा न कर लें, कुछ भी साझा नहीं होगा, और तब तक इसे बदला भी जा सकता है।',
  'repairGuide.review.pause.ready': 'बात करने के लिए आपका मन शांत है।',
  'repairGuide.review.pause.notYet':
    'आपने “अभी नहीं” कहा। जब तक आप तैयार महसूस न करें, पूरा करना रुका रहेगा।',
  'repairGuide.review.blank': 'ख़ाली छोड़ा गया',
  'repairGuide.review.edit': 'बदलें',
  'repairGuide.review.edit.label': '“{step}” का अपना जवाब बदलें',
  'repairGuide.finish': 'मेरा हो गया',
  'repairGuide.finish.pending': 'पूरा किया जा रहा है…',
  'repairGuide.finish.again': 'मेरे बदलाव सहेजें',
  'repairGuide.finish.nothing': 'पहले कम से कम एक कदम में कुछ लिखें; कोई भी कदम चलेगा।',
  'repairGuide.finish.notReady': 'जब मन शांत लगे, तो पहले कदम में यह बताएँ; उसके बाद पूरा किया जा सकता है।',

  'repairGuide.waiting.title': 'आपने पूरा कर लिया है',
  'repairGuide.waiting': '{names} के पूरा करने का इंतज़ार है। उसके बाद सबके जवाब साथ मिलकर पढ़े जाएँगे।',
  'repairGuide.waiting.body':
    'तब तक आपके जवाब निजी रहेंगे, और उन्हें अब भी बदला जा सकता है। समय निकालने के लिए शुक्रिया।',
  'repairGuide.waiting.change': 'मेरे जवाब बदलें',

  'repairGuide.reveal.title': 'साथ मिलकर पढ़ें',
  'repairGuide.reveal.intro':
    'सबने पूरा कर लिया है। धीरे-धीरे पढ़ें, और यह सुनने की कोशिश करें कि आपमें से हर एक को क्या चाहिए था; जो हुआ, उसकी हर बारीकी पर सहमत होना ज़रूरी नहीं है।',
  'repairGuide.reveal.saw': 'क्या हुआ, हर एक की नज़र से',
  'repairGuide.reveal.myPart': 'हर एक का अपना हिस्सा',
  'repairGuide.reveal.needed': 'आपमें से हर एक को क्या चाहिए था',
  'repairGuide.reveal.wouldHelp': 'अब किस चीज़ से मदद मिलेगी',
  'repairGuide.reveal.blank': 'ख़ाली छोड़ा गया',

  'repairGuide.agreement.title': 'एक छोटी-सी सहमति',
  'repairGuide.agreement.intro':
    'हर सुझाव आज़माने के लिए एक छोटी बात है। बताएँ कि आप किन सुझावों में साथ हैं; जब सब साथ हों, तो सहमति हो जाती है।',
  'repairGuide.agreement.none':
    'इस बार किसी ने कुछ नहीं सुझाया। आज़माने लायक़ कोई छोटी बात बातचीत से अब भी निकल सकती है।',
  'repairGuide.agreement.byYou': 'आपका सुझाव',
  'repairGuide.agreement.by': '{name} का सुझाव',
  'repairGuide.agreement.in': 'मैं साथ हूँ',
  'repairGuide.agreement.in.label': 'मैं साथ हूँ: {proposal}',
  'repairGuide.agreement.agreed': 'इसमें शामिल सभी की सहमति',
  'repairGuide.agreement.notYet': 'इस पर अभी सब साथ नहीं हैं।',
  'repairGuide.agreement.saved': 'सहेजा गया।',

  'repairGuide.repaired.hint':
    'अगर अब आपको लगता है कि इस पल पर आपकी ओर से सुलह हो गई है, तो यहाँ बता दें।',
  'repairGuide.repaired.done': 'आपकी ओर से सुलह हो गई। बात करके सुलझाने के लिए शुक्रिया।',
};
