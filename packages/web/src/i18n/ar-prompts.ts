/** Arabic wording of recipro’s reflection prompts, needs starters and values questions, by id and circle kind (core’s *_WORDS lists). */
export const arPrompts: Readonly<Record<string, string>> = {
  'reflectionPrompt.reflect_over_giving_1.couple':
    'في أيّ المواضع أعطيتُ مؤخرًا أكثر مما تتّسع له طاقتي؟',
  'reflectionPrompt.reflect_over_giving_1.family':
    'في أيّ المواضع داخل عائلتي أعطيتُ مؤخرًا أكثر مما تتّسع له طاقتي؟',
  'reflectionPrompt.reflect_over_giving_1.friends':
    'مع أصدقائي، في أيّ المواضع أعطيتُ مؤخرًا أكثر مما تتّسع له طاقتي؟',
  'reflectionPrompt.reflect_over_giving_1.team':
    'في العمل، في أيّ المواضع تحمّلتُ مؤخرًا أكثر مما يتّسع له وقتي وجهدي؟',
  'reflectionPrompt.reflect_over_giving_2': 'حين أقول «نعم» دون تفكير، ما الذي آمل أن يحدث؟',
  'reflectionPrompt.reflect_shutting_down_1.couple':
    'متى كانت آخر مرة التزمتُ فيها الصمت بدل قول ما كنت أشعر به؟ وما الذي كان يجري حينها؟',
  'reflectionPrompt.reflect_shutting_down_1.family':
    'متى كانت آخر مرة التزمتُ فيها الصمت مع عائلتي بدل قول ما كنت أشعر به؟ وما الذي كان يجري حينها؟',
  'reflectionPrompt.reflect_shutting_down_1.friends':
    'متى كانت آخر مرة التزمتُ فيها الصمت مع أصدقائي بدل قول ما كنت أشعر به؟ وما الذي كان يجري حينها؟',
  'reflectionPrompt.reflect_shutting_down_1.team':
    'متى كانت آخر مرة التزمتُ فيها الصمت في الفريق بدل قول ما كنت أفكّر فيه أو أشعر به؟ وما الذي كان يجري حينها؟',
  'reflectionPrompt.reflect_shutting_down_2':
    'ما الذي قد يجعل البقاء في الحديث أسهل عليّ قليلًا في المرة القادمة؟',
  'reflectionPrompt.reflect_hyper_independence_1.couple':
    'ما الذي أحمله وحدي، مع أن شخصًا قريبًا مني سيسرّه أن يشاركني حمله؟',
  'reflectionPrompt.reflect_hyper_independence_1.family':
    'ما الذي أحمله وحدي، مع أن أحد أفراد عائلتي سيسرّه أن يشاركني حمله؟',
  'reflectionPrompt.reflect_hyper_independence_1.friends':
    'ما الذي أحمله وحدي، مع أن أحد أصدقائي سيسرّه أن يمدّ لي يد العون فيه؟',
  'reflectionPrompt.reflect_hyper_independence_1.team':
    'ما الذي أحمله وحدي في العمل، مع أن شخصًا في فريقي سيسرّه أن يتولّى جزءًا منه؟',
  'reflectionPrompt.reflect_hyper_independence_2': 'أين تعلّمتُ أن القيام بكل شيء بنفسي أكثر أمانًا؟',
  'reflectionPrompt.reflect_fear_of_asking_1':
    'ما الأمر الواحد الذي أودّ لو أجد فيه مساعدة، وما الذي يمنعني من طلبها؟',
  'reflectionPrompt.reflect_fear_of_asking_2.couple':
    'لو طلب مني شخص أحبّه هذا الأمر، فكيف سيكون شعوري تجاه طلبه؟',
  'reflectionPrompt.reflect_fear_of_asking_2.family':
    'لو طلب مني أحد أفراد عائلتي هذا الأمر، فكيف سيكون شعوري تجاه طلبه؟',
  'reflectionPrompt.reflect_fear_of_asking_2.friends':
    'لو طلب مني أحد أصدقائي هذا الأمر، فكيف سيكون شعوري تجاه طلبه؟',
  'reflectionPrompt.reflect_fear_of_asking_2.team':
    'لو طلب مني شخص في فريقي هذا الأمر، فكيف سيكون شعوري تجاه طلبه؟',
  'reflectionPrompt.reflect_what_i_need_now_1':
    'ما الذي يساعدني أكثر الآن: الراحة، أم الصحبة، أم الهدوء، أم يدٌ تعين، أم كلمة طيبة؟',
  'reflectionPrompt.reflect_what_i_need_now_2': 'ما الشيء الصغير الذي يمكنني فعله لنفسي اليوم؟',
  'needsStarter.need_more_connected_when.couple': 'أشعر بتقارب أكبر حين …',
  'needsStarter.need_more_connected_when.family': 'أشعر بأنني أقرب ما أكون إلى العائلة حين …',
  'needsStarter.need_more_connected_when.friends': 'أشعر بأنني جزء من المجموعة حين …',
  'needsStarter.need_more_connected_when.team': 'أشعر بأنني جزء من الفريق حين …',
  'needsStarter.need_would_help_me_if': 'سيساعدني لو …',
  'needsStarter.need_feel_cared_for_when.couple': 'يصلني الاهتمام حين …',
  'needsStarter.need_feel_cared_for_when.family': 'أشعر بالرعاية في هذه العائلة حين …',
  'needsStarter.need_feel_cared_for_when.friends': 'يصلني اهتمام أصدقائي حين …',
  'needsStarter.need_feel_cared_for_when.team': 'أشعر بدعم فريقي حين …',
  'needsStarter.need_would_love_more.couple': 'كم أودّ لو زاد بيننا قليلًا …',
  'needsStarter.need_would_love_more.family': 'في عائلتنا، كم أودّ لو زاد قليلًا …',
  'needsStarter.need_would_love_more.friends': 'حين نلتقي، كم أودّ لو زاد قليلًا …',
  'needsStarter.need_would_love_more.team': 'في فريقنا، أرحّب بأن يزيد قليلًا …',
  'needsStarter.need_when_tired': 'حين أشعر بالتعب أو الضغط، ما يساعدني هو …',
  'needsStarter.need_matters_to_me': 'أمرٌ يهمّني الآن هو …',
  'needsStarter.need_could_we_try': 'هل يمكننا أن نجرّب …',
  'valuesQuestion.values_respect': 'كيف يبدو الاحترام في نظري، في الحياة اليومية؟',
  'valuesQuestion.values_affection.couple':
    'ما مدى أهمية المودّة بالنسبة إليّ، وبأيّ شكل أشعر بها أكثر من غيره؟',
  'valuesQuestion.values_affection.family':
    'كيف أحبّ أن يُعبَّر عن الدفء في عائلتنا، وبأيّ شكل أشعر به أكثر من غيره؟',
  'valuesQuestion.values_affection.friends':
    'كيف أحبّ أن أُظهر لأصدقائي أنهم يهمّونني، وكيف أشعر باهتمامهم بي أكثر ما يكون؟',
  'valuesQuestion.values_affection.team':
    'كيف أحبّ أن يُعبَّر عن التقدير في العمل، وبأيّ شكل أشعر به أكثر من غيره؟',
  'valuesQuestion.values_sharing_chores.couple':
    'كيف أودّ أن نتقاسم أعمال البيت، وما يرافقها من تذكّر؟',
  'valuesQuestion.values_sharing_chores.family':
    'كيف أودّ أن نتقاسم فيما بيننا مهامّ الحياة العائلية، وما يرافقها من تذكّر؟',
  'valuesQuestion.values_sharing_chores.friends':
    'كيف أودّ أن نتقاسم الاستضافة والتنظيم، وما يرافقهما من تذكّر؟',
  'valuesQuestion.values_sharing_chores.team':
    'كيف أودّ أن نتقاسم المهامّ التي لا يتولّاها أحد، وما يرافقها من تذكّر؟',
  'valuesQuestion.values_sharing_money.couple':
    'كيف أودّ أن نتقاسم شؤون المال: الكسب والإنفاق والادّخار واتخاذ القرار؟',
  'valuesQuestion.values_sharing_money.family':
    'كيف أودّ أن تدير عائلتنا المال: الإنفاق والادّخار واتخاذ القرار؟',
  'valuesQuestion.values_sharing_money.friends':
    'كيف أودّ أن نتعامل مع التكاليف المشتركة: الدفع، واقتسام المبالغ، وقول «لا»؟',
  'valuesQuestion.values_sharing_money.team':
    'كيف أودّ أن نتخذ القرارات بشأن الميزانيات والإنفاق، ومن يعتمدها؟',
  'valuesQuestion.values_sharing_time.couple':
    'كيف أودّ أن نوزّع وقتنا بين الوقت معًا، والوقت الذي يقضيه كلٌّ منا على حدة، والعائلة، والأصدقاء؟',
  'valuesQuestion.values_sharing_time.family':
    'كيف أودّ أن يتوزّع وقت العائلة: وقت نقضيه جميعًا معًا، ووقت لكل اثنين على انفراد، ووقت لكلٍّ على حدة؟',
  'valuesQuestion.values_sharing_time.friends':
    'كم مرة أودّ أن نلتقي، وأيّ نوع من الوقت معًا يناسبني؟',
  'valuesQuestion.values_sharing_time.team':
    'كيف أودّ أن يتوزّع وقت عملنا بين الاجتماعات، والعمل المركّز، والراحة؟',
  'valuesQuestion.values_principles.couple':
    'ما المبادئ التي أحاول أن أعيش وفقها، وأيّها يهمّني أكثر في علاقتنا؟',
  'valuesQuestion.values_principles.family':
    'ما المبادئ التي أحاول أن أعيش وفقها، وأيّها يهمّني أكثر في عائلتنا؟',
  'valuesQuestion.values_principles.friends':
    'ما المبادئ التي أحاول أن أعيش وفقها، وأيّها يهمّني أكثر في الصداقة؟',
  'valuesQuestion.values_principles.team':
    'ما المبادئ التي أحاول أن أعمل وفقها، وأيّها يهمّني أكثر في طريقة عملنا معًا؟',
  'valuesQuestion.values_work.couple':
    'ما المكانة التي أريدها للعمل في حياتي، وفي حياتنا المشتركة؟',
  'valuesQuestion.values_work.family': 'ما المكانة التي أريدها للعمل في حياتي، وفي حياة عائلتنا؟',
  'valuesQuestion.values_work.friends':
    'ما المكانة التي أريدها للعمل في حياتي، وفي الوقت الذي أخصّصه لأصدقائي؟',
  'valuesQuestion.values_work.team': 'أيّ جزء من عملنا أجد فيه معنى، وما الذي أودّ أن يقلّ منه؟',
  'valuesQuestion.values_parenting.couple':
    'ما الذي أقدّره في تربية الأطفال، أو في رعاية الصغار والشباب في حياتنا؟',
  'valuesQuestion.values_parenting.family':
    'ما الذي أقدّره في تربية الأطفال في عائلتنا، أو في رعاية صغارها وشبابها؟',
  'valuesQuestion.values_parenting.friends':
    'ما الذي أقدّره في طريقة مساندة بعضنا بعضًا في التحوّلات الكبرى، كقدوم الأطفال؟',
  'valuesQuestion.values_parenting.team':
    'ما الذي أقدّره في طريقة ترحيبنا بمن يلتحق بالعمل حديثًا ورعايتنا له؟',
  'valuesQuestion.values_growth.couple': 'كيف أريد أن أنمو في العام القادم، وكيف أودّ أن ننمو معًا؟',
  'valuesQuestion.values_growth.family':
    'كيف أريد أن أنمو في العام القادم، وكيف أودّ أن ننمو كعائلة؟',
  'valuesQuestion.values_growth.friends':
    'كيف أريد أن أنمو في العام القادم، وكيف أودّ أن تنمو صداقتنا؟',
  'valuesQuestion.values_growth.team': 'كيف أريد أن أنمو في العام القادم، وكيف أودّ أن ينمو الفريق؟',
};
