/** Spanish messages of guided repair ("Talk it through" on a hard moment): the translation of en-repair-guide.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enRepairGuide } from './en-repair-guide.ts';

export const esRepairGuide: CatalogueOf<typeof enRepairGuide> = {
  'repairGuide.title': 'Hablarlo con calma',
  'repairGuide.intro':
    'Unos pocos pasos cortos sobre un momento difícil. Cada persona responde por su cuenta; nadie lee las respuestas de nadie hasta que todo el mundo haya terminado, y entonces se leen en común.',
  'repairGuide.moment': 'Sobre el momento del {date}.',
  'repairGuide.back': 'Volver a Reparar',
  'repairGuide.progress': 'Paso {step} de {total}',
  'repairGuide.next': 'Siguiente',
  'repairGuide.previous': 'Atrás',
  'repairGuide.saving': 'Guardando…',
  'repairGuide.private': 'Solo tú puedes leer esto hasta que todo el mundo haya terminado.',
  'repairGuide.stillFinished':
    'Ya terminaste, así que tus respuestas mantienen un «sí» en la pausa y al menos un paso escrito.',
  'repairGuide.conflict':
    'Mientras tanto, todo el mundo ha terminado, así que las respuestas ya no cambian. Vuelve a cargar la página para leerlas en común.',

  'repairGuide.pause.title': '¿Tienes la calma suficiente para hablar?',
  'repairGuide.pause.hint':
    'No hay respuestas equivocadas. Hablar en caliente rara vez ayuda; una pausa breve, muchas veces sí.',
  'repairGuide.pause.ready': 'Sí, tengo la calma suficiente',
  'repairGuide.pause.notYet': 'Todavía no',
  'repairGuide.pause.choose': 'Elige una opción para seguir. «Todavía no» es una buena respuesta.',
  'repairGuide.pause.rest.title': 'Hagamos una pausa por ahora',
  'repairGuide.pause.rest':
    'Calmarse suele llevar veinte minutos o más. Ayuda algo que tranquilice: un paseo corto, un vaso de agua, unas cuantas respiraciones lentas.',
  'repairGuide.when.today': '{hour, plural, =1 {la} other {las}} {time}',
  'repairGuide.when.day': 'el {day} a {hour, plural, =1 {la} other {las}} {time}',
  'repairGuide.pause.comeBack':
    'Vuelve hacia {time}, o cuando sientas que es el momento. Volver en menos de un día es una meta amable, no una fecha límite.',
  'repairGuide.pause.others':
    'Alguien necesita un poco más de tiempo, y eso es parte de la reparación, no un paso atrás. Mientras tanto puedes escribir tus respuestas; la guía propone volver hacia {time}.',

  'repairGuide.step.saw': 'Lo que pasó, tal como lo viviste',
  'repairGuide.step.saw.hint':
    'Empieza por «yo» y por lo que sentiste, y describe el momento en vez de a la persona. Empezar con suavidad hace más fácil que te escuchen.',
  'repairGuide.step.myPart': 'Tu parte en lo que pasó',
  'repairGuide.step.myPart.hint':
    'Solo tu propia parte, aunque sea pequeña. Cuando una herida se responde con otra, se puede entrar en una espiral; nombrar tu parte es como empieza a deshacerse.',
  'repairGuide.step.needed': 'Lo que necesitabas',
  'repairGuide.step.needed.hint':
    'La necesidad que había debajo de ese momento. Decirla con sencillez ayuda a las demás personas a entender de qué se trataba.',
  'repairGuide.step.wouldHelp': 'Lo que ayudaría ahora',
  'repairGuide.step.wouldHelp.hint': 'Algo pequeño y posible, hoy o pronto.',
  'repairGuide.step.agreement': 'Una pequeña cosa en la que ponerse de acuerdo',
  'repairGuide.step.agreement.hint':
    'Propón una pequeña cosa para probar la próxima vez. Todo el mundo ve las propuestas cuando todas las personas han terminado, y cada cual puede decir que se suma.',
  'repairGuide.step.blank': 'Puedes dejar un paso en blanco.',

  'repairGuide.examples': 'Ejemplos para empezar',
  'repairGuide.examples.caption':
    'Son solo ejemplos: dilos con tus propias palabras. Sirven para decir lo que es verdad para ti, nunca para usarlos contra nadie.',
  'repairGuide.examples.use': 'Partir de este',
  'repairGuide.examples.use.label': 'Partir de este ejemplo: {example}',
  'repairGuide.examples.saw.1':
    'Cuando los planes cambiaron a última hora, sentí que me dejaban fuera, y me dio un poco de vergüenza.',
  'repairGuide.examples.saw.2':
    'Cuando mi mensaje se quedó sin respuesta todo el día, empecé a preocuparme, y luego me molesté.',
  'repairGuide.examples.saw.3':
    'Cuando hablamos de dinero, sentí que me acorralaban, y levanté la voz más de lo que quería.',
  'repairGuide.examples.saw.4': 'Cuando pasaron por alto mi idea, sentí que nadie me veía.',
  'repairGuide.examples.myPart.1':
    'Levanté la voz en lugar de decir que el cansancio podía conmigo.',
  'repairGuide.examples.myPart.2': 'Saqué cosas viejas que no tenían que ver con lo de hoy.',
  'repairGuide.examples.myPart.3':
    'Me quedé en silencio y me fui sin decir que necesitaba un respiro.',
  'repairGuide.examples.myPart.4': 'Respondí a una herida con otra herida mía.',
  'repairGuide.examples.myPart.5': 'Di por hecho lo que se quería decir en lugar de preguntar.',
  'repairGuide.examples.needed.1':
    'Necesitaba sentir que me escuchaban antes de buscar una solución.',
  'repairGuide.examples.needed.2': 'Necesitaba una mano, y no la pedí.',
  'repairGuide.examples.needed.3': 'Necesitaba un poco de silencio antes de hablar.',
  'repairGuide.examples.needed.4': 'Necesitaba saber que estamos del mismo lado.',
  'repairGuide.examples.wouldHelp.1': 'Diez minutos para escucharnos, sin intentar arreglar nada.',
  'repairGuide.examples.wouldHelp.2':
    'Una palabra amable, y un poco de tiempo antes de volver a hablar.',
  'repairGuide.examples.wouldHelp.3':
    'Un poco de espacio para mí esta noche, y empezar de cero mañana.',
  'repairGuide.examples.wouldHelp.4': 'Oír que esto también te importa; a mí me importa.',
  'repairGuide.examples.agreement.1':
    'Cuando alguien necesite un descanso, dice «pausa» y volvemos a hablar antes de una hora.',
  'repairGuide.examples.agreement.2': 'El domingo repasamos en común los planes de la semana.',
  'repairGuide.examples.agreement.3':
    'Avisaré cuando el cansancio empiece a poder conmigo, antes de que acabe en discusión.',
  'repairGuide.examples.agreement.4':
    'Hablamos por turnos, dos minutos cada persona, sin interrumpir.',

  'repairGuide.review.title': '¿Todo listo para compartir?',
  'repairGuide.review.hint':
    'Esto es lo que escribiste. No se comparte nada hasta que todas las personas implicadas hayan terminado, y hasta entonces puedes cambiarlo.',
  'repairGuide.review.pause.ready': 'Tienes la calma suficiente para hablar.',
  'repairGuide.review.pause.notYet':
    'Dijiste «todavía no». Terminar puede esperar hasta que sientas que es el momento.',
  'repairGuide.review.blank': 'En blanco',
  'repairGuide.review.edit': 'Cambiar',
  'repairGuide.review.edit.label': 'Cambiar tu respuesta a «{step}»',
  'repairGuide.finish': 'Ya terminé',
  'repairGuide.finish.pending': 'Terminando…',
  'repairGuide.finish.again': 'Guardar mis cambios',
  'repairGuide.finish.nothing': 'Primero escribe algo en al menos un paso; cualquiera sirve.',
  'repairGuide.finish.notReady':
    'Cuando tengas la calma suficiente, dilo en el primer paso; entonces podrás terminar.',

  'repairGuide.waiting.title': 'Ya terminaste',
  'repairGuide.waiting':
    'Esperando a {names}. Cuando terminen, leerás en común las respuestas de todo el mundo.',
  'repairGuide.waiting.body':
    'Hasta entonces tus respuestas siguen siendo privadas, y aún puedes cambiarlas. Gracias por dedicarle tiempo.',
  'repairGuide.waiting.change': 'Cambiar mis respuestas',

  'repairGuide.reveal.title': 'Leer en común',
  'repairGuide.reveal.intro':
    'Todo el mundo ha terminado. Lean despacio y presten atención a lo que necesitaba cada persona; no hace falta estar de acuerdo en cada detalle de lo que pasó.',
  'repairGuide.reveal.saw': 'Lo que pasó, tal como lo vivió cada persona',
  'repairGuide.reveal.myPart': 'La parte de cada persona',
  'repairGuide.reveal.needed': 'Lo que necesitaba cada persona',
  'repairGuide.reveal.wouldHelp': 'Lo que ayudaría ahora',
  'repairGuide.reveal.blank': 'En blanco',

  'repairGuide.agreement.title': 'Un pequeño acuerdo',
  'repairGuide.agreement.intro':
    'Cada propuesta es una pequeña cosa para probar. Di a cuáles te sumas; cuando todo el mundo se suma, queda acordada.',
  'repairGuide.agreement.none':
    'Esta vez nadie propuso nada. Quizá al hablarlo surja algo pequeño para probar.',
  'repairGuide.agreement.byYou': 'Tu propuesta',
  'repairGuide.agreement.by': 'Propuesta de {name}',
  'repairGuide.agreement.in': 'Me sumo',
  'repairGuide.agreement.in.label': 'Me sumo: {proposal}',
  'repairGuide.agreement.agreed': 'Acordada por todas las personas implicadas',
  'repairGuide.agreement.notYet': 'Todavía no se ha sumado todo el mundo a esta.',
  'repairGuide.agreement.saved': 'Guardado.',

  'repairGuide.repaired.hint':
    'Si ahora sientes que este momento está reparado para ti, puedes decirlo.',
  'repairGuide.repaired.done': 'Reparado para ti. Gracias por hablarlo con calma.',
};
