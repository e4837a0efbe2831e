/** Spanish wording of recipro’s reflection prompts, needs starters and values questions, by id and circle kind (core’s *_WORDS lists). */
export const esPrompts: Readonly<Record<string, string>> = {
  'reflectionPrompt.reflect_over_giving_1.couple':
    '¿En qué he estado dando últimamente más de lo que tengo para dar?',
  'reflectionPrompt.reflect_over_giving_1.family':
    'En mi familia, ¿en qué he estado dando últimamente más de lo que tengo para dar?',
  'reflectionPrompt.reflect_over_giving_1.friends':
    'Con mis amistades, ¿en qué he estado dando últimamente más de lo que tengo para dar?',
  'reflectionPrompt.reflect_over_giving_1.team':
    'En el trabajo, ¿en qué he estado asumiendo últimamente más de lo que puedo abarcar?',
  'reflectionPrompt.reflect_over_giving_2':
    'Cuando digo que sí sin pensarlo, ¿qué espero que pase?',
  'reflectionPrompt.reflect_shutting_down_1.couple':
    '¿Cuándo fue la última vez que me callé en lugar de decir lo que sentía? ¿Qué estaba pasando?',
  'reflectionPrompt.reflect_shutting_down_1.family':
    '¿Cuándo fue la última vez que me callé con mi familia en lugar de decir lo que sentía? ¿Qué estaba pasando?',
  'reflectionPrompt.reflect_shutting_down_1.friends':
    '¿Cuándo fue la última vez que me callé con mis amistades en lugar de decir lo que sentía? ¿Qué estaba pasando?',
  'reflectionPrompt.reflect_shutting_down_1.team':
    '¿Cuándo fue la última vez que me callé en el equipo en lugar de decir lo que pensaba o sentía? ¿Qué estaba pasando?',
  'reflectionPrompt.reflect_shutting_down_2':
    '¿Qué me haría un poco más fácil seguir en la conversación la próxima vez?',
  'reflectionPrompt.reflect_hyper_independence_1.couple':
    '¿Qué llevo a solas que una persona cercana compartiría con gusto?',
  'reflectionPrompt.reflect_hyper_independence_1.family':
    '¿Qué llevo a solas que alguien de mi familia compartiría con gusto?',
  'reflectionPrompt.reflect_hyper_independence_1.friends':
    '¿Qué llevo a solas en lo que alguna de mis amistades me ayudaría con gusto?',
  'reflectionPrompt.reflect_hyper_independence_1.team':
    '¿Qué llevo a solas de lo que alguien de mi equipo asumiría con gusto una parte?',
  'reflectionPrompt.reflect_hyper_independence_2':
    '¿Dónde aprendí que hacerlo todo sin ayuda es más seguro?',
  'reflectionPrompt.reflect_fear_of_asking_1':
    '¿Cuál es una cosa en la que me gustaría recibir ayuda, y qué me frena a la hora de pedirla?',
  'reflectionPrompt.reflect_fear_of_asking_2.couple':
    'Si una persona a la que quiero me pidiera esto, ¿cómo me sentiría ante esa petición?',
  'reflectionPrompt.reflect_fear_of_asking_2.family':
    'Si alguien de mi familia me pidiera esto, ¿cómo me sentiría ante esa petición?',
  'reflectionPrompt.reflect_fear_of_asking_2.friends':
    'Si alguna de mis amistades me pidiera esto, ¿cómo me sentiría ante esa petición?',
  'reflectionPrompt.reflect_fear_of_asking_2.team':
    'Si alguien del equipo me pidiera esto, ¿cómo me sentiría ante esa petición?',
  'reflectionPrompt.reflect_what_i_need_now_1':
    'Ahora mismo, ¿qué me ayudaría más: descanso, compañía, silencio, una mano o una palabra amable?',
  'reflectionPrompt.reflect_what_i_need_now_2': '¿Qué pequeña cosa podría hacer hoy para cuidarme?',
  'needsStarter.need_more_connected_when.couple': 'Siento más conexión cuando …',
  'needsStarter.need_more_connected_when.family': 'Siento más cerca a la familia cuando …',
  'needsStarter.need_more_connected_when.friends': 'Me siento parte del grupo cuando …',
  'needsStarter.need_more_connected_when.team': 'Me siento parte del equipo cuando …',
  'needsStarter.need_would_help_me_if': 'Me ayudaría que …',
  'needsStarter.need_feel_cared_for_when.couple': 'Siento que me cuidan cuando …',
  'needsStarter.need_feel_cared_for_when.family': 'Siento que en esta familia me cuidan cuando …',
  'needsStarter.need_feel_cared_for_when.friends': 'Siento el cariño de mis amistades cuando …',
  'needsStarter.need_feel_cared_for_when.team': 'Siento el apoyo de mi equipo cuando …',
  'needsStarter.need_would_love_more.couple': 'Me encantaría un poco más de …',
  'needsStarter.need_would_love_more.family': 'En nuestra familia, me encantaría un poco más de …',
  'needsStarter.need_would_love_more.friends': 'Cuando nos vemos, me encantaría un poco más de …',
  'needsStarter.need_would_love_more.team': 'En nuestro equipo, agradecería un poco más de …',
  'needsStarter.need_when_tired': 'En momentos de cansancio o estrés, lo que me ayuda es …',
  'needsStarter.need_matters_to_me': 'Algo que me importa ahora mismo es …',
  'needsStarter.need_could_we_try': '¿Podríamos probar …',
  'valuesQuestion.values_respect': '¿Cómo es para mí el respeto en el día a día?',
  'valuesQuestion.values_affection.couple':
    '¿Cuánto me importa el afecto, y de qué forma lo siento más?',
  'valuesQuestion.values_affection.family':
    '¿Cómo me gusta que se muestre el cariño en nuestra familia, y de qué forma lo siento más?',
  'valuesQuestion.values_affection.friends':
    '¿Cómo me gusta mostrar a mis amistades que me importan, y cómo siento más su cariño?',
  'valuesQuestion.values_affection.team':
    '¿Cómo me gusta que se muestre el aprecio en el trabajo, y de qué forma lo siento más?',
  'valuesQuestion.values_sharing_chores.couple':
    '¿Cómo me gustaría que nos repartiéramos las tareas de la casa, y lo que hay que tener en mente para hacerlas?',
  'valuesQuestion.values_sharing_chores.family':
    '¿Cómo me gustaría que nos repartiéramos las tareas de la vida familiar, y lo que hay que tener en mente para hacerlas?',
  'valuesQuestion.values_sharing_chores.friends':
    '¿Cómo me gustaría que nos repartiéramos lo de recibir en casa, organizar los planes y tener en mente todo lo que conllevan?',
  'valuesQuestion.values_sharing_chores.team':
    '¿Cómo me gustaría que nos repartiéramos las tareas sin responsable, y lo que hay que tener en mente para sacarlas adelante?',
  'valuesQuestion.values_sharing_money.couple':
    '¿Cómo me gustaría que compartiéramos el dinero: ganarlo, gastarlo, ahorrarlo y decidir sobre él?',
  'valuesQuestion.values_sharing_money.family':
    '¿Cómo me gustaría que nuestra familia manejara el dinero: gastar, ahorrar y decidir?',
  'valuesQuestion.values_sharing_money.friends':
    '¿Cómo me gustaría que lleváramos los gastos compartidos: quién paga, cómo se reparte y cómo decir que no?',
  'valuesQuestion.values_sharing_money.team':
    '¿Cómo me gustaría que decidiéramos sobre presupuestos y gastos, y quién da el visto bueno?',
  'valuesQuestion.values_sharing_time.couple':
    '¿Cómo me gustaría repartir nuestro tiempo entre la pareja, el tiempo por separado, la familia y las amistades?',
  'valuesQuestion.values_sharing_time.family':
    '¿Cómo me gustaría repartir el tiempo en familia: con todo el mundo a la vez, de tú a tú y cada cual por su lado?',
  'valuesQuestion.values_sharing_time.friends':
    '¿Cada cuánto me gustaría que nos viéramos, y qué tipo de planes en común me sientan bien?',
  'valuesQuestion.values_sharing_time.team':
    '¿Cómo me gustaría repartir nuestro tiempo de trabajo entre reuniones, trabajo de concentración y descanso?',
  'valuesQuestion.values_principles.couple':
    '¿Qué principios intento seguir en la vida, y cuáles me importan más en nuestra relación?',
  'valuesQuestion.values_principles.family':
    '¿Qué principios intento seguir en la vida, y cuáles me importan más en nuestra familia?',
  'valuesQuestion.values_principles.friends':
    '¿Qué principios intento seguir en la vida, y cuáles me importan más en una amistad?',
  'valuesQuestion.values_principles.team':
    '¿Qué principios intento seguir en el trabajo, y cuáles me importan más en nuestra forma de trabajar en equipo?',
  'valuesQuestion.values_work.couple':
    '¿Qué lugar quiero que ocupe el trabajo en mi vida, y en nuestra vida en común?',
  'valuesQuestion.values_work.family':
    '¿Qué lugar quiero que ocupe el trabajo en mi vida, y en la vida de nuestra familia?',
  'valuesQuestion.values_work.friends':
    '¿Qué lugar quiero que ocupe el trabajo en mi vida, y en el tiempo que guardo para mis amistades?',
  'valuesQuestion.values_work.team':
    '¿Qué parte de nuestro trabajo tiene sentido para mí, y de qué me gustaría tener menos?',
  'valuesQuestion.values_parenting.couple':
    '¿Qué valoro en la crianza, o en el cuidado de la gente joven que forma parte de nuestra vida?',
  'valuesQuestion.values_parenting.family':
    '¿Qué valoro en la crianza en casa, o en el cuidado de la gente joven de nuestra familia?',
  'valuesQuestion.values_parenting.friends':
    '¿Qué valoro en cómo nos acompañamos en los grandes cambios, como la llegada de un bebé?',
  'valuesQuestion.values_parenting.team':
    '¿Qué valoro en cómo recibimos y cuidamos a las personas que llegan nuevas al trabajo?',
  'valuesQuestion.values_growth.couple':
    '¿Cómo quiero crecer en el próximo año, y cómo me gustaría que creciéramos en pareja?',
  'valuesQuestion.values_growth.family':
    '¿Cómo quiero crecer en el próximo año, y cómo me gustaría que creciéramos como familia?',
  'valuesQuestion.values_growth.friends':
    '¿Cómo quiero crecer en el próximo año, y cómo me gustaría que creciera nuestra amistad?',
  'valuesQuestion.values_growth.team':
    '¿Cómo quiero crecer en el próximo año, y cómo me gustaría que creciera el equipo?',
};
