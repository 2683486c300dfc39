import type { UIDictionary } from './index';

/** Interface strings in Latvian. Keys and placeholders as in en.ts. */
export const lv = {
  'site.name': '4CHANGE bibliotēka',
  'site.tagline': 'Atvērti mācību materiāli CNC apstrādei un Industrijai 4.0',
  'site.description':
    'Bezmaksas, atvērta mācību programma CNC apstrādei un Industrijai 4.0: moduļi, rīkkopas skolotājiem, mentoriem un izglītojamajiem, kā arī tehnisko terminu vārdnīca piecās valodās.',

  'a11y.skipToContent': 'Pāriet uz saturu',
  'a11y.scrollTable': 'Tabula, mazos ekrānos ritināma uz sāniem',
  'nav.label': 'Galvenā navigācija',
  'nav.home': 'Sākums',
  'nav.programme': 'Mācību programma',
  'nav.toolkits': 'Rīkkopas',
  'nav.glossary': 'Terminu vārdnīca',
  'nav.about': 'Par projektu',
  'nav.licence': 'Licence',
  'nav.breadcrumbs': 'Navigācijas ceļš',

  'lang.switcher': 'Valoda',
  'lang.switcherHint': 'Lasīt šo lapu citā valodā',
  'lang.notTranslated': 'vēl nav tulkojuma',
  'lang.current': 'pašreizējā valoda',

  'fallback.title': 'Lapa vēl nav iztulkota',
  'fallback.body': 'Šī lapa vēl nav iztulkota latviešu valodā, tāpēc tiek rādīta oriģinālā versija angļu valodā.',
  'fallback.help': 'Palīdziet to iztulkot',

  'meta.code': 'Kods',
  'meta.eqf': 'EKI līmenis',
  'meta.ecvet': 'ECVET kredītpunkti',
  'meta.hours': 'Stundas',
  'meta.theory': 'Teorija',
  'meta.practice': 'Prakse',
  'meta.workBased': 'Darba vidē balstītas mācības',
  'meta.total': 'Kopā',
  'meta.prerequisites': 'Priekšnosacījumi',
  'meta.none': 'Nav',
  'meta.audience': 'Kam paredzēts',
  'meta.moduleDetails': 'Informācija par moduli',
  'count.hours': { zero: '{count} stundu', one: '{count} stunda', other: '{count} stundas' },
  'count.points': {
    zero: '{count} ECVET kredītpunktu',
    one: '{count} ECVET kredītpunkts',
    other: '{count} ECVET kredītpunkti',
  },
  'count.modules': { zero: '{count} moduļu', one: '{count} modulis', other: '{count} moduļi' },
  'count.terms': { zero: '{count} terminu', one: '{count} termins', other: '{count} termini' },

  'module.label': 'Modulis',
  'module.outcomes': 'Mācīšanās rezultāti',
  'module.outcomesIntro': 'Pēc šī moduļa apguves izglītojamais:',
  'module.knowledge': 'Zināšanas',
  'module.skills': 'Prasmes',
  'module.responsibility': 'Atbildība un autonomija',
  'module.criteria': 'Vērtēšanas kritēriji',
  'module.criterionAssesses': 'Vērtē',
  'module.content': 'Mācību materiāls',
  'module.prerequisitesIntro': 'Vispirms apgūstiet šos moduļus:',
  'module.next': 'Nākamais modulis',
  'module.previous': 'Iepriekšējais modulis',

  'downloads.title': 'Lejupielādes',
  'downloads.pending':
    'Šīs lapas drukājamā PDF versija, rediģējamais DOCX fails un avotfaili tiek sagatavoti un drīzumā būs pieejami šeit.',

  'page.edit': 'Rediģēt šo lapu',
  'page.translate': 'Tulkot šo lapu',
  'page.lastUpdated': 'Pēdējoreiz atjaunināts: {date}',
  'page.licence': 'Teksts tiek izplatīts saskaņā ar licenci {licence}.',
  'page.attribution': '“{title}”, autori: {authors}, no 4CHANGE bibliotēkas, licence: {licence}.',
  'page.onThisPage': 'Šajā lapā',

  'home.title': 'Atvērti mācību materiāli CNC apstrādei un Industrijai 4.0',
  'home.intro':
    '4CHANGE bibliotēka ir bezmaksas mācību programma profesionālās izglītības iestādēm un uzņēmumiem: mācīšanās rezultātu vienības CNC apstrādē un viedajā rūpnīcā, rīkkopas skolotājiem, uzņēmumu mentoriem un izglītojamajiem, kā arī tehnisko terminu vārdnīca. Lasiet tiešsaistē, drukājiet, pielāgojiet un dalieties.',
  'home.atAGlance': 'Mācību programma īsumā',
  'home.viewProgramme': 'Skatīt moduļu karti',
  'home.audiences': 'Ar ko sākt',
  'home.learners': 'Izglītojamie un darbinieki',
  'home.learnersText': 'Apgūstiet moduļus savā tempā, pārbaudiet sevi ar paškontroles jautājumiem un veidojiet savu portfolio.',
  'home.learnersLink': 'Izglītojamā rīkkopa',
  'home.teachers': 'Skolotāji un uzņēmumu mentori',
  'home.teachersText':
    'Plānojiet nodarbības un darba vidē balstītas mācības, vērtējiet pēc gataviem kritērijiem un lejupielādējiet materiālus.',
  'home.teachersLink': 'Skolotāja rīkkopa',
  'home.mentorsLink': 'Mentora rīkkopa',
  'home.contributors': 'Līdzautori',
  'home.contributorsText':
    'Izlabojiet kļūdu, iztulkojiet lapu vai pievienojiet materiālu: katrā lapā ir saite, lai rediģētu tās avotfailu.',
  'home.contributorsLink': 'Kā piedalīties',

  'programme.moduleMap': 'Moduļu karte',
  'programme.sequence': 'Moduļu secība',
  'programme.sequenceIntro': 'Katrs modulis balstās uz iepriekšējiem. Bultiņas ved no priekšnosacījuma uz moduli, kuram tas nepieciešams.',
  'programme.occupation': 'Profesija',
  'programme.isco': 'ISCO-08 grupa {code}',
  'programme.title': 'Nosaukums',
  'programme.step': '{n}. solis',

  'toolkits.title': 'Rīkkopas',
  'toolkits.description':
    'Praktiski ceļveži ikvienam, kas māca un mācās pēc šīs programmas: skolotājiem, uzņēmumu mentoriem un izglītojamajiem.',
  'audience.teacher': 'Skolotāji',
  'audience.mentor': 'Uzņēmumu mentori',
  'audience.learner': 'Izglītojamie',

  'glossary.title': 'Terminu vārdnīca',
  'glossary.description': 'CNC apstrādes un Industrijas 4.0 tehniskie termini ar definīcijām piecās valodās.',
  'glossary.jumpTo': 'Pāriet uz burtu',
  'glossary.inOtherLanguages': 'Citās valodās',
  'glossary.related': 'Saistītie termini',
  'glossary.seeGlossary': 'Vārdnīcas šķirklis',

  'about.partners': 'Partneri',
  'about.partnersIntro':
    'Materiālu izstrādāja četru valstu uzņēmumu, nozaru asociāciju, profesionālās izglītības iestāžu un nacionālo profesionālās izglītības institūciju alianse.',
  'about.coordinator': 'Koordinators',
  'partner.role.coordinator': 'Koordinators',
  'partner.role.partner': 'Partneris',

  'status.title': 'Tulkojumu statuss',
  'status.language': 'Valoda',
  'status.translated': 'Iztulkots',
  'status.intro': 'Cik moduļu, rīkkopu un lapu ir pieejami katrā valodā. Vēl netulkotās lapas tiek rādītas angļu valodā.',
  'eu.funding': 'Finansējums',
  'eu.flag': 'Eiropas Savienības karogs',
  'eu.acknowledgement': 'Līdzfinansē Eiropas Savienības programma Erasmus+.',
  'eu.disclaimer':
    'Eiropas Komisijas atbalsts šīs publikācijas izstrādē nav uzskatāms par tās satura apstiprinājumu, jo saturs atspoguļo tikai autoru viedokli, un Komisija nevar būt atbildīga par tajā ietvertās informācijas jebkādu izmantošanu.',

  'footer.licence': 'Saturs: CC BY-SA 4.0, ja vien nav norādīts citādi. Kods: MIT licence.',
  'footer.source': 'Pirmkods GitHub vietnē',

  'callout.note': 'Piezīme',
  'callout.tip': 'Padoms',
  'callout.warning': 'Brīdinājums',
  'callout.safety': 'Darba drošība',

  'notFound.title': 'Lapa nav atrasta',
  'notFound.body': 'Meklētā lapa neeksistē vai ir pārvietota.',
  'notFound.home': 'Uz sākumlapu',

  'chooser.title': 'Izvēlieties valodu',
} satisfies UIDictionary;
