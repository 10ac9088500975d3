import type { DroppedIndicator, RuleCode, ValidationIssue } from '../data/dataset/rules';
import { localText, type Lang } from '../i18n/lang';

// Short names of the dataset rules for people reading the list of refused or dropped parts.
// The issue's English `detail` says what exactly was wrong; this says which rule it broke.
// Typed by RuleCode, so a rule added to the validator without a translation is a type error.

const MESSAGES: Record<RuleCode, Record<Lang, string>> = {
  'unsupported-format': { zh: '不支持的数据格式', en: 'Unsupported data format' },
  'not-object': { zh: '应为对象', en: 'Must be an object' },
  required: { zh: '缺少必填字段', en: 'Required field is missing' },
  type: { zh: '数据类型不符', en: 'Wrong type of value' },
  slug: { zh: '标识只能包含小写字母、数字和连字符', en: 'Id may only have lowercase letters, digits, hyphens' },
  date: { zh: '日期应为有效的 YYYY-MM-DD', en: 'Date must be a real date written YYYY-MM-DD' },
  text: { zh: '文本为空或格式不符', en: 'Text is empty or malformed' },
  'url-scheme': { zh: '链接只能使用 http 或 https', en: 'Link must use http or https' },
  enum: { zh: '取值不在允许范围内', en: 'Value is not one of the allowed ones' },
  'min-items': { zh: '列表不能为空', en: 'List must not be empty' },
  'integer-range': { zh: '应为 0 到 6 之间的整数', en: 'Must be a whole number from 0 to 6' },
  'finite-number': { zh: '数值应为有限数字或 null', en: 'Value must be a finite number or null' },
  'period-format': { zh: '时期格式应为 YYYY、YYYY-Qn 或 YYYY-MM', en: 'Period must be YYYY, YYYY-Qn or YYYY-MM' },
  'period-frequency': { zh: '时期与指标频率不一致', en: "Period does not match the indicator's frequency" },
  'duplicate-period': { zh: '同一序列中时期重复', en: 'Period appears twice in one series' },
  'duplicate-id': { zh: '标识重复', en: 'Id is used twice' },
  'duplicate-region-series': { zh: '同一地区有多个序列', en: 'Region has more than one series' },
  'unknown-region': { zh: '引用了未定义的地区', en: 'Refers to a region that is not defined' },
  'unknown-theme': { zh: '引用了未定义的主题', en: 'Refers to a theme that is not defined' },
  'unknown-source': { zh: '引用了未定义的来源', en: 'Refers to a source that is not defined' },
  'unknown-indicator': { zh: '引用了未定义或已剔除的指标', en: 'Refers to a missing or dropped indicator' },
  'duplicate-target': { zh: '同一指标、地区和年份有多个目标', en: 'More than one target for one indicator, region and year' },
  'break-before-data': { zh: '口径调整早于全部数据，无从区分前后', en: 'Break comes before any data, so it separates nothing' },
  'not-json': { zh: '文件不是有效的 JSON', en: 'The file is not valid JSON' },
  'csv-columns': { zh: 'CSV 缺少必需的列', en: 'The CSV file lacks a required column' },
  'csv-empty': { zh: 'CSV 文件没有数据行', en: 'The CSV file has no data rows' },
  'csv-row': { zh: 'CSV 行格式有误，已略去', en: 'Malformed CSV row, left out' },
  'csv-unknown-column': { zh: 'CSV 中有无法识别的列，已忽略', en: 'Unknown CSV column, ignored' },
  'csv-source-not-link': { zh: '来源不是 http 或 https 链接，只作为文字显示', en: 'Source is not an http or https link; shown as text only' },
  'url-not-link': { zh: '链接不是 http 或 https 地址，只作为文字显示', en: 'Link is not an http or https address; shown as text only' },
  'inexact-number': { zh: '数字无法精确表示，读入的值与文件所写不同', en: 'Number cannot be represented exactly; the value read differs from the file' },
  'duplicate-key': { zh: '同一对象中键名重复，以后一个为准', en: 'Key appears twice in one object; the later one is used' },
  'more-issues': { zh: '更多问题未逐一列出', en: 'Further problems not listed' },
};

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '布尔值（true 或 false）',
  array: '数组',
  object: '对象',
  null: 'null',
};

