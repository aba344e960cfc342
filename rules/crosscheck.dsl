# Crosscheck's rule vocabulary. Rule authors write the phrases on the left in *.dslr files; Drools
# reads each as the condition or action on the right. A line starting with "-" in a rule adds a
# condition to the claim on the line above it. {attribute}, {kind} and {share} are filled in from
# the phrase as the author wrote it. The fact types are described in rules/README.md.

[when]An article gives the "{attribute}" of something=$first : Assertion( attribute == "{attribute}" )
[when]Another article gives the "{attribute}" of the same thing=$second : Assertion( attribute == "{attribute}", article > $first.article, subject == $first.subject )
[when]The same article gives the "{attribute}" of the same thing again=$second : Assertion( attribute == "{attribute}", article == $first.article, subject == $first.subject, follows($first), !sameSentence($first) )
[when]Another article gives the "{attribute}" of the same kind of thing=$second : Assertion( attribute == "{attribute}", article > $first.article, sameThing($first) )
[when]The same article gives the "{attribute}" of the same kind of thing again=$second : Assertion( attribute == "{attribute}", article == $first.article, sameThing($first), follows($first), !sameSentence($first) )
[when]-said of the same thing in other words \(similarity at least {similarity}\)=sameFrame($first, {similarity})
[when]-not a figure that moves as events unfold=!evolving
[when]-unless the rules for the same subject in the same scene cover it=!(subject == $first.subject && contextOverlap($first) >= 0.35)
[when]-a precise figure=!vague && !countedByArticle
[when]-about the same time=sameTime($first)
[when]-both in the article's own words, not inside a quotation=!inQuotation && !$first.inQuotation
[when]-in a sentence sharing at least {share} of its words with the first=contextOverlap($first) >= {share}
[when]-that cannot also be true=!agreesWith($first)
[when]-with a different value=!sameValue($first)
[when]-unless it is an evolving figure reported on another day=!(evolving && !publishedSameDay($first))
[when]-only about the story's main event=mainEvent
[when]-only for a figure that moves as events unfold=evolving
[when]Neither article also gives the other's value of that thing=not Assertion( article == $second.article, attribute == $first.attribute, sameThing($first), sameFrame($first, 0.75), givesFigureOf($first) ) and not Assertion( article == $first.article, attribute == $second.attribute, sameThing($second), sameFrame($second, 0.75), givesFigureOf($second) )
[when]Neither article also gives the other's value=not Assertion( article == $second.article, attribute == $first.attribute, subject == $first.subject, givesFigureOf($first) ) and not Assertion( article == $first.article, attribute == $second.attribute, subject == $second.subject, givesFigureOf($second) )
[then]Flag both claims=raise(kcontext, $first, $second);
