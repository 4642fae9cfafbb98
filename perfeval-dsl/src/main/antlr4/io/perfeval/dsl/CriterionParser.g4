/*
 * The 评价标准 language: the grammar of one criterion text as official indicator tables write it.
 *
 * The tokens are made by CriterionTokens (io.perfeval.dsl), not by an ANTLR lexer: Chinese has no spaces, so a word
 * is found by the longest match at each position among the pack's declared names, the indicator's 用语, the phrase
 * lexicon (criterion-lexicon.txt, one line of spellings per token kind) and numbers with their units. Whatever none
 * of those covers is a WORD token (a run of plain prose).
 *
 * A criterion is a sequence of sentences (split at ；。 and at numbered items 1、 （1） ①); a sentence is a sequence
 * of parts separated by commas. Parts are the constituents below: conditions, outcomes, deductions, steps, limits,
 * formulas, vetoes, scope phrases, notes and prose. The grammar makes no reading decision: which condition an outcome
 * belongs to, what a step is counted from, whether scored items add up or are levels — those are the readings
 * (io.perfeval.dsl.Readings), one named function each, documented in README.md §3. Every token of the text belongs to
 * exactly one part, and every part is either used by a reading or declared to score nothing (scope, note, the
 * consequences of a veto, a statement of requirements); what fits no part is a syntax error naming what was expected.
 */
parser grammar CriterionParser;

tokens {
    // names: declared data, measures and aliases by kind; an indicator's 用语 standing for a condition
    NAME, YESNO, CHECKLIST, SERIES, PHRASE,
    // numbers and what follows them
    NUM, FRACTION, PERCENT, PCT_POINT, POINTS, UNIT,
    // comparison
    GE, GT, LE, LT, EQ, NE, ABOVE, BELOW, INCL, EXCL, IN, BETWEEN, TO, PLUS_MINUS,
    // outcomes
    HAVE, BASE_SCORE, FULL, ZERO, GET, JUDGE, INTERP, RAMP, PROP, SHARE, RESPECTIVELY, LEVEL_INTRO, VETO, NA, THIS_ITEM,
    // formulas
    SCORE_IS, MAX_SCORE, TIMES, DIV, PLUS, MINUS, LP, RP, AT_MOST, ABS, BY, RECKON, EVALUATE, OCCUPY, RATIO,
    // deductions, limits and bonuses
    DEDUCT, EACH, DIRECTION, EACH_TIME, PER_UNIT, PER_BAND, BAND, EACH_PREFIX, FLOOR, MOST, CAP, BONUS,
    // checklists
    ALL_MET, FAIL_ITEM, BACKREF,
    // connectives and markers
    OTHERWISE, AND, OR, HE, NEG, NOT, POS, ALL, IF, DE, STANDARD, SCOPE, PERIODS, NOTE,
    // punctuation and prose
    COMMA, SEMI, COLON, MARKER, WORD
}

@members {
    /** 9.0-10分 is a score range, not prose ending in 9.0- followed by a score: prose stops before it. */
    boolean scoreRangeAhead() {
        return _input.LA(1) == NUM && _input.LA(2) == TO && _input.LA(3) == NUM && _input.LA(4) == POINTS;
    }
}

criterion
    : SEMI* (sentence (SEMI+ sentence | markedSentence)*)? SEMI* EOF
    ;

markedSentence
    : MARKER body
    ;

sentence
    : MARKER? body
    ;

body
    : part (sep? part)* sep?
    ;

sep
    : COMMA | COLON
    ;

part
    : SCOPE                                                     # scopePart
    | STANDARD                                                  # standardPart
    | BASE_SCORE (COLON | GET)? score                           # baseScorePart
    | THIS_ITEM? MAX_SCORE (COLON | GET) score                  # baseScorePart
    | NOTE prose?                                               # notePart
    | VETO consequence*                                         # vetoPart
    | SCORE_IS expr                                             # formulaPart
    | levelTable                                                # levelTablePart
    | step                                                      # stepPart
    | deduction                                                 # deductionPart
    | LP deduction RP                                           # deductionPart
    | limit                                                     # limitPart
    | BONUS amount                                              # bonusPart
    | outcome                                                   # outcomePart
    | OTHERWISE                                                 # otherwisePart
    | bound POS? COLON                                          # boundPart
    | condition                                                 # conditionPart
    | NAME EQ expr                                              # definitionPart
    | subject (COMMA | COLON)                                   # topicPart
    | BY subject EVALUATE?                                      # methodPart
    | prose                                                     # prosePart
    ;

