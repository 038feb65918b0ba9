/**
 * The words with which a member asks for yes or no in so many words, as a pattern's alternatives: "y/n", "yes or
 * no", "true or false", "legit or cap", "oui ou non", "wi oswa non".
 */
export const yesNoWords = String.raw`y\/n|yes\s*\/\s*no|yes or no|(?:true|real|facts?|legit|cap) or (?:false|fake|not|fiction|no cap|cap|nah|naw|nope|no)|t\/f|oui ou non|vrai ou (?:faux|pas)|wi (?:ou|oswa|oubyen|osinon) non|vre o(?:swa|u|ubyen) fo`;

/** A text that is only those words, whatever marks are around them: "Yes or no?", "true or false:". */
export const onlyYesNo = new RegExp(String.raw`^\W*(?:${yesNoWords})\W*$`, 'iu');
