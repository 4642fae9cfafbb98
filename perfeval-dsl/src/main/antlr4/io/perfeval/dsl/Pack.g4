/*
 * The perfeval rule-pack file (.perfeval, UTF-8). Structure only: the 评价标准 texts are kept as strings 「…」 and
 * read by the criterion grammar (CriterionParser.g4) over tokens that match the pack's declarations (io.perfeval.dsl
 * .CriterionTokens), because Chinese has no spaces. Full-width and half-width punctuation are both accepted. Keywords are
 * followed by a colon (：or :), so that a keyword never runs into a Chinese name.
 */
grammar Pack;

pack
    : header section* EOF
    ;

header
    : PACK COLON? packId=ID headerField*
    ;

headerField
    : NAME_KW COLON value=text                      # hName
    | REGION COLON value=text                       # hRegion
    | VERSION COLON value=text                      # hVersion
    | BASIS COLON value=text                        # hBasis
    | TOTAL COLON number                            # hTotal
    | SCORE_WORD COLON scale=SCALE (COMMA roundMode=NAME)? # hRounding
    | NA_POLICY COLON policy=NAME                   # hNaPolicy
    | BONUS COLON policy=NAME                       # hBonusPolicy
    | MAX_TOTAL COLON number                        # hMaxTotal
    ;

text
    : STRING | (NAME | NUMBER | ID | OTHER)+
    ;

section
    : GRADES COLON? gradeBand+                      # gradesSection
    | DATA COLON? dataDecl+                         # dataSection
    | MEASURES COLON? measureDecl+                  # measuresSection
    | ALIASES COLON? aliasDecl+                     # aliasesSection
    | INDICATORS COLON? indicator+                  # indicatorsSection
    | UNIT_KW COLON? unitDecl+                      # unitsSection
    | WORDING COLON? wordingDecl+                   # wordingSection
    | TEMPLATE LPAREN number SCORE_UNIT? RPAREN COLON? templateItem+ # templateSection
    ;

/**
 * The indicator template (指标模板) of a project self-evaluation: the share of the 总分 the project's own indicators
 * divide (90), the fixed 一级/二级 headings they are declared under (a heading's 分值 only where the template fixes
 * it), and per kind of indicator (类型：正向（≥、>、=）, 反向（≤、<）, 定性) the criterion that scores any indicator of
 * that kind over its 实际完成值, 指标值 and 分值.
 */
templateItem
    : depth=(LEVEL1 | LEVEL2) COLON (name=NAME | quoted=STRING) (LPAREN number SCORE_UNIT? RPAREN)? # tmplHeading
    | KIND COLON name=NAME (LPAREN cmp (DUN cmp)* RPAREN)? indicatorPart*                           # tmplKind
    ;

/** A unit the pack's data and criteria use: 羽：计数 (counts of it compare with other counts) or 标准亩：度量. */
unitDecl
    : name=NAME COLON kind=NAME SEMI?
    ;

/** A spelling the pack's criteria use for a phrase family of the lexicon: 「不足」 → 「低于」. */
wordingDecl
    : spelling=STRING ARROW family=STRING SEMI?
    ;

gradeBand
    : name=NAME COLON (lo=number lop=cmp)? SCORE_WORD (hip=cmp hi=number)? SEMI?
    ;

dataDecl
    : name=NAME COLON dataType (COMMA? desc=STRING)? SEMI?
    ;

dataType
    : AMOUNT LPAREN u=NAME RPAREN                                # tAmount
    | PERCENTAGE (LPAREN LE max=number PERCENT RPAREN)?             # tPercent
    | COUNT LPAREN u=NAME RPAREN                                # tCount
    | QUANTITY LPAREN (u=NAME | SCORE_UNIT | PERCENT) RPAREN    # tQuantity
    | YESNO                                                        # tYesNo
    | CHECKLIST COLON STRING (DUN STRING)*                          # tChecklist
    | SERIES LPAREN (PERCENT | u=NAME) RPAREN COLON NAME (DUN NAME)* # tSeries
    ;

measureDecl
    : name=NAME EQ expr (COMMA UNIT_KW COLON unit)? COMMA scale=SCALE (COMMA? desc=STRING)? SEMI?
    ;

aliasDecl
    : alias=NAME ARROW target=NAME SEMI?
    ;

indicator
    : depth=(LEVEL1 | LEVEL2 | LEVEL3) COLON (name=NAME | quoted=STRING) LPAREN number SCORE_UNIT? RPAREN indicatorPart*
    ;

