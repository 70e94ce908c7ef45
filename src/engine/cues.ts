import type { Language } from './types';
import { compileTerms, type Term, type TermList } from './terms';

/**
 * Cues of the universal near-miss classes (catalogue, "Universal near-miss classes"): words that show a
 * sentence does not assert a red flag about this company now. Each class has a scope:
 *
 * | class | what it catches | scope |
 * |---|---|---|
 * | N1 negation | not, never, without, 不, 没有, não, sem | clause (sentence for a leading "Unlike …") |
 * | N1 rejection | rejected, ruled out, decided against, 放弃, descartamos | sentence |
 * | N2 hypothetical | if, unless, whether, downside case, 如果, 一旦, se, caso | chunk |
 * | N3 third party | competitors, incumbents, peers, 竞品, concorrentes | chunk |
 * | N4 rebuttal | mitigated by, diligence confirmed, 已验证, verificamos | paragraph |
 * | N5 past state | used to, previously, migrated from, 曾经, antes | chunk |
 * | N6 quotation | Zhu, this linter, "X says", long quoted speech | sentence |
 *
 * Cues that fall inside the rule's own trigger words do not count: "no proprietary data" is the claim
 * of `zhu/no-data-no-scenario`, not a negation of it.
 */

export type CueClass =
  | 'negation'
  | 'rejection'
  | 'hypothetical'
  | 'thirdParty'
  | 'rebuttal'
  | 'rebuttalInBlock'
  | 'past'
  | 'quotation'
  | 'projection';

type Lexicon = Record<Language, Term[]>;

