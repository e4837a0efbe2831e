/** Spanish messages of the short guides and the guided rituals: the translation of en-guides.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enGuides } from './en-guides.ts';

export const esGuides: CatalogueOf<typeof enGuides> = {
  'guides.title': 'Guías',
  'guides.intro':
    'Lecturas breves sobre dar y recibir cuidado, de unos dos minutos cada una, que terminan con una pequeña cosa para probar.',
  'guides.list': 'Todas las guías',
  'guides.readTime': 'Lectura de dos minutos',
  'guides.firstSteps': 'Tus primeros pasos, otra vez',
  'guides.firstSteps.lead':
    '¿Acabas de llegar o quieres repasar? Crea un círculo, invita a alguien, registra un primer gesto de cuidado y descubre qué significa «Lo noté», paso a paso.',
  'guides.link': 'Lectura de dos minutos: {title}',
  'guides.links': 'Lecturas breves que pueden ayudar aquí',
  'guides.tryThis': 'Una pequeña cosa para probar',
  'guides.sources': 'De dónde vienen estas ideas',
  'guides.source': '{authors} ({year}). {title}. {where}.',
  'guides.back': 'Todas las guías',
  'guides.notTherapy':
    'Escrito para recipro a partir de los trabajos que se citan aquí. No es terapia, y no puede juzgar si una relación es segura.',
  'guides.support':
    '¿Sientes miedo o no te sientes a salvo? Encuentra personas que pueden ayudarte',
  'guides.notFound.title': 'No encontramos esta guía',
  'guides.notFound.body':
    'No hay ninguna guía en esta dirección. Todas las guías están en una sola lista.',
  'guides.aside.settings': 'En Guías hay lecturas de dos minutos sobre dar y recibir cuidado.',
  'guides.aside.support':
    '¿No estás en peligro, pero las cosas se te hacen cuesta arriba? En Guías hay lecturas breves sobre conflictos, reparación y temporadas difíciles.',
  'guides.aside.go': 'Abrir las guías',

  // The three kinds of reciprocity, and why exact tit-for-tat hurts.
  'guides.three-kinds.title': 'Tres maneras de dar y recibir',

  // The hurt-for-hurt spiral and how to step out of it.
  'guides.hurt-for-hurt.title': 'La espiral de herida por herida',

  // Saying when you feel disrespected.
  'guides.feeling-disrespected.title': 'Cómo decir que sientes una falta de respeto',

  // Different conflict styles (talk now or take space) and agreeing on a pause.
  'guides.talk-now-or-later.title': '¿Hablar ahora o tomarse un tiempo?',

  // Calming down together (co-regulation).
  'guides.calming-together.title': 'Calmarse en compañía',

  // How childhood, attachment and past hurt shape giving and asking.
  'guides.where-we-come-from.title': 'De dónde vienen nuestras maneras de dar',

  // Stress, burnout and mental health in a season.
  'guides.hard-seasons.title': 'Temporadas difíciles: estrés, agotamiento y salud mental',

  // Screens and attention.
  'guides.screens-and-attention.title': 'Pantallas y atención',

  // "Talk, or just company?"
  'guides.talk-or-company.title': '¿Hablar, o solo compañía?',

  // Culture and care.
  'guides.culture-and-care.title': 'Cultura y cuidado',

  // Guided rituals: what the guide of each kind of ritual says, and its gentle timer.
  'ritualGuide.open': 'Abrir la guía',
  'ritualGuide.openLabel': 'Abrir la guía: {title}',
  'ritualGuide.back': 'Volver a los rituales',
  'ritualGuide.notSaved':
    'Nada de lo que se diga aquí se guarda. Es solo para hablar; se puede parar o saltar adelante en cualquier momento.',
  'ritualGuide.progress': 'Paso {step} de {total}',
  'ritualGuide.previous': 'Atrás',
  'ritualGuide.next': 'Siguiente',
  'ritualGuide.finish': 'Lo hicimos',
  'ritualGuide.doneNow': 'Ya terminé',
  'ritualGuide.doneNowHint': 'Termina la guía aquí y marca el ritual como hecho.',
  'ritualGuide.finishing': 'Marcándolo…',
  'ritualGuide.done.title': 'Hecho',
  'ritualGuide.done': 'Marcado como hecho: «{title}». Gracias por dedicarle tiempo.',
  'ritualGuide.keep':
    'Nada de lo que se dijo aquí se guardó. Si quieres conservar algo, puedes hacerlo cuando te venga bien:',
  'ritualGuide.keep.log': 'Registrar un gesto de cuidado',
  'ritualGuide.keep.need': 'Compartir una necesidad',
  'ritualGuide.notFound.title': 'No encontramos este ritual',
  'ritualGuide.notFound.body':
    'Este ritual ya no está aquí; puede que se haya detenido. Tus otros rituales están en la página Rituales.',
  'ritualGuide.turn.you': 'Tu turno',
  'ritualGuide.turn.other': 'Turno de {name}',
  'ritualGuide.turn.order': 'Por turnos: {names}',
  'ritualGuide.turn.next': 'Siguiente persona',
  'ritualGuide.item.ask':
    'Por turnos: ¿hasta qué punto fue cierto esto para ti esta semana? ¿Qué haría que fuera un poco más cierto la próxima?',
  'ritualGuide.item.own':
    'Son preguntas propias de recipro para las puestas al día, no una escala estándar ni validada. No se cuenta ni se guarda nada.',

  'ritualGuide.timer.label': 'Tiempo restante',
  'ritualGuide.timer.start': 'Poner en marcha el temporizador',
  'ritualGuide.timer.pause': 'Pausar',
  'ritualGuide.timer.resume': 'Seguir',
  'ritualGuide.timer.again': 'Empezar de nuevo',
  'ritualGuide.timer.quiet':
    'No hace ningún sonido; simplemente se detiene cuando se acaba el tiempo.',
  'ritualGuide.timer.paused': 'El temporizador está en pausa.',
  'ritualGuide.timer.ended':
    '{count, plural, one {Se acabó el minuto. Termina lo que estás diciendo; no hay prisa.} other {Se acabaron los # minutos. Termina lo que estás diciendo; no hay prisa.}}',

  'ritualGuide.nightly.intro':
    'Diez minutos tranquilos en compañía. Dejen los teléfonos a un lado, busquen un sitio cómodo y pongan en marcha el temporizador cuando sea el momento. Hay tres preguntas: vayan a su ritmo y sáltense las que no encajen esta noche.',
  'ritualGuide.nightly.moment': '¿Qué momento de hoy te gustaría compartir?',
  'ritualGuide.nightly.hard': '¿Qué fue difícil hoy, y qué ayudó, o qué habría ayudado?',
  'ritualGuide.nightly.tomorrow':
    '¿Hay algo que te gustaría recibir mañana de quien está aquí contigo?',

  'ritualGuide.appreciation.intro':
    'Dos minutos para dar las gracias. Pongan en marcha el temporizador y túrnense.',
  'ritualGuide.appreciation.thanks':
    'Di una cosa que alguien de aquí hizo hace poco y que te alegró, y cuenta qué significó para ti. Quien lo escucha solo dice gracias: nada de «bah, no fue nada».',

  'ritualGuide.weekly.intro':
    'Una mirada tranquila a la semana. Repasen en común unas cuantas frases; en cada una, cada persona dice hasta qué punto le pareció cierta y por qué. Primero se escucha; las soluciones, para el final.',

  'ritualGuide.family-month.intro':
    'Una reunión familiar por turnos, una vez al mes. En cada punto, se da una vuelta para que cada persona hable una vez mientras las demás escuchan. Alguien puede leer los puntos en voz alta.',
  'ritualGuide.family-month.well': '¿Qué salió bien este mes?',
  'ritualGuide.family-month.heavy': '¿Qué se hizo pesado, o demasiado?',
  'ritualGuide.family-month.coming': '¿Qué llega el mes que viene que convendría planear en común?',
  'ritualGuide.family-month.ask':
    'Una cosa con la que me gustaría tener ayuda, o que me gustaría que hiciéramos en familia.',
  'ritualGuide.family-month.change':
    'Elijan en común un pequeño cambio para probar este mes. Si es una tarea que necesita a alguien a cargo, pueden repartirla en Repartir la carga.',

  'ritualGuide.feedback-round.intro':
    'Por turnos, cada persona dice dos cosas mientras las demás escuchan. Den las gracias a cada persona que habla; las preguntas pueden esperar hasta que todo el mundo haya hablado.',
  'ritualGuide.feedback-round.heading': 'Dos cosas por persona',
  'ritualGuide.feedback-round.received':
    'Una cosa que recibí hace poco de alguien de aquí, y lo que hizo posible.',
  'ritualGuide.feedback-round.needed': 'Una cosa que necesito del resto en las próximas semanas.',

  'ritualGuide.together.intro': 'Tiempo en compañía, como prefieran pasarlo.',
  'ritualGuide.together.arrive':
    'Dejen los teléfonos a un lado y tómense un momento para llegar del todo. ¿Cómo está cada persona, de verdad?',
  'ritualGuide.together.enjoy':
    'Que disfruten del rato. Si hace falta un punto de partida: ¿qué es algo que esperas con ilusión?',
};
