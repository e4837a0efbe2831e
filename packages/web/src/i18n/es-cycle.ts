/**
 * Spanish messages of the RECIPRO cycle screens (check in, reflect, express, repair, observe):
 * the translation of en-cycle.ts.
 */
import type { CatalogueOf } from './catalogue.ts';
import type { enCycle } from './en-cycle.ts';

export const esCycle: CatalogueOf<typeof enCycle> = {
  'checkin.title': 'Ponerse al día',
  'checkin.intro':
    'Cada persona responde a solas. Nadie ve las respuestas de nadie hasta que todo el mundo haya respondido; entonces se ven lado a lado.',
  'checkin.open.title': 'Empezar una puesta al día',
  'checkin.open.choose': '¿Qué preguntas?',
  'checkin.open.csi4': '¿Cómo estamos?',
  'checkin.open.csi4.hint': 'Cuatro preguntas cortas, más o menos un minuto.',
  'checkin.open.csi16': '¿Cómo estamos, con más detalle?',
  'checkin.open.csi16.hint': 'Dieciséis preguntas, unos tres minutos.',
  'checkin.open.reciprocity': '¿Quién lleva qué?',
  'checkin.open.reciprocity.hint':
    'Las preguntas propias de recipro sobre cómo se reparten las cosas: quién lleva qué y cómo se vive.',
  'checkin.open.submit': 'Empezar la puesta al día',
  'checkin.open.pending': 'Empezando…',
  'checkin.schedule.title': 'Una puesta al día periódica',
  'checkin.schedule.intro':
    'recipro puede abrir una puesta al día por su cuenta, para que nadie tenga que pedirla.',
  'checkin.schedule.cadence': 'Cada cuánto',
  'checkin.schedule.off': 'Solo cuando alguien del círculo la empiece',
  'checkin.schedule.weekly': 'Cada semana',
  'checkin.schedule.monthly': 'Cada mes',
  'checkin.schedule.instrument': 'Con qué preguntas',
  'checkin.schedule.save': 'Guardar',
  'checkin.schedule.saved': 'Guardado.',
  'checkin.schedule.stopped.weekly':
    'La puesta al día semanal «{instrument}» ya no se abre: esas preguntas están escritas para parejas. Para mantener una puesta al día periódica, elige abajo las preguntas propias de recipro.',
  'checkin.schedule.stopped.monthly':
    'La puesta al día mensual «{instrument}» ya no se abre: esas preguntas están escritas para parejas. Para mantener una puesta al día periódica, elige abajo las preguntas propias de recipro.',
  'checkin.history.title': 'Tus puestas al día',
  'checkin.history.empty':
    'Empieza una puesta al día arriba; después, todo el círculo podrá responderla.',
  'checkin.history.item': '«{name}», {date}',
  'checkin.status.waitingYou': 'Esperando tus respuestas',
  'checkin.status.waiting':
    '{count, plural, one {Respondiste; falta # persona} other {Respondiste; faltan # personas}}',
  'checkin.status.revealed': 'Respuestas lado a lado',
  'checkin.status.closed': 'Cerrada',
  'checkin.back': 'Todas las puestas al día',
  'checkin.answer.title': 'Tus respuestas',
  'checkin.answer.alone':
    'Responde por tu cuenta. Nadie ve tus respuestas antes de que todo el mundo haya respondido.',
  'checkin.answer.note': 'Una nota para ti',
  'checkin.answer.note.hint': 'Solo tú ves esta nota.',
  'checkin.answer.submit': 'Enviar mis respuestas',
  'checkin.answer.pending': 'Enviando…',
  'checkin.answer.notOpen':
    'Tus respuestas no se enviaron: ya habías respondido esta puesta al día, o se cerró.',
  'checkin.answer.missing':
    '{count, plural, one {Responde la última pregunta que falta.} other {Responde todas las preguntas; faltan #.}}',
  'checkin.pair.position': '{position} de {count}, de {left} a {right}',
  'checkin.waiting.title': 'Gracias por responder',
  'checkin.close.hint':
    'Si el resto no puede responder esta vez, puedes cerrarla: entonces se muestran lado a lado las respuestas dadas hasta ahora.',
  'checkin.close.button': 'Cerrar y mostrar las respuestas dadas hasta ahora',
  'checkin.close.tooSoon':
    'Todavía está esperando las respuestas de todo el mundo, así que aún no se puede cerrar.',
  'checkin.close.pending': 'Cerrando…',
  'checkin.close.waits':
    'Espera a todo el mundo hasta {when}; después, quien la abrió puede cerrarla.',
  'checkin.close.waitsForYou': 'Espera a todo el mundo hasta {when}; después podrás cerrarla.',
  'checkin.close.openerLeft':
    'Quien abrió esta puesta al día dejó el círculo, así que puede cerrarla cualquier persona que estuviera aquí cuando se abrió.',
  'checkin.waiting':
    '{count, plural, one {Falta que responda # persona más.} other {Falta que respondan # personas más.}}',
  'checkin.waiting.body':
    'Cuando todo el mundo haya respondido, las respuestas aparecerán aquí lado a lado. Esta página se actualiza cada pocos segundos.',
  'checkin.reveal.title': 'Lado a lado',
  'checkin.reveal.you': 'Tú',
  'checkin.reveal.none': 'Sin responder',
  'checkin.reveal.closedBeforeYou': 'Esta puesta al día se cerró antes de que respondieras.',
  'checkin.trend.title': 'Tu propia tendencia',
  'checkin.trend.went_up': 'Desde tu última puesta al día de este tipo, tus respuestas subieron.',
  'checkin.trend.stayed_the_same':
    'Desde tu última puesta al día de este tipo, tus respuestas se mantuvieron igual.',
  'checkin.trend.went_down': 'Desde tu última puesta al día de este tipo, tus respuestas bajaron.',
  'checkin.trend.first':
    'Es tu primera puesta al día de este tipo; la próxima vez verás cómo cambiaron tus respuestas.',
  'checkin.trend.note':
    'Son tus propias respuestas sobre cómo vives las cosas, no una calificación de la relación.',
  'checkin.talk.title': 'Temas para conversar',
  'checkin.talk.intro':
    'Aquí cada persona siente que lleva más. Las dos miradas pueden ser ciertas; una charla tranquila puede ayudar a ver el lado de la otra persona.',
  'checkin.notFound': 'No pudimos encontrar esa puesta al día. Puede que sea de otro círculo.',

  'area.chores': 'Tareas de la casa',
  'area.chores.shared': 'Tareas compartidas',
  'area.mental_load': 'Estar pendiente de las cosas',
  'area.emotional_support': 'Apoyo emocional',
  'area.money': 'Asuntos de dinero',
  'area.planning': 'Planes',
  'area.fun_intimacy': 'Diversión y cercanía',

  'support.title': 'Mereces sentirte a salvo',
  'support.body':
    'Si sientes miedo o no te sientes a salvo, mereces apoyo, y no tienes que cargar con esto a solas.',
  'support.emergency':
    'Si estás en peligro ahora mismo, llama al número de emergencias de tu zona.',
  'support.trusted':
    'Habla con alguien de confianza: una amistad, alguien de tu familia o tu profesional de salud.',
  'support.helpline':
    'Una línea de ayuda contra la violencia doméstica de tu país puede escucharte de forma confidencial y ayudarte a pensar los próximos pasos.',
  'support.helplines': 'Líneas de ayuda de tu país',
  'support.private': 'Solo tú ves este mensaje. No se avisa a nadie más de este círculo.',

  'reflect.title': 'Reflexionar',
  'reflect.private': 'Solo tú puedes leerlas.',
  'reflect.private.more':
    'Nadie más de este círculo ve tus reflexiones, y nunca forman parte de lo que el círculo comparte.',
  'reflect.write.title': 'Escribir una reflexión',
  'reflect.prompt': 'Una pregunta para empezar',
  'reflect.prompt.none': 'Sin pregunta, solo escribir',
  'reflect.text': 'Tu reflexión',
  'reflect.text.hint': 'Escribe con libertad: basta con una línea.',
  'reflect.text.required': 'Escribe unas palabras primero.',
  'reflect.submit': 'Guardar esta reflexión',
  'reflect.pending': 'Guardando…',
  'reflect.done': 'Guardada. Solo tú puedes leerla.',
  'reflect.list.title': 'Tus reflexiones',
  'reflect.list.empty': 'Elige una pregunta arriba y escribe unas líneas; quedan solo para ti.',
  'reflect.delete': 'Borrar',
  'reflect.delete.label': 'Borrar tu reflexión «{excerpt}»',
  'reflect.delete.confirm': 'Esta reflexión se borrará para siempre.',
  'reflect.delete.yes': 'Borrarla',
  'reflect.deleted': 'Se borró la reflexión.',

  'express.title': 'Expresar',
  'express.intro': 'Di lo que necesitas como un deseo sobre ti, no como una falta de nadie.',
  'needs.title': 'Decir una necesidad',
  'needs.starter': 'Empezar con',
  'needs.text': 'Tu necesidad, con tus palabras',
  'needs.text.required': 'Escribe primero tu necesidad.',
  'needs.sharing': '¿Quién puede leerla?',
  'needs.private': 'Solo yo, por ahora',
  'needs.shared': 'Compartirla con el círculo',
  'needs.submit': 'Guardar mi necesidad',
  'needs.pending': 'Guardando…',
  'needs.done.private': 'Guardada. Solo tú puedes leerla.',
  'needs.done.shared': 'Compartida con el círculo.',
  'needs.list.title': 'Necesidades',
  'needs.list.empty': 'Elige un comienzo arriba y termina la frase con tus propias palabras.',
  'needs.mine.private': 'Solo tú puedes leer esto',
  'needs.mine.shared': 'Compartida con el círculo',
  'needs.from': 'De {name}',
  'needs.thank': 'Gracias por contármelo',
  'needs.thank.label': 'Gracias por contármelo, {name}',
  'needs.thanked': 'Le diste las gracias a {name} por contártelo',
  'needs.thankedBy': 'Con el agradecimiento de {names}',
  'needs.delete': 'Borrar',
  'needs.delete.label': 'Borrar tu necesidad «{excerpt}»',
  'needs.delete.confirm.private': 'Esta necesidad se borrará para siempre.',
  'needs.delete.confirm.shared':
    'Esta necesidad se borrará para siempre, y nadie del círculo volverá a verla.',
  'needs.delete.yes': 'Borrarla',
  'needs.deleted': 'Se borró la necesidad.',
  'needs.makePrivate': 'Volver a hacerla privada',
  'needs.makePrivate.label': 'Volver a hacer privada tu necesidad «{excerpt}»',
  'needs.madePrivate': 'Ahora solo tú puedes leerla.',
  'needs.share': 'Compartir con el círculo',
  'needs.share.label': 'Compartir con el círculo tu necesidad «{excerpt}»',
  'needs.share.confirm':
    'Todo el mundo en {circle} podrá leer esta necesidad. Puedes volver a hacerla privada en cualquier momento.',
  'needs.share.yes': 'Compartirla',
  'needs.share.no': 'Ahora no',
  'needs.sharing.pending': 'Compartiendo…',
  'needs.sharedNow': 'Compartida con el círculo.',

  'values.title': 'Conversación sobre valores',
  'values.intro':
    'Cada persona responde a solas; las respuestas aparecen lado a lado cuando todo el mundo ha respondido.',
  'values.start': 'Empezar una conversación sobre valores',
  'values.starting': 'Empezando…',
  'values.empty':
    'Empieza una conversación sobre valores para descubrir lo que más le importa a cada persona.',
  'values.answer.hint': 'Deja una pregunta vacía para saltarla.',
  'values.submit': 'Enviar mis respuestas',
  'values.answer.notOpen':
    'Estas respuestas no se enviaron: ya habías respondido, o la conversación está cerrada.',
  'values.pending': 'Enviando…',
  'values.waiting':
    '{count, plural, one {Respondiste; falta # persona.} other {Respondiste; faltan # personas.}}',
  'values.reveal.title': 'Las respuestas, lado a lado',
  'values.skipped': 'Saltada',
  'values.refresh': 'Volver a mirar',
  'values.talk.title': 'Temas para conversar',
  'values.talk.intro':
    'Más de una persona dijo algo sobre estos temas; comparar es una buena forma de empezar.',
  'values.startAnother': 'Empezar otra conversación',

  'repair.title': 'Reparar',
  'repair.intro':
    'Los momentos difíciles llegan allí donde la gente comparte su vida o su trabajo. Lo que importa es volver a acercarse, pronto y con suavidad.',
  'repair.reset.now': 'Volvamos a empezar',
  'repair.reset.now.hint': 'Con un toque dices: me gustaría que empezáramos de nuevo.',
  'repair.reset.pending': 'Dando el primer paso…',
  'repair.reset.done': 'Diste el primer paso. Eso requiere valor.',
  'repair.log.title': 'Registrar un momento difícil',
  'repair.log.note': 'Qué pasó',
  'repair.log.note.hint': 'Bastan unas pocas palabras tranquilas.',
  'repair.log.who': '¿Quién puede leer la nota?',
  'repair.log.shared': 'Todo el círculo',
  'repair.log.private': 'Solo yo',
  'repair.log.submit': 'Registrarlo',
  'repair.log.pending': 'Registrando…',
  'repair.log.done': 'Registrado. Cuando quieras, toca «Volvamos a empezar».',
  'repair.list.title': 'Momentos difíciles y reparaciones',
  'repair.list.empty':
    'Aún no hay nada registrado; después de un momento difícil, regístralo aquí o toca «Volvamos a empezar».',
  'repair.item.loggedBy': 'Lo registró {name}',
  'repair.item.privateNote': 'Solo tú puedes leer esta nota.',
  'repair.item.reset': 'Volvamos a empezar',
  'repair.item.alreadyRepaired': 'Esto ya estaba marcado como reparado.',
  'repair.item.reset.label': 'Volvamos a empezar después del momento del {date}',
  'repair.item.repaired': 'Reparado para mí',
  'repair.item.repaired.label': 'Marcar el momento del {date} como reparado para mí',
  'repair.item.repairedForYou': 'Reparado para ti; espera al resto del círculo.',
  'repair.item.reachedOut': '{name} dio el primer paso',
  'repair.item.youReachedOut': 'Diste el primer paso',
  'repair.item.repairedIn': 'Reparado al cabo de {duration}',
  'repair.item.waiting': 'Aún sin reparar; hay tiempo.',
  'repair.item.removeNote': 'Quitar la nota',
  'repair.item.removeNote.label': 'Quitar la nota que escribiste sobre el momento del {date}',
  'repair.item.removeNote.confirm':
    'Tu nota se quitará. El momento en sí se queda, y también cualquier reparación.',
  'repair.item.removeNote.yes': 'Quitar la nota',
  'repair.item.noteRemoved': 'Se quitó la nota.',
  'repair.stats.title': 'Dónde empieza la reparación',
  'repair.stats.empty':
    'Cuando haya empezado una reparación, verás aquí desde dónde suele empezar.',
  'repair.stats.bothSides': 'Últimamente la reparación ha empezado desde los dos lados.',
  'repair.stats.oneSide': 'Últimamente la mayor parte de la reparación ha empezado desde un lado.',
  'repair.stats.mostlyYou':
    'Últimamente has empezado tú la mayoría de las reparaciones. Está bien dejar espacio para que el otro lado también se acerque.',
  'repair.stats.yours':
    '{count, plural, one {Empezaste # reparación.} other {Empezaste # reparaciones.}}',
  'repair.stats.yoursNone':
    'Todavía no has empezado ninguna reparación; «Volvamos a empezar» está a un toque.',
  'repair.stats.median': 'Normalmente se repara al cabo de {duration}.',
  'repair.stats.goal':
    'Una meta amable: reparar en menos de un día. Hasta ahora, el {percent} de las reparaciones ocurrieron en menos de 24 horas.',
  'repair.stats.goalNone':
    'Una meta amable: reparar en menos de un día, cuando las dos partes estén preparadas.',

  'duration.underMinute': 'menos de un minuto',
  'duration.minutes': '{count, plural, one {# minuto} other {# minutos}}',
  'duration.hours': '{count, plural, one {# hora} other {# horas}}',
  'duration.days': '{count, plural, one {# día} other {# días}}',

  'review.title': 'Observar',
  'review.intro': 'Una mirada atrás a un mes, para guardarla o llevarla a una conversación.',
  'review.month': 'Mes',
  'review.previous': 'Mes anterior',
  'review.next': 'Mes siguiente',
  'review.sentences': 'El mes en pocas palabras',
  'review.acts.title': 'Gestos de cuidado',
  'review.acts.total':
    '{count, plural, one {# gesto de cuidado registrado este mes} other {# gestos de cuidado registrados este mes}}',
  'review.acts.yours':
    '{count, plural, one {Diste # gesto de cuidado este mes.} other {Diste # gestos de cuidado este mes.}}',
  'review.acts.previous': '{count, plural, one {# el mes anterior} other {# el mes anterior}}',
  'review.noticed.title': 'Notado',
  'review.noticed.rate': 'Se notó el {percent} del cuidado dado.',
  'review.noticed.none': 'Todavía no hay nada que notar este mes.',
  'review.repairs.title': 'Reparaciones',
  'review.repairs.count': '{repaired} de {ruptures} momentos difíciles reparados.',
  'review.repairs.none': 'Este mes no se registraron momentos difíciles.',
  'review.checkins.title': 'Mis puestas al día',
  'review.checkins.none': 'Este mes no respondiste ninguna puesta al día.',
  'review.checkins.count':
    '{count, plural, one {«{instrument}»: respondiste # vez} other {«{instrument}»: respondiste # veces}}',
  'review.checkins.private': 'Solo tú ves esta parte.',
  'review.trend.went_up': 'tus respuestas subieron',
  'review.trend.stayed_the_same': 'tus respuestas se mantuvieron igual',
  'review.trend.went_down': 'tus respuestas bajaron',

  'instrument.csi4': '¿Cómo estamos?',
  'instrument.csi16': '¿Cómo estamos, con más detalle?',
  'instrument.reciprocity': '¿Quién lleva qué?',
  'instrument.about': 'Sobre estas preguntas',
  'instrument.about.published':
    'Estas preguntas vienen del Couples Satisfaction Index ({code}), un cuestionario publicado, con las palabras y el orden originales. Después verás las respuestas de cada persona lado a lado, y cómo cambian tus propias respuestas con el tiempo.',
  'instrument.about.own':
    'Son preguntas propias de recipro, escritas para hablar de cómo se reparten las cosas. No son una escala estándar ni validada.',
  'instrument.code.csi4': 'CSI-4',
  'instrument.code.csi16': 'CSI-16',
  'repairGuide.open': 'Hablarlo con calma',
  'repairGuide.open.label': 'Hablarlo con calma: el momento del {date}',
  'review.sentence.none':
    'Este mes no se registró ningún gesto de cuidado. Uno pequeño hoy es una buena forma de volver.',
  'review.sentence.acts':
    '{count, plural, one {En común registraron # gesto de cuidado este mes} other {En común registraron # gestos de cuidado este mes}}{compared, select, up {, {more} más que el mes anterior} down {, menos que los {before} del mes anterior: hay meses con mucho ajetreo} same {, tantos como el mes anterior} other {}}.',
  'review.sentence.noticed': 'La persona que los recibió notó el {percent} de ellos.',
  'review.sentence.noticedFew':
    'Se marcó como notado el {percent} de ellos: un rápido «Lo noté» ayuda mucho.',
  'review.sentence.notRepaired':
    '{count, plural, one {Este mes hubo un momento difícil, aún sin marcar como reparado.} other {Este mes hubo # momentos difíciles, aún sin marcar como reparados.}}',
  'review.sentence.repaired':
    '{count, plural, one {Se reparó {repaired} de # momento difícil, con una mediana de {duration}.} other {Se repararon {repaired} de # momentos difíciles, con una mediana de {duration}.}}',
  'review.duration.underMinute': 'menos de un minuto',
  'review.duration.minutes': '{count, plural, one {# minuto} other {# minutos}}',
  'review.duration.hours': '{count, plural, one {# hora} other {# horas}}',
};