indicatorPart
    : CONTENT COLON? STRING                          # pContent
    | CRITERION COLON? STRING                        # pCriterion
    | SUBJECT COLON name=NAME                        # pSubject
    | TARGET COLON condition                         # pTarget
    | PHRASE STRING COLON condition                  # pPhrase
    | STEP_COUNTING COLON counting                   # pCounting
    | REFERENCE COLON quantity                       # pReference
    | RULE COLON scoring                                # pRule
    | NA_WHEN COLON condition COMMA? reason=STRING      # pNotApplicableWhen
    | ZERO_WHEN COLON condition                         # pZeroWhen
    ;

counting
    : C_PROPORTIONAL | C_STARTED | C_COMPLETED
    ;

// ---- the canonical rule form (what PackPrinter writes; also an author's declared reading) ----

scoring
    : FULL                                                          # rFull
    | GET quantity                                                  # rFixed
    | DEDUCT LBRACE term (SEMI term)* SEMI? RBRACE FLOOR? (MOST DEDUCT_EACH limit=points)? # rDeduct
    | FORMULA expr CAP?                                             # rFormula
    | CASES LBRACE (WHEN condition COLON scoring SEMI)+ OTHERWISE COLON scoring SEMI? RBRACE # rCases
    | JUDGE points TO points                                        # rJudgement
    | JUDGE_WITHIN LBRACE scoring RBRACE                            # rJudgementWithin
    | LEVELS LBRACE level (SEMI level)* SEMI? RBRACE                # rLevels
    | AWARDS LBRACE award (SEMI award)* SEMI? RBRACE                # rAwards
    | scoring BONUS LBRACE bonusItem (SEMI bonusItem)* SEMI? RBRACE MOST ADD cap=points # rBonus
    | SUM LBRACE sumPart (SEMI sumPart)* SEMI? RBRACE              # rSum
    | VETO scope=(VETO_INDICATOR | VETO_EVALUATION)                 # rVeto
    | NOT_APPLICABLE STRING                                         # rNotApplicable
    | NO_RULE                                                       # rNoRule
    ;

/** One level of 档次｛…｝: its label, and its score or band. */
level
    : label=STRING COLON low=points (TO high=points)?
    ;

/** One item of 逐项｛…｝ or 加分｛…｝: its label, when it is met, and its points. */
award
    : label=STRING WHEN condition COLON points
    ;

/**
 * One item of 加分｛…｝: an award, or points added per step (按档 完成率 高于 目标值 每 1% 加 1分 按实际折算) or per count
 * (按项 「升类断面」 升类断面数 加 5分).
 */
bonusItem
    : award
    | stepBonus
    | countBonus
    ;

stepBonus
    : PER_STEP expr direction expr EACH quantity ADD points counting
    ;

countBonus
    : PER_ITEM STRING expr ADD points
    ;

/** One part of 分项｛…｝: its label, its own 分值, and how it is scored (a rule's own ； lie inside its own braces). */
sumPart
    : label=STRING max=number SCORE_UNIT COLON scoring
    ;

term
    : PER_ITEM STRING expr DEDUCT_EACH points                                  # tPerCount
    | PER_STEP expr direction expr EACH quantity DEDUCT_EACH points counting   # tPerStep
    ;

direction
    : D_BELOW | D_ABOVE | D_EITHER
    ;

points
    : number SCORE_UNIT                                # pAbsolute
    | MAX_SCORE TIMES num=number DIV den=number        # pShare
    ;

// ---- conditions and formulas ----

condition
    : NOT condition                                    # cNot
    | condition AND condition                          # cAnd
    | condition OR condition                           # cOr
    | LPAREN condition RPAREN                          # cParen
    | left=expr cmp right=expr                         # cCompare
    | ALL_MET LPAREN NAME items? RPAREN                # cAllMet
    | NAME                                             # cYes
    ;

items
    : COLON NUMBER (DUN NUMBER)*
    ;

cmp
    : GE | GT | LE | LT | EQ | NE
    ;

expr
    : expr op=(TIMES | DIV) expr                       # eMul
    | expr op=(PLUS | MINUS) expr                      # eAdd
    | LPAREN expr RPAREN                               # eParen
    | quantity                                         # eConst
    | MAX_SCORE                                        # eMax
    | COUNT_OF LPAREN condition (SEMI condition)* RPAREN # eCountOf
    | FAILED_ITEMS LPAREN NAME items? RPAREN           # eFailed
    | series=NAME LBRACK period=NAME RBRACK            # ePeriod
    | MIN LPAREN expr SEMI expr RPAREN                 # eMin
    | MAX_OF LPAREN expr SEMI expr RPAREN              # eMax
    | ABS LPAREN expr RPAREN                           # eAbs
    | NAME                                             # eRef
    ;

quantity
    : number (PERCENT | SCORE_UNIT | u=NAME)?
    ;

unit
    : PERCENT | SCORE_UNIT | NAME
    ;

number
    : MINUS? NUMBER
    ;

// ---- lexer: keywords first (at equal length a keyword wins over a name) ----

