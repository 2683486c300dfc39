import type { UIDictionary } from './index';

/** Interface strings in Estonian. Keys and placeholders as in en.ts. */
export const et = {
  'site.name': '4CHANGE’i raamatukogu',
  'site.tagline': 'Avatud õppematerjalid CNC-töötluse ja Tööstus 4.0 kohta',
  'site.description':
    'Tasuta avatud õppekava CNC-töötluse ja Tööstus 4.0 õpetamiseks: moodulid, tööriistakastid õpetajatele, juhendajatele ja õppijatele ning tehniline sõnastik viies keeles.',

  'a11y.skipToContent': 'Liigu sisu juurde',
  'a11y.scrollTable': 'Tabel, väikesel ekraanil keritav külgsuunas',
  'nav.label': 'Peamenüü',
  'nav.home': 'Avaleht',
  'nav.programme': 'Õppekava',
  'nav.toolkits': 'Tööriistakastid',
  'nav.glossary': 'Sõnastik',
  'nav.about': 'Projektist',
  'nav.licence': 'Litsents',
  'nav.breadcrumbs': 'Navigeerimisrada',

  'lang.switcher': 'Keel',
  'lang.switcherHint': 'Loe seda lehte teises keeles',
  'lang.notTranslated': 'veel tõlkimata',
  'lang.current': 'praegune keel',

  'fallback.title': 'Veel tõlkimata',
  'fallback.body': 'Seda lehte ei ole veel eesti keelde tõlgitud, seetõttu näed ingliskeelset originaali.',
  'fallback.help': 'Aita tõlkida',

  'meta.code': 'Kood',
  'meta.eqf': 'EKR tase',
  'meta.ecvet': 'ECVET-ainepunktid',
  'meta.hours': 'Tunnid',
  'meta.theory': 'Teooria',
  'meta.practice': 'Praktika',
  'meta.workBased': 'Töökohapõhine õpe',
  'meta.total': 'Kokku',
  'meta.prerequisites': 'Eeldused',
  'meta.none': 'Puuduvad',
  'meta.audience': 'Sihtrühm',
  'meta.moduleDetails': 'Mooduli andmed',
  'count.hours': { one: '{count} tund', other: '{count} tundi' },
  'count.points': { one: '{count} ECVET-ainepunkt', other: '{count} ECVET-ainepunkti' },
  'count.modules': { one: '{count} moodul', other: '{count} moodulit' },
  'count.terms': { one: '{count} termin', other: '{count} terminit' },

  'module.label': 'Moodul',
  'module.outcomes': 'Õpiväljundid',
  'module.outcomesIntro': 'Mooduli läbinud õppija:',
  'module.knowledge': 'Teadmised',
  'module.skills': 'Oskused',
  'module.responsibility': 'Vastutus ja iseseisvus',
  'module.criteria': 'Hindamiskriteeriumid',
  'module.criterionAssesses': 'Hindab',
  'module.content': 'Õppematerjal',
  'module.prerequisitesIntro': 'Läbi kõigepealt need moodulid:',
  'module.next': 'Järgmine moodul',
  'module.previous': 'Eelmine moodul',

  'downloads.title': 'Allalaadimine',
  'downloads.pending': 'Selle lehe prinditav PDF, muudetav DOCX ja lähtefailid on ettevalmistamisel ning ilmuvad peagi siia.',

  'page.edit': 'Muuda seda lehte',
  'page.translate': 'Tõlgi see leht',
  'page.lastUpdated': 'Viimati uuendatud: {date}',
  'page.licence': 'Tekst on avaldatud litsentsi {licence} alusel.',
  'page.attribution': '„{title}“, autorid: {authors}, 4CHANGE’i raamatukogust, litsents: {licence}.',
  'page.onThisPage': 'Sellel lehel',

  'home.title': 'Avatud õppematerjalid CNC-töötluse ja Tööstus 4.0 kohta',
  'home.intro':
    '4CHANGE’i raamatukogu on tasuta õppekava kutsekoolidele ja ettevõtetele: CNC-töötluse ja nutika tehase õpiväljundite üksused, tööriistakastid õpetajatele, ettevõttepoolsetele juhendajatele ja õppijatele ning tehniline sõnastik. Loe veebis, prindi, kohanda ja jaga.',
  'home.atAGlance': 'Õppekava lühidalt',
  'home.viewProgramme': 'Vaata moodulite kaarti',
  'home.audiences': 'Kust alustada',
  'home.learners': 'Õppijad ja töötajad',
  'home.learnersText': 'Läbi moodulid omas tempos, kontrolli end enesekontrolli küsimustega ja koosta oma portfoolio.',
  'home.learnersLink': 'Õppija tööriistakast',
  'home.teachers': 'Õpetajad ja ettevõttepoolsed juhendajad',
  'home.teachersText': 'Planeeri tunde ja töökohapõhist õpet, hinda valmis kriteeriumide järgi ja laadi materjalid alla.',
  'home.teachersLink': 'Õpetaja tööriistakast',
  'home.mentorsLink': 'Juhendaja tööriistakast',
  'home.contributors': 'Panustajad',
  'home.contributorsText': 'Paranda viga, tõlgi leht või lisa materjali: igal lehel on link selle lähtefaili muutmiseks.',
  'home.contributorsLink': 'Kuidas panustada',

  'programme.moduleMap': 'Moodulite kaart',
  'programme.sequence': 'Moodulite järjestus',
  'programme.sequenceIntro': 'Iga moodul tugineb eelmistele. Nooled viivad eeldusmoodulist selle moodulini, mis seda eeldab.',
  'programme.occupation': 'Ametiala',
  'programme.isco': 'ISCO-08 rühm {code}',
  'programme.title': 'Nimetus',
  'programme.step': '{n}. samm',

  'toolkits.title': 'Tööriistakastid',
  'toolkits.description':
    'Praktilised juhendid kõigile, kes selle õppekava järgi õpetavad ja õpivad: õpetajatele, ettevõttepoolsetele juhendajatele ja õppijatele.',
  'audience.teacher': 'Õpetajad',
  'audience.mentor': 'Ettevõttepoolsed juhendajad',
  'audience.learner': 'Õppijad',

  'glossary.title': 'Sõnastik',
  'glossary.description': 'CNC-töötluse ja Tööstus 4.0 tehnilised terminid koos definitsioonidega viies keeles.',
  'glossary.jumpTo': 'Liigu tähe juurde',
  'glossary.inOtherLanguages': 'Teistes keeltes',
  'glossary.related': 'Seotud terminid',
  'glossary.seeGlossary': 'Sõnastiku kirje',

  'about.partners': 'Partnerid',
  'about.partnersIntro':
    'Materjali töötas välja nelja riigi ettevõtetest, erialaliitudest, kutsekoolidest ja riiklikest kutsehariduse asutustest koosnev liit.',
  'about.coordinator': 'Koordinaator',
  'partner.role.coordinator': 'Koordinaator',
  'partner.role.partner': 'Partner',

  'status.title': 'Tõlgete seis',
  'status.language': 'Keel',
  'status.translated': 'Tõlgitud',
  'status.intro': 'Moodulid, tööriistakastid ja lehed, mis on igas keeles olemas. Veel tõlkimata lehed kuvatakse inglise keeles.',
  'eu.funding': 'Rahastus',
  'eu.flag': 'Euroopa Liidu lipp',
  'eu.acknowledgement': 'Kaasrahastatud Euroopa Liidu Erasmus+ programmist.',
  'eu.disclaimer':
    'Euroopa Komisjoni toetus käesoleva väljaande koostamiseks ei tähenda selle sisu heakskiitmist; sisu kajastab üksnes autorite seisukohti ja komisjon ei vastuta selles sisalduva teabe mis tahes kasutamise eest.',

  'footer.licence': 'Sisu: CC BY-SA 4.0, kui ei ole märgitud teisiti. Kood: MIT-litsents.',
  'footer.source': 'Lähtekood GitHubis',

  'callout.note': 'Märkus',
  'callout.tip': 'Nõuanne',
  'callout.warning': 'Hoiatus',
  'callout.safety': 'Tööohutus',

  'notFound.title': 'Lehte ei leitud',
  'notFound.body': 'Otsitud lehte ei ole olemas või see on teisaldatud.',
  'notFound.home': 'Mine avalehele',

  'chooser.title': 'Vali keel',
} satisfies UIDictionary;