/** What follows 一票否决 in its sentence: its consequences (不得评先评优 …), scoring nothing. */
consequence
    : sep? prose
    ;

// ---------------------------------------------------------------- conditions

condition
    : IF? conjunct (connective conjunct)* DE?
    ;

connective
    : AND | OR | HE | COMMA AND | COMMA OR
    ;

conjunct
    : PERIODS DE? seriesComparison                                # periodsConjunct
    | seriesComparison                                            # seriesConjunct
    | NOT? YESNO (HE YESNO)* DE? ALL? (NEG | POS)?                # yesNoConjunct
    | NOT? PHRASE DE? ALL? (NEG | POS)?                           # phraseConjunct
    | ALL? ALL_MET                                                # allMetConjunct
    | (NOT | HAVE) subjectTerm DE?                                # presenceConjunct
    | comparison                                                  # comparisonConjunct
    | subject DE? ALL? (POS | NEG)                                # targetConjunct
    ;

seriesComparison
    : SERIES DE? ALL? cmp SERIES DE?
    ;

comparison
    : subject? (IN | POS)? cmp? listBound (HE listBound)+         # listComparison
    | subject? IN? bound TO bound BETWEEN? POS?                   # rangeComparison
    | bound cmp subject (cmp bound)?                              # boundsFirstComparison
    | subject? IN? cmp bound postfix*                              # opComparison
    | subject? cmp subject                                        # subjectsComparison
    | subject? (IN | POS)? bound postfix+                         # postfixComparison
    | subject POS? bound                                          # bareComparison
    ;

/** One bound of a list: 30%以上、20%以上和10%以上. */
listBound
    : bound postfix*
    ;

bound
    : value (INCL | EXCL)?
    | subjectTerm DE value
    ;

postfix
    : ABOVE | BELOW | INCL | EXCL
    ;

cmp
    : GE | GT | LE | LT | EQ | NE | POS
    ;

/** What a comparison compares: a declared number, or a formula over them. */
subject
    : subjectTerm ((TIMES | DIV | PLUS | MINUS) subjectTerm)*
    ;

subjectTerm
    : NAME gloss?
    | LP subject RP
    ;

/** A parenthesised remark right after a name: 可种面积(新增水田面积). It names the same thing and scores nothing. */
gloss
    : LP prose RP
    ;

/** ±5%: a bound on the size of a number either side of 0 (in a comparison only: 偏差率在±5%以内 is |偏差率| ≤ 5%). */
value
    : (MINUS | PLUS_MINUS)? NUM (PERCENT | PCT_POINT | UNIT | POINTS)?
    | FRACTION
    ;

// ---------------------------------------------------------------- outcomes

outcome
    : THIS_ITEM? FULL (NUM POINTS)?                               # fullOutcome
    | THIS_ITEM? ZERO                                             # zeroOutcome
    | THIS_ITEM? GET? score TO score                              # rangeOutcome
    | THIS_ITEM? GET? NUM TO score                                # bareRangeOutcome
    | LP GET? score TO score RP                                   # parenRangeOutcome
    | THIS_ITEM? GET? score                                       # fixedOutcome
    | LP GET? score RP                                            # parenFixedOutcome
    | JUDGE                                                       # judgeOutcome
    | INTERP                                                      # interpOutcome
    | RAMP                                                        # rampOutcome
    | PROP                                                        # propOutcome
    | SHARE MAX_SCORE? DE? value TO value GET?                    # shareOutcome
    | SHARE MAX_SCORE? DE? value GET?                             # shareOfMaxOutcome
    | THIS_ITEM? GET? value DE? MAX_SCORE                         # valueOfMaxOutcome
    | THIS_ITEM? GET MAX_SCORE DE? value TO value                 # shareOutcome
    | THIS_ITEM? GET MAX_SCORE DE? value                          # maxOfValueOutcome
    | RESPECTIVELY GET? (score (HE score)+ | NUM (HE NUM)+ POINTS)  # respectiveOutcome
    | THIS_ITEM? NA                                               # naOutcome
    | BY expr (RECKON | GET)                                      # formulaOutcome
    ;

