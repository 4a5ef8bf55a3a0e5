package fr.fejdoc.synth;

/**
 * Who the young of an experiment are, as weights over the rows of Tableau 1 (b): which ages,
 * situations and levels get the entered young. A null weight array leaves the block out.
 */
enum Profile {
  /** 16–25, out of school: job seekers, apprentices. */
  INSERTION(
      new double[] {0, 0, 0.02, 0.3, 0.68},
      new double[] {0, 0, 0, 0.02, 0.1, 0.25, 0.05, 0.45, 0.13},
      new double[] {0.3, 0.4, 0.2, 0.08, 0.02, 0}),
  /** Pupils at risk of dropping out: collège and lycée. */
  SCOLAIRE(
      new double[] {0, 0, 0.55, 0.4, 0.05},
      new double[] {0, 0, 0.55, 0.15, 0.25, 0.05, 0, 0, 0},
      new double[] {0.7, 0.3, 0, 0, 0, 0}),
  /** Students and young graduates. */
  ETUDIANT(
      new double[] {0, 0, 0, 0.08, 0.92},
      new double[] {0, 0, 0, 0, 0, 0, 0.8, 0.15, 0.05},
      new double[] {0, 0, 0.35, 0.4, 0.2, 0.05}),
  /** Children and their families (réussite éducative). */
  ENFANCE(
      new double[] {0.15, 0.45, 0.4, 0, 0}, new double[] {0.15, 0.45, 0.4, 0, 0, 0, 0, 0, 0}, null);

  final double[] age;
  final double[] situation;
  final double[] level;

  Profile(double[] age, double[] situation, double[] level) {
    this.age = age;
    this.situation = situation;
    this.level = level;
  }
}