PACK        : '规则包' ;
NAME_KW     : '名称' ;
REGION      : '地区' ;
VERSION     : '版本' ;
BASIS       : '依据' ;
TOTAL       : '总分' ;
NA_POLICY   : '不适用处理' ;
NA_WHEN     : '不适用条件' ;
ZERO_WHEN   : '零分条件' ;
MAX_TOTAL   : '总分上限' ;
WORDING     : '写法' ;
GRADES      : '等级' ;
DATA        : '数据' ;
MEASURES    : '计算' ;
ALIASES     : '别名' ;
INDICATORS  : '指标' ;
TEMPLATE    : '指标模板' ;
KIND        : '类型' ;
LEVEL1      : '一级' ;
LEVEL2      : '二级' ;
LEVEL3      : '三级' ;
CONTENT     : '指标内容' ;
CRITERION   : '评价标准' ;
SUBJECT     : '计分对象' ;
TARGET      : '达标' ;
PHRASE      : '用语' ;
STEP_COUNTING : '档的计法' ;
REFERENCE   : '扣分起点' ;
RULE        : '规则' ;
UNIT_KW     : '单位' ;
SCORE_WORD  : '得分' ;
AMOUNT      : '金额' ;
PERCENTAGE  : '百分比' ;
COUNT       : '数量' ;
QUANTITY    : '数值' ;
YESNO       : '是否' ;
CHECKLIST   : '清单' ;
SERIES      : '分期' ;
SCALE       : '保留' [0-9一二两三四五六七八九十零]+ '位小数' ;
FULL        : '得满分' ;
GET         : '得' ;
DEDUCT      : '扣分' ;
FLOOR       : '扣完为止' ;
FORMULA     : '公式' ;
CAP         : '封顶' ;
CASES       : '分情形' ;
WHEN        : '当' ;
OTHERWISE   : '其余' ;
JUDGE       : '酌情' ;
JUDGE_WITHIN : '酌情扣分' ;
LEVELS      : '档次' ;
AWARDS      : '逐项' ;
SUM         : '分项' ;
BONUS       : '加分' ;
MOST        : '最多' ;
ADD         : '加' ;
MIN         : '较小值' ;
MAX_OF      : '较大值' ;
ABS         : '绝对值' ;
TO          : '至' ;
VETO        : '一票否决' ;
VETO_INDICATOR  : '本指标' ;
VETO_EVALUATION : '整体评价' ;
NOT_APPLICABLE  : '不适用' ;
NO_RULE     : '无规则' ;
PER_ITEM    : '按项' ;
PER_STEP    : '按档' ;
EACH        : '每' ;
DEDUCT_EACH : '扣' ;
D_BELOW     : '低于' ;
D_ABOVE     : '高于' ;
D_EITHER    : '偏离' ;
C_PROPORTIONAL : '按实际折算' ;
C_STARTED   : '不足一档按一档计' ;
C_COMPLETED : '不足一档不扣分' ;
MAX_SCORE   : '分值' ;
SCORE_UNIT  : '分' ;
COUNT_OF    : '个数' ;
FAILED_ITEMS: '不符合项数' ;
ALL_MET     : '全部符合' ;
NOT         : '非' ;
AND         : '且' ;
OR          : '或' ;

STRING      : '「' ( ~[「」] | STRING )* '」' ;   // balanced inner 「」 are part of the text
COLON       : ':' | '：' ;
SEMI        : ';' | '；' ;
COMMA       : ',' | '，' ;
DUN         : '、' ;
LPAREN      : '(' | '（' ;
RPAREN      : ')' | '）' ;
LBRACE      : '{' | '｛' ;
RBRACE      : '}' | '｝' ;
LBRACK      : '[' | '【' ;
RBRACK      : ']' | '】' ;
ARROW       : '→' | '->' ;
GE          : '≥' | '>=' | '≧' ;
LE          : '≤' | '<=' | '≦' ;
NE          : '≠' | '!=' ;
GT          : '>' | '＞' ;
LT          : '<' | '＜' ;
EQ          : '=' | '＝' ;
PLUS        : '+' | '＋' ;
MINUS       : '-' | '－' | '−' ;
TIMES       : '×' | '*' | '＊' ;
DIV         : '/' | '／' | '÷' ;
PERCENT     : '%' | '％' ;
NUMBER      : [0-9]+ ('.' [0-9]+)? ;
ID          : [a-zA-Z] [a-zA-Z0-9_\-/.]* ;
NAME        : NAME_START NAME_PART* ;
fragment NAME_START : [\p{Script=Han}\u201C\u201D\u2018\u2019\u3007] | '"' ;
fragment NAME_PART  : NAME_START | [0-9〔〕] ;
COMMENT     : '#' ~[\r\n]* -> skip ;
WS          : [ \t\r\n\u3000\u00A0\uFEFF]+ -> skip ;
OTHER       : . ;
