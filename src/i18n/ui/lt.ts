import type { UIDictionary } from './index';

/** Interface strings in Lithuanian. Keys and placeholders as in en.ts. */
export const lt = {
  'site.name': '4CHANGE biblioteka',
  'site.tagline': 'Atviroji CNC apdirbimo ir Pramonės 4.0 mokymosi medžiaga',
  'site.description':
    'Nemokama, atvira CNC apdirbimo ir Pramonės 4.0 mokymo programa: moduliai, priemonių rinkiniai mokytojams, mentoriams ir besimokantiesiems bei techninių terminų žodynas penkiomis kalbomis.',

  'a11y.skipToContent': 'Pereiti prie turinio',
  'a11y.scrollTable': 'Lentelė, mažuose ekranuose slenkama į šonus',
  'nav.label': 'Pagrindinis meniu',
  'nav.home': 'Pradžia',
  'nav.programme': 'Mokymo programa',
  'nav.toolkits': 'Priemonių rinkiniai',
  'nav.glossary': 'Terminų žodynas',
  'nav.about': 'Apie projektą',
  'nav.licence': 'Licencija',
  'nav.breadcrumbs': 'Naršymo kelias',

  'lang.switcher': 'Kalba',
  'lang.switcherHint': 'Skaityti šį puslapį kita kalba',
  'lang.notTranslated': 'dar neišversta',
  'lang.current': 'dabartinė kalba',

  'fallback.title': 'Puslapis dar neišverstas',
  'fallback.body': 'Šis puslapis dar neišverstas į lietuvių kalbą, todėl rodomas originalus tekstas anglų kalba.',
  'fallback.help': 'Padėkite jį išversti',

  'meta.code': 'Kodas',
  'meta.eqf': 'EKS lygis',
  'meta.ecvet': 'ECVET kreditai',
  'meta.hours': 'Valandos',
  'meta.theory': 'Teorija',
  'meta.practice': 'Praktika',
  'meta.workBased': 'Mokymas darbo vietoje',
  'meta.total': 'Iš viso',
  'meta.prerequisites': 'Išankstiniai reikalavimai',
  'meta.none': 'Nėra',
  'meta.audience': 'Kam skirta',
  'meta.moduleDetails': 'Informacija apie modulį',
  'count.hours': { one: '{count} valanda', few: '{count} valandos', many: '{count} valandos', other: '{count} valandų' },
  'count.points': {
    one: '{count} ECVET kreditas',
    few: '{count} ECVET kreditai',
    many: '{count} ECVET kredito',
    other: '{count} ECVET kreditų',
  },
  'count.modules': { one: '{count} modulis', few: '{count} moduliai', many: '{count} modulio', other: '{count} modulių' },
  'count.terms': { one: '{count} terminas', few: '{count} terminai', many: '{count} termino', other: '{count} terminų' },

  'module.label': 'Modulis',
  'module.outcomes': 'Mokymosi rezultatai',
  'module.outcomesIntro': 'Baigęs šį modulį, besimokantysis:',
  'module.knowledge': 'Žinios',
  'module.skills': 'Gebėjimai',
  'module.responsibility': 'Atsakomybė ir savarankiškumas',
  'module.criteria': 'Vertinimo kriterijai',
  'module.criterionAssesses': 'Vertina',
  'module.content': 'Mokymo medžiaga',
  'module.prerequisitesIntro': 'Pirmiausia baikite šiuos modulius:',
  'module.next': 'Kitas modulis',
  'module.previous': 'Ankstesnis modulis',

  'downloads.title': 'Atsisiųsti',
  'downloads.pending':
    'Šio puslapio spausdinama PDF versija, redaguojamas DOCX failas ir šaltinio failai dar ruošiami ir netrukus atsiras čia.',

  'page.edit': 'Redaguoti šį puslapį',
  'page.translate': 'Išversti šį puslapį',
  'page.lastUpdated': 'Paskutinį kartą atnaujinta: {date}',
  'page.licence': 'Tekstas platinamas pagal licenciją {licence}.',
  'page.attribution': '„{title}“, autoriai: {authors}, iš 4CHANGE bibliotekos, platinama pagal licenciją {licence}.',
  'page.onThisPage': 'Šiame puslapyje',

  'home.title': 'Atviroji CNC apdirbimo ir Pramonės 4.0 mokymosi medžiaga',
  'home.intro':
    '4CHANGE biblioteka – nemokama mokymo programa profesinėms mokykloms ir įmonėms: CNC apdirbimo ir išmaniosios gamyklos mokymosi rezultatų vienetai, priemonių rinkiniai mokytojams, įmonių mentoriams ir besimokantiesiems bei techninių terminų žodynas. Skaitykite internete, spausdinkite, pritaikykite ir dalykitės.',
  'home.atAGlance': 'Mokymo programa trumpai',
  'home.viewProgramme': 'Peržiūrėti modulių žemėlapį',
  'home.audiences': 'Nuo ko pradėti',
  'home.learners': 'Besimokantieji ir darbuotojai',
  'home.learnersText':
    'Mokykitės pagal modulius savo tempu, pasitikrinkite atsakydami į savikontrolės klausimus ir kaupkite savo pasiekimų aplanką.',
  'home.learnersLink': 'Besimokančiojo priemonių rinkinys',
  'home.teachers': 'Mokytojai ir įmonių mentoriai',
  'home.teachersText': 'Planuokite pamokas ir mokymą darbo vietoje, vertinkite pagal parengtus kriterijus ir atsisiųskite medžiagą.',
  'home.teachersLink': 'Mokytojo priemonių rinkinys',
  'home.mentorsLink': 'Mentoriaus priemonių rinkinys',
  'home.contributors': 'Norintiems prisidėti',
  'home.contributorsText':
    'Ištaisykite klaidą, išverskite puslapį arba papildykite medžiagą: kiekviename puslapyje yra nuoroda jo šaltinio failui redaguoti.',
  'home.contributorsLink': 'Kaip prisidėti',

  'programme.moduleMap': 'Modulių žemėlapis',
  'programme.sequence': 'Modulių seka',
  'programme.sequenceIntro':
    'Kiekvienas modulis remiasi ankstesniais. Rodyklės veda nuo būtino ankstesnio modulio prie modulio, kuriam jo reikia.',
  'programme.occupation': 'Profesija',
  'programme.isco': 'ISCO-08 grupė {code}',
  'programme.title': 'Pavadinimas',
  'programme.step': '{n} žingsnis',

  'toolkits.title': 'Priemonių rinkiniai',
  'toolkits.description':
    'Praktiniai vadovai visiems, kurie moko ir mokosi pagal šią programą: mokytojams, įmonių mentoriams ir besimokantiesiems.',
  'audience.teacher': 'Mokytojai',
  'audience.mentor': 'Įmonių mentoriai',
  'audience.learner': 'Besimokantieji',

  'glossary.title': 'Terminų žodynas',
  'glossary.description': 'CNC apdirbimo ir Pramonės 4.0 techniniai terminai su apibrėžtimis penkiomis kalbomis.',
  'glossary.jumpTo': 'Pereiti prie raidės',
  'glossary.inOtherLanguages': 'Kitomis kalbomis',
  'glossary.related': 'Susiję terminai',
  'glossary.seeGlossary': 'Žodyno įrašas',

  'about.partners': 'Partneriai',
  'about.partnersIntro':
    'Medžiagą parengė keturių šalių įmonių, pramonės asociacijų, profesinių mokyklų ir nacionalinių profesinio mokymo institucijų aljansas.',
  'about.coordinator': 'Koordinatorius',
  'partner.role.coordinator': 'Koordinatorius',
  'partner.role.partner': 'Partneris',

  'status.title': 'Vertimų būklė',
  'status.language': 'Kalba',
  'status.translated': 'Išversta',
  'status.intro': 'Kiek modulių, priemonių rinkinių ir puslapių yra kiekviena kalba. Dar neišversti puslapiai rodomi anglų kalba.',
  'eu.funding': 'Finansavimas',
  'eu.flag': 'Europos Sąjungos vėliava',
  'eu.acknowledgement': 'Bendrai finansuojama pagal Europos Sąjungos programą „Erasmus+“.',
  'eu.disclaimer':
    'Europos Komisijos parama šiam leidiniui parengti nereiškia pritarimo jo turiniui, kuris atspindi tik autorių požiūrį, ir Komisija negali būti laikoma atsakinga už bet kokį jame pateikiamos informacijos naudojimą.',

  'footer.licence': 'Turinys: CC BY-SA 4.0, jei nenurodyta kitaip. Kodas: MIT licencija.',
  'footer.source': 'Išeities kodas „GitHub“ platformoje',

  'callout.note': 'Pastaba',
  'callout.tip': 'Patarimas',
  'callout.warning': 'Įspėjimas',
  'callout.safety': 'Darbo sauga',

  'notFound.title': 'Puslapis nerastas',
  'notFound.body': 'Ieškomo puslapio nėra arba jis perkeltas.',
  'notFound.home': 'Eiti į pagrindinį puslapį',

  'chooser.title': 'Pasirinkite kalbą',
} satisfies UIDictionary;
