/** Spanish messages of the load divider, rituals and reminders: the translation of en-load.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enLoad } from './en-load.ts';

// Glossary (English → Spanish), used the same way in every es-*.ts file:
//   circle → círculo · act of care → gesto de cuidado · form of care → forma de cuidado
//   care languages → lenguajes del cuidado
//   check-in / to check in → puesta al día / ponerse al día
//   ritual → ritual · repair → reparación, reparar · hard moment (rupture) → momento difícil
//   “Let’s reset” → «Volvamos a empezar» · to reach out → dar el primer paso
//   “I noticed” → «Lo noté» · noticed → notado · season → temporada · load → carga
//   Share the load → Repartir la carga · stage (notice, plan, do, follow up) → fase (darse
//   cuenta, planificar, hacer, dar seguimiento) · hand-over → traspaso · keeper → responsable
//   need → necesidad · reflection → reflexión · rhythm → ritmo · balance → equilibrio
//   reminders → recordatorios · quiet hours → horas de silencio · a former member → alguien
//   que dejó el círculo · “you” as a name in a sentence → tú (subject), ti (after de/a/desde)

export const esLoad: CatalogueOf<typeof enLoad> = {
  'together.tabs': 'El día a día en común',
  'together.load': 'La carga',
  'together.rituals': 'Rituales',
  'together.reminders': 'Recordatorios',
  'together.backToCircle': 'Volver a {name}',
  'together.saving': 'Guardando…',

  'load.title': 'Repartir la carga',
  'load.intro.couple':
    'Quién se da cuenta, planifica, hace y da seguimiento a lo que mantiene en marcha la vida en pareja: las partes invisibles también cuentan.',
  'load.intro.family':
    'Quién se da cuenta, planifica, hace y da seguimiento a lo que mantiene en marcha la vida familiar: las partes invisibles también cuentan.',
  'load.intro.friends':
    'Quién se da cuenta, planifica, hace y da seguimiento a lo que mantiene viva la amistad del grupo: las partes invisibles también cuentan.',
  'load.intro.team':
    'Quién se da cuenta, planifica, hace y da seguimiento a lo que mantiene en marcha al equipo: las partes invisibles también cuentan.',
  'load.alone': 'Primero invita a alguien a tu círculo; repartir la carga necesita dos personas.',

  'load.area.home': 'Casa',
  'load.area.children': 'Crianza',
  'load.area.money': 'Dinero',
  'load.area.health': 'Salud',
  'load.area.social': 'Vida social',
  'load.area.family': 'Familia',
  'load.area.admin': 'Trámites',
  'load.area.emotional': 'Lo emocional',
  'load.frequency.daily': 'Cada día',
  'load.frequency.weekly': 'Cada semana',
  'load.frequency.monthly': 'Cada mes',
  'load.frequency.quarterly': 'Cada pocos meses',
  'load.frequency.yearly': 'Cada año',
  'load.frequency.occasional': 'De vez en cuando',
  'load.effort.1': 'Pequeño',
  'load.effort.2': 'Mediano',
  'load.effort.3': 'Grande',
  'load.stage.notice': 'Darse cuenta',
  'load.stage.plan': 'Planificar',
  'load.stage.do': 'Hacer',
  'load.stage.followUp': 'Dar seguimiento',
  'load.stage.lower.notice': 'la parte de darse cuenta',
  'load.stage.lower.plan': 'la parte de planificar',
  'load.stage.lower.do': 'la parte de hacer',
  'load.stage.lower.followUp': 'la parte de dar seguimiento',

  'load.inventory.title': 'Lo que mantiene todo en marcha',
  'load.inventory.empty':
    'Para empezar, elige algunas responsabilidades de la lista común de abajo, o añade las tuyas.',
  'load.item.meta': '{area} · {frequency} · {effort}',
  'load.item.owners': 'Quién lleva cada fase',
  'load.item.nobody': 'nadie todavía',
  'load.item.allYours': 'Todo esto lo llevas tú.',
  'load.item.take': 'Me encargo yo',
  'load.item.taken': 'Ahora te encargas de «{title}».',
  'load.item.split': 'Repartir las fases',
  'load.item.stageOwner': '{stage} en «{title}»',
  'load.item.updated': 'Se actualizó «{title}».',
  'load.item.remove': 'Quitar',
  'load.item.removeLabel': 'Quitar «{title}»',

  'load.catalogue.open': 'Empezar con responsabilidades habituales',
  'load.catalogue.legend.couple': 'Elige las que forman parte de la vida en pareja',
  'load.catalogue.legend.family': 'Elige las que forman parte de la vida familiar',
  'load.catalogue.legend.friends': 'Elige las que comparte tu grupo de amistades',
  'load.catalogue.legend.team': 'Elige las que comparte tu equipo',
  'load.catalogue.add': 'Añadir las elegidas',
  'load.catalogue.nothingChosen': 'Elige primero al menos una responsabilidad.',
  'load.catalogue.added':
    '{count, plural, one {Se añadió # responsabilidad.} other {Se añadieron # responsabilidades.}}',
  'load.catalogue.allAdded': 'Todo lo de la lista común ya está aquí.',

  'load.own.open': 'Añadir una propia',
  'load.own.name': '¿Qué es?',
  'load.own.area': 'Área',
  'load.own.frequency': 'Cada cuánto',
  'load.own.effort': 'Esfuerzo',
  'load.own.add': 'Añadir la responsabilidad',
  'load.own.added': 'Se añadió «{title}».',
  'load.own.titleRequired': 'Dale un nombre corto, como «Regalos de cumpleaños».',

  'load.shares.title': 'Cómo se reparte la carga',
  'load.shares.empty': 'Cuando alguien asuma una responsabilidad, verás aquí cómo se reparte.',
  'load.shares.invisible': 'Darse cuenta, planificar, dar seguimiento',
  'load.shares.doing': 'Hacer',
  'load.shares.chartLabel': 'Tu parte de la carga',
  'load.shares.you': 'Tú',
  'load.shares.mine':
    'Llevas el {share} de la carga: el {invisible} de darse cuenta, planificar y dar seguimiento, y el {doing} de hacer.',
  'load.shares.mineNone': 'Todavía no has asumido ninguna fase de ninguna responsabilidad.',
  'load.shares.planningYou':
    'Últimamente te has encargado tú de casi todo lo de darse cuenta y planificar.',
  'load.shares.planningOneSide':
    'Últimamente casi toda la planificación ha estado de un solo lado.',
  'load.shares.even': 'La carga está repartida de forma bastante pareja.',
  'load.shares.leaning': 'La carga se inclina un poco hacia una persona.',
  'load.shares.uneven': 'Ahora mismo, la mayor parte de la carga recae en una persona.',
  'load.shares.unowned': 'Hay fases de las que todavía no se encarga nadie.',

  'load.perceived.title': 'Lo que sientes que llevas',
  'load.perceived.intro':
    'Di qué parte sientes que llevas; aparece junto a lo que suma tu lista de responsabilidades. Solo tú ves las dos cosas.',
  'load.perceived.lineYou': 'Sientes que llevas el {perceived}; la lista dice el {inventory}.',
  'load.perceived.notSaidYou': 'Aún no lo has dicho; la lista dice el {inventory}.',
  'load.perceived.mine': 'La parte que siento que llevo (0–100 %)',
  'load.perceived.areas': 'Áreas que asumiría con gusto, o que ahora no puedo',
  'load.perceived.prefers': 'Áreas que asumiría con gusto',
  'load.perceived.cannot': 'Áreas que ahora no puedo asumir',
  'load.perceived.save': 'Guardar lo que siento',
  'load.perceived.saved': 'Guardado.',
  'load.perceived.range': 'Usa un número del 0 al 100.',

  'load.suggest.title': 'Sugerencias amables',
  'load.suggest.intro':
    'Ideas para que las partes queden más parejas. Nada cambia sin el acuerdo de las dos personas.',
  'load.suggest.empty':
    'Nada que sugerir por ahora; las partes están tan parejas como pueden estar.',
  'load.suggest.line': 'Idea: en «{title}», {stage} podría pasar de {from} a {to}.',
  'load.suggest.propose': 'Proponer',
  'load.suggest.proposeLabel': 'Proponer que, en «{title}», {stage} pase a {to}',
  'load.suggest.proposed': 'Propuesto. {name} puede aceptarlo o rechazarlo.',

  'load.handovers.title': 'Traspasos',
  'load.handovers.empty':
    'Cuando alguien proponga un traspaso, esperará aquí la respuesta de la otra persona.',
  'load.handovers.incoming': '{by} propone que, en «{title}», {stage} pase de {from} a {to}.',
  'load.handovers.waiting':
    'Esperando la respuesta de {name}: en «{title}», {stage} pasaría de {from} a {to}.',
  'load.handovers.accepted': 'Acordado: en «{title}», {stage} pasó de {from} a {to}.',
  'load.handovers.declined': 'Ahora no: en «{title}», {stage} sigue correspondiendo a {from}.',
  'load.handovers.accept': 'Aceptar',
  'load.handovers.decline': 'Rechazar',
  'load.handovers.acceptLabel': 'Aceptar que, en «{title}», {stage} pase a {to}',
  'load.handovers.declineLabel': 'Rechazar que, en «{title}», {stage} pase a {to}',
  'load.handovers.didAccept': 'Aceptado. Gracias.',
  'load.handovers.didDecline': 'Rechazado. También está bien.',
  'load.handovers.undone': 'Se deshizo. Vuelve a esperar tu respuesta.',
  'load.handovers.you': 'ti',
  'load.handovers.someone': 'alguien',

  'rituals.title': 'Rituales',
  'rituals.intro':
    'Pequeños momentos de cuidado que se repiten. Si uno se pasa, no pasa nada; se puede retomar.',
  'rituals.empty': 'Empieza un ritual abajo, como dos minutos de aprecio cada tarde.',
  'rituals.list': 'Tus rituales',
  'rituals.kind.nightly_checkin': 'Diez minutos para ponerse al día por la noche',
  'rituals.kind.appreciation': 'Dos minutos de aprecio',
  'rituals.kind.weekly_checkin': '¿Cómo estamos?',
  'rituals.kind.monthly_family_checkin': 'Puesta al día familiar cada mes',
  'rituals.kind.team_feedback': 'Ronda de comentarios recíprocos',
  'rituals.kind.get_together': 'Un encuentro habitual',
  'rituals.kind.custom': 'Nuestro propio ritual',
  'rituals.about.custom': 'Un momento habitual propio: ponle nombre y elige cuándo vuelve.',

  'rituals.title.couple.appreciation': 'Dos minutos de aprecio',
  'rituals.about.couple.appreciation':
    'Cada persona nombra algo que la otra hizo hoy y que le alegró. Bastan dos minutos.',
  'rituals.title.couple.nightly_checkin': 'Diez minutos para ponerse al día por la noche',
  'rituals.about.couple.nightly_checkin':
    'Diez minutos tranquilos antes de dormir: cómo fue el día y una cosa que ayudaría mañana.',
  'rituals.title.couple.weekly_checkin': '¿Cómo estamos?',
  'rituals.about.couple.weekly_checkin':
    'Una vez a la semana, una charla tranquila: qué fue bien, qué pesó y qué haría falta la semana que viene.',
  'rituals.title.couple.get_together': 'Noche en pareja',
  'rituals.about.couple.get_together':
    'Una noche solo para la pareja, organizada por turnos, con los teléfonos guardados.',

  'rituals.title.family.appreciation': 'Momento de gracias',
  'rituals.about.family.appreciation':
    'Cada persona nombra algo que alguien de la familia hizo y que le hizo el día más fácil.',
  'rituals.title.family.nightly_checkin': 'Diez minutos en familia por la noche',
  'rituals.about.family.nightly_checkin':
    'Unos minutos a la mesa o antes de dormir: cada persona comparte una cosa buena y una difícil del día.',
  'rituals.title.family.weekly_checkin': '¿Cómo está todo el mundo?',
  'rituals.about.family.weekly_checkin':
    'Una vez a la semana, cada persona cuenta cómo vivió la semana y qué le ayudaría en la siguiente.',
  'rituals.title.family.monthly_family_checkin': 'Puesta al día familiar cada mes',
  'rituals.about.family.monthly_family_checkin':
    'Una vez al mes, mirar en familia cómo se reparten las tareas de la vida familiar y planear el mes que viene.',
  'rituals.title.family.get_together': 'Comida en familia',
  'rituals.about.family.get_together':
    'Una comida en familia cada semana, a la mesa o por videollamada, con espacio para que todo el mundo hable.',

  'rituals.title.friends.appreciation': 'Unas palabras de agradecimiento',
  'rituals.about.friends.appreciation':
    'Una vez a la semana, cuenta al grupo algo que hizo una amistad y que significó mucho para ti.',
  'rituals.title.friends.weekly_checkin': 'Llamada para ponerse al día',
  'rituals.about.friends.weekly_checkin':
    'Una llamada o un paseo para saber cómo está de verdad cada persona, no solo las novedades.',
  'rituals.title.friends.get_together': 'Encuentro',
  'rituals.about.friends.get_together':
    'Una cita fija para verse, para que nadie tenga que organizarla desde cero cada vez.',

  'rituals.title.team.appreciation': 'Ronda de agradecimientos',
  'rituals.about.team.appreciation':
    'Una vez a la semana, cada persona nombra una ayuda que recibió de alguien del equipo.',
  'rituals.title.team.weekly_checkin': '¿Cómo está el equipo?',
  'rituals.about.team.weekly_checkin':
    'Una ronda corta al empezar la semana: qué pesa, quién necesitaría una mano, qué va bien.',
  'rituals.title.team.team_feedback': 'Ronda de comentarios recíprocos',
  'rituals.about.team.team_feedback':
    'Cada dos semanas, cada persona cuenta qué le ayudó y pregunta qué podría hacer mejor por el resto.',
  'rituals.title.team.get_together': 'Comida de equipo',
  'rituals.about.team.get_together': 'Una comida en equipo una vez al mes, sin orden del día.',

  'rituals.next': 'Próxima vez: {when}',
  'rituals.noNext': 'Sin próxima fecha.',
  'rituals.rhythm': 'Se hizo {done} de las últimas {of} veces.',
  'rituals.rhythmNew': 'Acaba de empezar.',
  'rituals.rhythmRun':
    '{count, plural, one {Se hizo la última vez.} other {Se hizo las últimas # veces seguidas.}}',
  'rituals.with': 'Participan: {names}',
  'rituals.did': 'Lo hicimos',
  'rituals.didLabel': 'Lo hicimos: {title}',
  'rituals.done': 'Anotado: «{title}». ¡Qué bien!',
  'rituals.stop': 'Parar',
  'rituals.stopLabel': 'Parar «{title}»',
  'rituals.editAction': 'Editar',
  'rituals.editLabel': 'Editar «{title}»',
  'rituals.edit.title': 'Editar «{title}»',
  'rituals.edit.save': 'Guardar los cambios',
  'rituals.edit.cancel': 'Dejarlo como estaba',
  'rituals.edit.saved': 'Se guardaron los cambios de «{title}».',
  'rituals.edit.unchanged': 'No se cambió nada.',
  'rituals.edit.gone': 'Mientras tanto se paró este ritual, así que ya no queda nada que cambiar.',
  // `{hour}`: the hour `{time}` shows — "a la 1:30", "a las 13:30".
  'rituals.schedule.daily': 'Cada día {hour, plural, =1 {a la} other {a las}} {time}',
  'rituals.schedule.weekly': 'Cada semana: {days}, {hour, plural, =1 {a la} other {a las}} {time}',
  'rituals.schedule.everyOtherWeek':
    'Cada dos semanas: {days}, {hour, plural, =1 {a la} other {a las}} {time}',
  'rituals.schedule.monthly': 'Una vez al mes, {hour, plural, =1 {a la} other {a las}} {time}',
  'rituals.schedule.other':
    'Con su propio calendario, {hour, plural, =1 {a la} other {a las}} {time}',

  'rituals.new.title': 'Empezar un ritual',
  'rituals.new.kind': 'Qué ritual',
  'rituals.new.name': 'Su nombre',
  'rituals.new.often': 'Cada cuánto',
  'rituals.new.daily': 'Cada día',
  'rituals.new.weekly': 'Cada semana',
  'rituals.new.monthly': 'Cada mes',
  'rituals.new.days': 'Qué días',
  'rituals.new.monthDay': 'Día del mes',
  'rituals.new.monthDayHint': 'Del 1 al 28, para que llegue todos los meses.',
  'rituals.new.time': 'Hora',
  'rituals.new.zone': 'Zona horaria',
  'rituals.new.who': 'Quién participa',
  'rituals.new.start': 'Empezar este ritual',
  'rituals.new.started': '«{title}» ya está en marcha.',
  'rituals.new.noDays': 'Elige al menos un día.',
  'rituals.new.nameRequired': 'Ponle un nombre a tu ritual.',
  'rituals.new.nobody': 'Elige al menos una persona.',
  'rituals.day.MO': 'lunes',
  'rituals.day.TU': 'martes',
  'rituals.day.WE': 'miércoles',
  'rituals.day.TH': 'jueves',
  'rituals.day.FR': 'viernes',
  'rituals.day.SA': 'sábado',
  'rituals.day.SU': 'domingo',
  'rituals.remindersLink': 'Elegir cómo recibir los recordatorios',

  'reminders.title': 'Recordatorios',
  'reminders.intro': 'Cómo te recuerda recipro tus rituales, y cuándo guarda silencio.',
  'reminders.channels': 'Formas de recibir recordatorios',
  'reminders.email': 'Por correo electrónico',
  'reminders.emailOff':
    'El correo no está configurado en este servidor, así que los recordatorios llegan como notificaciones o a través de tu calendario.',
  'reminders.push': 'Con notificaciones, en cada dispositivo donde actives los recordatorios',
  'reminders.quiet': 'Horas de silencio',
  'reminders.quietOn': 'Guardar silencio durante estas horas',
  'reminders.quietFrom': 'Desde',
  'reminders.quietTo': 'Hasta',
  'reminders.zone': 'Mi zona horaria',
  'reminders.save': 'Guardar los ajustes de recordatorios',
  'reminders.saved': 'Tus ajustes de recordatorios están guardados.',
  'reminders.test': 'Enviarme un recordatorio de prueba',
  'reminders.testTooMany':
    'Se acaban de enviar varios recordatorios de prueba. Espera un rato antes del siguiente.',
  'reminders.testPushSending':
    '{count, plural, one {Notificación: va de camino a # dispositivo.} other {Notificación: va de camino a # dispositivos.}}',
  'reminders.testPushNoDevice':
    'Notificación: no se envió; todavía ningún dispositivo tiene los recordatorios activados (actívalos en «Recordatorios en este dispositivo», en cada dispositivo donde los quieras).',
  'reminders.testPushOff':
    'Notificación: no se envió; los recordatorios por notificación están desactivados.',
  'reminders.testEmailSending': 'Correo: va de camino a tu dirección.',
  'reminders.testEmailUnconfirmed':
    'Correo: no se envió; tu dirección de correo aún no está confirmada (en Ajustes puedes pedir el enlace de nuevo).',
  'reminders.testEmailUnavailable': 'Correo: no se envió; este servidor no puede enviar correos.',
  'reminders.testEmailOff': 'Correo: no se envió; los recordatorios por correo están desactivados.',
  'reminders.pushTitle': 'Recordatorios en este dispositivo',
  'reminders.pushOn': 'Activar los recordatorios en este dispositivo',
  'reminders.pushDone': 'Este dispositivo mostrará tus recordatorios.',
  'reminders.pushUnsupported':
    'Este navegador no puede mostrar recordatorios de recipro. En su lugar funcionan el correo o el calendario.',
  'reminders.pushDenied':
    'Las notificaciones de recipro están bloqueadas en este navegador. Puedes permitirlas en la configuración del sitio, en tu navegador.',
  'reminders.pushIsOn': 'Este dispositivo muestra tus recordatorios.',
  'reminders.pushNotHere': 'Este dispositivo todavía no muestra recordatorios.',
  'reminders.pushChecking': 'Comprobando este dispositivo…',
  'reminders.pushOff': 'Desactivar en este dispositivo',
  'reminders.pushOffDone':
    'Los recordatorios están desactivados en este dispositivo. Tus otros dispositivos y el correo siguen como los dejaste.',
  'reminders.pushOffFailed':
    'No pudimos desactivar los recordatorios en este dispositivo. Revisa tu conexión y vuelve a intentarlo.',
  'reminders.pushFailed':
    'No pudimos activar los recordatorios en este dispositivo. Vuelve a intentarlo más tarde.',
  'reminders.pushTaken': 'Este dispositivo ya recibe recordatorios de otra cuenta.',
  'reminders.pushLookupFailed':
    'Ahora mismo no se pudo contactar con el servicio de notificaciones de este navegador. Vuelve a intentarlo.',
  'reminders.calendarTitle': 'Tu calendario',
  'reminders.calendarIntro':
    'Añade esta dirección privada a tu aplicación de calendario para ver allí tus rituales. No la compartas.',
  'reminders.calendarUrl': 'Dirección del calendario',
  'reminders.copy': 'Copiar',
  'reminders.copied': 'Copiado.',
  'reminders.newAddress': 'Crear una dirección nueva',
  'reminders.newAddressDone': 'La dirección anterior ya no funciona; aquí tienes la nueva.',
};
