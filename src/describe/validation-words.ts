import type { RuleCode } from '../data/dataset/rules';
import type { Lang } from '../i18n/lang';

// Short names of the dataset rules for people reading the list of refused or dropped parts.
// The English `detail` says what exactly was wrong; this says which rule it broke.
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
};

export function ruleMessage(rule: RuleCode, lang: Lang): string {
  return MESSAGES[rule][lang];
}
