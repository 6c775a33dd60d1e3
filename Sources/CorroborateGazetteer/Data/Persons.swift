extension GazetteerData {
    /// Heads of state and government, ministers, spokespeople and other people world news
    /// quotes often, with their French and English transliterations. Short forms are the
    /// surname forms a text uses alone ("Poutine"); ambiguous surnames (Clinton, Bush) are
    /// left out. Particle variants ("Bachar al Assad", "Bashar Assad", "Abu" for "Abou")
    /// come from NameParticles, so only the usual spellings are listed here.
    /// key | French forms | English forms | short forms
    static let persons = """
    # Syria
    bashar-al-assad | Bachar al-Assad, Bachar el-Assad | Bashar al-Assad | Assad, al-Assad, el-Assad
    hafez-al-assad | Hafez al-Assad, Hafez el-Assad | Hafez al-Assad, Hafez Assad |
    asma-al-assad | Asma al-Assad, Asma el-Assad | Asma al-Assad, Asma Assad |
    maher-al-assad | Maher al-Assad | Maher al-Assad |
    ahmed-al-sharaa | Ahmed al-Charaa, Ahmad al-Charaa, Ahmed al-Chareh, Abou Mohammed al-Jolani, Abou Mohammed al-Joulani, Abou Mohammad al-Jolani | Ahmed al-Sharaa, Ahmad al-Sharaa, Abu Mohammed al-Julani, Abu Mohammed al-Jolani, Abu Mohammad al-Jolani, Abu Muhammad al-Jawlani | al-Charaa, al-Sharaa, al-Jolani, al-Joulani, al-Julani, al-Jawlani
    mohammed-al-jalali | Mohammed Ghazi al-Jalali, Mohammed al-Jalali, Mohammad Ghazi al-Jalali | Mohammad Ghazi al-Jalali, Mohammed Ghazi al-Jalali, Mohammed al-Jalali | al-Jalali
    faisal-mekdad | Fayçal Meqdad, Faisal Mekdad | Faisal Mekdad, Faisal Miqdad | Meqdad, Mekdad
    mohammed-al-bashir | Mohammed al-Bachir | Mohammed al-Bashir |
    asaad-al-shaibani | Assaad al-Chaibani, Asaad al-Shaibani | Asaad al-Shaibani, Asaad Hassan al-Shaibani | al-Chaibani, al-Shaibani
    rami-abdel-rahman | Rami Abdel Rahmane, Rami Abdel Rahman, Rami Abdulrahman | Rami Abdel Rahman, Rami Abdulrahman |
    mazloum-abdi | Mazloum Abdi | Mazloum Abdi, Mazloum Kobani |
    # Russia and Belarus
    vladimir-putin | Vladimir Poutine | Vladimir Putin | Poutine, Putin
    dmitry-peskov | Dmitri Peskov | Dmitry Peskov, Dmitri Peskov | Peskov
    sergei-lavrov | Sergueï Lavrov | Sergei Lavrov, Sergey Lavrov | Lavrov
    maria-zakharova | Maria Zakharova | Maria Zakharova | Zakharova
    mikhail-mishustin | Mikhaïl Michoustine | Mikhail Mishustin | Michoustine, Mishustin
    dmitry-medvedev | Dmitri Medvedev | Dmitry Medvedev, Dmitri Medvedev | Medvedev
    sergei-shoigu | Sergueï Choïgou | Sergei Shoigu | Choïgou, Shoigu
    andrei-belousov | Andreï Belooussov | Andrei Belousov | Belooussov, Belousov
    valery-gerasimov | Valeri Guerassimov | Valery Gerasimov | Guerassimov, Gerasimov
    yevgeny-prigozhin | Evgueni Prigojine | Yevgeny Prigozhin | Prigojine, Prigozhin
    alexei-navalny | Alexeï Navalny | Alexei Navalny | Navalny
    yulia-navalnaya | Ioulia Navalnaïa | Yulia Navalnaya | Navalnaïa, Navalnaya
    vassily-nebenzia | Vassili Nebenzia | Vassily Nebenzia | Nebenzia
    dmitry-polyanskiy | Dmitri Polianski | Dmitry Polyanskiy, Dmitry Polyansky | Polianski, Polyanskiy, Polyansky
    mikhail-ulyanov | Mikhaïl Oulianov | Mikhail Ulyanov | Oulianov, Ulyanov
    sergei-ryabkov | Sergueï Riabkov | Sergei Ryabkov | Riabkov, Ryabkov
    yuri-ushakov | Iouri Ouchakov | Yuri Ushakov | Ouchakov, Ushakov
    valentina-matviyenko | Valentina Matvienko | Valentina Matviyenko | Matvienko, Matviyenko
    vyacheslav-volodin | Viatcheslav Volodine | Vyacheslav Volodin | Volodine, Volodin
    ramzan-kadyrov | Ramzan Kadyrov | Ramzan Kadyrov | Kadyrov
    sergei-sobyanin | Sergueï Sobianine | Sergei Sobyanin | Sobianine, Sobyanin
    alexander-lukashenko | Alexandre Loukachenko | Alexander Lukashenko | Loukachenko, Lukashenko
    # Ukraine
    volodymyr-zelensky | Volodymyr Zelensky, Volodymyr Zelenski | Volodymyr Zelensky, Volodymyr Zelenskyy, Volodymyr Zelenskiy | Zelensky, Zelenski, Zelenskyy, Zelenskiy
    andriy-yermak | Andriï Iermak | Andriy Yermak | Iermak, Yermak
    dmytro-kuleba | Dmytro Kouleba | Dmytro Kuleba | Kouleba, Kuleba
    andrii-sybiha | Andriï Sybiha | Andrii Sybiha, Andriy Sybiha | Sybiha
    denys-shmyhal | Denys Chmyhal | Denys Shmyhal | Chmyhal, Shmyhal
    rustem-umerov | Roustem Oumierov | Rustem Umerov | Oumierov, Umerov
    valerii-zaluzhnyi | Valeri Zaloujny | Valerii Zaluzhnyi, Valery Zaluzhny | Zaloujny, Zaluzhnyi, Zaluzhny
    oleksandr-syrskyi | Oleksandr Syrsky | Oleksandr Syrskyi | Syrsky, Syrskyi
    kyrylo-budanov | Kyrylo Boudanov | Kyrylo Budanov | Boudanov, Budanov
    vitali-klitschko | Vitali Klitschko | Vitali Klitschko | Klitschko
    yulia-svyrydenko | Ioulia Svyrydenko | Yulia Svyrydenko | Svyrydenko
    petro-poroshenko | Petro Porochenko | Petro Poroshenko | Porochenko, Poroshenko
    # France
    emmanuel-macron | Emmanuel Macron | Emmanuel Macron | Macron
    brigitte-macron | Brigitte Macron | Brigitte Macron |
    elisabeth-borne | Élisabeth Borne | Élisabeth Borne, Elisabeth Borne | Borne
    gerald-darmanin | Gérald Darmanin | Gérald Darmanin | Darmanin
    gabriel-attal | Gabriel Attal | Gabriel Attal | Attal
    michel-barnier | Michel Barnier | Michel Barnier | Barnier
    francois-bayrou | François Bayrou | François Bayrou | Bayrou
    sebastien-lecornu | Sébastien Lecornu | Sébastien Lecornu | Lecornu
    edouard-philippe | Édouard Philippe | Édouard Philippe, Edouard Philippe |
    jean-castex | Jean Castex | Jean Castex | Castex
    bruno-le-maire | Bruno Le Maire | Bruno Le Maire |
    marine-le-pen | Marine Le Pen | Marine Le Pen | Le Pen
    jean-marie-le-pen | Jean-Marie Le Pen | Jean-Marie Le Pen |
    jordan-bardella | Jordan Bardella | Jordan Bardella | Bardella
    jean-luc-melenchon | Jean-Luc Mélenchon | Jean-Luc Mélenchon, Jean-Luc Melenchon | Mélenchon
    eric-zemmour | Éric Zemmour | Éric Zemmour, Eric Zemmour | Zemmour
    olivier-faure | Olivier Faure | Olivier Faure |
    laurent-wauquiez | Laurent Wauquiez | Laurent Wauquiez | Wauquiez
    bruno-retailleau | Bruno Retailleau | Bruno Retailleau | Retailleau
    yael-braun-pivet | Yaël Braun-Pivet | Yaël Braun-Pivet | Braun-Pivet
    gerard-larcher | Gérard Larcher | Gérard Larcher | Larcher
    jean-noel-barrot | Jean-Noël Barrot | Jean-Noël Barrot | Barrot
    stephane-sejourne | Stéphane Séjourné | Stéphane Séjourné | Séjourné
    catherine-colonna | Catherine Colonna | Catherine Colonna | Colonna
    olivier-dussopt | Olivier Dussopt | Olivier Dussopt | Dussopt
    olivier-veran | Olivier Véran | Olivier Véran | Véran
    eric-dupond-moretti | Éric Dupond-Moretti | Éric Dupond-Moretti | Dupond-Moretti
    rachida-dati | Rachida Dati | Rachida Dati | Dati
    anne-hidalgo | Anne Hidalgo | Anne Hidalgo | Hidalgo
    laurent-nunez | Laurent Nuñez, Laurent Nunez | Laurent Nuñez, Laurent Nunez | Nuñez
    dominique-de-villepin | Dominique de Villepin | Dominique de Villepin | de Villepin, Villepin
    francois-hollande | François Hollande | François Hollande | Hollande
    nicolas-sarkozy | Nicolas Sarkozy | Nicolas Sarkozy | Sarkozy
    jacques-chirac | Jacques Chirac | Jacques Chirac | Chirac
    # French union leaders
    laurent-berger | Laurent Berger | Laurent Berger | Berger
    sophie-binet | Sophie Binet | Sophie Binet | Binet
    philippe-martinez | Philippe Martinez | Philippe Martinez | Martinez
    marylise-leon | Marylise Léon | Marylise Léon |
    frederic-souillot | Frédéric Souillot | Frédéric Souillot | Souillot
    francois-hommeril | François Hommeril | François Hommeril | Hommeril
    cyril-chabanier | Cyril Chabanier | Cyril Chabanier | Chabanier
    laurent-escure | Laurent Escure | Laurent Escure | Escure
    murielle-guilbert | Murielle Guilbert | Murielle Guilbert | Guilbert
    benoit-teste | Benoît Teste | Benoît Teste |
    # United States
    joe-biden | Joe Biden | Joe Biden, Joseph Biden | Biden
    donald-trump | Donald Trump | Donald Trump, Donald J. Trump | Trump
    kamala-harris | Kamala Harris | Kamala Harris | Harris
    jd-vance | J.D. Vance, JD Vance | J.D. Vance, JD Vance | Vance
    antony-blinken | Antony Blinken | Antony Blinken | Blinken
    marco-rubio | Marco Rubio | Marco Rubio | Rubio
    lloyd-austin | Lloyd Austin | Lloyd Austin |
    pete-hegseth | Pete Hegseth | Pete Hegseth | Hegseth
    jake-sullivan | Jake Sullivan | Jake Sullivan | Sullivan
    john-kirby | John Kirby | John Kirby | Kirby
    mike-waltz | Mike Waltz | Mike Waltz | Waltz
    tulsi-gabbard | Tulsi Gabbard | Tulsi Gabbard | Gabbard
    steve-witkoff | Steve Witkoff | Steve Witkoff | Witkoff
    keith-kellogg | Keith Kellogg | Keith Kellogg | Kellogg
    linda-thomas-greenfield | Linda Thomas-Greenfield | Linda Thomas-Greenfield | Thomas-Greenfield
    nancy-pelosi | Nancy Pelosi | Nancy Pelosi | Pelosi
    barack-obama | Barack Obama | Barack Obama | Obama
    bill-clinton | Bill Clinton | Bill Clinton |
    hillary-clinton | Hillary Clinton | Hillary Clinton |
    george-w-bush | George W. Bush | George W. Bush |
    elon-musk | Elon Musk | Elon Musk | Musk
    # United Kingdom and Europe
    keir-starmer | Keir Starmer | Keir Starmer | Starmer
    rishi-sunak | Rishi Sunak | Rishi Sunak | Sunak
    boris-johnson | Boris Johnson | Boris Johnson |
    david-cameron | David Cameron | David Cameron | Cameron
    david-lammy | David Lammy | David Lammy | Lammy
    charles-iii | Charles III, roi Charles III | Charles III, King Charles III, King Charles |
    elizabeth-ii | Élisabeth II, reine Élisabeth II | Elizabeth II, Queen Elizabeth II |
    olaf-scholz | Olaf Scholz | Olaf Scholz | Scholz
    friedrich-merz | Friedrich Merz | Friedrich Merz | Merz
    angela-merkel | Angela Merkel | Angela Merkel | Merkel
    annalena-baerbock | Annalena Baerbock | Annalena Baerbock | Baerbock
    frank-walter-steinmeier | Frank-Walter Steinmeier | Frank-Walter Steinmeier | Steinmeier
    giorgia-meloni | Giorgia Meloni | Giorgia Meloni | Meloni
    sergio-mattarella | Sergio Mattarella | Sergio Mattarella | Mattarella
    antonio-tajani | Antonio Tajani | Antonio Tajani | Tajani
    pedro-sanchez | Pedro Sánchez | Pedro Sánchez, Pedro Sanchez | Sánchez
    viktor-orban | Viktor Orban, Viktor Orbán | Viktor Orbán, Viktor Orban | Orban, Orbán
    andrzej-duda | Andrzej Duda | Andrzej Duda | Duda
    donald-tusk | Donald Tusk | Donald Tusk | Tusk
    robert-fico | Robert Fico | Robert Fico | Fico
    aleksandar-vucic | Aleksandar Vucic, Aleksandar Vučić | Aleksandar Vučić, Aleksandar Vucic | Vucic, Vučić
    maia-sandu | Maia Sandu | Maia Sandu | Sandu
    kyriakos-mitsotakis | Kyriakos Mitsotakis | Kyriakos Mitsotakis | Mitsotakis
    mette-frederiksen | Mette Frederiksen | Mette Frederiksen | Frederiksen
    alexander-stubb | Alexander Stubb | Alexander Stubb | Stubb
    pope-francis | pape François | Pope Francis |
    pope-leo-xiv | pape Léon XIV, Léon XIV | Pope Leo XIV, Leo XIV |
    # European Union, United Nations, NATO
    ursula-von-der-leyen | Ursula von der Leyen | Ursula von der Leyen | von der Leyen
    charles-michel | Charles Michel | Charles Michel |
    antonio-costa | António Costa, Antonio Costa | António Costa, Antonio Costa |
    kaja-kallas | Kaja Kallas | Kaja Kallas | Kallas
    josep-borrell | Josep Borrell | Josep Borrell | Borrell
    roberta-metsola | Roberta Metsola | Roberta Metsola | Metsola
    christine-lagarde | Christine Lagarde | Christine Lagarde | Lagarde
    antonio-guterres | Antonio Guterres, António Guterres | António Guterres, Antonio Guterres | Guterres
    geir-pedersen | Geir Pedersen, Geir O. Pedersen | Geir Pedersen, Geir O. Pedersen | Pedersen
    volker-turk | Volker Türk | Volker Türk, Volker Turk |
    rafael-grossi | Rafael Grossi | Rafael Grossi | Grossi
    tedros-adhanom-ghebreyesus | Tedros Adhanom Ghebreyesus | Tedros Adhanom Ghebreyesus | Tedros
    filippo-grandi | Filippo Grandi | Filippo Grandi | Grandi
    jens-stoltenberg | Jens Stoltenberg | Jens Stoltenberg | Stoltenberg
    mark-rutte | Mark Rutte | Mark Rutte | Rutte
    # Turkey, Israel, Palestinians, Lebanon
    recep-tayyip-erdogan | Recep Tayyip Erdogan, Recep Tayyip Erdoğan | Recep Tayyip Erdogan, Recep Tayyip Erdoğan | Erdogan, Erdoğan
    hakan-fidan | Hakan Fidan | Hakan Fidan | Fidan
    benjamin-netanyahu | Benjamin Netanyahou | Benjamin Netanyahu | Netanyahou, Netanyahu
    yoav-gallant | Yoav Gallant | Yoav Gallant | Gallant
    israel-katz | Israël Katz, Israel Katz | Israel Katz | Katz
    isaac-herzog | Isaac Herzog | Isaac Herzog | Herzog
    benny-gantz | Benny Gantz | Benny Gantz | Gantz
    yair-lapid | Yaïr Lapid, Yair Lapid | Yair Lapid | Lapid
    itamar-ben-gvir | Itamar Ben Gvir, Itamar Ben-Gvir | Itamar Ben-Gvir, Itamar Ben Gvir | Ben Gvir, Ben-Gvir
    bezalel-smotrich | Bezalel Smotrich | Bezalel Smotrich | Smotrich
    gideon-saar | Gideon Saar, Gideon Sa’ar | Gideon Saar, Gideon Sa’ar |
    mahmoud-abbas | Mahmoud Abbas | Mahmoud Abbas |
    yahya-sinwar | Yahya Sinouar, Yahya Sinwar | Yahya Sinwar | Sinouar, Sinwar
    ismail-haniyeh | Ismaïl Haniyeh | Ismail Haniyeh | Haniyeh
    mohammed-deif | Mohammed Deif | Mohammed Deif | Deif
    hassan-nasrallah | Hassan Nasrallah | Hassan Nasrallah | Nasrallah
    naim-qassem | Naïm Qassem | Naim Qassem | Qassem
    najib-mikati | Najib Mikati | Najib Mikati | Mikati
    joseph-aoun | Joseph Aoun | Joseph Aoun |
    # Iran, Iraq, the Gulf, Jordan, Egypt
    ali-khamenei | Ali Khamenei | Ali Khamenei | Khamenei
    ebrahim-raisi | Ebrahim Raïssi | Ebrahim Raisi | Raïssi, Raisi
    masoud-pezeshkian | Massoud Pezeshkian | Masoud Pezeshkian | Pezeshkian
    abbas-araghchi | Abbas Araghchi | Abbas Araghchi | Araghchi
    hossein-amir-abdollahian | Hossein Amir-Abdollahian | Hossein Amir-Abdollahian | Amir-Abdollahian
    qasem-soleimani | Qassem Soleimani, Ghassem Soleimani | Qasem Soleimani, Qassem Soleimani | Soleimani
    mohammed-shia-al-sudani | Mohammed Chia al-Soudani | Mohammed Shia al-Sudani | al-Soudani, al-Sudani
    mohammed-bin-salman | Mohammed ben Salmane | Mohammed bin Salman | ben Salmane, bin Salman, MBS
    king-salman | roi Salmane, Salmane ben Abdelaziz | King Salman, Salman bin Abdulaziz |
    tamim-bin-hamad-al-thani | Tamim ben Hamad Al Thani, émir Tamim | Tamim bin Hamad Al Thani, Emir Tamim |
    mohamed-bin-zayed | Mohammed ben Zayed | Mohamed bin Zayed | ben Zayed, bin Zayed, MBZ
    abdullah-ii | Abdallah II, roi Abdallah II | Abdullah II, King Abdullah II |
    ayman-safadi | Ayman Safadi | Ayman Safadi | Safadi
    abdel-fattah-al-sisi | Abdel Fattah al-Sissi | Abdel Fattah al-Sisi, Abdel-Fattah el-Sisi | Sissi, al-Sissi, Sisi, al-Sisi
    # Africa
    abdelmadjid-tebboune | Abdelmadjid Tebboune | Abdelmadjid Tebboune | Tebboune
    kais-saied | Kaïs Saïed | Kais Saied | Saïed, Saied
    mohammed-vi | Mohammed VI, roi Mohammed VI | Mohammed VI, King Mohammed VI |
    khalifa-haftar | Khalifa Haftar | Khalifa Haftar | Haftar
    paul-kagame | Paul Kagame | Paul Kagame | Kagame
    felix-tshisekedi | Félix Tshisekedi | Félix Tshisekedi, Felix Tshisekedi | Tshisekedi
    assimi-goita | Assimi Goïta | Assimi Goita, Assimi Goïta | Goïta, Goita
    ibrahim-traore | Ibrahim Traoré | Ibrahim Traoré, Ibrahim Traore |
    abdourahamane-tiani | Abdourahamane Tiani | Abdourahamane Tiani | Tiani
    mohamed-bazoum | Mohamed Bazoum | Mohamed Bazoum | Bazoum
    bassirou-diomaye-faye | Bassirou Diomaye Faye | Bassirou Diomaye Faye | Diomaye Faye
    ousmane-sonko | Ousmane Sonko | Ousmane Sonko | Sonko
    macky-sall | Macky Sall | Macky Sall |
    alassane-ouattara | Alassane Ouattara | Alassane Ouattara | Ouattara
    paul-biya | Paul Biya | Paul Biya | Biya
    mahamat-idriss-deby | Mahamat Idriss Déby | Mahamat Idriss Déby, Mahamat Idriss Deby | Déby
    faure-gnassingbe | Faure Gnassingbé | Faure Gnassingbé | Gnassingbé
    patrice-talon | Patrice Talon | Patrice Talon |
    denis-sassou-nguesso | Denis Sassou Nguesso | Denis Sassou Nguesso | Sassou Nguesso
    brice-oligui-nguema | Brice Clotaire Oligui Nguema, Brice Oligui Nguema | Brice Oligui Nguema | Oligui Nguema
    bola-tinubu | Bola Tinubu | Bola Tinubu | Tinubu
    cyril-ramaphosa | Cyril Ramaphosa | Cyril Ramaphosa | Ramaphosa
    abiy-ahmed | Abiy Ahmed | Abiy Ahmed | Abiy
    william-ruto | William Ruto | William Ruto | Ruto
    yoweri-museveni | Yoweri Museveni | Yoweri Museveni | Museveni
    abdel-fattah-al-burhan | Abdel Fattah al-Burhane | Abdel Fattah al-Burhan | al-Burhane, al-Burhan
    mohamed-hamdan-dagalo | Mohamed Hamdan Daglo, Hemedti | Mohamed Hamdan Dagalo, Hemedti | Hemedti
    # Asia
    xi-jinping | Xi Jinping | Xi Jinping | Xi
    li-qiang | Li Qiang | Li Qiang |
    wang-yi | Wang Yi | Wang Yi |
    narendra-modi | Narendra Modi | Narendra Modi | Modi
    shehbaz-sharif | Shehbaz Sharif | Shehbaz Sharif |
    kim-jong-un | Kim Jong-un, Kim Jong Un | Kim Jong Un, Kim Jong-un |
    yoon-suk-yeol | Yoon Suk-yeol | Yoon Suk Yeol, Yoon Suk-yeol | Yoon
    shigeru-ishiba | Shigeru Ishiba | Shigeru Ishiba | Ishiba
    fumio-kishida | Fumio Kishida | Fumio Kishida | Kishida
    lai-ching-te | Lai Ching-te | Lai Ching-te |
    hibatullah-akhundzada | Hibatullah Akhundzada | Hibatullah Akhundzada | Akhundzada
    ilham-aliyev | Ilham Aliev | Ilham Aliyev | Aliev, Aliyev
    nikol-pashinyan | Nikol Pachinian | Nikol Pashinyan | Pachinian, Pashinyan
    kassym-jomart-tokayev | Kassym-Jomart Tokaïev | Kassym-Jomart Tokayev | Tokaïev, Tokayev
    # The Americas
    lula-da-silva | Luiz Inácio Lula da Silva, Lula da Silva | Luiz Inácio Lula da Silva, Lula da Silva | Lula
    javier-milei | Javier Milei | Javier Milei | Milei
    claudia-sheinbaum | Claudia Sheinbaum | Claudia Sheinbaum | Sheinbaum
    nicolas-maduro | Nicolas Maduro, Nicolás Maduro | Nicolás Maduro, Nicolas Maduro | Maduro
    justin-trudeau | Justin Trudeau | Justin Trudeau | Trudeau
    mark-carney | Mark Carney | Mark Carney | Carney
    """
}
