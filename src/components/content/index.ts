/**
 * The components authors can use in MDX content without importing them. Pages pass this map to
 * `<Content components={contentComponents} />`; content files must not contain import statements.
 */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Form from './Form.astro';
import GCodeSimulator from './GCodeSimulator.astro';
import LearningOutcomes from './LearningOutcomes.astro';
import Quiz from './Quiz.astro';
import RepoLink from './RepoLink.astro';
import Steps from './Steps.astro';
import Table from './Table.astro';
import Term from './Term.astro';

// `table` is not for authors: it replaces Markdown tables with a keyboard-scrollable version.
export const contentComponents = { Callout, Figure, Form, GCodeSimulator, LearningOutcomes, Quiz, RepoLink, Steps, Term, table: Table };
