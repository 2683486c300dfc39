import type { UIDictionary } from './index';

/** Interface strings in German. Keys and placeholders as in en.ts. */
export const de = {
  'site.name': '4CHANGE-Bibliothek',
  'site.tagline': 'Offene Lernmaterialien für CNC-Bearbeitung und Industrie 4.0',
  'site.description':
    'Freies, offenes Curriculum für CNC-Bearbeitung und Industrie 4.0: Module, Leitfäden für Lehrkräfte, betriebliche Ausbilder und Lernende sowie ein Fachglossar in fünf Sprachen.',

  'a11y.skipToContent': 'Zum Inhalt springen',
  'a11y.scrollTable': 'Tabelle, auf kleinen Bildschirmen seitlich scrollbar',
  'nav.label': 'Hauptnavigation',
  'nav.home': 'Startseite',
  'nav.programme': 'Programm',
  'nav.toolkits': 'Leitfäden',
  'nav.glossary': 'Glossar',
  'nav.about': 'Über das Projekt',
  'nav.licence': 'Lizenz',
  'nav.breadcrumbs': 'Brotkrümelnavigation',

  'lang.switcher': 'Sprache',
  'lang.switcherHint': 'Diese Seite in einer anderen Sprache lesen',
  'lang.notTranslated': 'noch nicht übersetzt',
  'lang.current': 'aktuelle Sprache',

  'fallback.title': 'Noch nicht übersetzt',
  'fallback.body': 'Diese Seite wurde noch nicht ins Deutsche übersetzt. Sie sehen daher die englische Originalfassung.',
  'fallback.help': 'Beim Übersetzen helfen',

  'meta.code': 'Code',
  'meta.eqf': 'EQR-Niveau',
  'meta.ecvet': 'ECVET-Punkte',
  'meta.hours': 'Stunden',
  'meta.theory': 'Theorie',
  'meta.practice': 'Praxis',
  'meta.workBased': 'Betriebliches Lernen',
  'meta.total': 'Gesamt',
  'meta.prerequisites': 'Voraussetzungen',
  'meta.none': 'Keine',
  'meta.audience': 'Für',
  'count.hours': { one: '{count} Stunde', other: '{count} Stunden' },
  'count.points': { one: '{count} ECVET-Punkt', other: '{count} ECVET-Punkte' },
  'count.modules': { one: '{count} Modul', other: '{count} Module' },
  'count.terms': { one: '{count} Begriff', other: '{count} Begriffe' },

  'module.label': 'Modul',
  'module.outcomes': 'Lernergebnisse',
  'module.outcomesIntro': 'Nach Abschluss dieses Moduls können die Lernenden:',
  'module.knowledge': 'Kenntnisse',
  'module.skills': 'Fertigkeiten',
  'module.responsibility': 'Verantwortung und Selbstständigkeit',
  'module.criteria': 'Bewertungskriterien',
  'module.criterionAssesses': 'Bewertet',
  'module.content': 'Lehrmaterial',
  'module.prerequisitesIntro': 'Schließen Sie zuerst diese Module ab:',
  'module.next': 'Nächstes Modul',
  'module.previous': 'Vorheriges Modul',

  'downloads.title': 'Downloads',
  'downloads.pending':
    'Ein druckbares PDF, ein bearbeitbares DOCX und die Quelldateien dieser Seite werden gerade vorbereitet und erscheinen dann hier.',

  'page.edit': 'Diese Seite bearbeiten',
  'page.translate': 'Diese Seite übersetzen',
  'page.lastUpdated': 'Zuletzt aktualisiert: {date}',
  'page.licence': 'Der Text steht unter der Lizenz {licence}.',
  'page.attribution': '„{title}“ von {authors}, aus der 4CHANGE-Bibliothek, lizenziert unter {licence}.',
  'page.onThisPage': 'Auf dieser Seite',

  'home.title': 'Offene Lernmaterialien für CNC-Bearbeitung und Industrie 4.0',
  'home.intro':
    'Die 4CHANGE-Bibliothek ist ein freies Curriculum für Berufsschulen und Unternehmen: Einheiten von Lernergebnissen zur CNC-Bearbeitung und zur Smart Factory, Leitfäden für Lehrkräfte, betriebliche Ausbilder und Lernende sowie ein Fachglossar. Lesen Sie es online, drucken Sie es aus, passen Sie es an und geben Sie es weiter.',
  'home.atAGlance': 'Das Programm im Überblick',
  'home.viewProgramme': 'Zur Modulübersicht',
  'home.audiences': 'Der richtige Einstieg',
  'home.learners': 'Lernende und Beschäftigte',
  'home.learnersText':
    'Bearbeiten Sie die Module in Ihrem eigenen Tempo, überprüfen Sie sich mit den Selbsttestfragen und bauen Sie Ihr Portfolio auf.',
  'home.learnersLink': 'Leitfaden für Lernende',
  'home.teachers': 'Lehrkräfte und betriebliche Ausbilder',
  'home.teachersText':
    'Planen Sie Unterricht und betriebliches Lernen, bewerten Sie mit fertigen Kriterien und laden Sie die Materialien herunter.',
  'home.teachersLink': 'Leitfaden für Lehrkräfte',
  'home.mentorsLink': 'Leitfaden für Ausbilder',
  'home.contributors': 'Mitwirkende',
  'home.contributorsText':
    'Korrigieren Sie einen Fehler, übersetzen Sie eine Seite oder ergänzen Sie Material: Jede Seite hat einen Bearbeitungslink zu ihrer Quelldatei.',
  'home.contributorsLink': 'So können Sie mitwirken',

  'programme.moduleMap': 'Modulübersicht',
  'programme.sequence': 'Modulabfolge',
  'programme.sequenceIntro':
    'Jedes Modul baut auf den vorherigen auf. Die Pfeile führen von einer Voraussetzung zu dem Modul, das sie benötigt.',
  'programme.occupation': 'Beruf',
  'programme.isco': 'ISCO-08-Berufsgruppe {code}',
  'programme.title': 'Titel',
  'programme.step': 'Schritt {n}',

  'toolkits.title': 'Leitfäden',
  'toolkits.description':
    'Praxisnahe Leitfäden für alle, die mit dem Programm lehren und lernen: Lehrkräfte, betriebliche Ausbilder und Lernende.',
  'audience.teacher': 'Lehrkräfte',
  'audience.mentor': 'Betriebliche Ausbilder',
  'audience.learner': 'Lernende',

  'glossary.title': 'Glossar',
  'glossary.description': 'Fachbegriffe der CNC-Bearbeitung und der Industrie 4.0 mit Definitionen, in fünf Sprachen.',
  'glossary.jumpTo': 'Zum Buchstaben springen',
  'glossary.inOtherLanguages': 'In anderen Sprachen',
  'glossary.related': 'Verwandte Begriffe',
  'glossary.seeGlossary': 'Glossareintrag',

  'about.partners': 'Partner',
  'about.partnersIntro':
    'Das Material wurde von einer Allianz aus Unternehmen, Branchenverbänden, Berufsschulen und nationalen Berufsbildungseinrichtungen aus vier Ländern entwickelt.',
  'about.coordinator': 'Koordinator',
  'partner.role.coordinator': 'Koordinator',
  'partner.role.partner': 'Partner',

  'status.title': 'Übersetzungsstand',
  'status.language': 'Sprache',
  'status.translated': 'Übersetzt',
  'status.intro':
    'Module, Leitfäden und Seiten, die in der jeweiligen Sprache vorliegen. Noch nicht übersetzte Seiten werden auf Englisch angezeigt.',
  'eu.funding': 'Förderung',
  'eu.flag': 'Flagge der Europäischen Union',
  'eu.acknowledgement': 'Kofinanziert durch das Programm Erasmus+ der Europäischen Union.',
  'eu.disclaimer':
    'Die Unterstützung der Europäischen Kommission für die Erstellung dieser Veröffentlichung stellt keine Billigung des Inhalts dar, welcher nur die Ansichten der Verfasser wiedergibt, und die Kommission kann nicht für eine etwaige Verwendung der darin enthaltenen Informationen haftbar gemacht werden.',

  'footer.licence': 'Inhalte: CC BY-SA 4.0, sofern nicht anders angegeben. Code: MIT-Lizenz.',
  'footer.source': 'Quellcode auf GitHub',

  'search.open': 'Suche',
  'search.title': 'In der Bibliothek suchen',
  'search.label': 'Suchbegriff',
  'search.placeholder': 'Module, Leitfäden, Fachbegriffe …',
  'search.close': 'Suche schließen',
  'search.searching': 'Suche läuft …',
  'search.noResults': 'Keine Treffer für „{query}“.',
  'search.error': 'Die Suche konnte nicht geladen werden. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
  'search.hint': 'Mit den Pfeiltasten durch die Treffer gehen, mit der Eingabetaste öffnen.',
  'search.allLanguages': 'In allen fünf Sprachen suchen',
  'search.filters': 'Filter',
  'search.filterType': 'Art',
  'search.filterAudience': 'Für',
  'search.filterEqf': 'EQR-Niveau',
  'search.filterTopic': 'Thema',
  'search.any': 'Alle',
  'search.type.module': 'Modul',
  'search.type.toolkit': 'Leitfaden',
  'search.type.glossary': 'Fachbegriff',
  'search.type.page': 'Seite',
  'search.more': 'Weitere Treffer anzeigen',
  'search.fullPage': 'Suchseite öffnen',
  'search.pageDescription': 'Alle Module, Leitfäden, Seiten und Fachbegriffe der Bibliothek durchsuchen.',
  'search.needsJs':
    'Die Suche braucht JavaScript, das in diesem Browser ausgeschaltet oder nicht verfügbar ist. Alle Inhalte sind auch so erreichbar:',
  'search.glossaryAz': 'das Glossar von A bis Z',
  'search.moduleList': 'die Modulliste des Programms',
  'search.inLanguage': 'auf {language}',
  'search.results': { one: '{count} Treffer', other: '{count} Treffer' },
  'callout.note': 'Hinweis',
  'callout.tip': 'Tipp',
  'callout.warning': 'Warnung',
  'callout.safety': 'Arbeitssicherheit',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.body': 'Die gesuchte Seite existiert nicht oder wurde verschoben.',
  'notFound.home': 'Zur Startseite',

  'chooser.title': 'Sprache wählen',
} satisfies UIDictionary;