score
    : NUM POINTS
    ;

/** 分为优、良、中、差四档，分别计6分、4.5分、3分、0分 (or 分别计6、4.5、3、0分: 分 once, after the last). */
levelTable
    : LEVEL_INTRO prose sep? RESPECTIVELY GET? (score (HE score)* | NUM (HE NUM)+ POINTS)
    ;

// ---------------------------------------------------------------- deductions

/** 每降低一个百分点扣…; 完成率每降低… names what the steps count; 实际完成情况与计划每相差3% a deviation. */
step
    : (NAME HE NAME | subjectTerm)? EACH DIRECTION? stepSize BAND? sep? PER_BAND? EACH_PREFIX? (DEDUCT | BONUS) amount
    | DIRECTION stepSize sep? (DEDUCT | BONUS) amount
    ;

stepSize
    : NUM (PERCENT | PCT_POINT | UNIT)
    | PCT_POINT
    | UNIT
    ;

/**
 * 扣0.5分/个: PER_UNIT after the amount is 每个, said after it. 扣1-3分 / 酌扣2分-5分: a loss the evaluator chooses inside
 * the range (the low end's 分 may be left out).
 */
deduction
    : (deductionPrefix sep?)? DEDUCT (NUM | amount) TO amount PER_UNIT?
    | (deductionPrefix sep?)? DEDUCT amount PER_UNIT?
    | deductionPrefix sep? BONUS amount
    | deductionPrefix sep? GET amount
    ;

deductionPrefix
    : EACH_PREFIX
    | BACKREF? FAIL_ITEM DE?
    | BACKREF EACH_TIME? prose?
    | EACH_TIME (subjectTerm DE? | prose)? EACH_TIME?
    | subjectTerm DE? sep? EACH_TIME EACH_TIME?
    | EACH subjectTerm EACH_TIME
    | subjectTerm DE?
    ;

amount
    : MAX_SCORE DE? FRACTION                                      # shareAmount
    | FRACTION                                                    # fractionAmount
    | MAX_SCORE DE? NUM PERCENT                                   # percentAmount
    | MAX_SCORE? NUM POINTS                                       # pointsAmount
    ;

/** 扣完为止 / 扣满15分为止 / 最多扣3分 / 满分为止 / 最高加2分 / 最高1分 (of 酌情给分). */
limit
    : FLOOR
    | MOST DEDUCT amount
    | MOST BONUS amount
    | MOST GET? amount
    | CAP
    ;

// ---------------------------------------------------------------- formulas

expr
    : term ((PLUS | MINUS) term)*
    ;

term
    : factor ((TIMES | DIV) factor)*
    ;

/** 完成值占指标值的比例 (NAME OCCUPY NAME RATIO): the first over the second. */
factor
    : LP expr RP
    | ABS expr ABS
    | NAME OCCUPY NAME RATIO
    | NAME gloss? atMost?
    | MAX_SCORE
    | value
    ;

/** (超过100%以100%计算): the value counts at most that much. */
atMost
    : LP AT_MOST RP
    ;

// ---------------------------------------------------------------- prose

/**
 * Text the language does not read word by word: the description of an item the evaluator answers, a level's label,
 * a requirement stated without a score. It never contains a declared number with a comparison, a score or a
 * deduction (those are parts of their own), so prose cannot swallow a scoring clause.
 */
prose
    : proseAtom+
    ;

proseAtom
    : WORD | DE | HE | NOT | NEG | POS | ALL | AND | OR | IF | YESNO | CHECKLIST
    | {!scoreRangeAhead()}? NUM (PERCENT | UNIT | PCT_POINT)?
    | LP prose? RP
    | TO
    | IN
    ;
