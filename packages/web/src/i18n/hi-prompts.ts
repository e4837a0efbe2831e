/** Hindi wording of recipro’s reflection prompts, needs starters and values questions, by id and circle kind (core’s *_WORDS lists). */
export const hiPrompts: Readonly<Record<string, string>> = {
  'reflectionPrompt.reflect_over_giving_1.couple': 'हाल में मैंने कहाँ अपनी गुंजाइश से ज़्यादा दिया है?',
  'reflectionPrompt.reflect_over_giving_1.family':
    'हाल में परिवार में मैंने कहाँ अपनी गुंजाइश से ज़्यादा दिया है?',
  'reflectionPrompt.reflect_over_giving_1.friends':
    'दोस्तों के साथ, हाल में मैंने कहाँ अपनी गुंजाइश से ज़्यादा दिया है?',
  'reflectionPrompt.reflect_over_giving_1.team':
    'काम पर, हाल में मैंने कहाँ अपनी गुंजाइश से ज़्यादा काम अपने ज़िम्मे ले लिया है?',
  'reflectionPrompt.reflect_over_giving_2': 'बिना सोचे “हाँ” कहते समय मुझे किस बात की उम्मीद होती है?',
  'reflectionPrompt.reflect_shutting_down_1.couple':
    'पिछली बार कब ऐसा हुआ कि जो महसूस हो रहा था, उसे कहने के बजाय मैंने चुप्पी साध ली? तब क्या चल रहा था?',
  'reflectionPrompt.reflect_shutting_down_1.family':
    'पिछली बार कब ऐसा हुआ कि परिवार के साथ, जो महसूस हो रहा था उसे कहने के बजाय मैंने चुप्पी साध ली? तब क्या चल रहा था?',
  'reflectionPrompt.reflect_shutting_down_1.friends':
    'पिछली बार कब ऐसा हुआ कि दोस्तों के साथ, जो महसूस हो रहा था उसे कहने के बजाय मैंने चुप्पी साध ली? तब क्या चल रहा था?',
  'reflectionPrompt.reflect_shutting_down_1.team':
    'पिछली बार कब ऐसा हुआ कि टीम में, मन के विचार या भावना कहने के बजाय मैंने चुप्पी साध ली? तब क्या चल रहा था?',
  'reflectionPrompt.reflect_shutting_down_2':
    'किस चीज़ से अगली बार मेरे लिए बातचीत में बने रहना थोड़ा आसान होगा?',
  'reflectionPrompt.reflect_hyper_independence_1.couple':
    'ऐसा कौन-सा बोझ मेरे अकेले के कंधों पर है, जिसे बाँटने में किसी क़रीबी को ख़ुशी होगी?',
  'reflectionPrompt.reflect_hyper_independence_1.family':
    'ऐसा कौन-सा बोझ मेरे अकेले के कंधों पर है, जिसे बाँटने में परिवार के किसी सदस्य को ख़ुशी होगी?',
  'reflectionPrompt.reflect_hyper_independence_1.friends':
    'ऐसा कौन-सा बोझ मेरे अकेले के कंधों पर है, जिसमें हाथ बँटाने में किसी दोस्त को ख़ुशी होगी?',
  'reflectionPrompt.reflect_hyper_independence_1.team':
    'ऐसा कौन-सा काम मेरे अकेले के कंधों पर है, जिसका कुछ हिस्सा सँभालने में टीम के किसी साथी को ख़ुशी होगी?',
  'reflectionPrompt.reflect_hyper_independence_2': 'मैंने कहाँ से सीखा कि सब कुछ ख़ुद करना ज़्यादा सुरक्षित है?',
  'reflectionPrompt.reflect_fear_of_asking_1':
    'ऐसी कौन-सी एक चीज़ है जिसमें मुझे मदद चाहिए, और उसे माँगने से मुझे क्या रोकता है?',
  'reflectionPrompt.reflect_fear_of_asking_2.couple':
    'अगर कोई प्रियजन मुझसे यही मदद माँगे, तो इस तरह माँगे जाने पर मुझे कैसा लगेगा?',
  'reflectionPrompt.reflect_fear_of_asking_2.family':
    'अगर परिवार का कोई सदस्य मुझसे यही मदद माँगे, तो इस तरह माँगे जाने पर मुझे कैसा लगेगा?',
  'reflectionPrompt.reflect_fear_of_asking_2.friends':
    'अगर कोई दोस्त मुझसे यही मदद माँगे, तो इस तरह माँगे जाने पर मुझे कैसा लगेगा?',
  'reflectionPrompt.reflect_fear_of_asking_2.team':
    'अगर टीम का कोई साथी मुझसे यही मदद माँगे, तो इस तरह माँगे जाने पर मुझे कैसा लगेगा?',
  'reflectionPrompt.reflect_what_i_need_now_1':
    'अभी मेरे लिए सबसे मददगार क्या होगा: आराम, किसी का साथ, थोड़ी शांति, काम में हाथ बँटाना, या कोई प्यार भरा शब्द?',
  'reflectionPrompt.reflect_what_i_need_now_2': 'आज अपने लिए कौन-सा एक छोटा-सा काम करूँ?',
  'needsStarter.need_more_connected_when.couple': 'मुझे ज़्यादा जुड़ाव तब महसूस होता है जब …',
  'needsStarter.need_more_connected_when.family':
    'परिवार से सबसे ज़्यादा नज़दीकी मुझे तब महसूस होती है जब …',
  'needsStarter.need_more_connected_when.friends': 'मुझे ग्रुप का हिस्सा होने का एहसास तब होता है जब …',
  'needsStarter.need_more_connected_when.team': 'मुझे टीम का हिस्सा होने का एहसास तब होता है जब …',
  'needsStarter.need_would_help_me_if': 'मुझे मदद मिलेगी अगर …',
  'needsStarter.need_feel_cared_for_when.couple': 'मुझे परवाह किए जाने का एहसास तब होता है जब …',
  'needsStarter.need_feel_cared_for_when.family':
    'इस परिवार में मुझे तब लगता है कि मेरा ख़याल रखा जाता है, जब …',
  'needsStarter.need_feel_cared_for_when.friends': 'दोस्तों की परवाह का एहसास मुझे तब होता है जब …',
  'needsStarter.need_feel_cared_for_when.team': 'मुझे टीम का साथ तब महसूस होता है जब …',
  'needsStarter.need_would_love_more.couple': 'मुझे बहुत अच्छा लगेगा अगर थोड़ा और …',
  'needsStarter.need_would_love_more.family': 'हमारे परिवार में, मुझे बहुत अच्छा लगेगा अगर थोड़ा और …',
  'needsStarter.need_would_love_more.friends': 'जब हम मिलते हैं, तो मुझे बहुत अच्छा लगेगा अगर थोड़ा और …',
  'needsStarter.need_would_love_more.team': 'हमारी टीम में, मुझे अच्छा लगेगा अगर थोड़ा और …',
  'needsStarter.need_when_tired': 'थकान या तनाव में मुझे जिस चीज़ से मदद मिलती है, वह है …',
  'needsStarter.need_matters_to_me': 'अभी मेरे लिए जो बात मायने रखती है, वह है …',
  'needsStarter.need_could_we_try': 'क्या हम एक बार आज़माकर देखें कि …',
  'valuesQuestion.values_respect': 'रोज़मर्रा की ज़िंदगी में मेरे लिए सम्मान कैसा दिखता है?',
  'valuesQuestion.values_affection.couple':
    'मेरे लिए प्यार-दुलार कितना मायने रखता है, और किस रूप में वह मुझे सबसे ज़्यादा महसूस होता है?',
  'valuesQuestion.values_affection.family':
    'हमारे परिवार में अपनापन जताने का कौन-सा तरीक़ा मुझे अच्छा लगता है, और किस रूप में वह मुझे सबसे ज़्यादा महसूस होता है?',
  'valuesQuestion.values_affection.friends':
    'दोस्तों को यह जताने का कौन-सा तरीक़ा मुझे पसंद है कि मुझे उनकी परवाह है, और उनकी परवाह मुझे सबसे ज़्यादा किस रूप में महसूस होती है?',
  'valuesQuestion.values_affection.team':
    'काम पर सराहना जताने का कौन-सा तरीक़ा मुझे अच्छा लगता है, और किस रूप में वह मुझे सबसे ज़्यादा महसूस होती है?',
  'valuesQuestion.values_sharing_chores.couple':
    'घर के काम, और उनसे जुड़ी बातें याद रखने का काम, हम आपस में किस तरह बाँटें — इस बारे में मेरी क्या चाहत है?',
  'valuesQuestion.values_sharing_chores.family':
    'पारिवारिक ज़िंदगी के काम, और उनसे जुड़ी बातें याद रखने का काम, हम सब आपस में किस तरह बाँटें — इस बारे में मेरी क्या चाहत है?',
  'valuesQuestion.values_sharing_chores.friends':
    'मेज़बानी, इंतज़ाम, और उनसे जुड़ी बातें याद रखने का काम, हम आपस में किस तरह बाँटें — इस बारे में मेरी क्या चाहत है?',
  'valuesQuestion.values_sharing_chores.team':
    'जो काम किसी के ज़िम्मे नहीं हैं, उन्हें और उनसे जुड़ी बातें याद रखने का काम, हम आपस में किस तरह बाँटें — इस बारे में मेरी क्या चाहत है?',
  'valuesQuestion.values_sharing_money.couple':
    'पैसे के मामले में, यानी कमाने, ख़र्च करने, बचाने और फ़ैसले लेने में, हम आपस में किस तरह साझेदारी करें — इस बारे में मेरी क्या चाहत है?',
  'valuesQuestion.values_sharing_money.family':
    'हमारा परिवार पैसे को, यानी ख़र्च, बचत और फ़ैसलों को, किस तरह सँभाले — इस बारे में मेरी क्या चाहत है?',
  'valuesQuestion.values_sharing_money.friends':
    'साझा ख़र्च, यानी पैसे देना, आपस में बाँटना और मना करना, हम किस तरह सँभालें — इस बारे में मेरी क्या चाहत है?',
  'valuesQuestion.values_sharing_money.team':
    'बजट और ख़र्च के फ़ैसले हम कैसे लें, और मंज़ूरी कौन दे — इस बारे में मेरी क्या चाहत है?',
  'valuesQuestion.values_sharing_time.couple':
    'हमारा समय, यानी साथ बिताया समय, अलग-अलग समय, परिवार और दोस्त, इनके बीच किस तरह बँटे — इस बारे में मेरी क्या चाहत है?',
  'valuesQuestion.values_sharing_time.family':
    'हमारा पारिवारिक समय, यानी सब एक साथ, दो लोग अकेले में, और अलग-अलग, किस तरह बँटे — इस बारे में मेरी क्या चाहत है?',
  'valuesQuestion.values_sharing_time.friends':
    'हम कितनी बार मिलें, और साथ में किस तरह का समय मुझे रास आता है?',
  'valuesQuestion.values_sharing_time.team':
    'हमारा काम का समय मीटिंग, ध्यान लगाकर किए जाने वाले काम और आराम के बीच किस तरह बँटे — इस बारे में मेरी क्या चाहत है?',
  'valuesQuestion.values_principles.couple':
    'किन सिद्धांतों पर चलने की मेरी कोशिश रहती है, और हमारे रिश्ते में उनमें से कौन-से मेरे लिए सबसे ज़्यादा मायने रखते हैं?',
  'valuesQuestion.values_principles.family':
    'किन सिद्धांतों पर चलने की मेरी कोशिश रहती है, और हमारे परिवार में उनमें से कौन-से मेरे लिए सबसे ज़्यादा मायने रखते हैं?',
  'valuesQuestion.values_principles.friends':
    'किन सिद्धांतों पर चलने की मेरी कोशिश रहती है, और किसी दोस्ती में उनमें से कौन-से मेरे लिए सबसे ज़्यादा मायने रखते हैं?',
  'valuesQuestion.values_principles.team':
    'काम में किन सिद्धांतों पर चलने की मेरी कोशिश रहती है, और हमारे मिलकर काम करने के तरीक़े में उनमें से कौन-से मेरे लिए सबसे ज़्यादा मायने रखते हैं?',
  'valuesQuestion.values_work.couple':
    'मेरी नज़र में, मेरी ज़िंदगी में और हमारी साझा ज़िंदगी में काम की क्या जगह होनी चाहिए?',
  'valuesQuestion.values_work.family':
    'मेरी नज़र में, मेरी ज़िंदगी में और हमारे परिवार की ज़िंदगी में काम की क्या जगह होनी चाहिए?',
  'valuesQuestion.values_work.friends':
    'मेरी नज़र में, मेरी ज़िंदगी में और दोस्तों के लिए रखे मेरे समय में काम की क्या जगह होनी चाहिए?',
  'valuesQuestion.values_work.team':
    'हमारे काम का कौन-सा हिस्सा मुझे सार्थक लगता है, और किस चीज़ का कम होना मुझे अच्छा लगेगा?',
  'valuesQuestion.values_parenting.couple':
    'बच्चों की परवरिश में, या हमारी ज़िंदगी से जुड़े कम उम्र के लोगों की देखभाल में, मेरे लिए किन बातों की अहमियत है?',
  'valuesQuestion.values_parenting.family':
    'परिवार के बच्चों की परवरिश में, या परिवार के कम उम्र के लोगों की देखभाल में, मेरे लिए किन बातों की अहमियत है?',
  'valuesQuestion.values_parenting.friends':
    'बच्चों के आने जैसे बड़े बदलावों में हम एक-दूसरे का साथ कैसे देते हैं — इसमें मेरे लिए किन बातों की अहमियत है?',
  'valuesQuestion.values_parenting.team':
    'काम में नए आए लोगों का हम कैसे स्वागत करते हैं और कैसे ख़याल रखते हैं — इसमें मेरे लिए किन बातों की अहमियत है?',
  'valuesQuestion.values_growth.couple':
    'अगले साल में मेरा अपना विकास कैसा हो, और हम दोनों साथ में कैसे आगे बढ़ें?',
  'valuesQuestion.values_growth.family':
    'अगले साल में मेरा अपना विकास कैसा हो, और एक परिवार के रूप में हम कैसे आगे बढ़ें?',
  'valuesQuestion.values_growth.friends':
    'अगले साल में मेरा अपना विकास कैसा हो, और हमारी दोस्ती कैसे आगे बढ़े?',
  'valuesQuestion.values_growth.team': 'अगले साल में मेरा अपना विकास कैसा हो, और टीम कैसे आगे बढ़े?',
};
