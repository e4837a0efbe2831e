/** Spanish words of the guides (lead, paragraphs, one small thing to try): the translation of en-guide-bodies.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enGuideBodies } from './en-guide-bodies.ts';

/*
 * Glossary (English → Spanish), used the same way in every Spanish file of part B:
 *   circle → círculo · act of care → gesto de cuidado · form of care → forma de cuidado
 *   log (an act) → registrar · "I noticed" → «Lo noté» (state: notado)
 *   check-in → puesta al día · ritual → ritual · season → temporada
 *   repair / Repair (screen) → reparación / Reparar · hard moment → momento difícil
 *   "Let's reset" → «Volvamos a empezar» · Talk it through → Hablarlo con calma
 *   Share the load → Repartir la carga · stage (of a responsibility) → fase · hand-over → traspaso
 *   Practice balance → Practicar el equilibrio · balance → equilibrio · tally → recuento
 *   Reflect / Express → Reflexionar / Expresar · need → necesidad
 *   values conversation → conversación sobre valores · today's question → la pregunta de hoy
 *   care languages → lenguajes del cuidado · Support → Apoyo · help line → línea de ayuda
 *   Quick exit → Salida rápida · updates → novedades · let in → dejar entrar · appreciation → aprecio
 *   together (of a group) → en común / en compañía (never the gendered «juntos»)
 * Quotes: « ». The reader is «tú»; a group is addressed with «ustedes» or impersonal forms.
 */
