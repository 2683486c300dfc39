/**
 * Interface strings in English: the reference dictionary. Every other locale has exactly these keys
 * (checked by the type system through `UIDictionary` and by test/i18n.test.ts).
 * Placeholders in braces ({count}, {language}) are filled in by `t()`. A value given as an object is
 * a plural: keys are Intl.PluralRules categories (zero, one, two, few, many, other).
 */
export const en = {
  'site.name': '4CHANGE library',
  'site.tagline': 'Open learning materials for CNC machining and Industry 4.0',
  'site.description':
    'Free, open curriculum for CNC machining and Industry 4.0: modules, toolkits for teachers, mentors and learners, and a technical glossary in five languages.',

  'a11y.skipToContent': 'Skip to main content',
  'a11y.scrollTable': 'Table, scrolls sideways on small screens',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.programme': 'Programme',
  'nav.toolkits': 'Toolkits',
  'nav.glossary': 'Glossary',
  'nav.about': 'About',
  'nav.licence': 'Licence',
  'nav.breadcrumbs': 'Breadcrumbs',

  'lang.switcher': 'Language',
  'lang.switcherHint': 'Read this page in another language',
  'lang.notTranslated': 'not translated yet',
  'lang.current': 'current language',

  'fallback.title': 'Not translated yet',
  'fallback.body': 'This page has not been translated into English yet, so it is shown in English.',
  'fallback.help': 'Help translate it',

  'meta.code': 'Code',
  'meta.eqf': 'EQF level',
  'meta.ecvet': 'ECVET points',
  'meta.hours': 'Hours',
  'meta.theory': 'Theory',
  'meta.practice': 'Practice',
  'meta.workBased': 'Work-based',
  'meta.total': 'Total',
  'meta.prerequisites': 'Prerequisites',
  'meta.none': 'None',
  'meta.audience': 'For',
  'meta.moduleDetails': 'Module details',
  'count.hours': { one: '{count} hour', other: '{count} hours' },
  'count.points': { one: '{count} ECVET point', other: '{count} ECVET points' },
  'count.modules': { one: '{count} module', other: '{count} modules' },
  'count.terms': { one: '{count} term', other: '{count} terms' },

  'module.label': 'Module',
  'module.outcomes': 'Learning outcomes',
  'module.outcomesIntro': 'After completing this module the learner:',
  'module.knowledge': 'Knowledge',
  'module.skills': 'Skills',
  'module.responsibility': 'Responsibility and autonomy',
  'module.criteria': 'Assessment criteria',
  'module.criterionAssesses': 'Assesses',
  'module.content': 'Teaching material',
  'module.prerequisitesIntro': 'Complete these modules first:',
  'module.next': 'Next module',
  'module.previous': 'Previous module',

  'downloads.title': 'Downloads',
  'downloads.pending': 'Printable PDF, editable DOCX and source files for this page are being prepared and will appear here.',

  'page.edit': 'Edit this page',
  'page.translate': 'Translate this page',
  'page.lastUpdated': 'Last updated: {date}',
  'page.licence': 'Text licensed under {licence}.',
  'page.attribution': '“{title}” by {authors}, from the 4CHANGE library, licensed under {licence}.',
  'page.onThisPage': 'On this page',

  'home.title': 'Open learning materials for CNC machining and Industry 4.0',
  'home.intro':
    'The 4CHANGE library is a free curriculum for vocational schools and companies: units of learning outcomes for CNC machining and the smart factory, toolkits for teachers, company mentors and learners, and a technical glossary. Read it online, print it, adapt it and share it.',
  'home.atAGlance': 'The programme at a glance',
  'home.viewProgramme': 'See the module map',
  'home.audiences': 'Where to start',
  'home.learners': 'Learners and workers',
  'home.learnersText': 'Work through the modules at your own pace, check yourself with the self-check questions and build your portfolio.',
  'home.learnersLink': 'Learner’s toolkit',
  'home.teachers': 'Teachers and company mentors',
  'home.teachersText': 'Plan lessons and work-based learning, assess with ready-made criteria and download the materials.',
  'home.teachersLink': 'Teacher’s toolkit',
  'home.mentorsLink': 'Mentor’s toolkit',
  'home.contributors': 'Contributors',
  'home.contributorsText': 'Correct a mistake, translate a page or add material: every page has an edit link to its source file.',
  'home.contributorsLink': 'How to contribute',

  'programme.moduleMap': 'Module map',
  'programme.sequence': 'Module sequence',
  'programme.sequenceIntro': 'Each module builds on the ones before it. Arrows lead from a prerequisite to the module that needs it.',
  'programme.occupation': 'Occupation',
  'programme.isco': 'ISCO-08 group {code}',
  'programme.title': 'Title',
  'programme.step': 'Step {n}',

  'toolkits.title': 'Toolkits',
  'toolkits.description':
    'Practical guides for everyone who teaches and learns with the programme: teachers, company mentors and learners.',
  'audience.teacher': 'Teachers',
  'audience.mentor': 'Company mentors',
  'audience.learner': 'Learners',

  'glossary.title': 'Glossary',
  'glossary.description': 'Technical terms of CNC machining and Industry 4.0 with definitions, in five languages.',
  'glossary.jumpTo': 'Jump to letter',
  'glossary.inOtherLanguages': 'In other languages',
  'glossary.related': 'Related terms',
  'glossary.seeGlossary': 'Glossary entry',

  'about.partners': 'Partners',
  'about.partnersIntro':
    'The material was developed by an alliance of companies, industry associations, VET schools and national VET bodies from four countries.',
  'about.coordinator': 'Coordinator',
  'partner.role.coordinator': 'Coordinator',
  'partner.role.partner': 'Partner',

  'status.title': 'Translation status',
  'status.language': 'Language',
  'status.translated': 'Translated',
  'status.intro': 'Modules, toolkits and pages available in each language. Pages that are not translated yet are shown in English.',
  'eu.funding': 'Funding',
  'eu.flag': 'Flag of the European Union',
  'eu.acknowledgement': 'Co-funded by the Erasmus+ Programme of the European Union.',
  'eu.disclaimer':
    'The European Commission’s support for the production of this publication does not constitute an endorsement of the contents, which reflect the views only of the authors, and the Commission cannot be held responsible for any use which may be made of the information contained therein.',

  'footer.licence': 'Content: CC BY-SA 4.0 unless stated otherwise. Code: MIT licence.',
  'footer.source': 'Source on GitHub',

  'callout.note': 'Note',
  'callout.tip': 'Tip',
  'callout.warning': 'Warning',
  'callout.safety': 'Safety',

  'notFound.title': 'Page not found',
  'notFound.body': 'The page you were looking for does not exist or has moved.',
  'notFound.home': 'Go to the home page',

  'chooser.title': 'Choose your language',
} as const satisfies Record<string, string | { one?: string; other: string; zero?: string; two?: string; few?: string; many?: string }>;
