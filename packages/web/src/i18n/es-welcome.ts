/** Spanish messages of the welcome, the first-run path and the next steps: the translation of en-welcome.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enFirstRun, enNextSteps, enWelcome } from './en-welcome.ts';

export const esWelcome: CatalogueOf<typeof enWelcome> = {
  'welcome.title': 'Fíjate en el cuidado que se dan',
  'welcome.lead':
    'recipro es un lugar pequeño y privado para parejas, familias, amistades cercanas y equipos pequeños, donde ver el ritmo de dar y recibir cuidado a lo largo de semanas y meses.',
  'welcome.picture':
    'Dos personas frente a frente, un corazón que va en una dirección y una taza de té en la otra, sobre una ola suave.',
  'welcome.points': 'Qué es recipro',
  'welcome.point.small.title': 'Pequeños gestos que no pasan desapercibidos',
  'welcome.point.small.body':
    'Registra una taza de té, un rato de escucha o un plan hecho, con un solo toque. La persona que lo recibió puede decir «Lo noté».',
  'welcome.point.rhythm.title': 'Un ritmo, no un recuento',
  'welcome.point.rhythm.body':
    'No se clasifica a nadie y nada se cuenta en contra de nadie. Un mes con mucho trabajo, una enfermedad o la llegada de un bebé inclinan la balanza durante un tiempo; lo que importa es el ritmo a lo largo del tiempo.',
  'welcome.point.private.title': 'Privado desde el principio',
  'welcome.point.private.body':
    'Tus reflexiones son solo tuyas. Las demás personas solo ven lo que eliges compartir, y puedes irte y llevarte tus datos cuando quieras.',
  'welcome.not':
    'recipro no es terapia ni una forma de vigilar a nadie. Es una herramienta para las personas que forman la relación, y algo que, si quieres, puedes compartir con tu terapeuta.',
  'welcome.signUp': 'Crear una cuenta',
  'welcome.signIn': 'Iniciar sesión',
};

export const esFirstRun: CatalogueOf<typeof enFirstRun> = {
  'firstRun.title': 'Tus primeros pasos',
  'firstRun.progress': 'Paso {step} de {count}',
  'firstRun.steps': 'Tus primeros pasos',
  'firstRun.notNow': 'Ahora no',
  'firstRun.notNow.hint': 'Puedes retomar el camino desde tus círculos cuando quieras.',
  'firstRun.next': 'Siguiente',
  'firstRun.back': 'Atrás',
  'firstRun.finish': 'Ir a mi círculo',
  'firstRun.stepDone': 'hecho',
  'firstRun.step.circle': 'Crear un círculo',
  'firstRun.step.invite': 'Invitar a alguien',
  'firstRun.step.act': 'Registrar un primer gesto de cuidado',
  'firstRun.step.noticed': 'Qué significa «Lo noté»',
  'firstRun.circle.body':
    'Un círculo son las personas con quienes compartes el cuidado: tu pareja y tú, tu familia, amistades cercanas o un equipo pequeño. Ponle un nombre por el que todo el mundo lo reconozca.',
  'firstRun.circle.made': 'Tu círculo «{name}» está listo.',
  'firstRun.invite.body':
    'recipro trata del cuidado que va en las dos direcciones, así que hace falta al menos una persona más. Envíale un enlace; se unirá en cuanto le dejes entrar.',
  'firstRun.invite.done':
    'Ya hay alguien con invitación para «{name}». Puedes invitar a más personas más adelante desde la página del círculo.',
  'firstRun.act.body':
    'Piensa en algo pequeño que hiciste hoy por alguien: una taza de té, un mensaje, un rato de escucha. Toca su forma de cuidado para registrarlo.',
  'firstRun.act.waiting':
    'Cuando alguien haya entrado en «{name}», podrás registrar aquí el cuidado que le das. Mientras tanto puedes seguir leyendo; este camino te espera.',
  'firstRun.act.done': 'Tu primer gesto de cuidado está registrado.',
  'firstRun.noticed.body':
    'Cuando alguien registra un cuidado para ti, aparece en la página de tu círculo. Al tocar «Lo noté», esa persona sabe que te llegó: un pequeño gracias, no una valoración.',
  'firstRun.noticed.why':
    'El cuidado que se nota suele volver a darse. Con las semanas, lo que se dio y lo que se notó muestra un ritmo, nunca un recuento entre una persona y otra.',
  'firstRun.noticed.example': 'Cómo se ve',
  'firstRun.noticed.exampleAct': 'Te preparó una taza de té',
  'firstRun.noticed.exampleFrom': 'Cuidado práctico, para ti',
  'firstRun.noticed.exampleButton': 'Lo noté',
  'firstRun.noticed.private':
    'A nadie se le dice lo que no notaste, y nada de lo que hay aquí se muestra como un recuento entre dos personas.',
  'firstRun.card.title': 'Retoma tus primeros pasos',
  'firstRun.card.next.circle':
    'Siguiente: crea un círculo para las personas con quienes compartes el cuidado.',
  'firstRun.card.next.invite': 'Siguiente: invita a alguien a tu círculo.',
  'firstRun.card.next.act': 'Siguiente: registra un primer gesto de cuidado.',
  'firstRun.card.next.noticed': 'Siguiente: qué significa «Lo noté».',
  'firstRun.card.continue': 'Continuar',
};

export const esNextSteps: CatalogueOf<typeof enNextSteps> = {
  'nextSteps.title': 'Qué hacer ahora',
  'nextSteps.intro':
    'Todavía no se ha registrado nada en este círculo. Unos pocos pasos pequeños lo ponen en marcha.',
  'nextSteps.balanceIntro':
    'El equilibrio aparecerá aquí cuando se haya registrado algo de cuidado, en unos días. Hasta entonces, no hay nada que mostrar en el gráfico.',
  'nextSteps.invite': 'Invita a alguien a acompañarte.',
  'nextSteps.invite.here': 'Usa «Invitar a alguien» en esta página para enviarle un enlace.',
  'nextSteps.letIn': 'Alguien pidió entrar: déjale entrar.',
  'nextSteps.log': 'Registra un primer gesto de cuidado: toca la forma de cuidado que diste.',
  'nextSteps.log.waiting': 'Registra un primer gesto de cuidado cuando alguien se haya unido.',
  'nextSteps.notice': 'Cuando alguien registre un cuidado para ti, toca «Lo noté».',
  'nextSteps.toCircle': 'Ir a la página del círculo',
  'nextSteps.done': 'Hecho',
};
