/** Spanish messages of the Support page, the quiet support card and Quick exit: the translation of en-support.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enSupport } from './en-support.ts';

export const esSupport: CatalogueOf<typeof enSupport> = {
  'header.support': 'Apoyo',

  'quickExit.label': 'Salida rápida',
  'quickExit.hint':
    'Salir de recipro ahora mismo hacia una página web corriente. Pulsar Esc dos veces hace lo mismo.',

  'supportPage.title': 'Apoyo',
  'supportPage.intro':
    'Si sientes miedo, si sientes que te controlan o no te sientes a salvo, o si estás pensando en hacerte daño, mereces apoyo, y no tienes que pasar por esto sin nadie a tu lado.',
  'supportPage.emergency.title': '¿Estás en peligro ahora mismo?',
  'supportPage.emergency.body':
    'Llama al número de emergencias del lugar donde estés: el {number} en {country}.',
  'supportPage.emergency.anywhere': 'Llama al número de emergencias del lugar donde estés.',
  'supportPage.can.title': 'Lo que recipro puede hacer y lo que no',
  'supportPage.can.notEmergency':
    'recipro no es un servicio de emergencias. Nadie vigila lo que escribes, y nadie vendrá si escribes que estás en peligro.',
  'supportPage.can.notTherapy':
    'recipro no es terapia ni orientación psicológica, y no puede juzgar si una relación es segura.',
  'supportPage.can.private':
    'Cuando algo que escribes habla de miedo, control o daño, recipro te muestra a ti, y solo a ti, un enlace discreto a esta página. No se avisa a nadie más de tus círculos, y no se guarda nada de ello.',
  'supportPage.can.who':
    'En las líneas de ayuda de esta página te atienden personas formadas para escuchar de forma confidencial y para ayudarte a pensar qué hacer a continuación.',
  'supportPage.lines.title': 'Líneas de ayuda',
  'supportPage.country': 'País',
  'supportPage.country.other': 'Otro país',
  'supportPage.country.none':
    'Elige tu país para ver sus líneas de ayuda. Para cualquier otro lugar, los directorios de abajo reúnen líneas de todo el mundo.',
  'supportPage.international.title': 'En cualquier parte del mundo',
  'supportPage.call': 'Llamar al {number}',
  'supportPage.text': 'Enviar un mensaje de texto al {number}',
  'supportPage.website': 'Sitio web',
  'supportPage.source': 'Comprobado en {site}',
  'supportPage.purpose.abuse': 'Violencia doméstica y control coercitivo, para cualquier persona',
  'supportPage.purpose.abuseWomen': 'Violencia doméstica y violencia contra las mujeres',
  'supportPage.purpose.abuseMen': 'Violencia doméstica, para hombres',
  'supportPage.purpose.crisis': 'Crisis y pensamientos de suicidio o de hacerse daño',
  'supportPage.purpose.directory': 'Líneas de ayuda de otros países',
  'supportPage.privacy.title': 'Proteger tu privacidad',
  'supportPage.privacy.exit':
    '«Salida rápida», arriba en cada pantalla, te saca de recipro al instante y abre una página de búsqueda corriente; pulsar Esc dos veces hace lo mismo.',
  'supportPage.privacy.history':
    'Tu navegador guarda un historial de las páginas que visitas. Si otra persona usa este dispositivo, una ventana privada deja menos rastro.',

  'supportCard.title': 'Solo tú ves esto',
  'supportCard.body':
    'Parte de lo que escribiste habla de miedo, control o daño. Si las cosas se hacen difíciles o no te sientes a salvo, hay quien puede ayudarte.',
  'supportCard.link': 'Buscar apoyo',
};
