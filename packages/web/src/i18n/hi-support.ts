/** Hindi messages of the Support page, the quiet support card and Quick exit: the translation of en-support.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enSupport } from './en-support.ts';

export const hiSupport: CatalogueOf<typeof enSupport> = {
  'header.support': 'मदद',

  'quickExit.label': 'तुरंत बाहर निकलें',
  'quickExit.hint': 'recipro को अभी छोड़कर एक साधारण वेब पेज पर जाएँ। Esc दो बार दबाने से भी यही होता है।',

  'supportPage.title': 'मदद',
  'supportPage.intro':
    'अगर आपको डर लगता है, आपको क़ाबू में रखा जा रहा है या आप सुरक्षित नहीं हैं, या आपके मन में ख़ुद को चोट पहुँचाने के ख़याल आ रहे हैं, तो आप मदद के हक़दार हैं, और आपको यह सब अकेले नहीं सहना है।',
  'supportPage.emergency.title': 'क्या आप अभी ख़तरे में हैं?',
  'supportPage.emergency.body': 'आप जहाँ हैं, वहाँ के आपातकालीन नंबर पर फ़ोन करें: {country} में {number}।',
  'supportPage.emergency.anywhere': 'अपने इलाक़े के आपातकालीन नंबर पर फ़ोन करें।',
  'supportPage.can.title': 'recipro क्या कर सकता है और क्या नहीं',
  'supportPage.can.notEmergency':
    'recipro कोई आपातकालीन सेवा नहीं है। आपका लिखा कोई नहीं देखता, और अगर आप लिखें कि आप ख़तरे में हैं, तो भी कोई मदद के लिए नहीं आएगा।',
  'supportPage.can.notTherapy':
    'recipro थेरेपी या काउंसलिंग नहीं है, और यह तय नहीं कर सकता कि कोई रिश्ता सुरक्षित है या नहीं।',
  'supportPage.can.private':
    'जब आपकी लिखी किसी बात में डर, क़ाबू में रखे जाने या चोट पहुँचाए जाने की बात होती है, तो recipro आपको, और सिर्फ़ आपको, चुपचाप इस पेज का एक लिंक दिखाता है। आपके सर्कलों में किसी और को इसकी ख़बर नहीं दी जाती, और इस बारे में कुछ भी सहेजा नहीं जाता।',
  'supportPage.can.who':
    'इस पेज की हेल्पलाइनों पर ऐसे लोग जवाब देते हैं जिन्हें सिखाया गया है कि आपकी बात गोपनीय रखते हुए सुनें, और आगे क्या करना है, यह सोचने में आपकी मदद करें।',
  'supportPage.lines.title': 'हेल्पलाइन',
  'supportPage.country': 'देश',
  'supportPage.country.other': 'कोई और देश',
  'supportPage.country.none':
    'अपने देश की हेल्पलाइन देखने के लिए अपना देश चुनें। बाकी सब जगहों के लिए, नीचे दी गई सूचियों में दुनिया भर की हेल्पलाइन हैं।',
  'supportPage.international.title': 'दुनिया में कहीं भी',
  'supportPage.call': '{number} पर फ़ोन करें',
  'supportPage.text': '{number} पर मैसेज भेजें',
  'supportPage.website': 'वेबसाइट',
  'supportPage.source': '{site} पर जाँचा गया',
  'supportPage.purpose.abuse': 'घरेलू हिंसा और दबाव डालकर क़ाबू में रखना, हर किसी के लिए',
  'supportPage.purpose.abuseWomen': 'घरेलू हिंसा और महिलाओं के ख़िलाफ़ हिंसा',
  'supportPage.purpose.abuseMen': 'घरेलू हिंसा, पुरुषों के लिए',
  'supportPage.purpose.crisis': 'संकट, और आत्महत्या या ख़ुद को चोट पहुँचाने के ख़याल',
  'supportPage.purpose.directory': 'दूसरे देशों की हेल्पलाइन',
  'supportPage.privacy.title': 'अपनी निजता बनाए रखना',
  'supportPage.privacy.exit':
    '“तुरंत बाहर निकलें” हर स्क्रीन में सबसे ऊपर है: यह recipro को फ़ौरन छोड़कर एक साधारण सर्च पेज खोल देता है। Esc दो बार दबाने से भी यही होता है।',
  'supportPage.privacy.history':
    'आपका ब्राउज़र आपके खोले गए पेजों का इतिहास रखता है। अगर यह डिवाइस किसी और के इस्तेमाल में भी आता है, तो प्राइवेट विंडो कम निशान छोड़ती है।',

  'supportCard.title': 'यह सिर्फ़ आपको दिख रहा है',
  'supportCard.body':
    'आपने जो लिखा, उसकी कुछ बातों में डर, क़ाबू में रखे जाने या चोट पहुँचाए जाने की बात है। अगर हालात मुश्किल या असुरक्षित लग रहे हैं, तो मदद मौजूद है।',
  'supportCard.link': 'मदद पाएँ',
};