const FREQUENCY_ZH: Record<string, string> = { year: '年度', quarter: '季度', month: '月度' };

const SEPARATOR_ZH: Record<string, string> = { ';': '分号', '\t': '制表符', ',': '逗号', '|': '竖线' };

/** "1,234" in both languages: the app writes grouped digits in Chinese as well. */
// Grouped by hand, as messages.ts does: no ICU data loaded to write a count.
const count = (n: number | undefined) => {
  const v = n ?? 0;
  return Number.isSafeInteger(v) && v >= 0 ? String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : v.toLocaleString('en-US');
};

/**
 * What exactly was wrong, in the reader's language. The validator words each detail in English
 * (for the report file and the command line) and keeps the offending value and what it refers to
 * beside it, so the Chinese interface can say the same without any English sentence.
 */
export function issueDetail(issue: ValidationIssue, lang: Lang): string {
  if (lang === 'en') return issue.detail;
  const { got, ref } = issue;
  const seen = got === undefined ? '' : `实际值：${got}`;
  switch (issue.rule) {
    case 'more-issues':
      return `另有${count(issue.count)}个问题`;
    case 'required':
      return got === undefined ? '' : `缺少字段 ${got}`;
    case 'type':
    case 'not-object':
      return ref && TYPE_ZH[ref] ? `应为${TYPE_ZH[ref]}；${seen}` : seen;
    case 'unsupported-format':
      return `应为 ${JSON.stringify(ref ?? 'indicator-dataset/v1')}；${seen}`;
    case 'enum':
      return ref ? `可选值：${ref}；${seen}` : seen;
    case 'duplicate-period':
      return `时期 ${got ?? ''} 已出现在 ${ref ?? ''}`;
    case 'duplicate-id':
      return `标识 ${got ?? ''} 已被 ${ref ?? ''} 使用`;
    case 'duplicate-region-series':
      return `地区 ${got ?? ''} 已有序列 ${ref ?? ''}`;
    case 'duplicate-target':
      return `指标 ${got ?? ''} 的同一地区、同一年份已有目标 ${ref ?? ''}`;
    case 'period-frequency':
      return `时期 ${got ?? ''} 与指标的${FREQUENCY_ZH[ref ?? ''] ?? ref ?? ''}频率不符`;
    case 'unknown-region':
    case 'unknown-theme':
    case 'unknown-source':
    case 'unknown-indicator':
      return `${got ?? ''} 不是 ${ref ?? ''} 中的标识`;
    case 'break-before-data':
      return `指标 ${got ?? ''} 在 ${ref ?? ''} 之前没有数值`;
    case 'not-json':
      return jsonPlace(issue.detail);
    case 'csv-columns':
      return `缺少列：${got ?? ''}${ref ? `；表头似乎以${SEPARATOR_ZH[ref] ?? JSON.stringify(ref)}分隔，请使用逗号或制表符` : ''}`;
    case 'csv-empty':
      return '';
    case 'csv-row':
      if (issue.count === undefined) return '指标和地区不能为空';
      return `该行有${count(issue.count)}个字段，表头有${got ?? ''}个${ref ? `；该行似乎以${SEPARATOR_ZH[ref] ?? JSON.stringify(ref)}分隔` : ''}`;
    case 'csv-unknown-column':
      return `列 ${got ?? ''} 不属于本格式，已忽略`;
    case 'inexact-number':
      return `文件写作 ${got ?? ''}，读入为 ${ref ?? ''}`;
    case 'duplicate-key':
      return `键 ${got ?? ''} 重复出现`;
    default:
      return seen;
  }
}

/** Where JSON.parse stopped, from its (English) message: the line and column, or the position. */
function jsonPlace(message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `解析在第${lineColumn[1]}行第${lineColumn[2]}列处失败`;
  const position = /position (\d+)/.exec(message);
  if (position) return `解析在第${position[1]}个字符处失败`;
  if (/end of (JSON )?input|Unexpected end/i.test(message)) return '文件在结构结束前中断';
  return '';
}

export function ruleMessage(rule: RuleCode, lang: Lang): string {
  return MESSAGES[rule][lang];
}

/** A dropped indicator as the file names it (工业用电量), else by its id, else by its place. */
export function droppedName(d: DroppedIndicator, lang: Lang): string {
  return localText(d.name, lang) || d.id || `indicators[${d.index}]`;
}
