/** Spanish words of the dashboard's insights: the translation of en-insights.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enInsights } from './en-insights.ts';

// Glossary as in es-load.ts (act of care → gesto de cuidado, check-in → puesta al día,
// «Lo noté», season → temporada, rhythm → ritmo, to reach out → dar el primer paso), and
// together → en común / en pareja / en familia, never the gendered «juntos». A named person
// never takes a gendered adjective: «{who} está de duelo», «pasa por…», «las dos partes».
// `{period}` opens the sentences it opens in English: the screen gives it with a capital there.

export const esInsights: CatalogueOf<typeof enInsights> = {
  'insight.period.7': 'en los últimos 7 días',
  'insight.period.30': 'en los últimos 30 días',
  'insight.period.90': 'en los últimos 90 días',
  'insight.period.decay': 'últimamente',
  'insight.period.opening.7': 'En los últimos 7 días',
  'insight.period.opening.30': 'En los últimos 30 días',
  'insight.period.opening.90': 'En los últimos 90 días',
  'insight.period.opening.decay': 'Últimamente',

  'insight.thin_data.none':
    'Todavía no se registró ningún gesto de cuidado {period}. En cuanto haya unos pocos, aunque sean pequeños, empezará a verse un ritmo.',
  'insight.thin_data.few':
    'Solo se {count, plural, one {registró {about, select, yes {alrededor de } other {}}# gesto de cuidado} other {registraron {about, select, yes {unos } other {}}# gestos de cuidado}} {period}: todavía es poco para ver un ritmo. Unas semanas más de pequeños registros harán más clara esta imagen.',
  'insight.pair_thin':
    'Entre {a} y {b} se registraron solo unos pocos gestos de cuidado {period}, así que todavía no se muestra su ritmo.',
  'insight.season':
    '{who} {season, select, illness {pasa por una enfermedad} new_baby {tiene un bebé recién llegado} exams {está en plena época de exámenes} grief {está de duelo} move {está en plena mudanza} work {atraviesa una etapa exigente en el trabajo} caregiving {está cuidando de alguien} other {atraviesa un momento exigente}}: una temporada en la que es normal dar menos. Que por ahora el cuidado vaya sobre todo hacia {who} forma parte del ritmo entre {a} y {b}.',
  'insight.in_rhythm': '{a} y {b} van al compás: el cuidado ha ido y venido {period}.',
  'insight.leaning':
    '{period}, el cuidado entre {a} y {b} se ha inclinado hacia un lado. {circle, select, couple {Vale la pena mirar con calma, en pareja, qué necesita cada quien ahora mismo.} family {Vale la pena mirar con calma, en familia, qué necesita cada quien ahora mismo.} friends {Vale la pena mirar con calma qué necesita ahora cada quien en la amistad.} other {Vale la pena mirar con calma qué necesita ahora cada persona del equipo.}}',
  'insight.one_sided':
    '{period}, el cuidado entre {a} y {b} ha salido sobre todo de un solo lado. {circle, select, couple {Una puesta al día tranquila, en pareja, podría ayudarles a encontrar un ritmo en el que las dos partes estén a gusto.} family {Una puesta al día tranquila en familia podría ayudar a encontrar un ritmo en el que las dos partes estén a gusto.} friends {Un rato para ponerse al día sin prisa podría ayudar a encontrar un ritmo en el que las dos partes estén a gusto.} other {Una breve puesta al día del equipo podría ayudar a encontrar un ritmo que funcione para las dos partes.}}',
  'insight.pattern.negative':
    '{weeks, plural, one {Durante la última semana} other {Durante las últimas # semanas}}, el cuidado entre {a} y {b} ha ido sobre todo en una dirección, y poco de él se marcó como notado. {circle, select, couple {Puede ser un buen momento para hablar de lo que necesita cada quien.} family {Puede ser un buen momento para hablar en familia de lo que necesita cada quien.} friends {Puede ser un buen momento para una charla amistosa sobre lo que necesita cada quien.} other {Puede ser un buen momento para hablar en el equipo de lo que necesita cada persona.}}',
  'insight.pattern.generalized':
    'Últimamente, el cuidado entre {a} y {b} ha ido sobre todo en una dirección: {circle, select, couple {esa forma generosa de dar que comparten las personas cercanas} family {esa forma generosa de dar que a menudo se comparte en familia} friends {esa forma generosa de dar que a menudo comparten las buenas amistades} other {esa forma generosa de ayudar que a menudo se ve en un buen equipo}}. Es sano mientras las dos partes estén a gusto.',
  'insight.noticed':
    '{period}, buena parte del cuidado entre {a} y {b} todavía no se ha marcado como notado. Un rápido «Lo noté» es una forma sencilla de mantener el cuidado a la vista.',
  'insight.initiations':
    '{period}, cuando {a} y {b} retomaron el contacto tras unos días de silencio, solía dar el primer paso el mismo lado. {circle, select, couple {Turnarse ayuda a que las dos partes se sientan queridas.} family {Turnarse ayuda a que las dos partes sientan que tienen su lugar.} friends {Turnarse ayuda a sentir que la amistad va en las dos direcciones.} other {Turnarse ayuda a que las dos partes se sientan parte del equipo.}}',
  'insight.support':
    '{period}, la mayor parte del apoyo entre {a} y {b} (escuchar, consolar, echar una mano) ha salido de un solo lado. El apoyo que va en las dos direcciones es más fácil de sostener.',
  'insight.fit':
    'Buena parte de lo que {a} da a {b} es {forms}, mientras que {b} valora sobre todo {valued}. {next}',
  'insight.fit.try': 'Puede que el cuidado llegue con más claridad en forma de {forms}.',
  'insight.fit.noForm':
    'recipro todavía no tiene una forma de cuidado para eso; hablarlo en común puede ayudar.',
  'insight.load':
    'Ahora mismo, buena parte del cuidado registrado en este círculo sale de unas pocas personas. Repartirlo más ayuda a que todo el mundo pueda seguir adelante.',
  'insight.household_load':
    '{circle, select, couple {El cuidado del hogar registrado (tareas de casa, recados, recordar y planificar)} family {El cuidado registrado para la vida familiar (tareas de casa, recados, recordar y planificar)} friends {El cuidado práctico registrado (recados, recibir en casa, recordar y planificar)} other {El cuidado práctico registrado (tareas, recados, recordar y organizar)}} ha salido sobre todo de un solo lado últimamente. Hablar de cómo repartir una parte podría aligerar las cosas.',
  'insight.emotional_load':
    'El cuidado emocional registrado (escuchar, consolar, preguntar cómo va todo, limar asperezas) ha salido sobre todo de un solo lado últimamente. Hablar de cómo repartir una parte podría aligerar las cosas.',

  'insight.language.words': 'las palabras amables',
  'insight.language.acts': 'la ayuda con hechos',
  'insight.language.time': 'el tiempo en compañía',
  'insight.language.touch': 'el contacto físico',
  'insight.language.gifts': 'los pequeños regalos',
  'insight.language.loyalty': 'el respaldo y la lealtad',
  'insight.language.reliability': 'la constancia y la rutina',
  'insight.language.space': 'la calma y el espacio',

  'insight.form.practical': 'ayuda práctica',
  'insight.form.emotional': 'escucha y consuelo',
  'insight.form.communication': 'conversación y puestas al día',
  'insight.form.affection': 'cariño',
  'insight.form.intimacy': 'cercanía',
  'insight.form.quality_time': 'tiempo en compañía',
  'insight.form.respect': 'respeto y espacio',
  'insight.form.repair': 'reconciliación tras un conflicto',
  'insight.form.healing': 'compañía en los días difíciles',
  'insight.form.future': 'planes y rutinas en común',
  'insight.form.appreciation': 'agradecimiento y aprecio',
  'insight.form.mental_load': 'recordar y organizar',
};
