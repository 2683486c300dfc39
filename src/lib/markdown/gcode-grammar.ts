/**
 * A small TextMate grammar for G-code (ISO 6983 / DIN 66025 and common dialects), so that Shiki can
 * highlight ```gcode listings: Shiki ships none. Scopes reuse common theme names (comment, keyword,
 * constant.numeric, variable) so any theme colours them sensibly.
 */
import type { LanguageRegistration } from 'shiki';

export const gcodeGrammar: LanguageRegistration = {
  name: 'gcode',
  repository: {},
  scopeName: 'source.gcode',
  aliases: ['nc', 'cnc'],
  patterns: [
    { name: 'comment.block.gcode', match: '\\([^)]*\\)' },
    { name: 'comment.line.semicolon.gcode', match: ';.*$' },
    { name: 'punctuation.definition.program.gcode', match: '^\\s*%.*$' },
    { name: 'entity.name.function.program.gcode', match: '\\b[O][0-9]+\\b|^\\s*:[0-9]+' },
    { name: 'comment.line.number.gcode', match: '\\bN[0-9]+\\b' },
    { name: 'keyword.control.gcode', match: '\\b[GM][0-9]+(?:\\.[0-9]+)?\\b' },
    { name: 'variable.parameter.tool.gcode', match: '\\b[TDH][0-9]+\\b' },
    { name: 'constant.numeric.axis.gcode', match: '\\b[XYZUVWABCIJKRQPL]=?[-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)' },
    { name: 'string.other.feed-speed.gcode', match: '\\b[FSE]=?[-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)' },
    { name: 'variable.other.gcode', match: '#[0-9]+|\\bR[0-9]+=|\\$[A-Z_]+' },
    { name: 'keyword.operator.gcode', match: '[=+\\-*/\\[\\]]' },
  ],
};
