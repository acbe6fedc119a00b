import { defineMessages } from "../define";

export const benefits = defineMessages({
  nb: {
    "benefits.conflict": "Noen andre har endret dette i mellomtiden. Se gjennom endringene og lagre på nytt.",
    "benefits.hourlyCostPositive": "Timekostnaden må være et tall større enn 0.",
    "benefits.hourlyCostTooHigh": "Timekostnaden kan ikke være mer enn 100 000 kroner.",
    "benefits.hoursPerFteRange": "Timer per årsverk må være mellom 1 og 3000.",
    "benefits.hoursNonNegative": "Timer kan ikke være et negativt tall.",
    "benefits.targetEqualsBaseline": "Målverdien kan ikke være lik nullpunktet.",
    "benefits.reasonRequired": "Skriv hvorfor nyttevirkningen ikke blir realisert.",
    "benefits.alternativeUseRequired": "Frigjort tid regnes som realisert først når du har skrevet hva tiden brukes til i stedet.",
    "benefits.periodOrder": "Sluttdatoen kan ikke være før startdatoen.",
    "benefits.customUnitRequired": "Skriv hvilken enhet indikatoren måles i.",
    "benefits.valuationUnit": "Indikatoren som brukes til verdsetting, må måles i timer eller kroner.",
    "benefits.valuationIndicatorTaken": "Nyttevirkningen har allerede en indikator som brukes til verdsetting.",
    "benefits.outsidePeriod": "Målingen er datert utenfor realiseringsperioden. Den er lagret, men sjekk datoen.",
  },
  nn: {
    "benefits.conflict": "Nokon andre har endra dette i mellomtida. Sjå gjennom endringane og lagre på nytt.",
    "benefits.hourlyCostPositive": "Timekostnaden må vere eit tal større enn 0.",
    "benefits.hourlyCostTooHigh": "Timekostnaden kan ikkje vere meir enn 100 000 kroner.",
    "benefits.hoursPerFteRange": "Timar per årsverk må vere mellom 1 og 3000.",
    "benefits.hoursNonNegative": "Timar kan ikkje vere eit negativt tal.",
    "benefits.targetEqualsBaseline": "Målverdien kan ikkje vere lik nullpunktet.",
    "benefits.reasonRequired": "Skriv kvifor nytteverknaden ikkje blir realisert.",
    "benefits.alternativeUseRequired": "Frigjord tid blir rekna som realisert først når du har skrive kva tida blir brukt til i staden.",
    "benefits.periodOrder": "Sluttdatoen kan ikkje vere før startdatoen.",
    "benefits.customUnitRequired": "Skriv kva eining indikatoren blir målt i.",
    "benefits.valuationUnit": "Indikatoren som blir brukt til verdsetjing, må målast i timar eller kroner.",
    "benefits.valuationIndicatorTaken": "Nytteverknaden har alt ein indikator som blir brukt til verdsetjing.",
    "benefits.outsidePeriod": "Målinga er datert utanfor realiseringsperioden. Ho er lagra, men sjekk datoen.",
  },
});
