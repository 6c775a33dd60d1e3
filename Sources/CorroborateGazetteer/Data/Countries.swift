extension GazetteerData {
    /// Countries: the UN members, observers and widely reported partially recognized states.
    /// Names started from CLDR (scripts/gazetteer-country-names.py), then hand-edited; the
    /// demonyms and capitals are written by hand. French demonyms come in fours — masculine
    /// singular, feminine singular, masculine plural, feminine plural — repeated where forms
    /// coincide ("russe, russe, russes, russes"), so templates can pick one ({demonym:2}).
    /// A city-state is its own capital.
    /// key | French names | English names | French demonyms | English demonyms | capital
    static let countries = """
    afghanistan | Afghanistan | Afghanistan | afghan, afghane, afghans, afghanes | Afghan, Afghans | kabul   # AF
    albania | Albanie | Albania | albanais, albanaise, albanais, albanaises | Albanian, Albanians | tirana   # AL
    algeria | Algérie | Algeria | algérien, algérienne, algériens, algériennes | Algerian, Algerians | algiers   # DZ
    andorra | Andorre, principauté d’Andorre | Andorra | andorran, andorrane, andorrans, andorranes | Andorran, Andorrans | andorra-la-vella   # AD
    angola | Angola | Angola | angolais, angolaise, angolais, angolaises | Angolan, Angolans | luanda   # AO
    antigua-and-barbuda | Antigua-et-Barbuda | Antigua and Barbuda | antiguais, antiguaise, antiguais, antiguaises | Antiguan, Antiguans | saint-johns   # AG
    argentina | Argentine | Argentina | argentin, argentine, argentins, argentines | Argentine, Argentinian, Argentines, Argentinians | buenos-aires   # AR
    armenia | Arménie | Armenia | arménien, arménienne, arméniens, arméniennes | Armenian, Armenians | yerevan   # AM
    australia | Australie | Australia | australien, australienne, australiens, australiennes | Australian, Australians | canberra   # AU
    austria | Autriche | Austria | autrichien, autrichienne, autrichiens, autrichiennes | Austrian, Austrians | vienna   # AT
    azerbaijan | Azerbaïdjan | Azerbaijan | azerbaïdjanais, azerbaïdjanaise, azerbaïdjanais, azerbaïdjanaises, azéri, azérie, azéris, azéries | Azerbaijani, Azerbaijanis, Azeri, Azeris | baku   # AZ
    bahamas | Bahamas | Bahamas, The Bahamas | bahaméen, bahaméenne, bahaméens, bahaméennes | Bahamian, Bahamians | nassau   # BS
    bahrain | Bahreïn, Bahrein | Bahrain | bahreïni, bahreïnie, bahreïnis, bahreïnies, bahreïnien, bahreïnienne, bahreïniens, bahreïniennes | Bahraini, Bahrainis | manama   # BH
    bangladesh | Bangladesh | Bangladesh | bangladais, bangladaise, bangladais, bangladaises | Bangladeshi, Bangladeshis | dhaka   # BD
    barbados | Barbade | Barbados | barbadien, barbadienne, barbadiens, barbadiennes | Barbadian, Barbadians | bridgetown   # BB
    belarus | Biélorussie, Bélarus, Belarus | Belarus | biélorusse, biélorusse, biélorusses, biélorusses, bélarusse, bélarusse, bélarusses, bélarusses | Belarusian, Belarusians | minsk   # BY
    belgium | Belgique | Belgium | belge, belge, belges, belges | Belgian, Belgians | brussels   # BE
    belize | Belize | Belize | bélizien, bélizienne, béliziens, béliziennes | Belizean, Belizeans | belmopan   # BZ
    benin | Bénin | Benin | béninois, béninoise, béninois, béninoises | Beninese | porto-novo   # BJ
    bhutan | Bhoutan | Bhutan | bhoutanais, bhoutanaise, bhoutanais, bhoutanaises | Bhutanese | thimphu   # BT
    bolivia | Bolivie | Bolivia | bolivien, bolivienne, boliviens, boliviennes | Bolivian, Bolivians | sucre   # BO
    bosnia-and-herzegovina | Bosnie-Herzégovine, Bosnie | Bosnia and Herzegovina, Bosnia-Herzegovina, Bosnia | bosnien, bosnienne, bosniens, bosniennes | Bosnian, Bosnians | sarajevo   # BA
    botswana | Botswana | Botswana | botswanais, botswanaise, botswanais, botswanaises | Botswanan, Motswana, Batswana | gaborone   # BW
    brazil | Brésil | Brazil | brésilien, brésilienne, brésiliens, brésiliennes | Brazilian, Brazilians | brasilia   # BR
    brunei | Brunei, Brunéi | Brunei | brunéien, brunéienne, brunéiens, brunéiennes | Bruneian, Bruneians | bandar-seri-begawan   # BN
    bulgaria | Bulgarie | Bulgaria | bulgare, bulgare, bulgares, bulgares | Bulgarian, Bulgarians | sofia   # BG
    burkina-faso | Burkina Faso, Burkina | Burkina Faso | burkinabè, burkinabé, burkinabès, burkinabés | Burkinabe, Burkinabé, Burkinabes | ouagadougou   # BF
    burundi | Burundi | Burundi | burundais, burundaise, burundais, burundaises | Burundian, Burundians | gitega   # BI
    cape-verde | Cap-Vert | Cape Verde, Cabo Verde | cap-verdien, cap-verdienne, cap-verdiens, cap-verdiennes | Cape Verdean, Cape Verdeans | praia   # CV
    cambodia | Cambodge | Cambodia | cambodgien, cambodgienne, cambodgiens, cambodgiennes | Cambodian, Cambodians | phnom-penh   # KH
    cameroon | Cameroun | Cameroon | camerounais, camerounaise, camerounais, camerounaises | Cameroonian, Cameroonians | yaounde   # CM
    canada | Canada | Canada | canadien, canadienne, canadiens, canadiennes | Canadian, Canadians | ottawa   # CA
    central-african-republic | République centrafricaine, Centrafrique | Central African Republic, CAR | centrafricain, centrafricaine, centrafricains, centrafricaines | Central African, Central Africans | bangui   # CF
    chad | Tchad | Chad | tchadien, tchadienne, tchadiens, tchadiennes | Chadian, Chadians | ndjamena   # TD
    chile | Chili | Chile | chilien, chilienne, chiliens, chiliennes | Chilean, Chileans | santiago   # CL
    china | Chine, République populaire de Chine, RPC | China, People’s Republic of China, PRC | chinois, chinoise, chinois, chinoises | Chinese | beijing   # CN
    colombia | Colombie | Colombia | colombien, colombienne, colombiens, colombiennes | Colombian, Colombians | bogota   # CO
    comoros | Comores | Comoros | comorien, comorienne, comoriens, comoriennes | Comorian, Comorians | moroni   # KM
    congo | République du Congo, Congo-Brazzaville, Congo | Republic of the Congo, Congo-Brazzaville, Congo | congolais, congolaise, congolais, congolaises | Congolese | brazzaville   # CG
    dr-congo | République démocratique du Congo, RDC, RD Congo, Congo-Kinshasa, Congo | Democratic Republic of the Congo, Democratic Republic of Congo, DRC, DR Congo, Congo-Kinshasa, Congo | congolais, congolaise, congolais, congolaises | Congolese | kinshasa   # CD
    costa-rica | Costa Rica | Costa Rica | costaricien, costaricienne, costariciens, costariciennes, costaricain, costaricaine, costaricains, costaricaines | Costa Rican, Costa Ricans | san-jose   # CR
    ivory-coast | Côte d’Ivoire | Ivory Coast, Côte d’Ivoire | ivoirien, ivoirienne, ivoiriens, ivoiriennes | Ivorian, Ivorians | yamoussoukro   # CI
    croatia | Croatie | Croatia | croate, croate, croates, croates | Croatian, Croatians, Croat, Croats | zagreb   # HR
    cuba | Cuba | Cuba | cubain, cubaine, cubains, cubaines | Cuban, Cubans | havana   # CU
    cyprus | Chypre | Cyprus | chypriote, chypriote, chypriotes, chypriotes, cypriote, cypriote, cypriotes, cypriotes | Cypriot, Cypriots | nicosia   # CY
    czech-republic | Tchéquie, République tchèque | Czech Republic, Czechia | tchèque, tchèque, tchèques, tchèques | Czech, Czechs | prague   # CZ
    denmark | Danemark | Denmark | danois, danoise, danois, danoises | Danish, Dane, Danes | copenhagen   # DK
    djibouti | Djibouti | Djibouti | djiboutien, djiboutienne, djiboutiens, djiboutiennes | Djiboutian, Djiboutians | djibouti-city   # DJ
    dominica | Dominique | Dominica | dominiquais, dominiquaise, dominiquais, dominiquaises | Dominican, Dominicans | roseau   # DM
    dominican-republic | République dominicaine | Dominican Republic | dominicain, dominicaine, dominicains, dominicaines | Dominican, Dominicans | santo-domingo   # DO
    ecuador | Équateur | Ecuador | équatorien, équatorienne, équatoriens, équatoriennes | Ecuadorian, Ecuadorians, Ecuadorean | quito   # EC
    egypt | Égypte | Egypt | égyptien, égyptienne, égyptiens, égyptiennes | Egyptian, Egyptians | cairo   # EG
    el-salvador | Salvador, El Salvador | El Salvador | salvadorien, salvadorienne, salvadoriens, salvadoriennes | Salvadoran, Salvadorans, Salvadorean | san-salvador   # SV
    equatorial-guinea | Guinée équatoriale | Equatorial Guinea | équato-guinéen, équato-guinéenne, équato-guinéens, équato-guinéennes | Equatorial Guinean, Equatoguinean | malabo   # GQ
    eritrea | Érythrée | Eritrea | érythréen, érythréenne, érythréens, érythréennes | Eritrean, Eritreans | asmara   # ER
    estonia | Estonie | Estonia | estonien, estonienne, estoniens, estoniennes | Estonian, Estonians | tallinn   # EE
    eswatini | Eswatini, Swaziland | Eswatini, Swaziland | swazi, swazie, swazis, swazies | Swazi, Swazis, Emaswati | mbabane   # SZ
    ethiopia | Éthiopie | Ethiopia | éthiopien, éthiopienne, éthiopiens, éthiopiennes | Ethiopian, Ethiopians | addis-ababa   # ET
    fiji | Fidji | Fiji | fidjien, fidjienne, fidjiens, fidjiennes | Fijian, Fijians | suva   # FJ
    finland | Finlande | Finland | finlandais, finlandaise, finlandais, finlandaises | Finnish, Finn, Finns | helsinki   # FI
    france | France, République française | France, French Republic | français, française, français, françaises | French, Frenchman, Frenchmen, Frenchwoman, Frenchwomen | paris   # FR
    gabon | Gabon | Gabon | gabonais, gabonaise, gabonais, gabonaises | Gabonese | libreville   # GA
    gambia | Gambie | Gambia, The Gambia | gambien, gambienne, gambiens, gambiennes | Gambian, Gambians | banjul   # GM
    georgia | Géorgie | Georgia | géorgien, géorgienne, géorgiens, géorgiennes | Georgian, Georgians | tbilisi   # GE
    germany | Allemagne | Germany | allemand, allemande, allemands, allemandes | German, Germans | berlin   # DE
    ghana | Ghana | Ghana | ghanéen, ghanéenne, ghanéens, ghanéennes | Ghanaian, Ghanaians | accra   # GH
    greece | Grèce | Greece | grec, grecque, grecs, grecques | Greek, Greeks | athens   # GR
    grenada | Grenade | Grenada | grenadien, grenadienne, grenadiens, grenadiennes | Grenadian, Grenadians | saint-georges   # GD
    guatemala | Guatemala | Guatemala | guatémaltèque, guatémaltèque, guatémaltèques, guatémaltèques | Guatemalan, Guatemalans | guatemala-city   # GT
    guinea | Guinée, Guinée-Conakry | Guinea, Guinea-Conakry | guinéen, guinéenne, guinéens, guinéennes | Guinean, Guineans | conakry   # GN
    guinea-bissau | Guinée-Bissau | Guinea-Bissau | bissau-guinéen, bissau-guinéenne, bissau-guinéens, bissau-guinéennes | Bissau-Guinean, Bissau-Guineans | bissau   # GW
    guyana | Guyana | Guyana | guyanien, guyanienne, guyaniens, guyaniennes | Guyanese | georgetown   # GY
    haiti | Haïti | Haiti | haïtien, haïtienne, haïtiens, haïtiennes | Haitian, Haitians | port-au-prince   # HT
    honduras | Honduras | Honduras | hondurien, hondurienne, honduriens, honduriennes | Honduran, Hondurans | tegucigalpa   # HN
    hungary | Hongrie | Hungary | hongrois, hongroise, hongrois, hongroises | Hungarian, Hungarians | budapest   # HU
    iceland | Islande | Iceland | islandais, islandaise, islandais, islandaises | Icelandic, Icelander, Icelanders | reykjavik   # IS
    india | Inde | India | indien, indienne, indiens, indiennes | Indian, Indians | new-delhi   # IN
    indonesia | Indonésie | Indonesia | indonésien, indonésienne, indonésiens, indonésiennes | Indonesian, Indonesians | jakarta   # ID
    iran | Iran, République islamique d’Iran | Iran, Islamic Republic of Iran | iranien, iranienne, iraniens, iraniennes | Iranian, Iranians | tehran   # IR
    iraq | Irak, Iraq | Iraq | irakien, irakienne, irakiens, irakiennes, iraquien, iraquienne, iraquiens, iraquiennes | Iraqi, Iraqis | baghdad   # IQ
    ireland | Irlande | Ireland, Republic of Ireland | irlandais, irlandaise, irlandais, irlandaises | Irish, Irishman, Irishmen | dublin   # IE
    israel | Israël, État d’Israël, État hébreu | Israel, State of Israel | israélien, israélienne, israéliens, israéliennes | Israeli, Israelis | jerusalem   # IL
    italy | Italie | Italy | italien, italienne, italiens, italiennes | Italian, Italians | rome   # IT
    jamaica | Jamaïque | Jamaica | jamaïcain, jamaïcaine, jamaïcains, jamaïcaines | Jamaican, Jamaicans | kingston   # JM
    japan | Japon | Japan | japonais, japonaise, japonais, japonaises | Japanese | tokyo   # JP
    jordan | Jordanie | Jordan | jordanien, jordanienne, jordaniens, jordaniennes | Jordanian, Jordanians | amman   # JO
    kazakhstan | Kazakhstan | Kazakhstan | kazakh, kazakhe, kazakhs, kazakhes, kazakhstanais, kazakhstanaise, kazakhstanais, kazakhstanaises | Kazakh, Kazakhs, Kazakhstani, Kazakhstanis | astana   # KZ
    kenya | Kenya | Kenya | kényan, kényane, kényans, kényanes, kenyan, kenyane, kenyans, kenyanes | Kenyan, Kenyans | nairobi   # KE
    kiribati | Kiribati | Kiribati | kiribatien, kiribatienne, kiribatiens, kiribatiennes | I-Kiribati | south-tarawa   # KI
    north-korea | Corée du Nord, RPDC, République populaire démocratique de Corée | North Korea, DPRK, Democratic People’s Republic of Korea | nord-coréen, nord-coréenne, nord-coréens, nord-coréennes | North Korean, North Koreans | pyongyang   # KP
    south-korea | Corée du Sud, République de Corée | South Korea, Republic of Korea | sud-coréen, sud-coréenne, sud-coréens, sud-coréennes, coréen, coréenne, coréens, coréennes | South Korean, South Koreans, Korean, Koreans | seoul   # KR
    kuwait | Koweït, Koweit | Kuwait | koweïtien, koweïtienne, koweïtiens, koweïtiennes | Kuwaiti, Kuwaitis | kuwait-city   # KW
    kyrgyzstan | Kirghizistan, Kirghizstan | Kyrgyzstan | kirghize, kirghize, kirghizes, kirghizes, kirghiz | Kyrgyz, Kyrgyzstani, Kyrgyzstanis | bishkek   # KG
    laos | Laos | Laos | laotien, laotienne, laotiens, laotiennes | Lao, Laotian, Laotians | vientiane   # LA
    latvia | Lettonie | Latvia | letton, lettone, lettons, lettones | Latvian, Latvians | riga   # LV
    lebanon | Liban | Lebanon | libanais, libanaise, libanais, libanaises | Lebanese | beirut   # LB
    lesotho | Lesotho | Lesotho | lesothien, lesothienne, lesothiens, lesothiennes | Basotho, Mosotho | maseru   # LS
    liberia | Liberia, Libéria | Liberia | libérien, libérienne, libériens, libériennes | Liberian, Liberians | monrovia   # LR
    libya | Libye | Libya | libyen, libyenne, libyens, libyennes | Libyan, Libyans | tripoli   # LY
    liechtenstein | Liechtenstein | Liechtenstein | liechtensteinois, liechtensteinoise, liechtensteinois, liechtensteinoises | Liechtensteiner, Liechtensteiners | vaduz   # LI
    lithuania | Lituanie | Lithuania | lituanien, lituanienne, lituaniens, lituaniennes | Lithuanian, Lithuanians | vilnius   # LT
    luxembourg | Luxembourg, Grand-Duché de Luxembourg | Luxembourg | luxembourgeois, luxembourgeoise, luxembourgeois, luxembourgeoises | Luxembourgish, Luxembourger, Luxembourgers | luxembourg-city   # LU
    madagascar | Madagascar | Madagascar | malgache, malgache, malgaches, malgaches | Malagasy | antananarivo   # MG
    malawi | Malawi | Malawi | malawien, malawienne, malawiens, malawiennes, malawite, malawite, malawites, malawites | Malawian, Malawians | lilongwe   # MW
    malaysia | Malaisie | Malaysia | malaisien, malaisienne, malaisiens, malaisiennes | Malaysian, Malaysians | kuala-lumpur   # MY
    maldives | Maldives | Maldives | maldivien, maldivienne, maldiviens, maldiviennes | Maldivian, Maldivians | male   # MV
    mali | Mali | Mali | malien, malienne, maliens, maliennes | Malian, Malians | bamako   # ML
    malta | Malte | Malta | maltais, maltaise, maltais, maltaises | Maltese | valletta   # MT
    marshall-islands | Îles Marshall | Marshall Islands | marshallais, marshallaise, marshallais, marshallaises | Marshallese | majuro   # MH
    mauritania | Mauritanie | Mauritania | mauritanien, mauritanienne, mauritaniens, mauritaniennes | Mauritanian, Mauritanians | nouakchott   # MR
    mauritius | Maurice, île Maurice | Mauritius | mauricien, mauricienne, mauriciens, mauriciennes | Mauritian, Mauritians | port-louis   # MU
    mexico | Mexique | Mexico | mexicain, mexicaine, mexicains, mexicaines | Mexican, Mexicans | mexico-city   # MX
    micronesia | Micronésie, États fédérés de Micronésie | Micronesia, Federated States of Micronesia | micronésien, micronésienne, micronésiens, micronésiennes | Micronesian, Micronesians | palikir   # FM
    moldova | Moldavie, Moldova | Moldova | moldave, moldave, moldaves, moldaves | Moldovan, Moldovans | chisinau   # MD
    monaco | Monaco, principauté de Monaco | Monaco | monégasque, monégasque, monégasques, monégasques | Monegasque, Monegasques, Monacan | monaco   # MC
    mongolia | Mongolie | Mongolia | mongol, mongole, mongols, mongoles | Mongolian, Mongolians | ulaanbaatar   # MN
    montenegro | Monténégro | Montenegro | monténégrin, monténégrine, monténégrins, monténégrines | Montenegrin, Montenegrins | podgorica   # ME
    morocco | Maroc, royaume du Maroc | Morocco | marocain, marocaine, marocains, marocaines | Moroccan, Moroccans | rabat   # MA
    mozambique | Mozambique | Mozambique | mozambicain, mozambicaine, mozambicains, mozambicaines | Mozambican, Mozambicans | maputo   # MZ
    myanmar | Birmanie, Myanmar | Myanmar, Burma | birman, birmane, birmans, birmanes | Burmese | naypyidaw   # MM
    namibia | Namibie | Namibia | namibien, namibienne, namibiens, namibiennes | Namibian, Namibians | windhoek   # NA
    nauru | Nauru | Nauru | nauruan, nauruane, nauruans, nauruanes | Nauruan, Nauruans | yaren   # NR
    nepal | Népal | Nepal | népalais, népalaise, népalais, népalaises | Nepali, Nepalese, Nepalis | kathmandu   # NP
    netherlands | Pays-Bas, Hollande | Netherlands, The Netherlands, Holland | néerlandais, néerlandaise, néerlandais, néerlandaises, hollandais, hollandaise, hollandais, hollandaises | Dutch, Dutchman, Dutchmen | amsterdam   # NL
    new-zealand | Nouvelle-Zélande | New Zealand | néo-zélandais, néo-zélandaise, néo-zélandais, néo-zélandaises | New Zealander, New Zealanders | wellington   # NZ
    nicaragua | Nicaragua | Nicaragua | nicaraguayen, nicaraguayenne, nicaraguayens, nicaraguayennes | Nicaraguan, Nicaraguans | managua   # NI
    niger | Niger | Niger | nigérien, nigérienne, nigériens, nigériennes | Nigerien, Nigeriens | niamey   # NE
    nigeria | Nigeria, Nigéria | Nigeria | nigérian, nigériane, nigérians, nigérianes | Nigerian, Nigerians | abuja   # NG
    north-macedonia | Macédoine du Nord, Macédoine | North Macedonia, Macedonia | macédonien, macédonienne, macédoniens, macédoniennes, nord-macédonien, nord-macédonienne, nord-macédoniens, nord-macédoniennes | Macedonian, Macedonians | skopje   # MK
    norway | Norvège | Norway | norvégien, norvégienne, norvégiens, norvégiennes | Norwegian, Norwegians | oslo   # NO
    oman | Oman, sultanat d’Oman | Oman, Sultanate of Oman | omanais, omanaise, omanais, omanaises | Omani, Omanis | muscat   # OM
    pakistan | Pakistan | Pakistan | pakistanais, pakistanaise, pakistanais, pakistanaises | Pakistani, Pakistanis | islamabad   # PK
    palau | Palaos, Palau | Palau | palaois, palaoise, palaois, palaoises | Palauan, Palauans | ngerulmud   # PW
    panama | Panama | Panama | panaméen, panaméenne, panaméens, panaméennes | Panamanian, Panamanians | panama-city   # PA
    papua-new-guinea | Papouasie-Nouvelle-Guinée | Papua New Guinea | papouasien, papouasienne, papouasiens, papouasiennes | Papua New Guinean, Papua New Guineans | port-moresby   # PG
    paraguay | Paraguay | Paraguay | paraguayen, paraguayenne, paraguayens, paraguayennes | Paraguayan, Paraguayans | asuncion   # PY
    peru | Pérou | Peru | péruvien, péruvienne, péruviens, péruviennes | Peruvian, Peruvians | lima   # PE
    philippines | Philippines | Philippines, The Philippines | philippin, philippine, philippins, philippines | Filipino, Filipinos, Philippine | manila   # PH
    poland | Pologne | Poland | polonais, polonaise, polonais, polonaises | Polish, Pole, Poles | warsaw   # PL
    portugal | Portugal | Portugal | portugais, portugaise, portugais, portugaises | Portuguese | lisbon   # PT
    qatar | Qatar | Qatar | qatari, qatarie, qataris, qataries | Qatari, Qataris | doha   # QA
    romania | Roumanie | Romania | roumain, roumaine, roumains, roumaines | Romanian, Romanians | bucharest   # RO
    russia | Russie, Fédération de Russie | Russia, Russian Federation | russe, russe, russes, russes | Russian, Russians | moscow   # RU
    rwanda | Rwanda | Rwanda | rwandais, rwandaise, rwandais, rwandaises | Rwandan, Rwandans | kigali   # RW
    saint-kitts-and-nevis | Saint-Christophe-et-Niévès, Saint-Kitts-et-Nevis | Saint Kitts and Nevis | kittitien, kittitienne, kittitiens, kittitiennes | Kittitian, Kittitians | basseterre   # KN
    saint-lucia | Sainte-Lucie | Saint Lucia | saint-lucien, saint-lucienne, saint-luciens, saint-luciennes | Saint Lucian, Saint Lucians | castries   # LC
    saint-vincent-and-grenadines | Saint-Vincent-et-les-Grenadines, Saint-Vincent-et-les Grenadines | Saint Vincent and the Grenadines | vincentais, vincentaise, vincentais, vincentaises | Vincentian, Vincentians | kingstown   # VC
    samoa | Samoa | Samoa | samoan, samoane, samoans, samoanes | Samoan, Samoans | apia   # WS
    san-marino | Saint-Marin | San Marino | saint-marinais, saint-marinaise, saint-marinais, saint-marinaises | Sammarinese | san-marino-city   # SM
    sao-tome-and-principe | Sao Tomé-et-Principe, São Tomé-et-Príncipe | São Tomé and Príncipe, Sao Tome and Principe | santoméen, santoméenne, santoméens, santoméennes | Santomean, Santomeans | sao-tome   # ST
    saudi-arabia | Arabie saoudite | Saudi Arabia | saoudien, saoudienne, saoudiens, saoudiennes | Saudi, Saudis, Saudi Arabian, Saudi Arabians | riyadh   # SA
    senegal | Sénégal | Senegal | sénégalais, sénégalaise, sénégalais, sénégalaises | Senegalese | dakar   # SN
    serbia | Serbie | Serbia | serbe, serbe, serbes, serbes | Serbian, Serbians, Serb, Serbs | belgrade   # RS
    seychelles | Seychelles | Seychelles | seychellois, seychelloise, seychellois, seychelloises | Seychellois | victoria-seychelles   # SC
    sierra-leone | Sierra Leone | Sierra Leone | sierra-léonais, sierra-léonaise, sierra-léonais, sierra-léonaises | Sierra Leonean, Sierra Leoneans | freetown   # SL
    singapore | Singapour | Singapore | singapourien, singapourienne, singapouriens, singapouriennes | Singaporean, Singaporeans | singapore   # SG
    slovakia | Slovaquie | Slovakia | slovaque, slovaque, slovaques, slovaques | Slovak, Slovaks, Slovakian | bratislava   # SK
    slovenia | Slovénie | Slovenia | slovène, slovène, slovènes, slovènes | Slovenian, Slovenians, Slovene, Slovenes | ljubljana   # SI
    solomon-islands | Îles Salomon | Solomon Islands | salomonais, salomonaise, salomonais, salomonaises | Solomon Islander, Solomon Islanders | honiara   # SB
    somalia | Somalie | Somalia | somalien, somalienne, somaliens, somaliennes | Somali, Somalis | mogadishu   # SO
    south-africa | Afrique du Sud | South Africa | sud-africain, sud-africaine, sud-africains, sud-africaines | South African, South Africans | pretoria   # ZA
    south-sudan | Soudan du Sud | South Sudan | sud-soudanais, sud-soudanaise, sud-soudanais, sud-soudanaises | South Sudanese | juba   # SS
    spain | Espagne | Spain | espagnol, espagnole, espagnols, espagnoles | Spanish, Spaniard, Spaniards | madrid   # ES
    sri-lanka | Sri Lanka | Sri Lanka | sri-lankais, sri-lankaise, sri-lankais, sri-lankaises | Sri Lankan, Sri Lankans | sri-jayawardenepura-kotte   # LK
    sudan | Soudan | Sudan | soudanais, soudanaise, soudanais, soudanaises | Sudanese | khartoum   # SD
    suriname | Suriname, Surinam | Suriname | surinamais, surinamaise, surinamais, surinamaises | Surinamese | paramaribo   # SR
    sweden | Suède | Sweden | suédois, suédoise, suédois, suédoises | Swedish, Swede, Swedes | stockholm   # SE
    switzerland | Suisse, Confédération suisse | Switzerland | suisse, suisse, suisses, suisses, helvétique, helvétique, helvétiques, helvétiques | Swiss | bern   # CH
    syria | Syrie, République arabe syrienne | Syria, Syrian Arab Republic | syrien, syrienne, syriens, syriennes | Syrian, Syrians | damascus   # SY
    tajikistan | Tadjikistan | Tajikistan | tadjik, tadjike, tadjiks, tadjikes | Tajik, Tajiks, Tajikistani | dushanbe   # TJ
    tanzania | Tanzanie | Tanzania | tanzanien, tanzanienne, tanzaniens, tanzaniennes | Tanzanian, Tanzanians | dodoma   # TZ
    thailand | Thaïlande | Thailand | thaïlandais, thaïlandaise, thaïlandais, thaïlandaises | Thai, Thais | bangkok   # TH
    east-timor | Timor oriental, Timor-Leste | East Timor, Timor-Leste | est-timorais, est-timoraise, est-timorais, est-timoraises | Timorese, East Timorese | dili   # TL
    togo | Togo | Togo | togolais, togolaise, togolais, togolaises | Togolese | lome   # TG
    tonga | Tonga | Tonga | tongien, tongienne, tongiens, tongiennes | Tongan, Tongans | nukualofa   # TO
    trinidad-and-tobago | Trinité-et-Tobago | Trinidad and Tobago | trinidadien, trinidadienne, trinidadiens, trinidadiennes | Trinidadian, Trinidadians | port-of-spain   # TT
    tunisia | Tunisie | Tunisia | tunisien, tunisienne, tunisiens, tunisiennes | Tunisian, Tunisians | tunis   # TN
    turkey | Turquie | Turkey, Türkiye | turc, turque, turcs, turques | Turkish, Turk, Turks | ankara   # TR
    turkmenistan | Turkménistan | Turkmenistan | turkmène, turkmène, turkmènes, turkmènes | Turkmen, Turkmens | ashgabat   # TM
    tuvalu | Tuvalu | Tuvalu | tuvaluan, tuvaluane, tuvaluans, tuvaluanes | Tuvaluan, Tuvaluans | funafuti   # TV
    uganda | Ouganda | Uganda | ougandais, ougandaise, ougandais, ougandaises | Ugandan, Ugandans | kampala   # UG
    ukraine | Ukraine | Ukraine | ukrainien, ukrainienne, ukrainiens, ukrainiennes | Ukrainian, Ukrainians | kyiv   # UA
    united-arab-emirates | Émirats arabes unis, EAU, Émirats | United Arab Emirates, UAE, Emirates | émirati, émiratie, émiratis, émiraties | Emirati, Emiratis | abu-dhabi   # AE
    united-kingdom | Royaume-Uni, Grande-Bretagne | United Kingdom, UK, U.K., Britain, Great Britain | britannique, britannique, britanniques, britanniques | British, Briton, Britons, Brit, Brits | london   # GB
    united-states | États-Unis, États-Unis d’Amérique, USA | United States, United States of America, US, U.S., USA, U.S.A., America | américain, américaine, américains, américaines, étasunien, étasunienne, étasuniens, étasuniennes | American, Americans | washington   # US
    uruguay | Uruguay | Uruguay | uruguayen, uruguayenne, uruguayens, uruguayennes | Uruguayan, Uruguayans | montevideo   # UY
    uzbekistan | Ouzbékistan | Uzbekistan | ouzbek, ouzbèke, ouzbeks, ouzbèkes | Uzbek, Uzbeks | tashkent   # UZ
    vanuatu | Vanuatu | Vanuatu | vanuatais, vanuataise, vanuatais, vanuataises | Ni-Vanuatu | port-vila   # VU
    venezuela | Venezuela, Vénézuéla | Venezuela | vénézuélien, vénézuélienne, vénézuéliens, vénézuéliennes | Venezuelan, Venezuelans | caracas   # VE
    vietnam | Viêt Nam, Vietnam, Viêtnam | Vietnam, Viet Nam | vietnamien, vietnamienne, vietnamiens, vietnamiennes | Vietnamese | hanoi   # VN
    yemen | Yémen | Yemen | yéménite, yéménite, yéménites, yéménites | Yemeni, Yemenis | sanaa   # YE
    zambia | Zambie | Zambia | zambien, zambienne, zambiens, zambiennes | Zambian, Zambians | lusaka   # ZM
    zimbabwe | Zimbabwe | Zimbabwe | zimbabwéen, zimbabwéenne, zimbabwéens, zimbabwéennes | Zimbabwean, Zimbabweans | harare   # ZW
    # Observers and partially recognized states. Palestine: no capital given (Jerusalem is
    # claimed, Ramallah is the Palestinian Authority's seat).
    palestine | Palestine, État de Palestine, Territoires palestiniens | Palestine, State of Palestine, Palestinian Territories, Palestinian territories | palestinien, palestinienne, palestiniens, palestiniennes | Palestinian, Palestinians |   # PS
    vatican | Vatican, Cité du Vatican, État de la Cité du Vatican, Saint-Siège | Vatican, Vatican City, Holy See | vatican, vaticane, vaticans, vaticanes | Vatican | vatican   # VA
    kosovo | Kosovo | Kosovo | kosovar, kosovare, kosovars, kosovares | Kosovar, Kosovars, Kosovan | pristina   # XK
    taiwan | Taïwan, Taiwan | Taiwan | taïwanais, taïwanaise, taïwanais, taïwanaises | Taiwanese | taipei   # TW
    # Former states still named in news.
    soviet-union | Union soviétique, URSS, Union des républiques socialistes soviétiques | Soviet Union, USSR, Union of Soviet Socialist Republics | soviétique, soviétique, soviétiques, soviétiques | Soviet, Soviets | moscow
    """
}