const NEGATION: Lexicon = {
  en: [
    // "n't" as a phrase gets a left word boundary and never matches "don't": the contraction needs a regex.
    /(?<=\p{L})n['’]t(?!\p{L})/u,
    'not', "n't", 'cannot', 'no', 'never', 'none', 'nothing', 'neither', 'nor', 'without', 'instead of', 'rather than',
    'no longer', 'nobody', 'nowhere', 'free of', 'far from', 'avoid', 'avoids', 'avoided', 'avoiding',
    'refuse', 'refuses', 'refused', 'decline', 'declines', 'declined', 'stay out of', 'stays out of', 'stayed out of', 'steer clear',
    'steers clear', 'zero', 'opposite of', 'is not', 'isn’t', 'instead',
  ],
  pt: [
    'não', 'nunca', 'nem', 'sem', 'nenhum', 'nenhuma', 'nada', 'jamais', 'em vez de', 'ao invés de', 'ao contrário de',
    'diferentemente de', 'diferente de', 'deixou de', 'deixaram de', 'evita', 'evitam', 'evitamos', 'evitar', 'recusa',
    'recusou', 'recusamos', 'ninguém', 'longe de', 'fora de',
  ],
  zh: [
    /不(?![断少仅过错久到同管论光但止住妨然得了外是很太要紧说变可]|低于|亚于|晚于|早于)/, '不是', '不会', '不用', '不需要', '不要', '没有', /没(?!有)/, '并非', '无需', '无须',
    '避免', '而非', '而不是', '不同于', '不再', /未(?![来知])/, /(?<![除并])非(?![常洲])/, '无', '毫无', '绝不', '从不', '从未', '拒绝',
  ],
};

/** Sentence-initial contrasts: "Unlike competitor X, which is a shell on ERNIE, we run LLaMA." */
const LEADING_CONTRAST: Lexicon = {
  en: [/^(?:unlike|contrary to|instead of|rather than|in contrast to|as opposed to|compared with|compared to)\b/],
  pt: [/^(?:ao contrário d[eoa]s?|diferentemente d[eoa]s?|diferente d[eoa]s?|em vez d[eoa]s?|ao invés d[eoa]s?|em contraste com)/],
  zh: [/^(?:不同于|与[^，,]{1,20}不同|和[^，,]{1,20}不同|相比于|相较于|有别于)/],
};

const REJECTION: Lexicon = {
  en: [
    'rejected', 'ruled out', 'rules out', 'decided against', 'turned down', 'turns down', 'passed on', 'walked away',
    'moved away from', 'moved off', 'migrated off', 'migrated away', /\bdropped\s+(?:it|them|the|its|this|that|our|their|plans?|support)\b/, 'abandoned', 'discontinued', 'phased out',
    'shut down', 'replaced', 'no plans to', 'has no plan', 'have no plan', 'opted against', 'chose not', 'deliberately stay',
    'deliberately stays', 'declined to', 'stopped',
  ],
  pt: [
    'rejeitamos', 'rejeitou', 'rejeitaram', 'descartamos', 'descartou', 'descartaram', 'desistiu', 'desistimos',
    'abandonou', 'abandonamos', 'abandonaram', 'substituiu', 'substituímos', 'recusou', 'recusaram', 'optou por não',
    'decidiu não', 'descontinuou', 'encerrou',
  ],
  zh: ['放弃', '拒绝', '排除', '弃用', '停止', '已停用', '替换掉', '不考虑', '决定不', '否决'],
};

const HYPOTHETICAL: Lexicon = {
  en: [
    'if', 'unless',
    // An indirect question after a verb of observing is not a condition: "the model sees whether each supplier delivered".
    /(?<!\b(?:sees?|saw|knows?|knew|checks?|checked|tracks?|tracked|learns?|learned|tells?|told|shows?|showed|records?|recorded|measures?|measured|verif(?:y|ies|ied)|monitors?|monitored|confirms?|confirmed)\s{1,64})\bwhether\b/, 'in case', 'suppose', 'supposing', 'assuming', 'hypothetical', 'hypothetically',
    'in the event', 'downside case', 'downside scenario', 'worst case', 'worst-case', 'bear case', 'stress case',
    'stress test', 'in a scenario', 'scenario where', 'scenario in which', 'would have', 'could have', 'might have',
    'had we', 'were we', 'were it', 'even if', 'what if', 'should the', 'should it', 'should we', 'should a',
    'should any', 'risk that', 'risk is that', 'the risk', 'may eventually', 'could eventually', 'might eventually',
    'in theory', 'theoretically', 'imagine',
  ],
  pt: [
    // "se" is also the reflexive pronoun ("a empresa se posiciona"): only a clause-initial "se" is conditional.
    // After a comma, "se" before a present-tense verb is still the pronoun: "A avaliação, sem receita, se apoia no time".
    /(?:^|[,;:]\s*)se(?=\s)(?!\s+(?!(?:a|o|as|os|um|uma|uns|umas|esse|essa|este|esta|isso|isto|ela|ele|eles|elas|você|vocês|nada|cada|toda|alguma|nenhuma|houve|houvesse|fosse|tivesse|estivesse)(?![\p{L}]))\p{L}+(?<!ss)(?:a|am|e|em|ém)(?![\p{L}]))/u, /(?:mesmo|só|somente|apenas)\s+se(?=\s)/,
    /(?:^|,\s*)caso(?!\s+de\s+uso)(?=\s)/, 'hipótese', 'hipotético', 'hipoteticamente', 'na hipótese', 'cenário pessimista',
    'cenário de estresse', 'pior cenário', 'no pior caso', 'supondo', 'mesmo que', 'mesmo se', 'a menos que', 'o risco é',
    'o risco de', 'risco de que', 'poderia ter', 'teria',
  ],
  zh: ['如果', '假如', '假设', '一旦', /若(?!干)/, '倘若', '万一', /(?<![主就只总还正可也算])要是/, '是否', '悲观情景', '下行情景', '最坏情况', '压力测试', '即使', '即便', '风险在于', '风险是'],
};

const THIRD_PARTY: Lexicon = {
  en: [
    'competitor', 'competitors', "competitor's", "competitors'", 'rival', 'rivals', 'incumbent', 'incumbents', 'peer',
    // "several model labs", "many Chinese AI startups": a quantified group of other companies, with up to two modifiers.
    /\b(?:other|many|most|several|some|numerous)\s+(?:[\p{L}-]+\s+){0,2}?(?:startups|companies|players|vendors|founders|labs|firms|investors|funds)\b/u,
    'peers', 'other startups', 'other companies', 'other players', 'other vendors', 'many startups', 'most startups',
    'many companies', 'most companies', 'many founders', 'most founders', 'legacy vendors', 'analysts', 'critics',
    'commentators', 'observers', 'the industry', 'some investors', 'other investors', 'many investors', 'other funds',
    'several funds', 'many funds', 'some funds', 'the sector', 'the rest of the market', 'copycats', 'model startups',
    'company x', 'company y', 'company z', 'startup x', 'competitor x', 'the likes of', 'players such as',
    'companies such as', 'companies like', 'startups like', 'startups such as', 'most of the market', 'other teams',
    'many teams', 'elsewhere', 'most of its peers', 'most peers', 'many of them',
    // Other labs as a cohort: "big labs chase AGI; this company sells invoice automation".
    'big labs', 'frontier labs', 'large labs', 'US labs', 'American labs', 'Western labs', 'other labs', 'many labs', 'most labs', 'traditional vendors', 'traditional software vendors',
    'legacy software vendors', 'older vendors',
    // Named cohorts of other companies: "the AI tigers", "the Four Little Dragons".
    'AI tigers', 'six tigers', 'model tigers', 'the tigers', 'little dragons', 'four dragons',
    // Comparables, and a sentence-initial "The market leader claims …" (not "the company is the market leader").
    'listed comparable', 'comparable company', 'comparable companies', 'public comps', 'the comparable', 'comparable labs', 'comparable startups',
    /(?:^|(?<=[.!?;:]\s{1,3}))(?:the|a|one)\s+(?:market|category|industry|sector|segment)\s+leader\b/,
    // Deal-flow surveys: "most of the 30 tools we screened are GPT wrappers", "many startups we met lacked data".
    'we screened', 'we have screened', 'in our pipeline',
    /\b(?:startups|companies|teams|founders|tools|apps|products|players|labs|firms)\s+(?:that\s+)?we(?:'ve|’ve| have)?\s+(?:met|seen|reviewed|looked at|talked to|spoke with)\b/,
  ],
  pt: [
    'concorrente', 'concorrentes', 'rival', 'rivais', 'incumbentes', 'outras empresas', 'outras startups', 'muitas startups',
    'muitas empresas', 'a maioria das startups', 'a maioria das empresas', 'analistas', 'críticos', 'pares', 'o setor',
    'outros fundos', 'vários fundos', 'muitos fundos', 'empresas como', 'startups como', 'fornecedores tradicionais', 'players tradicionais', 'tigres', 'dragõezinhos', 'pequenos dragões',
    /(?:^|(?<=[.!?;:]\s{1,3}))(?:o|a)\s+líder\s+(?:de\s+mercado|do\s+setor|da\s+categoria)\b/,
  ],
  zh: ['竞品', '竞争对手', '对手', '同行', '友商', '其他公司', '其他创业公司', '其他企业', '很多公司', '多数公司', '许多公司', '很多创业公司', '分析师', '业内', '行业内', '其他基金', '不少基金', '部分基金', '许多基金', '大部分公司', '多数创业公司', '行业龙头', '龙头企业', '头部厂商', '其他厂商', '其它公司', '别家', '同类产品', '海外同类', '六小虎', '小虎', '四小龙',
    // "国内多家大模型公司的新一轮融资…": several other companies, not "与多家企业客户签约".
    /多家[^，。；]{0,6}(?:公司|创业公司|厂商|同行|机构)(?:的|都|均|也)/u,
    // "智谱、月之暗面等公司每年在预训练上投入…": a list of other companies as the subject, not "与华为、小米等公司签约".
    /、[^，。；、]{1,12}等(?:几家|多家|头部)?(?:公司|厂商|大厂|大模型公司|创业公司|独角兽)(?=都|均|也|每年|纷纷|正在|已经|在|的)/u],
};

const REBUTTAL: Lexicon = {
  en: [
    'mitigated by', 'mitigates', 'mitigate this', 'mitigating', 'we verified', 'verified that', 'diligence shows',
    'diligence showed', 'diligence confirmed', 'diligence confirms', 'calls confirmed', 'checks confirmed',
    'references confirmed', 'this does not apply', 'does not apply because', 'we discount', 'we remain sceptical',
    'we remain skeptical', 'we take the opposite view', 'we disagree', 'not a concern', 'is addressed by', 'we do not underwrite',
    'we don’t underwrite', "we don't underwrite", 'we do not assume', 'we are not relying', 'not part of our case',
    'not part of the case', 'not modelled', 'not modeled', 'we do not model', 'does not depend on', 'do not rely on',
    'we tested this', 'we checked', 'we confirmed', 'contract runs to', 'contractually', 'we are aware', 'we recognise',
    'we recognize', 'we acknowledge', 'risk is limited', 'risk is low', 'risk is small', 'limits the risk', 'limits this risk',
    'offset by', 'audit shows', 'audit showed', 'data show', 'data shows', 'as the signed', 'signed term sheets confirm',
    'our case rests', 'our case does not', 'we underwrite only', 'underwrite only', 'we only underwrite',
    'diligence found', 'diligence revealed', 'little weight', 'no weight',
  ],
  pt: ['mitigado', 'mitigada', 'mitigados', 'mitigar', 'verificamos', 'confirmamos', 'não se aplica', 'discordamos', 'somos céticos', 'a diligência mostrou', 'a diligência confirmou', 'não dependemos'],
  zh: ['已验证', '风险缓释', '不适用', '经核实', '尽调显示', '尽调确认', '我们不认同', '持保留态度', '经过验证', '已核实', '缓释', '并不依赖', '持相反看法', '相反的看法', '我们不同意'],
};

/** Rebuttals strong enough to cover the whole paragraph: the memo answers the risk it raises. */
const REBUTTAL_IN_BLOCK: Lexicon = {
  en: [
    'mitigated by', 'we verified', 'diligence shows', 'diligence showed', 'diligence confirmed', 'diligence confirms',
    'calls confirmed', 'reference calls confirmed', 'this does not apply', 'does not apply here', 'we take the opposite view',
    'we do not underwrite', "we don't underwrite", 'not part of our case', 'not part of the case', 'is not a concern',
  ],
  pt: ['mitigado por', 'mitigada por', 'verificamos que', 'a diligência mostrou', 'a diligência confirmou', 'não se aplica'],
  zh: ['风险缓释', '已验证', '经核实', '尽调显示', '尽调确认', '不适用于'],
};

const PAST: Lexicon = {
  en: [
    // Not "get used to" / "grew used to" (habituation) nor the passive "data is used to retrain" (present tense).
    /(?<!\b(?:get|gets|got|getting|grow|grows|grew|become|becomes|became|becoming|is|are|was|were|be|being|been)\s{1,64})\bused to\b/,
    'previously', 'formerly', 'originally', 'initially', 'at first', 'in the early days', 'no longer',
    'migrated from', 'moved from', 'switched from', 'switched away', 'pivoted', 'back in', 'until 2023', 'until 2024',
    'until last year', 'in 2021', 'in 2022', 'in 2023', 'during 2023', 'earlier versions', 'early versions',
    'the first version', 'version 1', 'v1', 'once was', 'was once', 'at the time', 'in the past', 'historically',
    'had been', 'before the pivot', 'before pivoting', 'we tried', 'experimented with', 'has since', 'have since', 'since then',
    'exited', 'left the', 'moved to', 'switched to', 'migrated to', 'sunset', 'sunsetted', 'wound down',
    // Dated past states: "until mid-2024", "before 2024", "back in 2022", "in 2019", "the 2021 round".
    /\bback in\s+(?:early\s+|mid-?|late\s+)?(?:19|20)\d\d\b/,
    /\b(?:until|till|before|as late as|prior to)\s+(?:early\s+|mid-?|late\s+|the end of\s+)?(?:19\d\d|20[01]\d|202[0-3])\b/,
    /\b(?:in|during|throughout)\s+(?:early\s+|mid-?|late\s+)?(?:19\d\d|20[01]\d|202[0-3])\b/,
    /\bthe\s+(?:19\d\d|20[01]\d|202[0-3])\s+(?:round|version|product|pivot|plan)\b/,
    // "the 2022 angel round", "Meituan's 2023 takeover of …": a dated past deal.
    /\b(?:the|its|their|our|\p{L}+['’]s)\s+(?:19\d\d|20[01]\d|202[0-3])\s+(?:\p{L}+\s+){0,2}?(?:round|raise|financing|deal|takeover|acquisition|purchase|sale|exit|IPO|buyout|merger)\b/u,
    // "Two years ago the company had no sales staff".
    /\b(?:a|one|two|three|four|five|six|several|a few|few|many|\d+)\s+(?:years?|months?|quarters?)\s+ago\b/u,
  ],
  pt: [
    'costumava', 'anteriormente', 'antigamente', 'originalmente', 'inicialmente', 'no início', 'migrou de', 'migramos de', 'deixou de',
    'no passado', 'a primeira versão', 'chegou a', 'testamos', 'testou', 'saiu do', 'saiu da', 'abandonou', 'desde então',
    /\b(?:até|antes de)\s+(?:meados de\s+)?(?:19\d\d|20[01]\d|202[0-3])\b/, /\bem\s+(?:19\d\d|20[01]\d|202[0-3])\b/,
    /\bhá\s+(?:um|uma|dois|duas|três|quatro|cinco|alguns|algumas|poucos|\d+)\s+(?:anos?|meses|trimestres?)\b/u, /\b(?:um|dois|três|quatro|cinco|alguns|\d+)\s+(?:anos?|meses)\s+atrás\b/u,
  ],
  zh: ['曾经', '曾', '以前', '此前', '原来', '原先', '早期', '最初', '起初', '已从', '迁移出', '转型前', '过去', '当时', '一度', '试过', '尝试过', '后来', '已退出', /(?:19\d\d|20[01]\d|202[0-3])年(?!底前|内)/, /[一二两三四五六七八九十几数\d]+(?:年|个月|个季度)(?:以)?前/u],
};

const QUOTATION: Lexicon = {
  en: [
    'zhu xiaohu', 'xiaohu', 'mr zhu', 'mr. zhu', /\bzhu(?:'s|’s)?\s+(?:says|said|calls|called|argues|argued|warns|warned|asks|asked|thinks|thought|believes|notes|noted|puts it|put it|would|expects|expected|placed|places|views|viewed|sees|saw|doubts|doubted|dismisses|dismissed|considers|considered|judged|judges|framed|describes|described|compared|told|once|famously|test|view|warning|question|questions|point|argument|maxim|line|dictum|framing|rule|claim|verdict|position)\b/,
    'gsr ventures', 'this linter', 'memo linter', 'our linter', 'the linter', 'memo red flags', 'red flag', 'red-flag', 'redflags',
    /\bzhu\/(?:green\/|gap\/)?[a-z-]+/, 'sam altman', 'li guangmi',
    'as one investor', 'one investor put it', 'a saying', 'the saying', 'so-called', 'pseudo-need',
    /\bzhu\s+(?:recalls|recalled|recounts|remembers|remarks|remarked|observes|observed|points out|pointed out|reminds)\b/,
    /\bzhu['’]s\s+(?:complaint|concern|remark|comment|observation|critique|criticism|lament|scepticism|skepticism|story|anecdote|recollection|example|benchmark|warning|doubt)s?\b/,
  ],
  pt: ['zhu xiaohu', 'xiaohu', /\bzhu\s+(?:diz|disse|chama|afirma|alerta|pergunta|pergunt(?:ou|aria))\b/, 'segundo ele', 'como diz', 'nas palavras de'],
  zh: ['朱啸虎', '金沙江', '据称', '据悉', '所谓', '有人说', '有观点认为', '引用', '朱总', '李广密'],
};

/** Forward-looking words: green rules report facts, not projections. */
const PROJECTION: Lexicon = {
  en: [
    'expect', 'expects', 'expected', 'forecast', 'forecasts', 'projected', 'projection', 'projections', 'plan to', 'plans to',
    'planned', 'will', "we'll", 'hope', 'hopes', 'aim', 'aims', 'target', 'targets', 'targeting', 'intend', 'intends',
    'goal is', 'could', 'might',
    // The modal, not the month ("in May", "May 2024", "since mid-May").
    /\bmay\b(?!\s+(?:\d|of\s+(?:19|20)\d\d))(?<!\b(?:in|since|of|from|until|till|by|early|mid|late|end|through|during|last|this|next|between|and|to)[\s-]{1,64}may)/, 'eventually', 'potential', 'potentially', 'should', 'would', 'once we', 'next year',
    'going to', 'budgeted', 'next milestone', 'next phase', 'on the roadmap', 'pipeline', 'ongoing', 'under way', 'underway', 'pending', 'in negotiation', 'aspire',
  ],
  pt: ['espera', 'esperamos', 'esperam', 'espera-se', 'planejam', 'pretendem', 'preveem', 'projeção', 'projeta', 'previsão', 'prevê', 'planeja', 'planejamos', 'pretende', 'pretendemos',
    // "vai"/"vão" + infinitive is a future; "os vídeos vão para as lojas" is motion.
    /\b(?:vai|vão)\b(?!\s+(?:para|pra|pro|direto|diretamente|até|a|ao|à|aos|às|de|do|da|dos|das|no|na|nos|nas|em|bem|mal)\b)/u, 'irá', 'irão', 'será', 'serão', 'poderá', 'poderia', 'poderiam', 'meta', 'objetivo', 'deve', 'devem', 'ano que vem', 'próximo ano', 'em andamento', 'potencial', 'talvez', 'no futuro', 'futuramente', 'pode vir a', 'podem vir a'],
  zh: ['预计', '预测', '计划', '打算', '将会', '将', '希望', '目标', '有望', '可能', '未来', '明年', '争取', '潜在', '进行中', '拟', '或许', '也许'],
};

const LEXICONS: Record<CueClass, Lexicon> = {
  negation: NEGATION,
  rejection: REJECTION,
  hypothetical: HYPOTHETICAL,
  thirdParty: THIRD_PARTY,
  rebuttal: REBUTTAL,
  rebuttalInBlock: REBUTTAL_IN_BLOCK,
  past: PAST,
  quotation: QUOTATION,
  projection: PROJECTION,
};

type Compiled = Record<CueClass, Record<Language, TermList>>;
let compiled: Compiled | undefined;

/** The compiled cue expressions, one per class and language (compiled on first use). */
export function cues(): Compiled {
  if (compiled) return compiled;
  const out = {} as Compiled;
  for (const cls of Object.keys(LEXICONS) as CueClass[]) {
    out[cls] = {} as Record<Language, TermList>;
    for (const lang of ['en', 'pt', 'zh'] as Language[]) {
      // Chinese sentences often embed English clauses, and Portuguese memos borrow English terms:
      // the Chinese set also gets the English one; Portuguese stays apart because "no" is a preposition there.
      const terms = lang === 'zh' ? [...LEXICONS[cls].zh, ...LEXICONS[cls].en] : LEXICONS[cls][lang];
      out[cls][lang] = compileTerms(terms);
    }
  }
  compiled = out;
  return out;
}

let leading: Record<Language, TermList> | undefined;
/** Sentence-initial contrast expressions ("Unlike …", "Ao contrário de …", "不同于…"). */
export function leadingContrast(): Record<Language, TermList> {
  if (!leading) {
    leading = {
      en: compileTerms(LEADING_CONTRAST.en),
      pt: compileTerms([...LEADING_CONTRAST.pt, ...LEADING_CONTRAST.en]),
      zh: compileTerms([...LEADING_CONTRAST.zh, ...LEADING_CONTRAST.en]),
    };
  }
  return leading;
}