export const esGuideBodies: CatalogueOf<typeof enGuideBodies> = {
  'guides.three-kinds.lead':
    'Por qué el cuidado entre personas cercanas funciona mejor cuando nadie lleva una cuenta exacta.',
  'guides.three-kinds.p1':
    'Quienes estudiaron desde la antropología cómo comparten las personas encontraron tres grandes patrones. Marshall Sahlins los llamó reciprocidad generalizada, equilibrada y negativa. Seguramente reconocerás las tres en tu propia vida.',
  'guides.three-kinds.p2':
    'La reciprocidad generalizada es dar sin llevar la cuenta de lo que vuelve: una madre o un padre en vela junto a su hijo enfermo, la amiga o el amigo que cruza la ciudad a medianoche. Es el ritmo habitual entre familiares y amistades cercanas, y es sana cuando, con el tiempo, todo el mundo se siente bien con ella. La reciprocidad equilibrada es un intercambio de igual a igual en un plazo razonable: este mes invitas tú a cenar y el próximo te invitan a ti. Encaja con el vecindario, el trabajo y las amistades nuevas, donde la confianza todavía está creciendo. La reciprocidad negativa se da cuando una parte toma una y otra vez más de lo que da, o cuando responde a una herida con otra igual.',
  'guides.three-kinds.p3':
    'El sociólogo Alvin Gouldner describió la reciprocidad como una norma presente en casi todas las sociedades: sentimos que lo que recibimos hay que devolverlo. Ese instinto es bueno, pero las relaciones cercanas piden una versión más flexible. En una serie clásica de experimentos, Margaret Clark y Judson Mills descubrieron que, cuando las personas aspiraban a una relación cercana y afectuosa, que les devolvieran enseguida un gesto amable hacía que la otra persona les gustara menos, no más. Una devolución inmediata decía: esto es una transacción.',
  'guides.three-kinds.p4':
    'Por eso el toma y daca exacto hace daño entre personas que se quieren. Cuando cada taza de té exige otra taza de té a cambio, el cuidado empieza a parecer una factura. La gente deja de dar con libertad y empieza a vigilar. Y la vida rara vez es pareja: alguien enferma, alguien tiene exámenes, llega un bebé. Una relación que solo funciona cuando cada semana sale igualada lo pasará mal justo en las temporadas en que las personas más se necesitan.',
  'guides.three-kinds.p5':
    'Lo que importa es el ritmo largo, y la buena disposición de todas las partes. Las investigaciones sobre la equidad de Elaine Hatfield y su equipo encontraron que las personas se sienten mejor cuando el dar y el recibir les parece justo a todas con el paso del tiempo, no cuando cada intercambio está igualado. Si el cuidado lleva mucho tiempo inclinado hacia un lado, eso merece una conversación amable, no un recuento.',
  'guides.three-kinds.try':
    'Esta semana, haz algo pequeño y amable por alguien de tu círculo y déjalo ir: sin mencionarlo, sin esperar nada a cambio. Fíjate en cómo se siente dar de esa manera, y en si algo vuelve por sí solo, a su ritmo.',
  'guides.hurt-for-hurt.lead':
    'Cómo una palabra hiriente invita a otra, y pequeñas maneras de salir del bucle.',
  'guides.hurt-for-hurt.p1':
    'Cae una palabra hiriente. Antes de que te dé tiempo a pensar, sale otra de vuelta. Y luego otra. Diez minutos después nadie recuerda cómo empezó, y todas las personas implicadas se sienten heridas y sin nadie que las escuche.',
  'guides.hurt-for-hurt.p2':
    'John Gottman y su equipo pasaron años observando a parejas conversar en un laboratorio. Una de las diferencias más claras entre las que lo estaban pasando mal y las que estaban bien era lo que ocurría justo después de un comentario negativo. Donde las cosas iban mal, era muy probable que la negatividad recibiera más negatividad como respuesta, y el bucle se alimentaba solo. Donde las cosas iban bien, también se decían cosas hirientes, pero el comentario siguiente solía suavizar: una broma, una caricia, un «bueno, eso no me salió como quería». Gottman llamó a estos gestos intentos de reparación.',
  'guides.hurt-for-hurt.p3':
    'El sociólogo Alvin Gouldner ya había señalado mucho antes el lado oscuro de la reciprocidad: el mismo instinto que nos lleva a devolver la amabilidad puede llevarnos a devolver el daño. Responder a una herida con otra parece justo en el momento. Con el tiempo, enseña a todo el mundo que abrirse no es seguro.',
  'guides.hurt-for-hurt.p4':
    'Salir de ahí no significa ceder ni hacer como si nada hubiera pasado. Significa ser quien cambia el rumbo de la frase siguiente. Puede ser algo tan pequeño como nombrar lo que está pasando («estamos dando vueltas a lo mismo»), bajar el ritmo o pedir una pausa. Ayuda acordar una frase en un momento de calma, para que nadie tenga que inventarla en plena discusión. En recipro esa frase es «Volvamos a empezar».',
  'guides.hurt-for-hurt.p5':
    'La reparación también funciona mejor cuando llega pronto. Un momento difícil que se habla en menos de un día suele dejar menos huella que uno que se deja reposar durante semanas. Si la otra persona se acerca, intenta acoger ese gesto, aunque llegue con torpeza. Un acercamiento torpe sigue siendo un acercamiento.',
  'guides.hurt-for-hurt.try':
    'Hoy, mientras hay calma, acuerda con una persona cercana una frase propia para empezar de nuevo. La próxima vez que una conversación empiece a entrar en espiral, cualquiera de las dos podrá decirla, y ambas pararán a respirar despacio antes de seguir.',
  'guides.feeling-disrespected.lead': 'Cómo nombrar una herida para que se pueda escuchar.',
  'guides.feeling-disrespected.p1':
    'Sentir que te faltan al respeto es de lo más difícil de decir en voz alta. Puede ser alguien que pone los ojos en blanco, una decisión tomada sin contar contigo, una broma a tu costa o que te vuelvan a interrumpir una vez más. Callar deja que crezca. Decirlo en caliente a menudo suena a ataque, y la otra persona se defiende en lugar de escuchar.',
  'guides.feeling-disrespected.p2':
    'La investigación de John Gottman encontró que los primeros minutos de una conversación difícil dicen mucho de cómo terminará. Gottman comparó un comienzo duro con uno suave. Un comienzo duro arranca criticando a la persona: «siempre me ignoras». Un comienzo suave arranca con lo que pasó y cómo te sentiste, y termina con lo que ayudaría. No es menos sincero. Tiene más posibilidades de ser escuchado.',
  'guides.feeling-disrespected.p3':
    'Una estructura útil viene de la Comunicación No Violenta de Marshall Rosenberg: lo que vi, cómo me sentí, lo que necesito, lo que me gustaría ahora. Por ejemplo: «En la reunión, cuando pasaron por alto mi idea y luego la elogiaron cuando otra persona la repitió, me sentí invisible. Necesito que se vea lo que aporto. ¿Podrías apoyarme la próxima vez?». El psicólogo Thomas Gordon llamó «mensajes yo» a las frases que parten de la propia experiencia. Dejan a la otra persona espacio para responder en vez de defenderse.',
  'guides.feeling-disrespected.p4':
    'Una queja sobre un momento se recibe mejor que un veredicto sobre el carácter de alguien. «Ayer sentí que me dejabas de lado» se puede responder; «nunca me respetas» solo se puede discutir. Gottman también encontró que la burla y el desprecio, como poner los ojos en blanco, hacen un daño especial, así que, si es eso lo que te encuentras, importa nombrarlo con calma.',
  'guides.feeling-disrespected.p5':
    'Elige el momento si puedes: no delante de otras personas, no cuando alguien ya no puede más. Y si lo que sientes no es falta de respeto sino miedo, o si alguien te está controlando, eso no es algo que una frase mejor pueda arreglar. En la página Apoyo encontrarás personas que pueden ayudarte.',
  'guides.feeling-disrespected.try':
    'Escribe una frase sobre un momento en que sentiste que te faltaban al respeto, con esta forma: qué pasó, cómo me sentí, qué necesito, qué me gustaría. No hace falta que la envíes. Releerla suele mostrarte lo que más importa, y Expresar puede ayudarte a compartirla cuando sientas que es el momento.',
  'guides.talk-now-or-later.lead':
    'Distintas maneras de afrontar un conflicto, y cómo acordar una pausa que funcione para todo el mundo.',
  'guides.talk-now-or-later.p1':
    'Cuando algo sale mal, hay personas que necesitan hablarlo enseguida. Otras necesitan un tiempo a solas antes de poder decir algo útil. Ninguna de las dos maneras está mal. El problema empieza cuando cada cual lee la manera de la otra persona como un mensaje: quien quiere hablar ve en el silencio falta de interés, y quien necesita espacio siente que no le dan tregua.',
  'guides.talk-now-or-later.p2':
    'En sus estudios de parejas a lo largo de muchos años, John Gottman encontró relaciones estables con estilos de conflicto muy distintos. Algunas parejas hablaban las cosas con calma, otras discutían con mucha pasión y también con mucho cariño, y otras dejaban pasar casi siempre las pequeñas diferencias. Cada estilo podía funcionar. Lo que más importaba era cuánto cariño había junto a la fricción, y si después sabían encontrar el camino de vuelta.',
  'guides.talk-now-or-later.p3':
    'Andrew Christensen y Christopher Heavey estudiaron un patrón que mucha gente conoce: una persona insiste en hablar de un problema, la otra se aparta, lo que hace que la primera insista más, lo que a su vez hace que la segunda se aparte todavía más. Este patrón de exigencia y retirada es frecuente, y agotador para ambas partes. A menudo se suaviza cuando quien necesita espacio dice cuándo va a volver, y quien quiere hablar puede confiar en que lo hará.',
  'guides.talk-now-or-later.p4':
    'Una pausa también le sienta bien al cuerpo. Cuando una conversación se calienta, el ritmo cardiaco y las hormonas del estrés pueden subir tanto que escuchar y pensar con claridad se vuelve difícil; Gottman lo llama desbordamiento. Propone un descanso de verdad, de al menos veinte minutos, dedicado a algo que calme en lugar de a ensayar tus argumentos.',
  'guides.talk-now-or-later.p5':
    'El truco está en acordar la pausa antes de necesitarla. Una buena pausa tiene un motivo («ahora mismo me cuesta escuchar bien, necesito calmarme»), una duración («dame media hora») y una vuelta («luego nos sentamos en la cocina»). Quien pide la pausa es quien retoma la conversación. Así, tomarse un espacio deja de parecer una huida.',
  'guides.talk-now-or-later.try':
    'En un momento de calma, cuéntale a una persona cercana qué sueles necesitar cuando las cosas van mal: hablar en el momento, o algo de tiempo antes. Pregúntale qué necesita. Después acuerden cómo pedirá una pausa cualquiera de las dos, y más o menos cuánto durará.',
  'guides.calming-together.lead':
    'Cómo las personas cercanas pueden serenarnos, y cómo serenarse mutuamente.',
  'guides.calming-together.p1':
    'Cuando algo te altera, no solo se agita tu mente. También tu respiración, tu corazón y tus músculos. La mayoría aprendimos a calmarnos en la primera infancia, en los brazos de alguien que estaba en calma. Nunca dejamos del todo de necesitarlo.',
  'guides.calming-together.p2':
    'En la investigación se llama a esto corregulación: los estados emocionales de las personas cercanas se influyen entre sí, de modo que cada una puede ayudar a la otra a volver a terreno firme. Emily Butler y Ashley Randall lo describen como un ir y venir en el que la calma de una persona ayuda a aquietar la angustia de la otra, y al revés. David Sbarra y Cindy Hazan se apoyaron en la investigación sobre el apego para mostrar cómo los vínculos cercanos ayudan a regular el estrés, y cuánto más difícil se vuelve todo cuando esos vínculos se rompen o se tambalean.',
  'guides.calming-together.p3':
    'En un estudio muy conocido, James Coan y su equipo observaron con un escáner el cerebro de personas que esperaban una leve descarga eléctrica. Sostener la mano de alguien a quien querían calmaba la respuesta del cerebro ante la amenaza, más aún cuando la relación era feliz; incluso la mano de una persona desconocida ayudaba un poco. La cercanía parece aligerar la carga que lleva el cuerpo.',
  'guides.calming-together.p4':
    'Funciona en las dos direcciones, y por eso dos personas alteradas pueden crisparse mutuamente. Calmarse en compañía suele empezar cuando una persona baja el ritmo primero: una voz más baja, una respiración más lenta, sentarse en lugar de quedarse de pie frente a alguien, una mano que se ofrece sin imponerse. No significa resolver el problema en ese mismo momento. Significa volver a un punto desde el que sea posible resolverlo.',
  'guides.calming-together.p5':
    'No todo el mundo quiere contacto físico cuando está mal, y hay quien prefiere una compañía silenciosa a las palabras. Ayuda saber qué serena a cada persona de tu círculo, y preguntar en vez de suponer. Los días en que nadie a tu alrededor tiene la calma suficiente, unas cuantas respiraciones lentas por tu cuenta son un buen comienzo.',
  'guides.calming-together.try':
    'La próxima vez que una persona cercana esté mal, empieza por calmarte tú: suelta el aire despacio unas cuantas veces y baja la voz. Después pregunta: «¿Qué te ayudaría ahora mismo: compañía o un poco de tranquilidad?», y haz caso a su respuesta.',
  'guides.where-we-come-from.lead':
    'Cómo la infancia, el apego y las heridas antiguas moldean nuestra manera de dar, y nuestra manera de pedir.',
  'guides.where-we-come-from.p1':
    'Hay personas que dan y dan, y a las que les cuesta recibir. Otras prefieren pasarlo mal a solas antes que pedir ayuda. Otras se cierran en cuanto las cosas se vuelven íntimas. Estos patrones rara vez salen de la nada. A menudo fueron la mejor manera de estar a salvo, o de recibir cariño, en una etapa anterior de la vida.',
  'guides.where-we-come-from.p2':
    'John Bowlby, fundador de la teoría del apego, observó que en la infancia nos formamos una imagen interior de si los demás estarán ahí cuando los necesitemos. Mary Ainsworth y su equipo observaron cómo niñas y niños pequeños con experiencias tempranas distintas vivían una separación breve y el reencuentro posterior, y describieron patrones seguros e inseguros. Más tarde, Cindy Hazan y Phillip Shaver mostraron que las personas adultas llevan patrones parecidos a sus relaciones más cercanas.',
  'guides.where-we-come-from.p3':
    'Dicho de forma sencilla: quien aprendió que la cercanía podía desaparecer puede necesitar a menudo palabras que tranquilicen, y alarmarse ante la distancia. Quien aprendió que sus necesidades eran una carga puede volverse ferozmente autosuficiente: dar mucho, pero pasarlo mal a la hora de pedir. Quien recibía más cariño cuando cuidaba de los demás puede dar de más, y luego sentirse invisible. Ninguno de estos patrones es un defecto. Cada uno tuvo sentido en su momento.',
  'guides.where-we-come-from.p4':
    'El trabajo de Mario Mikulincer y Phillip Shaver sugiere que estos patrones no son fijos. Las relaciones en las que las personas se responden de forma fiable pueden ir construyendo, poco a poco, una sensación de seguridad, a cualquier edad. Las heridas del pasado, de relaciones anteriores o de un trauma, pueden dejar marcas parecidas, y a veces ayuda trabajarlas con apoyo profesional.',
  'guides.where-we-come-from.p5':
    'Conocer tu propio patrón hace más fácil leer el ritmo de una relación. Si tiendes a dar de más, puede que las personas a tu alrededor rara vez hayan tenido espacio para devolverte algo, y aprender a recibir puede ser parte de recuperar el equilibrio. Si casi nunca pides, puede que las demás personas sencillamente no sepan lo que necesitas.',
  'guides.where-we-come-from.try':
    'En Reflexionar, o en un minuto tranquilo a solas, termina la frase «Cuando necesito ayuda, suelo…». Luego pregúntate si eso te sigue sirviendo hoy, y cómo podría ser una pequeña petición esta semana.',
  'guides.hard-seasons.lead':
    'Por qué el equilibrio se resiente cuando la vida pesa, y cómo atravesarlo en compañía.',
  'guides.hard-seasons.p1':
    'Toda relación tiene sus temporadas: un bebé recién llegado, una enfermedad, unos exámenes, una mudanza, un trabajo que se lo come todo, un duelo. En esos tramos, a menudo una persona da mucho menos durante un tiempo, y eso no es un fracaso. En recipro puedes marcar una temporada, para que un desequilibrio que todo el mundo espera se lea en su contexto.',
  'guides.hard-seasons.p2':
    'El estrés de fuera de una relación tiende a colarse dentro. Lisa Neff y Benjamin Karney siguieron a parejas recién casadas durante cuatro años y encontraron que el estrés ajeno al matrimonio teñía la manera de ver el propio matrimonio: las mismas pequeñas molestias parecían mayores cuando ya se estaba al límite. Saberlo puede ayudarte a leer una semana difícil con más amabilidad.',
  'guides.hard-seasons.p3':
    'Guy Bodenmann y su equipo estudian el afrontamiento diádico: el estrés como algo que las personas cercanas pueden afrontar en común. Una persona cuenta lo que le pesa, la otra responde con apoyo, práctico o emocional, y a veces abordan el problema como un equipo. La manera de afrontarlo en común ayuda a explicar hasta qué punto una relación aguanta bajo presión.',
  'guides.hard-seasons.p4':
    'El agotamiento que Christina Maslach llama burnout es más que cansancio: es falta de fuerzas, una distancia cada vez mayor con lo que haces y la sensación de que nada de lo que haces cambia las cosas. Quien lo sufre puede tener poco que dar, incluso a la gente que quiere. La salud mental también cambia el ritmo. La ansiedad puede buscar consuelo una y otra vez; la depresión puede llevar a alguien a apartarse. James Coyne describió cómo las personas que rodean a alguien con depresión pueden frustrarse y alejarse, lo que ahonda su soledad. Entender esto hace más fácil seguir cerca.',
  'guides.hard-seasons.p5':
    'Una temporada tiene una forma y, normalmente, un final. Ayuda decir en voz alta qué puedes dar y qué no por ahora, ponerse de acuerdo en lo que más importa y volver a mirar el equilibrio cuando las cosas se calmen. Si alguien está en crisis, o pensando en hacerse daño, busca ayuda ya: en la página Apoyo hay líneas a las que puedes llamar.',
  'guides.hard-seasons.try':
    'Si estás pasando un tramo pesado, ponle nombre. Cuéntales a las personas cercanas qué temporada es esta, cuánto puede durar más o menos y una cosa que te ayudaría. Si encaja, márcala como temporada en Practicar el equilibrio.',
  'guides.screens-and-attention.lead':
    'El coste silencioso de la atención a medias, y pequeños hábitos que protegen el tiempo en compañía.',
  'guides.screens-and-attention.p1':
    'Un teléfono sobre la mesa, un vistazo a un mensaje en mitad de una historia, la computadora portátil abierta durante la cena. Nada de eso se hace con mala intención. Pero la atención es una de las formas más claras de mostrar cuidado, y las personas a nuestro alrededor notan adónde va la nuestra.',
  'guides.screens-and-attention.p2':
    'Brandon McDaniel y Sarah Coyne le pusieron nombre: tecnoferencia, las interrupciones cotidianas que los dispositivos traen al tiempo compartido. En su estudio, las mujeres que decían vivir más tecnoferencia en su relación también decían tener más conflictos por la tecnología y menos satisfacción. James Roberts y Meredith David estudiaron el «phubbing», ignorar a alguien por estar pendiente del teléfono, y encontraron que se asociaba con más conflicto y menos satisfacción.',
  'guides.screens-and-attention.p3':
    'Incluso un teléfono que no suena puede marcar la diferencia. Andrew Przybylski y Netta Weinstein encontraron que personas desconocidas que conversaban con un teléfono simplemente cerca se sentían después menos cercanas y menos comprendidas que las que hablaban sin él, sobre todo cuando la conversación era profunda.',
  'guides.screens-and-attention.p4':
    'John Gottman describe las «invitaciones» cotidianas a conectar: un comentario, una pregunta, un suspiro, un «mira esto». Ante cada invitación se puede responder acercándose, alejándose o poniéndose en contra. Una pantalla hace fácil alejarse, sin que nadie lo pretenda. Quien ve que sus invitaciones se quedan una y otra vez sin respuesta puede ir dejando de hacerlas.',
  'guides.screens-and-attention.p5':
    'No se trata de renunciar al teléfono. También mantiene a las personas en contacto a distancia, y para muchas familias y amistades es donde ocurre buena parte del cuidado. Se trata de elegir momentos en que la pantalla se guarda, y de acordarlos en común en lugar de vigilarse mutuamente.',
  'guides.screens-and-attention.try':
    'Elige un momento al día, como una comida o los primeros diez minutos al llegar a casa, en que los teléfonos se queden fuera de alcance. Acuérdalo con quienes lo van a compartir, y fíjate en de qué acaban hablando.',
  'guides.talk-or-company.lead':
    'A veces cuidar es una larga conversación. A veces es sentarse codo con codo.',
  'guides.talk-or-company.p1':
    'Llegas a casa después de un día duro. Alguien quiere que se lo cuentes todo; tú quieres sentarte en silencio con una taza de té. O al revés: quieres hablarlo, y recibes un silencio amable, o una lista de soluciones. Todo el mundo intenta cuidar. Simplemente ofrecen cosas distintas.',
  'guides.talk-or-company.p2':
    'Harry Reis y Phillip Shaver describen la intimidad como un proceso: una persona comparte algo, la otra responde, y la persona que compartió se siente comprendida, valorada y cuidada. La respuesta que cuenta es la que encaja. A veces son preguntas y escucha. A veces es un consejo. A veces es simplemente estar ahí.',
  'guides.talk-or-company.p3':
    'La compañía silenciosa también es una forma de cuidado. El tiempo compartido sin hablar mucho (un paseo, cocinar codo con codo, ver algo) puede sentirse cercano cuando quienes lo comparten están a gusto. El trabajo de John Gottman sobre las invitaciones a conectar sugiere que los pequeños momentos de acercamiento mutuo se van sumando con el tiempo, y muchos de ellos necesitan muy pocas palabras.',
  'guides.talk-or-company.p4':
    'Las buenas noticias también necesitan respuesta. Shelly Gable y su equipo encontraron que la manera de responder cuando alguien comparte algo bueno, con interés de verdad o prestando media atención, influye en lo cerca que se sienten las personas después. Una respuesta cálida fortalece el vínculo; un «qué bien» sin ganas puede dejar a alguien, sin ruido, a solas con su alegría.',
  'guides.talk-or-company.p5':
    'La manera más sencilla de acertar es preguntar. «¿Quieres hablarlo, o prefieres solo compañía?» y «¿Quieres ideas, o que solo te escuche?» son preguntas pequeñas que evitan que mucho cuidado se pierda por el camino. Lo que alguien necesita puede cambiar de un día para otro, así que vale la pena volver a preguntar.',
  'guides.talk-or-company.try':
    'Esta noche, cuando una persona cercana te cuente su día, pregúntale: «¿Hablar, o solo compañía?». Después dale lo que elija durante diez minutos.',
  'guides.culture-and-care.lead':
    'Las personas muestran el cuidado en lenguajes distintos. Buena parte del desequilibrio que se siente es un desajuste de lenguajes, no de amor.',
  'guides.culture-and-care.p1':
    'En algunas casas el amor se dice en voz alta todos los días. En otras se demuestra: la comida en la mesa, llevar a alguien a la estación, estar ahí cuando alguien enferma. Una persona cocina cada noche; otra espera palabras. Cada una puede sentir que da mucho y recibe poco, cuando en realidad el cuidado fluye, solo que en un lenguaje que la otra no oye.',
  'guides.culture-and-care.p2':
    'La popular idea de los «lenguajes del amor» de Gary Chapman le dio a mucha gente palabras para esto. La investigación no ha confirmado que cada persona tenga un único lenguaje fijo: una revisión de 2024 de Emily Impett, Haeyoung Gideon Park y Amy Muise encontró poco respaldo para esa idea, y propuso pensar el cuidado más bien como una dieta equilibrada con muchos ingredientes. La parte útil sigue en pie. Las personas difieren en lo que perciben como cuidado, así que vale la pena preguntar.',
  'guides.culture-and-care.p3':
    'La cultura influye en esto profundamente. Hazel Markus y Shinobu Kitayama describieron cómo algunas culturas ven el yo como independiente, y otras como entretejido con la familia y la comunidad. Heejung Kim, David Sherman y Shelley Taylor revisaron estudios que muestran que las personas de algunos orígenes de Asia oriental suelen dudar más a la hora de pedir ayuda directamente, y pueden encontrar más consuelo en un apoyo silencioso, como pasar tiempo con su gente, que en hablar de sus problemas.',
  'guides.culture-and-care.p4':
    'Así que un gesto que se vive como cuidado en una familia puede vivirse como una intromisión en otra. «¿Cómo estás, de verdad?» puede resultar cálido para una persona e incómodo para la siguiente. Para algunas personas, la lealtad a la familia, ser de fiar o dar espacio a alguien es la forma más clara que tienen de decir que les importa.',
  'guides.culture-and-care.p5':
    'En un círculo donde las personas crecieron de maneras distintas, ninguna de estas formas es la correcta. Ayuda tener curiosidad por cómo creció cada cual: ¿dónde aprendiste cómo es el cuidado? ¿Cómo era en tu casa? ¿Qué echas de menos de aquello?',
  'guides.culture-and-care.try':
    'Pregúntale a alguien de tu círculo: «En la casa donde creciste, ¿cómo se mostraba el cariño?», y comparte tu propia respuesta. Luego, una vez esta semana, muestra cuidado en su lenguaje. También puedes elegir tus propios lenguajes del cuidado en Practicar el equilibrio.',
};
