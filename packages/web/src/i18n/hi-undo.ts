/** Hindi messages for taking a tap back and asking before a change: the translation of en-undo.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enUndo } from './en-undo.ts';

export const hiUndo: CatalogueOf<typeof enUndo> = {
  'undo.action': 'वापस लें',
  'undo.pending': 'वापस लिया जा रहा है…',
  'undo.close': 'यह संदेश बंद करें',
  'undo.logged.undone': 'वापस ले लिया। कुछ भी दर्ज नहीं हुआ।',
  'undo.noticed': 'आपने {name} की ओर से {form} पर ध्यान दिया।',
  'undo.noticed.undone': 'वापस ले लिया। अब इस पर “ध्यान दिया” का निशान नहीं है।',
  'undo.questioned': 'आपने कहा कि {name} की ओर से दर्ज {form} की बात आपको पहचान में नहीं आती।',
  'undo.questioned.undone': 'वापस ले लिया। अब यह फिर से शामिल है।',
  'undo.taken.undone': 'लौटा दिया। “{title}” में सब पहले जैसा है।',
  'undo.thanked.undone': 'वापस ले लिया। आपका शुक्रिया अब वहाँ नहीं है।',
  'undo.done.undone': 'वापस ले लिया। अब इस पर “हो गया” का निशान नहीं है।',

  'confirm.ritual.stop':
    'रस्म “{title}” इसमें शामिल सभी लोगों के लिए रुक जाएगी: आगे कोई रिमाइंडर नहीं आएगा, और यह इस सूची से हट जाएगी।',
  'confirm.ritual.stop.yes': 'इसे रोकें',
  'confirm.ritual.stop.pending': 'रोका जा रहा है…',
  'confirm.ritual.stop.keep': 'इसे जारी रखें',
  'confirm.load.remove':
    'ज़िम्मेदारी “{title}” सर्कल में सभी के लिए “बोझ बाँटें” से हट जाएगी, और साथ में यह भी कि हर चरण किसके ज़िम्मे था।',
  'confirm.load.remove.yes': 'इसे हटाएँ',
  'confirm.season.end':
    'यह दौर आज ख़त्म हो जाएगा। यह आपके इतिहास में बना रहेगा, और संतुलन अब इसके लिए गुंजाइश नहीं रखेगा।',
  'confirm.season.end.yes': 'आज ख़त्म करें',
  'confirm.season.end.pending': 'ख़त्म किया जा रहा है…',
  'confirm.season.remove': 'यह दौर मिटा दिया जाएगा, और संतुलन अब उन दिनों के लिए गुंजाइश नहीं रखेगा।',
  'confirm.season.remove.yes': 'इसे मिटाएँ',
  'confirm.device.signOut':
    '{device} से साइन आउट हो जाएगा। वहाँ recipro इस्तेमाल करने के लिए फिर से आपका पासवर्ड चाहिए होगा।',
  'confirm.device.signOut.yes': 'साइन आउट करें',
  'confirm.device.others': 'बाकी सभी डिवाइसों से साइन आउट हो जाएगा। यह डिवाइस साइन इन रहेगा।',
  'confirm.device.others.yes': 'बाकी सबसे साइन आउट करें',
  'confirm.calendar.renew':
    'पुराना पता काम करना बंद कर देगा: जो कैलेंडर उसका इस्तेमाल करता है, उसमें तब तक कोई रस्म नहीं आएगी जब तक आप नया पता न जोड़ें।',
  'confirm.calendar.renew.yes': 'हाँ, नया पता बनाएँ',
  'confirm.calendar.renew.pending': 'नया पता बनाया जा रहा है…',
  'confirm.request.decline':
    '{name} को इस सर्कल में शामिल नहीं किया जाएगा। किसी नए न्योते से फिर से शामिल होने का अनुरोध किया जा सकता है।',
  'confirm.request.decline.yes': 'मना करें',
  'circle.requests.declineLabel': 'अभी नहीं: {name} का शामिल होने का अनुरोध',
  'confirm.link.withdraw':
    'यह लिंक काम करना बंद कर देगा: यह चाहे किसी के भी पास हो, इससे अब शामिल होने का अनुरोध नहीं किया जा सकेगा।',
  'confirm.link.withdraw.yes': 'इसे वापस लें',
  'members.link.withdrawLabel': 'यह लिंक वापस लें: वह न्योता जो {until} तक काम करता है',

  'empty.rupture': 'पहले कुछ शब्दों में लिखें कि क्या हुआ था। एक पंक्ति काफ़ी है।',
  'empty.values': 'भेजने से पहले कम से कम एक सवाल का जवाब दें।',

  'load.handover.ask': 'इसे संभालने का अनुरोध करें',
  'load.handover.ask.label': 'इसे संभालने का अनुरोध करें: “{title}”, {names} से',
  'load.handover.asked':
    '{count, plural, =1 {आपने “{title}” का एक चरण संभालने का अनुरोध किया।} other {आपने “{title}” के # चरण संभालने का अनुरोध किया।}}',
  'load.handover.waiting': 'आपने इसे संभालने का अनुरोध किया है। उनके हाँ कहने पर यह आपके पास आ जाएगा।',
  'load.handover.held': 'इसका कुछ हिस्सा किसी और के ज़िम्मे है। उनसे पूछें; उनके हाँ कहने पर यह आपके पास आ जाएगा।',
};
