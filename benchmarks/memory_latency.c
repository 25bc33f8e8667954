/* What one random memory read costs on this machine as the memory read from grows (issue #12,
   README "Query scale", "Where the cost per lookup comes from"): a random cycle through an array
   of 4 MB .. 1.5 GB, followed one dependent read at a time (as an index lookup follows pointers),
   CPU time per read, the best of 5 rounds of 5 million reads.

     gcc -O2 -o /tmp/memory_latency benchmarks/memory_latency.c && nice -n 5 /tmp/memory_latency
*/
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double cpu(){struct timespec t;clock_gettime(CLOCK_PROCESS_CPUTIME_ID,&t);return t.tv_sec+t.tv_nsec*1e-9;}
int main(){
  size_t sizes[]={4,32,128,512,1536};
  srand(12);
  for(int s=0;s<5;s++){
    size_t n=sizes[s]*1024*1024/sizeof(size_t);
    size_t *a=malloc(n*sizeof(size_t));
    if(!a){fprintf(stderr,"out of memory at %zu MB\n",sizes[s]);return 1;}
    for(size_t i=0;i<n;i++)a[i]=i;
    for(size_t i=n-1;i>0;i--){size_t j=((size_t)rand()*RAND_MAX+rand())%(i+1);size_t t=a[i];a[i]=a[j];a[j]=t;}
    /* a[] as a permutation -> make cycle p: next[perm[i]]=perm[i+1] */
    size_t *nx=malloc(n*sizeof(size_t));
    if(!nx){fprintf(stderr,"out of memory at %zu MB\n",sizes[s]);return 1;}
    for(size_t i=0;i<n;i++)nx[a[i]]=a[(i+1)%n];
    free(a);
    size_t k=5000000,p=0; for(size_t i=0;i<k;i++)p=nx[p];
    double best=1e9;
    for(int r=0;r<5;r++){double c=cpu(); for(size_t i=0;i<k;i++)p=nx[p]; double d=cpu()-c; if(d<best)best=d;}
    printf("%5zu MB: %.1f ns per dependent random read (min of 5) %zu\n",sizes[s],best/k*1e9,p%2);
    free(nx);
  }
}
