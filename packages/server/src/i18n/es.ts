/**
 * Spanish: the translation of en.ts, in the words the web's Spanish catalogue uses for the same
 * things (temporada, traspaso, puesta al día, «Volvamos a empezar»). Addressed as «tú», and
 * gender-neutral: nothing said of the reader or of a named person takes a gendered ending.
 */
import type { Catalogue } from './en.ts';

export const es: Catalogue = {
  'mail.hello': 'Hola, {name}:',

  'update.someone': 'Alguien',
  'update.someCircle': 'uno de tus círculos',
  'update.invitation_accepted.title': 'Alguien pide entrar',
  'update.invitation_accepted.body':
    '{name} pidió entrar en {circle}. Cualquier persona del círculo puede darle acceso.',
  'update.member_admitted.title': 'Una persona nueva se unió',
  'update.member_admitted.body': 'Una persona nueva entró en {circle}.',
  'update.welcome.title': 'Te damos la bienvenida',
  'update.welcome.body': '{name} te dejó entrar en {circle}. ¡Te damos la bienvenida!',
  'update.removed_from_circle.title': 'Un círculo en el que estabas',
  'update.removed_from_circle.body': 'Ya no formas parte de {circle}.',
  'update.act_questioned.title': 'Un gesto de cuidado para revisar',
  'update.act_questioned.body':
    '{name} no reconoce un gesto de cuidado que registraste en {circle}. Puedes cambiarlo o retirarlo.',
  'update.season_suggested.title': 'Una temporada propuesta',
  'update.season_suggested.body':
    '{name} propuso una temporada sobre ti en {circle}. Tú decides si la aceptas o no.',
  'update.season_answered.title': 'La temporada que propusiste',
  'update.season_answered.body': '{name} respondió a la temporada que propusiste en {circle}.',
  'update.season_answered.body.accepted': '{name} aceptó la temporada que propusiste en {circle}.',
  'update.season_answered.body.declined': '{name} rechazó la temporada que propusiste en {circle}.',
  'update.handover_proposed.title': 'Un traspaso para ti',
  'update.handover_proposed.body':
    '{name} te propuso un traspaso en {circle}. Está a la espera de tu respuesta.',
  'update.handover_answered.title': 'El traspaso que propusiste',
  'update.handover_answered.body': '{name} respondió al traspaso que propusiste en {circle}.',
  'update.handover_answered.body.accepted': '{name} aceptó el traspaso que propusiste en {circle}.',
  'update.handover_answered.body.declined':
    '{name} rechazó el traspaso que propusiste en {circle}.',
  'update.responsibility_changed.title': 'Cambió una responsabilidad compartida',
  'update.responsibility_changed.body':
    '{name} cambió una responsabilidad que compartes en {circle}.',
  'update.responsibility_removed.title': 'Se quitó una responsabilidad compartida',
  'update.responsibility_removed.body':
    '{name} quitó una responsabilidad que compartías en {circle}.',
  'update.ritual_changed.title': 'Cambió un ritual compartido',
  'update.ritual_changed.body': '{name} cambió un ritual que compartes en {circle}.',
  'update.ritual_stopped.title': 'Se detuvo un ritual compartido',
  'update.ritual_stopped.body': '{name} detuvo un ritual que compartías en {circle}.',
  'update.reset_requested.title': '«Volvamos a empezar»',
  'update.reset_requested.body':
    '{name} dijo «Volvamos a empezar» sobre un momento difícil en {circle}. Lo que ayuda es responder con cariño y sin tardar.',
  'update.rupture_waiting.title': 'Una reparación te espera',
  'update.rupture_waiting.body':
    '{name} dijo que un momento difícil en {circle} está reparado para esa persona. Dilo tú también cuando lo esté para ti.',
  'update.rupture_repaired.title': 'Reparado',
  'update.rupture_repaired.body':
    'Un momento difícil en {circle} está reparado para todas las personas implicadas.',
  'update.question_answered.title': 'La pregunta de hoy',
  'update.question_answered.body':
    'Todo el mundo en {circle} respondió a la pregunta de hoy: ya se pueden leer las respuestas en común.',
  'update.repair_guide_waiting.title': 'Hablarlo con calma',
  'update.repair_guide_waiting.body':
    'Hablar sobre un momento difícil en {circle} espera tus respuestas, cuando tengas la calma suficiente. Nadie lee las respuestas de nadie hasta que todo el mundo haya terminado.',
  'update.repair_guide_revealed.title': 'Para leer en común',
  'update.repair_guide_revealed.body':
    'Todo el mundo terminó de hablar sobre un momento difícil en {circle}: ya se puede leer en común.',
  'update.need_shared.title': 'Una necesidad compartida contigo',
  'update.need_shared.body':
    '{name} compartió una necesidad contigo en {circle}. Puedes leerla en recipro.',
  'update.checkin_opened.title': 'Hay una puesta al día abierta',
  'update.checkin_opened.body':
    '{name} abrió una puesta al día en {circle}. Respóndela cuando te venga bien.',
  'update.checkin_opened.body.scheduled':
    'Se abrió una puesta al día en {circle}, como tenía previsto tu círculo. Respóndela cuando te venga bien.',
  'update.checkin_waiting.title': 'Una puesta al día te espera',
  'update.checkin_waiting.body':
    'Una puesta al día en {circle} espera tus respuestas. Nadie ve las de nadie hasta que todo el mundo haya respondido.',
  'update.checkin_ready.title': 'Una puesta al día, lista para ver',
  'update.checkin_ready.body':
    'Todo el mundo respondió a una puesta al día en {circle}: ya se puede ver en común.',
  'update.values_opened.title': 'Una conversación sobre valores',
  'update.values_opened.body':
    '{name} empezó una conversación sobre valores en {circle}. Respóndela cuando te venga bien.',
  'update.values_waiting.title': 'Una conversación sobre valores te espera',
  'update.values_waiting.body':
    'Una conversación sobre valores en {circle} espera tus respuestas. Nadie lee las de nadie hasta que todo el mundo haya respondido.',
  'update.values_ready.title': 'Una conversación sobre valores, lista para leer',
  'update.values_ready.body':
    'Todo el mundo respondió a una conversación sobre valores en {circle}: ya se puede leer en común.',
  'update.act_noticed.title': 'Alguien notó tu cuidado',
  'update.act_noticed.body': 'Alguien de {circle} notó un cuidado que diste.',

  'update.bundle.title': 'Novedades de tus círculos',
  'update.bundle.body':
    '{count, plural, one {# novedad te espera en {where}.} other {# novedades te esperan en {where}.}}',
  'update.bundle.circles': '{count, plural, one {# de tus círculos} other {# de tus círculos}}',

  'update.email.see': 'Míralo en recipro:',
  'update.email.chose':
    'Elegiste enterarte de esto por correo. Elige qué novedades te llegan, y cómo:',
  'update.email.stop': 'Para dejar de recibir correos de recordatorios y novedades:',

  'reminder.ritual.body': 'Es el momento de «{title}». Bastan unos minutos compartidos.',
  'reminder.test.title': 'Un recordatorio de prueba de recipro',
  'reminder.test.body': 'Así te llegarán los recordatorios.',
  'reminder.email.open': 'Ábrelo en recipro:',
  'reminder.email.stop': 'Para dejar de recibir estos correos:',

  'account.reset.subject': 'Elige una contraseña nueva para recipro',
  'account.reset.asked':
    'Alguien (esperamos que tú) pidió una contraseña nueva para tu cuenta de recipro.',
  'account.reset.follow':
    '{minutes, plural, one {Sigue este enlace en el próximo minuto para elegirla. Solo funciona una vez:} other {Sigue este enlace en los próximos # minutos para elegirla. Solo funciona una vez:}}',
  'account.reset.notYou': 'Si no fuiste tú, ignora este correo: tu contraseña seguirá como está.',
  'account.confirm.subject': 'Confirma tu correo para recipro',
  'account.confirm.follow':
    '{hours, plural, one {Confirma que esta es tu dirección para recipro siguiendo este enlace (funciona una sola vez, durante la próxima hora):} other {Confirma que esta es tu dirección para recipro siguiendo este enlace (funciona una sola vez, durante las próximas # horas):}}',
  'account.confirm.until':
    'Hasta entonces, recipro no enviará recordatorios a esta dirección. Si no esperabas este correo, ignóralo.',

  'calendar.name': 'Rituales de recipro',
  'calendar.description': 'Un ritual de {circle}.',

  'unsubscribe.title': 'Dejar de recibir recordatorios por correo',
  'unsubscribe.heading': '¿Dejar de recibir recordatorios por correo?',
  'unsubscribe.text':
    'Ya no te llegarán recordatorios de recipro por correo. Puedes volver a activarlos en la aplicación.',
  'unsubscribe.button': 'Dejar de recibirlos',
  'unsubscribe.done.title': 'Suscripción cancelada',
  'unsubscribe.done.heading': 'Hecho',
  'unsubscribe.done.text': 'Ya no te llegarán correos de recordatorios.',

  'report.title': 'Un informe para una persona de terapia',
  'report.period': 'del {from} al {to}',
  'report.people': 'Sobre {names}',
  'report.agreed': 'Todas las personas de este informe aceptaron compartirlo.',
  'report.draft':
    'Un borrador: no todas las personas de este informe han aceptado compartirlo todavía. No puede salir del círculo hasta que lo hagan.',
  'report.about.heading': 'Sobre este informe',
  'report.about.text':
    'Muestra el ritmo del cuidado entre las personas que aparecen en él, a partir de lo que registraron y eligieron compartir en recipro durante este periodo. No contiene reflexiones privadas, notas ni respuestas sin revelar, ni nada que no se compartiera entre ellas. No es un diagnóstico: sus cifras describen patrones, no personas.',
  'report.care.heading': 'El cuidado en este periodo',
  'report.care.acts':
    '{count, plural, one {Se registró # gesto de cuidado} other {Se registraron # gestos de cuidado}} entre las personas de este informe.',
  'report.care.noticed': 'La persona que los recibió marcó como vistos el {percent}.',
  'report.care.forms': 'Las formas que tomó, de más a menos esfuerzo: {forms}.',
  'report.care.none': 'No se registró ningún gesto de cuidado en este periodo.',
  'report.rhythm.heading': 'El ritmo de cada pareja de personas',
  'report.rhythm.caption':
    'Cada bloque son {days} días. Una franja dice con qué equilibrio fue el cuidado en ambos sentidos entre dos personas; nunca dice de qué lado.',
  'report.rhythm.pair': '{a} y {b}',
  'report.rhythm.step': 'del {from} al {to}: {band}',
  'report.rhythm.latest':
    'Últimamente: {band}. El patrón de las últimas {weeks} semanas: {pattern}, con cuidado en {active} de ellas.',
  'report.rhythm.none': 'Se registró demasiado poco cuidado entre dos personas para leer un ritmo.',
  'report.band':
    '{band, select, in_rhythm {Al compás} leaning {Hacia un lado} one_sided {De un solo lado} other {Recién empieza}}',
  'report.pattern':
    '{pattern, select, balanced {equilibrado} generalized {dar con generosidad} negative {un lado que pasa desapercibido} other {todavía no hay suficiente}}',
  'report.seasons.heading': 'Temporadas',
  'report.seasons.caption':
    'Momentos en que las personas de este informe esperaban que el equilibrio cambiara.',
  'report.seasons.item': '{name}: {kind}, del {from} al {to}',
  'report.seasons.ongoing': '{name}: {kind}, desde el {from}',
  'report.seasons.none': 'No hubo temporadas en este periodo.',
  'report.season':
    '{kind, select, illness {enfermedad} new_baby {un bebé en casa} exams {exámenes} grief {duelo} move {una mudanza} work {mucho trabajo} caregiving {cuidar de alguien} other {otra temporada}}',
  'report.checkins.heading': 'Puestas al día',
  'report.checkins.caption':
    'Puestas al día respondidas a solas y reveladas juntas en este periodo.',
  'report.checkins.item':
    '{date}: {instrument}, {count, plural, one {respondida por # persona} other {respondida por # personas}}',
  'report.checkins.areas': 'Cosas de las que hablar: {areas}',
  'report.checkins.none': 'No se reveló ninguna puesta al día en este periodo.',
  'report.instrument':
    '{instrument, select, csi4 {Couples Satisfaction Index (CSI-4)} csi16 {Couples Satisfaction Index (CSI-16)} other {la puesta al día propia de recipro}}',
  'report.area':
    '{area, select, chores {tareas de la casa} mental_load {estar pendiente de las cosas} emotional_support {apoyo emocional} money {asuntos de dinero} planning {planes} other {diversión y cercanía}}',
  'report.csi.heading': 'Para una lectura profesional: Couples Satisfaction Index',
  'report.csi.caption':
    'Los totales propios de cada persona a lo largo del tiempo, de {min} a {max}; más alto quiere decir más satisfacción. El punto de corte publicado por sus autores es {cutOff}: en su investigación, los totales por debajo se asociaron con una insatisfacción notable en la relación. Para que una persona profesional lo lea con la pareja, no como una etiqueta (Funk y Rogge, 2007).',
  'report.csi.person': '{name}: {instrument}',
  'report.csi.point': '{date}: {total}',
  'report.csi.cutOff': 'Punto de corte publicado: {cutOff}',
  'report.values.heading': 'Conversación sobre valores',
  'report.values.item': '{date}: temas que respondió más de una persona: {topics}',
  'report.values.nothing': '{date}: ningún tema lo respondió más de una persona',
  'report.values.none': 'No se reveló ninguna conversación sobre valores en este periodo.',
  'report.topic':
    '{topic, select, respect {respeto} affection {cariño} sharing_chores {repartir las tareas} sharing_money {compartir el dinero} sharing_time {compartir el tiempo} principles {principios} work {trabajo} parenting {crianza} other {crecer}}',
  'report.repair.heading': 'Reparación',
  'report.repair.caption':
    'Los momentos difíciles y cómo se repararon, como patrones: no se muestra la cuenta de nadie.',
  'report.repair.ruptures':
    '{count, plural, one {Se registró # momento difícil} other {Se registraron # momentos difíciles}}.',
  'report.repair.repaired':
    'Reparados para todas las personas implicadas: {count}. Reparados por ahora para algunas de ellas: {some}.',
  'report.repair.time':
    'Tiempo mediano hasta la reparación: {duration}. Reparados en menos de un día: {percent}.',
  'report.repair.start':
    '{pattern, select, both_sides {La reparación empezó desde los dos lados.} one_side {La reparación empezó sobre todo desde un lado.} other {Hay muy pocas reparaciones para decir desde dónde suelen empezar.}}',
  'report.repair.none': 'No se registró ningún momento difícil en este periodo.',
  'report.duration':
    '{unit, select, minutes {{n, plural, one {# minuto} other {# minutos}}} hours {{n, plural, one {# hora} other {# horas}}} other {{n, plural, one {# día} other {# días}}}}',
  'report.load.heading': 'Repartir la carga, por etapa',
  'report.load.caption':
    '{count, plural, one {# responsabilidad} other {# responsabilidades}} tal como estaban al preparar el informe, según su frecuencia y su esfuerzo. No se muestra la parte de nadie.',
  'report.load.stage': '{stage}: {spread}',
  'report.load.unowned': '{stage}: {percent} sin que nadie lo haya asumido todavía',
  'report.load.none': 'No se anotó ninguna responsabilidad.',
  'report.stage':
    '{stage, select, notice {Darse cuenta} plan {Planificar} do {Hacer} other {Dar seguimiento}}',
  'report.spread':
    '{spread, select, shared {compartida} one_side {sobre todo de un lado} other {nadie la ha asumido todavía}}',
  'report.rituals.heading': 'Rituales mantenidos',
  'report.rituals.item': '{ritual}: {done} de {of, plural, one {# vez} other {# veces}}',
  'report.rituals.none': 'No tocaba ningún ritual en este periodo.',
  'report.ritual':
    '{kind, select, nightly_checkin {Diez minutos para ponerse al día por la noche} appreciation {Dos minutos de aprecio} weekly_checkin {¿Cómo estamos?} monthly_family_checkin {Puesta al día familiar cada mes} team_feedback {Ronda de comentarios recíprocos} get_together {Un encuentro habitual} other {Nuestro propio ritual}}',
  'report.form':
    '{form, select, practical {ayuda práctica} emotional {apoyo emocional} communication {comunicación} affection {cariño} intimacy {intimidad} quality_time {tiempo de calidad} respect {respeto} repair {reparación} healing {acompañamiento} future {futuro} appreciation {aprecio} other {carga mental}}',
  'report.additions.heading': 'En sus propias palabras',
  'report.additions.caption': 'Lo que cada persona eligió añadir para quien lo lea.',
  'report.additions.none': 'Nadie añadió palabras para quien lo lea.',
  'report.footer':
    'Hecho con recipro el {date}. recipro es una herramienta para las personas que lo usan, no una terapia.',
  'report.pdfEnglish':
    'Este PDF está en inglés: el servidor todavía no tiene una tipografía para la escritura de tu idioma.',
  'report.email.subject': 'Un informe de recipro, compartido contigo',
  'report.email.body':
    '{names} aceptaron compartir contigo este informe. Va adjunto en PDF. Se hizo con recipro, una herramienta para las personas que lo usan; no contiene nada que no compartieran entre ellas.',
  'report.notOpen.title': 'Este enlace no está abierto',
  'report.notOpen.text':
    'Puede que el enlace haya caducado o lo hayan retirado, o que no esté completo. Pide uno nuevo a quienes lo compartieron.',

  'export.formerMember': 'alguien que dejó el círculo',
};
