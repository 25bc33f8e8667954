for a in patientkind rankVERB rankNOUN general states complemented meetverb meetnoun thing quotedhap nounrank hyporare figurative target speechtype fires occdeps occfact occdur occargs compound medium adjpart acl purpose speechccomp evcompound threatened counted nothing idiom sought light patobj aims outcome did description inquote cuesquote headcompound joinback joinverb joinnoun charged generic habitual headjoin bare; do
  /tmp/e16/run.sh $a $a
done
